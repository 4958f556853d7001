"""The publication date: printed forms, where it is read, and the URL."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.dateparse import first_date
from dechrome.metadata.dates import _UPDATED, url_date
from dechrome.metadata.postmeta import POST_META as _POST_META
from dechrome.metadata.postmeta import POST_META_OPENINGS as _POST_META_OPENINGS
from dechrome.metadata.postmeta import may_post_meta as _may_post_meta
from dechrome.metadata.reldates import relative_date
from tests.metadata_pages import BODY, clean


@pytest.mark.parametrize(("text", "expected"), [
    ("12.07.2025 16:29", "2025-07-12T16:29"),
    ("21.11.2024", "2024-11-21"),
    ("1. November 2024", "2024-11-01"),
    ("18. Oktober 2019 um 15:05 Uhr", "2019-10-18T15:05"),
    ("Mittwoch, 3. März 2021", "2021-03-03"),
    ("1.11.23 20:19", "2023-11-01T20:19"),
    ("Nov 1, 2024", "2024-11-01"),
    ("July 25, 2019 | 11:15 PM", "2019-07-25T23:15"),
    ("Published: 30 January 2017", "2017-01-30"),
    ("2024-11-01T16:29:00+01:00", "2024-11-01T16:29"),
    ("1er novembre 2024 à 14h30", "2024-11-01T14:30"),
    ("Publié le 21 décembre 2023", "2023-12-21"),
    ("25/07/2024", "2024-07-25"),
    ("Viernes, 06 de mayo de 2022", "2022-05-06"),  # Spanish, "de" before the year
    ("Pubblicato il: 30 Settembre 2020", "2020-09-30"),
    ("4 de março de 2021", "2021-03-04"),
    ("12 października 2023", "2023-10-12"),
    ("December 19. 2025", "2025-12-19"),  # a dot after the day
    ("Mai 19. 2025, 10:30", "2025-05-19T10:30"),
    # A month's short name between dots, in several languages.
    ("Published on 25.Jun.2019 in Vol 7", "2019-06-25"),
    ("Datum: 03.Mär.19", "2019-03-03"),
    ("Publié le 15.févr.2021", "2021-02-15"),
    ("Publicado el 03.ene.2021", "2021-01-03"),
    ("Geplaatst op 12.okt.2020", "2020-10-12"),
    ("2025.12.17", "2025-12-17"),  # the ISO order with dots
    ("Essay - Published: 2025.12.17 | programming", "2025-12-17"),
    ("01.21.2020 07:00 AM", "2020-01-21T07:00"),  # no month 21: the US order with dots
    ("11-29-2024, 09:03 AM #1", "2024-11-29T09:03"),  # a forum's dashes, month first
    ("29-11-2024", "2024-11-29"),  # dashes, day first
])
def test_printed_forms(text: str, expected: str) -> None:
    assert first_date(text) == expected


@pytest.mark.parametrize("text", [
    "il y a 3 jours",  # relative: needs the day the page was fetched
    "vor 2 Stunden",
    "Video 2025 erstellt",  # a year alone
    "05/07/2024",  # 5 July or May 7
    "31.02.2024",  # no such day
    "Am 12.07.1850",  # not a web page's year
    "Version 1.2.3",
    "VN:F [1.9.22_1171]",  # a version number glued to a build number
    "Mayor 3, 2024",
    "December 19.2025",  # no space before the year
    "Wayland v1.24.91",  # a version: the US order with dots only in full
    "12.31.19",
    "5.13.2020",
    "2019.1.1",  # the dotted ISO order only with two-digit month and day
    "2019.12.17.3",  # a build number
    "05-07-2024",  # 5 July or May 7
    "Tel. 0471-80-2020",
    "12.Foo.2020",  # no month's name between the dots
])
def test_what_is_not_a_date(text: str) -> None:
    assert first_date(text) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/2024/11/01/some-story", "2024-11-01"),
    ("https://example.com/news/story-2024-11-01.html", "2024-11-01"),
    ("https://example.com/meldungen/01-11-2024", "2024-11-01"),
    ("https://example.com/pais/20241101/story", "2024-11-01"),
    ("https://example.com/2024/13/01/", None),
    ("https://example.com/article/25776812.html", None),
    (None, None),
])
def test_url_date(url: str | None, expected: str | None) -> None:
    assert url_date(url) == expected


def test_german_date_line_under_the_headline() -> None:
    assert clean("de", "Außenpolitik", "12.07.2025 16:29").date == "2025-07-12T16:29"


def test_english_byline_with_date() -> None:
    assert clean("en", "By Jane Doe | Nov 1, 2024").date == "2024-11-01"


def test_french_publication_label() -> None:
    document = clean("fr", "Par Jean Dupont", "Publié le 1er novembre 2024 à 14h30")
    assert document.date == "2024-11-01T14:30"


def test_a_date_in_the_body_is_not_the_publication_date() -> None:
    sentence = "Am 3. Februar 2021 hatte der Bundestag bereits über ein ähnliches Gesetz beraten."
    assert clean("de", sentence).date is None


def test_a_page_without_a_date_has_none() -> None:
    assert clean("en").date is None
    assert clean("fr", "Par Jean Dupont").date is None


def test_relative_time_is_no_date() -> None:
    assert clean("fr", "Publié il y a 3 heures").date is None


def test_a_list_of_dated_teasers_is_not_the_date() -> None:
    teasers = ("Mehr zum Thema", "Neue Windräder", "04.11.2021", "Strompreise steigen",
               "03.11.2021", "Solar auf jedem Dach", "02.11.2021")
    assert clean("de", tail=teasers).date is None


def test_slashed_dates_of_either_reading_make_a_list_of_teasers() -> None:
    # "12/11/2025" is 12 November or December 11: either way another date beside "11/25/2025".
    teasers = ("Flu season tips", "11/25/2025", "Our new clinic opens", "12/11/2025",
               "Walk-in hours extended", "12/10/2025")
    assert clean("en", tail=teasers).date is None


def test_the_url_date_is_the_fallback() -> None:
    assert clean("en", url="https://example.com/2024/11/01/law").date == "2024-11-01"


def test_a_printed_date_of_the_url_day_adds_the_time_and_a_different_one_wins() -> None:
    url = "https://example.com/2024/11/01/law"
    assert clean("de", "01.11.2024 08:15", url=url).date == "2024-11-01T08:15"
    # The address was made when the draft was saved; the page prints the day it went out.
    assert clean("de", "02.11.2024 08:15", url=url).date == "2024-11-02T08:15"
    # A line printing the publication, then its update, dates the publication.
    assert clean("es", "07 May 2022 Actualizado 07 May 2022 | 13:43 h",
                 url="https://example.pe/futbol/2022/05/06/partido").date == "2022-05-07"


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "2019-11-08"),
    ("By Umair Irfan Nov 13, 2019, 10:28am EST", "2019-11-13T10:28"),
])
def test_an_update_printed_alone_leaves_the_url_day(byline: str, expected: str) -> None:
    text = "\n\n".join(["The law that is helping fuel the city's deadly air pollution",
                         byline, *BODY["en"]])
    url = "https://example.com/science/2019/11/8/air"
    assert dechrome.clean(text, url=url).date == expected


def test_published_beats_updated() -> None:
    document = clean("en", "Updated: Nov 2, 2024", "Published: Nov 1, 2024")
    assert document.date == "2024-11-01"


def test_slashed_dates_are_day_first_outside_english() -> None:
    assert first_date("03/05/2022 22:46", day_first=True) == "2022-05-03T22:46"
    assert first_date("03/05/2022 22:46") is None  # in English: 3 May or March 5
    # Day and month alike: both readings give one day.
    assert first_date("longshot · 03/03/2026 19:44") == "2026-03-03T19:44"
    assert first_date("11/11/2021") == "2021-11-11"
    assert first_date("25/07/2024", day_first=True) == "2024-07-25"


def test_a_french_page_reads_a_slashed_date_day_first() -> None:
    assert clean("fr", "Publié le 03/05/2022").date == "2022-05-03"
    assert clean("en", "Published 03/05/2022").date is None


@pytest.mark.parametrize(("line", "reference"), [
    ("vor 3 Tagen", "0001-01-02"),
    ("gestern, 18:00", "0001-01-01"),
    ("999 weeks ago", "0010-01-01T12:00"),
])
def test_a_relative_date_before_the_year_one_is_no_date(line: str, reference: str) -> None:
    assert relative_date(line, reference) is None


def test_a_relative_date_counts_back_from_the_reference() -> None:
    assert relative_date("vor 3 Tagen", "2025-07-12T16:29") == "2025-07-09"
    assert relative_date("5 hours ago", "2025-07-12") == "2025-07-12"


@pytest.mark.parametrize(("language", "line", "expected"), [
    ("de", "Veröffentlicht von SeglerBlog am 23. Februar 2020", "2020-02-23"),
    ("de", "Dieser Beitrag wurde am 04/02/2020 von kj in Recht veröffentlicht.", "2020-02-04"),
    ("de", "Malaga wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Reisen abgelegt.",
     "2010-05-19T23:03"),
    ("de", "Eingetragen am 3. Januar 2020 vom Support Team", "2020-01-03"),
    ("en", "Posted by Jane Doe on March 3, 2021", "2021-03-03"),
    ("en", "Discussion in 'Hosting Advice' started by pelex, May 26, 2025.", "2025-05-26"),
])
def test_a_post_meta_line_anywhere_gives_the_date_when_nothing_else_does(
        language: str, line: str, expected: str) -> None:
    # The footer of a post, below the article and out of the credit lines' reach.
    filler = tuple(f"Weitere Links {n}" for n in range(12))
    document = clean(language, tail=(*filler, line))
    assert document.date == expected
    assert [found.how for found in document.sources() if found.field == "date"] == [
        "post-meta-line"]


def test_a_post_meta_line_gives_way_to_a_date_line_under_the_headline() -> None:
    filler = tuple(f"Weitere Links {n}" for n in range(12))
    tail = (*filler, "Veröffentlicht von SeglerBlog am 23. Februar 2020")
    assert clean("de", "12.07.2025 16:29", tail=tail).date == "2025-07-12T16:29"


def test_a_sentence_of_the_body_naming_a_date_is_no_post_meta_line() -> None:
    line = "Die Studie wurde am 4. Februar 2020 in der Zeitschrift Nature veröffentlicht."
    assert clean("de", line).date is None


def test_edited_is_an_updated_date() -> None:
    # A forum answer's "edited Jan 21, 2017" is a change, not the question's publication.
    assert _UPDATED.search("edited Jan 21, 2017 at 15:10") is not None
    assert _UPDATED.search("asked Feb 4, 2014 at 13:02") is None
    assert _UPDATED.search("answered Oct 18, 2023 at 8:31") is not None
    assert _UPDATED.search("1.9K views 11 replies last post by Anna Jan 18, 2024") is not None
    for line in ("Letzte Aktualisierung am 2.02.2022", "Última actualización: 3 de mayo de 2022",
                 "Ultimo aggiornamento: 3 maggio 2022", "Laatst bijgewerkt op 3 mei 2022"):
        assert _UPDATED.search(line) is not None


def test_the_date_of_an_update_gives_way_to_the_publication() -> None:
    assert clean("de", "Letzte Aktualisierung am 2.02.2022", "1. Februar 2022").date == (
        "2022-02-01")


@pytest.mark.parametrize(("language", "embed"), [
    ("de", "Ein Beitrag geteilt von Esmeralda Merlot (@esmeralda) am 21. April 2019 um 4:47"),
    ("en", "A post shared by Jane Roe (@janeroe) on Apr 21, 2019 at 4:47am PDT"),
    ("fr", "Une publication partagée par Jeanne Roux (@jroux) le 21 avril 2019 à 4:47"),
    # An embedded tweet's signature, after its text.
    ("en", "We will be there. — Jane Roe (@janeroe) May 2, 2020"),
    ("de", "— Jane Roe (@janeroe) May 2, 2020"),
])
def test_an_embedded_posts_credit_is_not_the_articles(language: str, embed: str) -> None:
    # An embed stands in the article; the lines right after the last paragraph are credit
    # lines, so there it would be read.
    document = clean(language, tail=(embed,))
    assert document.date is None
    assert document.authors == ()


def test_a_forum_answer_is_not_the_date_of_the_question() -> None:
    document = clean("en", "answered Oct 18, 2023 at 8:31", "Oct 16, 2023 at 9:40")
    assert document.date == "2023-10-16T09:40"


def test_the_post_meta_prefilter_lets_every_anchored_phrase_through() -> None:
    # Each phrase `_POST_META` opens with starts with one of the letters the prefilter lets
    # through; a phrase added with another first letter would never be tried.
    phrases = ("posted", "published", "veröffentlicht", "eingetragen", "erstellt", "gepostet",
               "publié", "publicado", "pubblicato", "gepubliceerd", "geschrieben", "verfasst",
               "dieser", "der")
    assert all(phrase[0] in _POST_META_OPENINGS for phrase in phrases)
    assert all(_POST_META.pattern.count(phrase) for phrase in phrases)
    assert not _may_post_meta("Posted by Jane Doe on March")  # no digit: no date



def test_dated_sentences_around_a_byline_make_no_teaser_list() -> None:
    # The sentences under the byline talk about other dates; the byline's date stands in no
    # list of teasers, and wins over a teaser's date line below the article.
    text = "\n\n".join([
        "Die Regierung beschließt ein neues Energiegesetz für die kommenden Jahre",
        "von eseppelt · 31. Oktober 2023",
        "Am 9. Oktober 2023 wurde die Intendantin vom Rundfunkrat verabschiedet.",
        "Sie übernahm das Amt am 1. November 2011 von ihrem Vorgänger im Sender.",
        *BODY["de"],
        "Das könnte dich auch interessieren …", "Konzert ohne Zuschauer in Halle",
        "3. Dezember 2020", "Marktanteil bleibt stabil", "4. Januar 2021",
    ])
    document = dechrome.clean(text)
    assert document.authors == ("eseppelt",)
    assert document.date == "2023-10-31"


@pytest.mark.parametrize("unit", ["December 19. ", "December 19.", "Dec 1. 19 ", "Mai 3. "])
def test_adversarial_month_day_runs(unit: str) -> None:
    """The month-first form with a dot after the day is bounded: long runs of its pieces
    return, and a day with no year after it is no date."""
    text = unit * (50_000 // len(unit))
    found = first_date(text)
    assert found is None


@pytest.mark.parametrize(("lines", "date"), [
    # A reply's header: the thread's date stands, or none.
    (("Jun 3, 2024", "#2 · Jun 4, 2024"), "2024-06-03"),
    (("Jun 3, 2024", "#13 HustleBrickz, Oct 27, 2025"), "2024-06-03"),
    (("#13 HustleBrickz, Oct 27, 2025",), ""),
    (("#1 · Jun 9, 2024",), "2024-06-09"),  # the opening post's header dates the thread
])
def test_a_replys_date_is_not_the_threads(lines: tuple[str, ...], date: str) -> None:
    document = clean("en", "Ejp55230 Discussion starter", *lines)
    assert (document.date or "")[:10] == date


@pytest.mark.parametrize("text", ["#" + "9" * 10_000, "# " * 5000 + "2"])
def test_adversarial_reply_headers(text: str) -> None:
    assert clean("en", text).date is None


def test_a_ticker_of_dated_teasers_under_the_headline_is_not_the_date() -> None:
    # "[ 20. Februar 2020 ] Das Potential ..." opens a line under the headline, but so do two
    # more teasers with other dates: a ticker's items, not the article's date line.
    ticker = ("[ 20. Februar 2020 ] Das Potential des Streckenhandels Allgemeines",
              "[ 19. Februar 2020 ] Virtualisieren unter Windows 10 Windows",
              "[ 14. Februar 2020 ] Digitalisierung in der Praxis Allgemeines")
    assert clean("de", *ticker).date is None
    assert clean("de", ticker[0]).date == "2020-02-20"

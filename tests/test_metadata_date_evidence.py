"""Which printed date dates the article, and which credits name its author: today's date in
a page's header, a dateline opening the first paragraph, a post footer stating the
publication, a date after the article against one at its head, the credits below a heading
of teasers, and the signatures, tags and labels that name no author."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.agency import names_in_agency_tag
from dechrome.metadata.authors import names_in_byline, names_people
from dechrome.metadata.evidence import Evidence, credit_lines
from dechrome.metadata.language import dating_locale
from dechrome.metadata.leaddate import lead_date
from dechrome.metadata.signature import signed_by
from dechrome.metadata.sources import Source
from dechrome.model import Block
from dechrome.reasons import Rule
from tests.metadata_pages import BODY, HEADLINE, clean

_MENU = ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wissen", "Reise",
         "Auto", "Digital", "Karriere", "Video")


def _joined(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(("language", "today"), [
    ("de", "Freitag, 21. Januar 2022"),
    ("en", "Thursday, November 9th 2023"),
    ("es", "Miércoles, 04 de Mayo de 2022"),
    ("fr", "mercredi 19 février 2020"),
])
def test_todays_date_in_the_page_header_dates_no_article(language: str, today: str) -> None:
    # The day the page was served, above the menus: the article prints no date of its own.
    document = dechrome.clean(_joined(today, *_MENU, HEADLINE[language], *BODY[language]))
    assert document.date is None


def test_a_date_line_under_the_headline_still_counts_beside_a_header_date() -> None:
    document = dechrome.clean(_joined("Mittwoch, 8. Juli 2020", *_MENU, HEADLINE["de"],
                                      "27.04.2020 - 18:50 Uhr", *BODY["de"]))
    assert document.date == "2020-04-27T18:50"


@pytest.mark.parametrize(("language", "lead"), [
    ("de", "Düsseldorf, 22. November 2022 - "),
    ("de", "(22. November 2022) "),
    ("de", "22. November 2022. "),
    ("de", "Red. / 22.11.2022 "),
    ("en", "LONDON, November 22, 2022 – "),
    ("fr", "Paris, 22 novembre 2022 – "),
    ("es", "Madrid, 22 de noviembre de 2022. "),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_article(language: str,
                                                                   lead: str) -> None:
    first, second = BODY[language]
    # An unlabelled date after the article (a teaser's, a comment's) comes second.
    document = dechrome.clean(_joined(HEADLINE[language], lead + first, second,
                                      "14. Oktober 2022"))
    assert document.date == "2022-11-22"
    assert any(found.field == "date" and found.block == 1 for found in document.sources())


@pytest.mark.parametrize("opening", [
    "Am 9. Oktober 2023 wurde ",  # a date the sentence talks about
    "3. Februar 2021 hatte der Bundestag ",  # run into the sentence
    "On July 4, 2025, ",
    "Ich habe am 12. Mai 2006 ",
    "[ 19. Februar 2020 ] ",  # a ticker's item
])
def test_a_date_the_first_sentence_talks_about_dates_nothing(opening: str) -> None:
    assert lead_date(opening + BODY["de"][0], day_first=True) is None


def test_a_post_footer_stating_the_publication_caps_a_later_date_line() -> None:
    footer = ("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht "
              "und wurde unter Allgemein, Region Halle - Leipzig, Tastings & Events, "
              "Veranstaltungskalender abgelegt. Du kannst die Kommentare zu diesen Eintrag durch "
              "den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst "
              "dennoch einen Trackback auf deiner Seite einrichten.")
    document = clean("de", "Termin: 21.02.2020, 19 Uhr", tail=(footer,))
    assert document.date == "2019-11-27T15:21"


@pytest.mark.parametrize(("language", "updated", "after", "expected"), [
    ("en", "Updated on October 21, 2025", "July 17, 2025", "2025-10-21"),
    ("de", "Aktualisiert am 21.10.2025", "17. Juli 2025", "2025-10-21"),
])
def test_a_date_after_the_article_yields_to_an_update_under_the_headline(
        language: str, updated: str, after: str, expected: str) -> None:
    assert clean(language, updated, tail=(after,)).date == expected


def _evidence(texts: list[str], removed: dict[int, Rule]) -> Evidence:
    blocks = tuple(Block(index=i, text=text, line=i, start=0, continues=False, after_blank=True)
                   for i, text in enumerate(texts))
    kept = tuple(text for i, text in enumerate(texts) if i not in removed)
    return Evidence(blocks, removed, kept, texts[0], None)


def test_the_credits_below_the_headline_end_at_a_heading_of_teasers() -> None:
    # The teasers run on: the article's first paragraph stands further down.
    teasers = [f"Teaser {n}" for n in range(8)]
    texts = ["Mobile Apps Explained", "11 min read", "Most Popular", "Other Article",
             "Jane Roe | July 15, 2025", *teasers, *BODY["en"]]
    removed = {0: Rule.HEADLINE, 1: Rule.TIMESTAMP_LABEL, 2: Rule.RELATED_SECTION,
               **{i: Rule.OUTSIDE_ARTICLE for i in range(3, 5 + len(teasers))}}
    lines = credit_lines(_evidence(texts, removed))
    assert 1 in lines
    assert 4 not in lines


@pytest.mark.parametrize(("language", "signature", "name"), [
    ("en", "This article was written by Colin Watson for the energy desk of the paper.",
     "Colin Watson"),
    ("de", "Dieser Artikel wurde verfasst von Anna Muster für die Rubrik Politik und Energie.",
     "Anna Muster"),
    ("fr", "Cet article a été écrit par Jean Dupont le 3 mars pour la rubrique politique.",
     "Jean Dupont"),
])
def test_a_signature_the_body_kept_names_the_author(language: str, signature: str,
                                                    name: str) -> None:
    document = clean(language, "18.12.2025", tail=(signature,))
    assert document.authors == (name,)
    assert any(found.how == str(Source.SIGNATURE) for found in document.sources())


def test_a_byline_opening_the_first_paragraph_names_the_author() -> None:
    texts = ["Hottest year", "By Alejandro Villamor Last updated Nov 8, 2023 Share with:",
             *BODY["en"]]
    assert signed_by(_evidence(texts, {0: Rule.HEADLINE})) == (("Alejandro Villamor",), 1)


def test_a_sentence_of_the_body_signs_nothing() -> None:
    texts = ["Hottest year", *BODY["en"], "Written by hand, the notes were posted by mail."]
    assert signed_by(_evidence(texts, {0: Rule.HEADLINE})) == ((), None)


@pytest.mark.parametrize(("tag", "names"), [
    ("(dpa/lab)", ("dpa", "lab")),
    ("(gem)", ("gem",)),
    ("(SDA)", ("SDA",)),
    ("(Okay)", ()),  # the end of a sentence in brackets
    ("(Top)", ()),
    ("(error)", ()),  # a label
])
def test_an_agency_tag_credits_initials_or_an_agency(tag: str, names: tuple[str, ...]) -> None:
    assert names_in_agency_tag(tag) == names


@pytest.mark.parametrize("line", [
    "Written By Feb 11, 2019 · 3 min read",  # the byline's name is missing
    "Von Mai 2021 bis heute",
    "Author has 9.6K answers",  # a word of the language, no user name
])
def test_a_month_or_a_common_word_after_the_lead_word_is_no_name(line: str) -> None:
    assert names_in_byline(line) == ()


def test_a_user_name_after_a_posting_verb_still_counts() -> None:
    assert names_in_byline("Veröffentlicht am 12. Juni 2017 von gizzmo") == ("gizzmo",)


def test_a_pictures_source_is_no_author() -> None:
    assert not names_people(("Wikimedia Commons",))
    assert not names_people(("Getty Images",))
    assert names_people(("Reuters",))
    assert names_people(("Anna Muster",))


@pytest.mark.parametrize("text", [
    "(" * 5000,
    "Düsseldorf, " * 2000,
    "A. " * 3000 + "22. November 2022",
    "Posted by " * 3000,
])
def test_adversarial_lines_end(text: str) -> None:
    # Bounded and possessive patterns: long runs of what they look for end with no date.
    assert lead_date(text, day_first=True) in (None, "2022-11-22")
    assert signed_by(_evidence(["Headline", text, *BODY["en"]], {0: Rule.HEADLINE}))[0] == ()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.co.uk/news/halls", "2020-10-02"),
    ("https://www.msn.com/en-gb/news/uknews/halls", "2020-10-02"),
    ("https://www.example.com.au/news/halls", "2020-10-02"),
    ("https://www.example.com/news/halls", None),  # 2 October or February 10
    ("https://www.example.com/en-us/news/halls", None),
])
def test_english_on_a_day_first_site_writes_the_day_first(url: str, expected: str | None,
                                                          ) -> None:
    assert clean("en", "The Guardian 02/10/2020", url=url).date == expected


@pytest.mark.parametrize(("language", "url", "locale"), [
    ("en", "https://news.example.ie/a", "en-GB"),
    ("en", "https://example.uk.example.com/a", "en"),  # ".uk" inside the host, not its end
    ("de", "https://www.example.co.uk/a", "de"),
    ("en", None, "en"),
])
def test_dating_locale(language: str, url: str | None, locale: str) -> None:
    assert dating_locale(language, url) == locale


def test_dating_locale_on_a_long_url_ends() -> None:
    assert dating_locale("en", "https://" + "a." * 5000 + "com/" + "en-x/" * 2000) == "en"


@pytest.mark.parametrize(("language", "names_line", "names"), [
    ("en", "Manoj Jain and Jagpreet Chhatwal | Guest Columnists",
     ("Manoj Jain", "Jagpreet Chhatwal")),
    ("de", "Anna Muster und Jon Doe | Gastautoren", ("Anna Muster", "Jon Doe")),
])
def test_a_line_of_names_under_the_standfirst_past_the_menus_is_the_byline(
        language: str, names_line: str, names: tuple[str, ...]) -> None:
    # The menus between the headline and the article fill the nearest credit lines.
    menu = ("Skip to main content", "Home", "Opinion", "Submit a Letter", "Columnists",
            "Editorials", "Contributors", "How meditation rewires brains | Opinion")
    first, second = BODY[language]
    document = dechrome.clean(_joined(f"{HEADLINE[language]} | Opinion", *menu, first,
                                      names_line, second, first))
    assert document.authors == names

"""The title: the headline, and the part of a "Headline | Site" line that the page confirms."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.metaline import reads_as_meta
from dechrome.metadata.title import _SENTENCE_BREAK, _titled
from tests.metadata_pages import BODY, HEADLINE, clean


def _page(first: str, language: str, *head: str) -> str:
    return "\n\n".join([first, *head, *BODY[language]])


def test_the_headline_the_page_shows() -> None:
    assert clean("de").title == HEADLINE["de"]
    assert clean("en", "By Jane Doe").title == HEADLINE["en"]
    assert clean("fr", "Par Jean Dupont").title == HEADLINE["fr"]


def test_site_suffix_is_cut_when_the_headline_stands_again() -> None:
    text = _page(f"{HEADLINE['de']} | Beispiel-Zeitung", "de", "Startseite", HEADLINE["de"])
    assert dechrome.clean(text).title == HEADLINE["de"]


def test_site_prefix_and_section_are_cut() -> None:
    first = f"Le Monde Exemple - Politique - {HEADLINE['fr']}"
    assert dechrome.clean(_page(first, "fr", HEADLINE["fr"])).title == HEADLINE["fr"]


def test_site_suffix_named_by_the_url() -> None:
    text = _page(f"{HEADLINE['en']} | Reuters", "en")
    assert dechrome.clean(text, url="https://www.reuters.com/x").title == HEADLINE["en"]


def test_a_separator_inside_a_headline_without_evidence_stays() -> None:
    first = "Krieg in der Ukraine - Nordkorea schickt Soldaten"
    assert dechrome.clean(_page(first, "de")).title == first


def test_no_headline_no_title() -> None:
    assert dechrome.clean("\n\n".join(BODY["en"])).title is None


def test_of_two_repeated_parts_the_one_over_the_article_is_the_headline() -> None:
    # The site's name stands again in the logo at the top; the headline right over the body.
    site = "Abenteuer Astronomie Magazin für Sterngucker"  # longer than the headline
    first = f"{HEADLINE['de']} - {site}"
    text = _page(first, "de", site, "Startseite", "Astro-Bilder", HEADLINE["de"])
    assert dechrome.clean(text).title == HEADLINE["de"]


def test_a_breadcrumb_taken_for_the_headline_gives_way_to_the_browser_title() -> None:
    first = f"{HEADLINE['de']} | Beispiel-Zeitung"
    text = _page(first, "de", "Sie sind hier: Home » Politik » Energie » Gesetze")
    assert dechrome.clean(text).title == HEADLINE["de"]


def test_a_separator_with_nothing_beyond_it_is_cut() -> None:
    # The browser title "Headline -" printed again: the site's name the page left empty.
    for first in (f"{HEADLINE['de']} -", f"{HEADLINE['de']} |", f"| {HEADLINE['de']}"):
        assert dechrome.clean(_page(first, "de", first)).title == HEADLINE["de"]


def test_a_title_that_is_all_separator_stays() -> None:
    assert dechrome.clean(_page("|", "de", "|")).title in {None, "|"}


def test_marks_and_symbols_around_the_title_words_are_cut() -> None:
    for first in (f"...: {HEADLINE['de']}", f"• {HEADLINE['de']}", f"{HEADLINE['de']} » ☆☆☆☆☆"):
        assert dechrome.clean(_page(first, "de", first)).title == HEADLINE["de"]


def test_quotes_and_closing_marks_of_a_title_stay() -> None:
    for title in ("«Gute Löhne reichen alleine nicht»", "Qui a gagné la finale ?",
                  "¿Qué pasa con la energía?"):
        assert dechrome.clean(_page(title, "de", title)).title == title


def test_a_one_word_heading_beside_the_site_name_is_the_title() -> None:
    # "OpenSSH - ArchWiki", "Pods | Kubernetes": the heading is one word.
    for first, heading in (("OpenSSH - ArchWiki", "OpenSSH"), ("Pods | Kubernetes", "Pods"),
                           ("Einzeltraining - Die Sprachschule", "Einzeltraining")):
        text = _page(first, "en", "Home", "Docs", heading)
        assert dechrome.clean(text).title == heading


def test_a_one_word_section_beside_a_headline_is_no_title() -> None:
    # The other part is a headline, not a site's name: the word is its section.
    first = f"{HEADLINE['en']} and what it means for you | Opinion"
    text = _page(first, "en", "Opinion", "News", "Sport")
    assert dechrome.clean(text).title != "Opinion"


def test_a_one_word_part_the_page_does_not_print_is_no_title() -> None:
    text = _page("OpenSSH - ArchWiki", "en", "Home", "Docs")
    assert dechrome.clean(text).title != "OpenSSH"


def test_a_meta_line_taken_for_the_headline_gives_way_to_the_line_above() -> None:
    for line in ("1. Februar 2022 Steffi Kaufratgeber, Beschäftigung, Katzen",
                 "November 22, 2011 ⋅ Email this post ⋅ Diese Seite ausdrucken",
                 "Nike Jane – 14.09.2022 – Kolumne, Tiny Jane, Allgemein"):
        assert reads_as_meta(line)
    for line in ("Lemmy Development Update 2024-10-04", HEADLINE["de"],
                 "Ergebnisse: RM Schülerinnen A, Aalen-Unterkochen, 19.5.2007"):
        assert not reads_as_meta(line)


def test_the_headline_over_a_blogs_meta_line() -> None:
    headline = "Malaga, die quirlige Metropole in Andalusien"
    meta = "22. November 2011 ⋅ Email this post ⋅ Diese Seite ausdrucken"
    text = _page("Einfach Spanien", "de", "Startseite", headline, meta)
    assert dechrome.clean(text).title == headline


@pytest.mark.parametrize(("language", "site", "url"), [
    ("de", "Umweltbundesamt", "https://www.umweltbundesamt.de/themen/x"),
    ("de", "DenkmalPraxisModerne", "https://denkmalpraxismoderne.de/x/"),
    ("en", "Reuters", "https://www.reuters.com/x"),
    ("fr", "Le Monde", "https://www.lemonde.fr/x"),
    ("es", "El País", "https://elpais.com/x"),
    ("it", "Corriere", "https://www.corriere.it/x"),
    ("nl", "NOS", "https://nos.nl/x"),
])
def test_the_browser_title_printed_again_is_cut_of_the_site_the_url_names(
        language: str, site: str, url: str) -> None:
    # The whole browser title stands again (a copy in the page's header): its part naming
    # the URL's site is still the site's, not the headline's.
    first = f"{HEADLINE[language]} | {site}"
    text = _page(first, language, first)
    assert dechrome.clean(text, url=url).title == HEADLINE[language]


def test_the_browser_title_printed_again_keeps_a_part_the_url_does_not_name() -> None:
    first = f"{HEADLINE['de']} | Hummeln"
    text = _page(first, "de", first)
    assert dechrome.clean(text, url="https://aktion-hummelschutz.de/x").title == first



_SEO = {
    "de": ("Energiegesetz erklärt", "Regierung beschließt neues Energiegesetz nach langer "
           "Debatte im Bundestag"),
    "en": ("Energy law explained", "Government passes new energy law after a long debate in "
           "parliament"),
    "fr": ("Loi énergie : tout comprendre", "Le gouvernement adopte une nouvelle loi sur "
           "l'énergie après un long débat"),
    "es": ("Ley de energía: lo que decidió el gobierno", "El gobierno aprueba la ley de "
           "energía tras un largo debate"),
    "it": ("Legge sull'energia: cosa ha deciso il governo", "Il governo approva la legge "
           "sull'energia dopo un lungo dibattito"),
    "nl": ("Energiewet: wat de regering besloot", "Regering neemt nieuwe energiewet aan na "
           "lang debat"),
}


@pytest.mark.parametrize("language", sorted(_SEO))
def test_the_headline_over_the_article_wins_over_a_browser_title_it_does_not_repeat(
        language: str) -> None:
    # The browser title is written for search engines; the heading over the first paragraph
    # shares its subject ("energy law") and is the page's headline.
    seo, headline = _SEO[language]
    text = "\n\n".join([f"{seo} | Example Times", "Home", headline, *BODY[language]])
    document = dechrome.clean(text, url="https://www.exampletimes.com/x")
    assert document.title == headline
    assert [source.how for source in document.sources() if source.field == "title"] == [
        "headline-over-article"]


@pytest.mark.parametrize("heading", [
    "Weather forecast for a rainy weekend in the north",  # no word of the browser title
    "[ 26. Februar 2020 ] Energy law: an older story",  # a dated teaser
])
def test_a_heading_over_the_article_that_does_not_win(heading: str) -> None:
    text = "\n\n".join(["Energy law explained | Example Times", "Home", heading, *BODY["en"]])
    document = dechrome.clean(text, url="https://www.exampletimes.com/x")
    assert document.title == "Energy law explained"


@pytest.mark.parametrize(("language", "headline"), [
    ("de", "Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage."),
    ("en", "If the forum comes to an end soon."),
    ("fr", "Le temps des cerises est revenu."),
    ("es", "El invierno llegó antes de tiempo."),
    ("it", "La primavera è arrivata presto."),
    ("nl", "De winter kwam dit jaar te vroeg."),
])
def test_a_headline_closing_with_a_full_stop(language: str, headline: str) -> None:
    # The browser title and a line of the page agree on it: the full stop is the headline's.
    text = _page(f"{headline} - Example News", language, "Home", headline)
    assert dechrome.clean(text).title == headline


@pytest.mark.parametrize(("text", "titled"), [
    ("Denkmäler in neuem Licht.", True),
    ("We tested it. Here is what we found.", False),  # two sentences
    ("Catering event for 1st time. How should I prepare?", True),  # no full stop at the end
    ("Catering event", True),
])
def test_a_title_closes_with_one_full_stop_at_most(text: str, titled: bool) -> None:
    assert _titled(text) is titled


def test_a_first_line_that_is_a_sentence_is_no_title() -> None:
    text = _page("Here are the six types of outsourcing.", "en", "Services", "What we do")
    assert dechrome.clean(text).title != "Here are the six types of outsourcing."


@pytest.mark.parametrize("unit", ["a. B", "a.", ". ", "Ab "])
def test_adversarial_sentence_breaks(unit: str) -> None:
    """The sentence-break pattern has no repetition; long runs return, and are no title."""
    text = (unit * 20_000)[:40_000]
    assert _titled(text) is False
    match = _SENTENCE_BREAK.search(text)
    assert match is None or len(match[0]) == len("a. B")


# Related videos between the headline and the article, as on a news page with a player.
_TEASERS = ("JUST WATCHED", "Watch: the minister explains the vote",
            "Five things to know about the grid", "Why prices rose again this winter",
            "How the wind farms are financed")
_LAW = "Government passes new energy law after a long debate in parliament"


def _over_byline(*head: str) -> dechrome.Document:
    text = "\n\n".join(["Energy law explained | Example Times", "Home", "World", "Politics",
                        *head, *_TEASERS, *BODY["en"]])
    return dechrome.clean(text, url="https://www.exampletimes.com/x")


def test_the_heading_over_its_byline_wins_over_the_browser_title() -> None:
    # Teasers stand between the heading and the first paragraph; the byline under it and
    # two words of the browser title ("energy", "law") make it the page's headline.
    document = _over_byline(_LAW, "By Jane Doe")
    assert document.title == _LAW
    assert [source.how for source in document.sources() if source.field == "title"] == [
        "headline-over-article"]


def test_of_two_headings_the_one_beside_the_byline_wins() -> None:
    document = _over_byline("Watch: energy law explained in two minutes", "Promoted",
                            _LAW, "By Jane Doe")
    assert document.title == _LAW


@pytest.mark.parametrize("head", [
    ("Parliament debates the energy prices of the coming winter", "By Jane Doe"),  # one word
    (_LAW,),  # no byline beside it
])
def test_a_heading_far_over_the_article_that_does_not_win(head: tuple[str, ...]) -> None:
    assert _over_byline(*head).title == "Energy law explained"

"""The title against the site's name: the title line's parts that name the site, a kicker
run into the headline, and the part of the title line the URL's path spells."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.titleparts import less_named_site, segments, site_run
from dechrome.metadata.urltitle import part_in_url
from tests.metadata_pages import BODY, HEADLINE


def _title(url: str | None, *lines: str, language: str = "de") -> dechrome.Document:
    return dechrome.clean("\n\n".join([*lines, *BODY[language]]), url=url)


def _how(document: dechrome.Document) -> list[str]:
    return [source.how for source in document.sources() if source.field == "title"]


# A site's name as its logo prints it, and a host that spells it.
_SITES = {
    "de": ("Backen macht glücklich", "https://www.backenmachtgluecklich.de/rezepte/x.html"),
    "en": ("Baking Every Day", "https://bakingeveryday.com/2024/01/x/"),
    "fr": ("Cuisine et Plaisir", "https://www.cuisineetplaisir.fr/x"),
    "es": ("Cocina Fácil", "https://www.cocinafacil.es/x"),
    "it": ("Cucina Italiana", "https://www.cucinaitaliana.it/x"),
    "nl": ("Lekker Bakken", "https://lekkerbakken.nl/x"),
}


@pytest.mark.parametrize("language", sorted(_SITES))
def test_the_logo_naming_the_site_is_never_the_title(language: str) -> None:
    # "Headline | Site" over the logo "Site": the context rules take the logo for the
    # headline, and the title line holds it; it names the URL's site, so it is the site's.
    site, url = _SITES[language]
    document = _title(url, f"{HEADLINE[language]} | {site}", site, "Start",
                      language=language)
    assert document.title == HEADLINE[language]


def test_a_logo_the_url_does_not_name_is_still_read_from_the_page() -> None:
    # No evidence that the printed part is the site's: it stays the title line's part.
    site, _ = _SITES["de"]
    document = _title("https://www.example.de/x", f"{HEADLINE['de']} | {site}", site, "Start")
    assert document.title == site


def test_the_parts_beside_the_site_name_that_name_it_too() -> None:
    line = f"{HEADLINE['de']} | Hunde Forum - Das große Hundeforum"
    spans = segments(line)
    run = site_run(line, spans, "hundeforum")
    assert run is not None and line[run[0]:run[1]] == "Hunde Forum - Das große Hundeforum"
    document = _title("https://www.hunde-forum.net/threads/x.1/", line, "Foren", "Hunde Forum")
    assert document.title == HEADLINE["de"]


def test_a_product_named_after_the_site_stays_its_title() -> None:
    # Both ends name the site: the last is the site's name, the first the page's title.
    for line, heading, url in (
            ("Examplo CDN | Content Delivery Network | Examplo", "Examplo CDN",
             "https://www.examplo.com/cdn/"),
            ("Examplo playbooks — Examplo Community Documentation", "Examplo playbooks",
             "https://docs.examplo.com/x/playbooks_intro.html")):
        assert _title(url, line, "Docs", heading, language="en").title == heading


@pytest.mark.parametrize("language", sorted(HEADLINE))
def test_a_kicker_run_into_the_headline_is_no_part_of_it(language: str) -> None:
    # The page prints kicker and headline as one line, the title line the headline alone.
    kicker = {"de": "Forderungsausfälle vermeiden", "en": "Energy prices", "fr": "Énergie",
              "es": "Energía", "it": "Energia", "nl": "Energieprijzen"}[language]
    document = _title("https://www.examplenews.com/x", f"{HEADLINE[language]} - Example News",
                      "Home",
                      f"{kicker} {HEADLINE[language]}", language=language)
    assert document.title == HEADLINE[language]


def test_a_label_set_off_by_a_colon_is_the_headlines() -> None:
    printed = f"„Pure Leere“: {HEADLINE['de']}"
    document = _title("https://www.examplenews.com/x", f"{HEADLINE['de']} - Example News",
                      "Home", printed)
    assert document.title == printed


# A headline and the address of its article: the path spells its words, folded.
_SLUGS = {
    "de": "regierung-beschliesst-neues-energiegesetz",
    "en": "government-passes-new-energy-law",
    "fr": "le-gouvernement-adopte-une-nouvelle-loi-sur-l-energie",
    "es": "el-gobierno-aprueba-una-nueva-ley-de-energia",
    "it": "il-governo-approva-una-nuova-legge-sull-energia",
    "nl": "regering-neemt-nieuwe-energiewet-aan",
}


@pytest.mark.parametrize("language", sorted(_SLUGS))
def test_the_part_of_the_title_line_the_url_spells(language: str) -> None:
    # The logo "Weekly Herald Magazine" stands again and the title line ends with it: the
    # part the address spells is the headline.
    url = f"https://example.org/{language}/2024/{_SLUGS[language]}/"
    document = _title(url, f"{HEADLINE[language]} | Weekly Herald Magazine",
                      "Weekly Herald Magazine", "Home", language=language)
    assert document.title == HEADLINE[language]
    assert _how(document) == ["title-line-in-url"]


@pytest.mark.parametrize("url", [
    "https://example.org/articles/123456",  # the path names no story
    "https://example.org/weekly-herald/government-passes-new-energy-law",  # shares a word
])
def test_a_reading_the_url_does_not_contradict_stays(url: str) -> None:
    document = _title(url, f"{HEADLINE['en']} | Weekly Herald Magazine",
                      "Weekly Herald Magazine", "Home", language="en")
    assert document.title == "Weekly Herald Magazine"


def test_the_url_reading_needs_three_words_and_a_title_of_two() -> None:
    line = "Energy law | Weekly Herald"
    assert part_in_url(line, "https://example.org/energy-law", "Weekly Herald") is None
    assert part_in_url(line, "https://example.org/energy-law-x", "Herald") is None
    line = f"{HEADLINE['en']} | Weekly Herald"
    url = f"https://example.org/{_SLUGS['en']}"
    assert part_in_url(line, url, "Weekly Herald") == (HEADLINE["en"], "Weekly Herald")
    assert part_in_url(line, url, "Herald") is None  # one word: a heading the page prints
    assert part_in_url(line, None, "Weekly Herald") is None


@pytest.mark.parametrize("url", ["https://example.org/" + "-a" * 20_000, "http://[::1", ""])
def test_adversarial_urls(url: str) -> None:
    assert part_in_url(f"{HEADLINE['en']} | Weekly Herald", url, "Weekly Herald") is None


@pytest.mark.parametrize(("line", "url", "title"), [
    ("Hechtfang im Winter | angeln-heute.ch | Dein Schweizer Fischereimagazin",
     "https://www.angeln-heute.ch/de/x--1026", "Hechtfang im Winter"),
    ("Impressum - Werbeagentur BEISPIEL | Soltau im Heidekreis",
     "https://www.beispiel.de/impressum", "Impressum"),
    ("Mentions légales | Exemple.fr | Le magazine du jardin", "https://exemple.fr/x",
     "Mentions légales"),
])
def test_the_site_name_inside_the_title_line_ends_the_title(
        line: str, url: str, title: str) -> None:
    # "Headline | Site | Slogan": the site's name, then its slogan, close the line.
    assert dechrome.clean("\n\n".join([line, "Start", *BODY["de"]]), url=url).title == title


def test_an_inner_part_that_does_not_name_the_site_stays() -> None:
    line = "Hechtfang im Winter | Tipps | Dein Schweizer Fischereimagazin"
    assert less_named_site(line, "angelnheute") == (line, None)
    assert less_named_site(line.replace("Tipps", "angeln-heute.ch"), "angelnheute") == (
        "Hechtfang im Winter", "angeln-heute.ch")

"""The heading over the article that restates a copy of the title line printed elsewhere,
and a date part run into the title."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.overbyline import line_over_byline
from dechrome.metadata.restate import less_date_part, restates
from dechrome.metadata.sources import Source
from dechrome.metadata.title import read_title
from dechrome.metadata.titleparts import segments
from dechrome.model import Block
from dechrome.reasons import Rule
from tests.metadata_pages import BODY, HEADLINE

# A list of related stories between the page's head and the article.
_RELATED = ("Mehr zum Thema", "Wetter: Sturm über der Nordsee erwartet",
            "Bahn: Streik legt den Fernverkehr lahm", "Sport: Pokalfinale ohne Zuschauer")
_MAX_HEADLINE_WORDS = 14
_RELATED_EN = ("More on this", "Weather: storm expected over the North Sea",
               "Rail: strike halts long-distance trains", "Sport: cup final without fans")


def _page(first: str, language: str, *head: str) -> dechrome.Document:
    return dechrome.clean("\n\n".join([first, *head, *BODY[language]]))


def _how(document: dechrome.Document) -> list[str]:
    return [source.how for source in document.sources() if source.field == "title"]


def test_the_heading_over_the_article_less_the_kicker_of_its_copy() -> None:
    # The title line's part stands again among the related stories with its kicker
    # ("Energie: ..."); the heading right over the article is the headline without it.
    copy = f"Energie: {HEADLINE['de']}"
    document = _page(f"{copy} | Politik", "de", *_RELATED, copy, "Startseite",
                     "Politik", HEADLINE["de"])
    assert document.title == HEADLINE["de"]
    assert _how(document) == ["headline-over-article"]


def _evidence(first: str, *head: tuple[str, Rule | None]) -> Evidence:
    """A page as the cleaning leaves it: the title line, the head's lines and the rules
    that took them out, then the body."""
    lines = [(first, Rule.OUTSIDE_ARTICLE), *head, *((text, None) for text in BODY["en"])]
    blocks = tuple(Block(index, text, index, 0) for index, (text, _) in enumerate(lines))
    removed = {index: rule for index, (_, rule) in enumerate(lines) if rule is not None}
    headline = next((text for text, rule in head if rule is Rule.HEADLINE), None)
    return Evidence(blocks, removed, BODY["en"], headline, None)


def test_the_heading_over_the_article_in_other_words_than_its_copy() -> None:
    # The title line's wording stands again in a teaser, shortened; the heading over the
    # article shares four of its seven words with it.
    heading = "Lease, finance or buy a new car – which is cheaper?"
    evidence = _evidence("Lease, finance or buy a new car – which pays off?",
                         ("Home", Rule.MENU_ITEM), ("Lease or buy a new car", Rule.KICKER),
                         ("Credit", Rule.KICKER), (heading, Rule.HEADLINE))
    reading = read_title(evidence)
    assert (reading.title, reading.how) == (heading, Source.HEADLINE_OVER_ARTICLE)


@pytest.mark.parametrize("heading", [
    "Government passes new energy law",  # the copy's start: its short form
    "Parliament votes on the budget of the coming year",  # another story
])
def test_a_heading_that_does_not_restate_the_copy_leaves_it(heading: str) -> None:
    copy = "Government passes new energy law after a long debate"
    document = _page(f"{copy} | Politics", "en", *_RELATED_EN, copy, "Home", "Politics",
                     heading)
    assert document.title == copy


@pytest.mark.parametrize(("heading", "copy", "restated"), [
    ("Kim Jong Un: Der Diktator ist zurück", "Nordkorea: Kim Jong Un - Der Diktator ist zurück",
     True),  # a kicker before it
    ("Auto leasen, finanzieren oder kaufen – was ist günstiger?", "Auto leasen oder kaufen",
     True),  # four words of seven shared
    ("Cleaning Industry Trends", "2025 Cleaning Industry Trends to Know", False),  # held
    ("Sparks, NV Homes for Sale & Real Estate", "Sparks, NV Homes for Sale", False),  # holds
    ("What Are The Common Examples Of Mobile App Ideas?",
     "Mobile App: Definition, Types, Examples, Development, And Cost", False),  # 3 of 8
    ("Same headline", "Same Headline", False),
    ("", "Headline", False),
])
def test_restates(heading: str, copy: str, restated: bool) -> None:
    assert restates(heading, copy) is restated


@pytest.mark.parametrize(("title", "headline"), [
    ("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss jubeln",
     "Dorothea Wierer darf beim Antholz-Abschluss jubeln"),
    ("Mo, 3. Mai 2021 | Regierung beschließt neues Energiegesetz",
     "Regierung beschließt neues Energiegesetz"),
    ("Jan 23, 2022 - Government passes new energy law", "Government passes new energy law"),
    # No date part: a date inside the first part, a number, a year alone.
    ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", None),
    ("Top 10 - The best appliances of the year", None),
    ("2025 - The year in review", None),
    ("23.01.2022 - Wierer", None),  # one word left: no title
    ("23.01.2022", None),
])
def test_a_date_part_run_into_the_title(title: str, headline: str | None) -> None:
    assert less_date_part(title) == (headline or title)


def test_the_date_part_is_cut_from_the_title_the_page_prints() -> None:
    title = f"23.01.2022 - {HEADLINE['de']}"
    document = _page(title, "de", "Startseite", "Politik", title)
    assert document.title == HEADLINE["de"]


def test_a_newsletter_call_beside_the_date_is_no_headline() -> None:
    # The call shares two words with the browser title ("energy", "law") and stands beside
    # the date line over the article, but a rule judging it by its text took it out.
    call = "For daily energy law news, sign up for the Example Times newsletter."
    for rule, found in ((Rule.NEWSLETTER, None), (Rule.OUTSIDE_ARTICLE, 2)):
        evidence = _evidence("Energy law explained | Example Times", ("Home", Rule.MENU_ITEM),
                             (call, rule), ("November 18, 2019", Rule.DATELINE))
        assert line_over_byline(evidence, "Energy law explained", _short) == found


def _short(text: str) -> bool:
    """A line short enough for a headline (the body's sentences are longer)."""
    return len(text.split()) <= _MAX_HEADLINE_WORDS


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789. -|:Mai JanMo,abcXY"), max_size=60))
def test_the_title_less_its_date_part_is_the_end_of_the_title(title: str) -> None:
    less = less_date_part(title)
    assert title.endswith(less)
    assert less == title or (less.strip() and len(less.split()) >= 2)


def test_a_single_angle_quote_parts_the_title_line() -> None:
    # "Headline › Blog name": the blog's name stands again in its header, the headline
    # over the article.
    first = f"{HEADLINE['de']} › Nordisch unterwegs"
    document = _page(first, "de", "Nordisch unterwegs", "Startseite", "Impressum",
                     HEADLINE["de"])
    assert document.title == HEADLINE["de"]
    assert len(segments(first)) == 2

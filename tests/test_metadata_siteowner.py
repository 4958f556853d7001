"""The author of a person's own site: the title line's site part, printed again atop the page."""

from __future__ import annotations

import pytest

import dechrome
from tests.metadata_pages import BODY, HEADLINE


def _page(language: str, title_line: str, *top: str) -> dechrome.Document:
    headline = HEADLINE[language]
    text = "\n\n".join([title_line.format(headline), *top, headline, *BODY[language]])
    return dechrome.clean(text)


@pytest.mark.parametrize(("language", "title_line", "top", "name"), [
    ("en", "{} | Pierce Freeman", ("Pierce Freeman //", "Posts", "About"), "Pierce Freeman"),
    ("en", "{} | Owain Brennan", ("Owain Brennan",), "Owain Brennan"),
    ("de", "{} – Wolfgang Michal", ("Wolfgang Michal", "Startseite"), "Wolfgang Michal"),
    ("fr", "{} - Marie Merlet", ("Marie Merlet", "Accueil"), "Marie Merlet"),
    ("es", "{} | Ana García", ("Ana García",), "Ana García"),
    ("it", "{} | Marco Rossi", ("— Marco Rossi —",), "Marco Rossi"),
    ("nl", "{} | Pieter Bakker", ("Pieter Bakker",), "Pieter Bakker"),
])
def test_the_person_whose_site_it_is(language: str, title_line: str, top: tuple[str, ...],
                                     name: str) -> None:
    document = _page(language, title_line, *top)
    assert document.authors == (name,)
    assert [source.how for source in document.sources() if source.field == "authors"] == [
        "site-owner"]


@pytest.mark.parametrize(("language", "title_line", "top"), [
    ("en", "{} | Pierce Freeman", ("Posts", "About")),  # the name is not printed again
    ("en", "{} | The Big Bone", ("The Big Bone",)),  # a blog's name: an article first
    ("en", "{} | Weselpower's Blog", ("Weselpower's Blog",)),  # a possessive
    ("de", "{} | Berliner Zeitung", ("Berliner Zeitung",)),  # an outlet: a common word
    ("en", "{} | Energy Law", ("Energy Law",)),  # words of the headline
])
def test_no_site_owner(language: str, title_line: str, top: tuple[str, ...]) -> None:
    assert _page(language, title_line, *top).authors == ()


def test_a_byline_wins_over_the_site_owner() -> None:
    document = _page("en", "{} | Pierce Freeman", "Pierce Freeman", "By Jane Doe | Nov 1, 2024")
    assert document.authors == ("Jane Doe",)


@pytest.mark.parametrize("unit", ["/", " ", "—", "| ", "Anna "])
def test_adversarial_marks(unit: str) -> None:
    """The marks around the name are bounded: a long run of them is no name."""
    name = (unit * 20_000)[:40_000]
    assert _page("en", "{} | " + name, name).authors == ()

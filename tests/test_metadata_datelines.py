"""A short date line far from the headline (below the article, beyond the credit lines'
reach) dates the page when nothing nearer does; headings about a date, "updated" lines,
lists of dated teasers, captions and comments do not."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.datelines import _META_MARK, _WORD
from tests.metadata_pages import page

# More lines than the credit lines reach after the last paragraph.
_FAR = ("Teilen", "Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Newsletter", "Kontakt")

_LINES = {
    "de": ("24. April 2020 | Pressemitteilungen", "2020-04-24"),
    "en": ("Blog Home • April 24, 2020", "2020-04-24"),
    "fr": ("vendredi 24 avril 2020", "2020-04-24"),
    "es": ("viernes, 24 de abril de 2020 00:00 hs", "2020-04-24T00:00"),
    "it": ("24 aprile 2020 | Comunicati", "2020-04-24"),
    "nl": ("24 april 2020 | Persberichten", "2020-04-24"),
}


def _how(document: dechrome.Document) -> list[str]:
    return [found.how for found in document.sources() if found.field == "date"]


@pytest.mark.parametrize("language", sorted(_LINES))
def test_a_date_line_below_the_article(language: str) -> None:
    line, iso = _LINES[language]
    document = dechrome.clean(page(language, tail=(*_FAR, line)))
    assert document.date == iso
    assert _how(document) == ["dated-line-in-article"]


@pytest.mark.parametrize("tail", [
    ("Site Last Updated: December 20, 2025",),  # an update of the site, not the article
    ("Zuletzt aktualisiert: 20.12.2025",),
    # a list of dated teasers
    ("Neue Regeln für Mieter", "3. Dezember 2020", "Streit um die Grundsteuer", "1. Dezember 2020",
     "Wohngeld steigt", "28. November 2020"),
    ("2 Kommentare", "Schreibe einen Kommentar", "Anna 12.05.2021, 10:00 Uhr"),  # a comment
])
def test_no_date_line(tail: tuple[str, ...]) -> None:
    assert dechrome.clean(page("de", tail=(*_FAR, *tail))).date is None


def test_a_kept_heading_about_a_date_dates_nothing() -> None:
    # Far enough below the headline that the credit lines do not reach it.
    more = tuple(f"Im {place} berieten die Abgeordneten lange über die Folgen des Gesetzes für "
                 f"die Betriebe, die Kommunen und die Haushalte in der Region." for place in (
                     "Januar", "Februar", "Frühjahr", "Sommer", "Herbst", "Winter", "Ausschuss",
                     "Plenum", "Landtag", "Bundesrat"))
    text = page("de", tail=(*more, "Anlässlich des 11. September 2001",
                            "Die Regierung hat am Dienstag ein weiteres Gesetz beschlossen, das "
                            "die Förderung regelt und ab dem kommenden Jahr gelten soll."))
    assert dechrome.clean(text).date is None


def test_a_kept_line_opening_with_its_date_and_time() -> None:
    """A line the body keeps that opens with its date and gives a time is a date line, even
    when it ends with a dot."""
    more = tuple(f"Im {place} berieten die Abgeordneten lange über die Folgen des Gesetzes für "
                 f"die Betriebe, die Kommunen und die Haushalte in der Region." for place in (
                     "Januar", "Februar", "Frühjahr", "Sommer", "Herbst", "Winter", "Ausschuss",
                     "Plenum", "Landtag", "Bundesrat"))
    text = page("de", tail=(*more, "1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.",
                            "Die Regierung hat am Dienstag ein weiteres Gesetz beschlossen, das "
                            "die Förderung regelt und ab dem kommenden Jahr gelten soll."))
    assert dechrome.clean(text).date == "2023-11-01T20:19"


def test_a_nearer_date_wins() -> None:
    tail = (*_FAR, "24. April 2020 | Presse")
    document = dechrome.clean(page("de", "12.07.2025 16:29", tail=tail))
    assert document.date == "2025-07-12T16:29"


@pytest.mark.parametrize("text", ["1" * 50_000, "1:" * 30_000, "|" * 50_000, "a" * 100_000])
def test_adversarial_lines(text: str) -> None:
    """The patterns are bounded; a long line is no date line and never crashes."""
    assert _META_MARK.search(text) is None or len(_META_MARK.search(text)[0]) <= 6
    assert all(len(word) <= 12 for word in _WORD.findall(text[:1000]))
    assert dechrome.clean(page("en", tail=(*_FAR, text))).date is None

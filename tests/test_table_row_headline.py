"""A table's header row is no headline: a page that prints it over each of its tables (an
extraction may print it twice over one, as its head and its first row) keeps one over each
table. `context.headline` takes no row of two or more filled cells for the headline, so no
copy of it goes as `title-duplicate`; a copy printed right under another is a copy
(`exact-duplicate`). The text is an extraction's as HTML mode cleans it (the rules HTML mode
runs on an extraction)."""

from __future__ import annotations

from dataclasses import replace

import dechrome
from dechrome.features import is_table_row
from dechrome.reasons import Reason, Rule

_BASE = dechrome.Config()
EXTRACTION = replace(_BASE, rules=_BASE.rules - _BASE.html_skip)
HEADER = "| Pos | Player | Plays | % | Notes"
_SECTIONS = (
    ("Quarterbacks", (("QB", "Sam Harlow", 61, 100), ("QB", "Ben Ortiz", 3, 5)),
     ("The starter played every snap again and threw for more yards than in any game this "
      "season, though two drives stalled inside the red zone.",
      "His backup came in for three plays at the end of the first half and handed off twice.")),
    ("Running Backs", (("RB", "Leo Marsh", 40, 66), ("RB", "Tim Vance", 21, 34)),
     ("The carries were split more evenly than in the first half of the season, which kept "
      "both backs fresh for the fourth quarter.",
      "Marsh still took most of the short-yardage work and scored from the two-yard line.")),
    ("Receivers", (("WR", "Jon Abel", 58, 95), ("WR", "Max Cole", 44, 72)),
     ("Both receivers were targeted often on third down, and the rookie caught four passes "
      "for first downs in the second half.",
      "Cole dropped one deep ball in the third quarter but made up for it on the next drive.")),
)


def _page() -> str:
    blocks = ["Below, we look at the snap counts on offense for the team's Week 9 game."]
    for title, rows, notes in _SECTIONS:
        blocks += [title, HEADER, HEADER,
                   *(f"| {pos} | {name} | {plays} | {share}% | none" for pos, name, plays,
                     share in rows),
                   *(f"- {note}" for note in notes)]
    return "\n\n".join(blocks)


def test_a_header_row_over_each_table_stays_once_per_table() -> None:
    document = dechrome.clean(_page(), config=EXTRACTION)
    assert not any(removal.rule is Rule.TITLE_DUPLICATE for removal in document.removals)
    assert document.paragraphs.count(HEADER) == len(_SECTIONS)
    copies = [removal for removal in document.removals if removal.text == HEADER]
    assert len(copies) == len(_SECTIONS)
    assert all((removal.rule, removal.reason) == (Rule.EXACT_DUPLICATE, Reason.DUPLICATE)
               for removal in copies)
    for _, _, notes in _SECTIONS:
        assert all(f"- {note}" in document.paragraphs for note in notes)


def test_a_row_of_cells_is_a_table_row_and_a_title_line_is_not() -> None:
    assert is_table_row(HEADER)
    assert is_table_row("| | | Aupperle, Franziska | 1992 | | TS Göppingen")
    # One filled cell is a layout table's line (a headline set in a table stays one).
    assert not is_table_row("| | | Survival Guide to SysV Init | |")
    assert not is_table_row("Snap counts and notes: Week 9 | The Town Paper")

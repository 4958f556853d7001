"""A chart's ranks ("#1", "#2") are its items' numbers, not hashtags.

A listing prints each item's rank on a line of its own; rule hashtag-list took every such
line for a line of hashtags. A tag of digits alone is no hashtag (`find_hashtags` never
counted one): the rule now reads it so too.
"""

from __future__ import annotations

from dataclasses import replace

import dechrome
from dechrome.features import word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES

_BASE = dechrome.Config()
EXTRACTION = replace(_BASE, rules=_BASE.rules - _BASE.html_skip)
HASHTAGS = next(rule for rule in BLOCK_RULES if rule.name is Rule.HASHTAG_LIST)
_FILMS = [("The Long Walk Home", "2026", "1h 54m", "6.9"),
          ("Harbour Lights", "2025", "2h 5m", "7.4"),
          ("A Quiet Year", "2026", "1h 40m", "6.1"),
          ("Northern Rail", "2025", "2h 16m", "7.8"),
          ("The Glass Orchard", "2026", "1h 47m", "6.3"),
          ("Salt and Stone", "2025", "2h 2m", "7.1")]


def test_a_rank_is_no_hashtag_line() -> None:
    for text in ("#1", "#25", "#1 #2", "#3, #tag"):
        assert not HASHTAGS.matches(text, word_count(text)), text
    for text in ("#weltnachrichtensender #ukraine #russland", "#top10 #films"):
        assert HASHTAGS.matches(text, word_count(text)), text


def test_a_hashtag_line_still_goes_with_its_reason() -> None:
    article = " ".join(["The council met on Tuesday and voted to keep the old library open."] * 3)
    document = dechrome.clean(f"{article}\n\n#library #council #vote\n\n{article[:60]} again.")
    removed = [(r.rule, r.reason) for r in document.removals if r.text == "#library #council #vote"]
    assert removed == [(Rule.HASHTAG_LIST, Reason.HASHTAGS)]


def test_a_charts_ranks_stay() -> None:
    # As trafilatura extracts a chart page (wcxb's film chart): the rank on a line of its
    # own above each item, cleaned by the rules HTML mode runs on an extraction.
    lines = ["Our most popular chart ranks films by how often readers looked them up this "
             "week, and it is updated every Monday."]
    for number, (name, year, length, rating) in enumerate(_FILMS, start=1):
        lines += [f"#{number}", name, f"{year} {length} {rating}"]
    document = dechrome.clean("\n\n".join(lines), url="https://films.example/chart/",
                              config=EXTRACTION)
    assert not any(removal.rule is Rule.HASHTAG_LIST for removal in document.removals)
    assert "#1" in document.paragraphs and "#6" in document.paragraphs

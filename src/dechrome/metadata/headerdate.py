"""Today's date in a page's header: "Mittwoch, 8. Juli 2020" in the top bar of a news site.

Many sites print the day the page was served at the top, beside the logo and the menus. It
reads like a date line, but it dates the visit, not the article (a page of 27 April served
on 8 July says "Mittwoch, 8. Juli 2020" at the top). Such a line holds a weekday and a date
and nothing else (no time, no name, no label), and it stands above the headline (or the
headline the rules found is the title line itself) and well above the article's first
paragraph: far from any credit of the article.
"""

from __future__ import annotations

import regex

from dechrome.metadata.dateparse import MONTHS, WEEKDAYS
from dechrome.metadata.evidence import Evidence

__all__ = ["header_today"]

# Blocks between the line and the article's first paragraph: a header is further up than a
# date line under the headline and a picture.
_MIN_ABOVE_FIRST = 10
_MAX_CHARS = 48
_WORD = regex.compile(r"\p{L}++")
_TIME = regex.compile(r"\d{1,2}+[:h]\d{2}+")
# Words a printed date holds besides the weekday and the month: "04 de Mayo de 2022",
# "November 9th 2023", "1er novembre".
_DATE_WORDS = frozenset({"de", "del", "th", "st", "nd", "rd", "er", "den"})


def header_today(evidence: Evidence, index: int) -> bool:
    """Whether block `index` is a weekday and a date alone in the page's header."""
    text = evidence.blocks[index].text
    first = evidence.first_kept()
    if len(text) > _MAX_CHARS or first is None or index > first - _MIN_ABOVE_FIRST:
        return False
    headline = evidence.headline_block()
    if headline is not None and 0 < headline < index:
        return False
    words = [word.casefold() for word in _WORD.findall(text)]
    if not words or words[0] not in WEEKDAYS or _TIME.search(text) is not None:
        return False
    if not all(word in WEEKDAYS or word in MONTHS or word in _DATE_WORDS for word in words):
        return False
    # A month by name, or a date in digits ("Montag, 09.12.2019").
    return any(word in MONTHS for word in words) or sum(char.isdigit() for char in text) >= 6

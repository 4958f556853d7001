"""A headline the context rules took that is a post's meta line: the headline stands above it.

Blogs print under the headline a line of the post's date, author and categories ("1. Februar
2022 Steffi Kaufratgeber, Beschäftigung, Katzen", "November 22, 2011 ⋅ Email this post ⋅
Diese Seite ausdrucken", "Nike Jane – 14.09.2022 – Kolumne, Tiny Jane"). When the context
rules take that line for the headline, the headline is the line right above it. A headline
that merely names a date ("Lemmy Development Update 2024-10-04") opens with words and holds
no run of separators, so it stays.
"""

from __future__ import annotations

import regex

from dechrome.features import is_headline_like
from dechrome.metadata.dateparse import find_dates
from dechrome.metadata.evidence import BLOCK_LOCAL, Evidence

# A meta line's date opens it (after a mark or two), or separators part its items.
_OPENING = 3
_SEPARATOR = regex.compile(r"\s[⋅·•|–—-]\s")
_MIN_SEPARATORS = 2
_MIN_WORDS = 2


def reads_as_meta(text: str) -> bool:
    """Whether a line reads as a post's meta line: a date opening it, or a date among items
    parted by two or more separators."""
    dates = find_dates(text)
    if not dates:
        return False
    return dates[0].start <= _OPENING or len(_SEPARATOR.findall(text)) >= _MIN_SEPARATORS


def headline_over_meta(evidence: Evidence, block: int | None) -> int | None:
    """The block right above `block` when `block` reads as a meta line and the one above
    reads as a headline (a few words, no sentence end, no date, not chrome by its text)."""
    if block is None or block < 1 or not reads_as_meta(evidence.blocks[block].text):
        return None
    above = block - 1
    text = evidence.blocks[above].text
    if (evidence.removed.get(above) in BLOCK_LOCAL or not evidence.own(above)
            or not is_headline_like(text) or len(text.split()) < _MIN_WORDS
            or find_dates(text)):
        return None
    return above

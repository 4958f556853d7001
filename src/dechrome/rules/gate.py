"""A cheap necessary condition of an anchored pattern's match, tested before the match.

Patterns that a context rule or a metadata reader matches against every line of a page
(a gallery's counter, a comment's age, a forum's "started by") match few of them. What their
matches open with (`rules.openings`: casefolded literal text, or a digit) rules most lines
out by a set look-up of the line's first characters, as the block rules' prefilter does;
the pattern is matched only on the lines that remain, so the result is the match's own.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dechrome.rules.openings import openings
from dechrome.rules.prefilter import fold

_DIGIT = r"\d"


@dataclass(frozen=True, slots=True)
class Gate:
    """The casefolded openings of `size` characters every match starts with, and whether a
    match may instead start with a digit."""

    size: int
    heads: frozenset[str]
    digit: bool

    def admits(self, text: str) -> bool:
        """Whether `text` may open with a match: False only where it cannot."""
        if self.digit:
            first = text[:1]
            # Any digit beyond ASCII is admitted with every other such character.
            if not first.isascii() or "0" <= first <= "9":
                return True
        # `fold` may drop a character (a combining dot after 'i'): twice as many are folded.
        return fold(text[:2 * self.size])[:self.size] in self.heads


def gate_of(pattern: regex.Pattern[str]) -> Gate | None:
    """The gate of `pattern` as `match` applies it; None when some alternative opens with
    text the openings cannot read, or with a class other than a digit."""
    found = openings(pattern.pattern, anchored=True)
    if found.rest or not found.literals or found.leads - {_DIGIT}:
        return None
    size = min(map(len, found.literals))
    return Gate(size, frozenset(literal[:size] for literal in map(fold, found.literals)),
                _DIGIT in found.leads)


def gated_match(pattern: regex.Pattern[str], gate: Gate | None, text: str
                ) -> regex.Match[str] | None:
    """`pattern.match(text)`, not tried where `gate` rules the text out."""
    if gate is not None and not gate.admits(text):
        return None
    return pattern.match(text)

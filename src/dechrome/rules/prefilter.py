"""Rule most blocks out before any rule runs, without merging the rules.

Every rule's pattern (or hint) says what a match opens with (`rules.openings`): casefolded
literal text it must start with (anchored patterns) or contain (the others), or a class of
character (a digit, a non-word character) it must start with. One Aho-Corasick pass over a
document's casefolded blocks, each behind a sentinel, finds the openings present: anchored
openings carry the sentinel too, so only a block's start matches them. Only the rules so named
are tried, one by one and in order, so a removal still names the rule that matched.
Alternatives whose openings cannot be read are kept in two small fallback regexes.

Sets of rules are bit sets: bit i stands for the i-th rule, and rules are tried in the order of
their bits, lowest first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate
from operator import or_

import ahocorasick
import regex

from dechrome.reasons import Rule
from dechrome.rules.base import BlockRule, Pattern, Test
from dechrome.rules.openings import Openings, openings

# Never part of a normalised block (control characters are removed), and never of an opening.
_START = "\x02"


def fold(text: str) -> str:
    """`text` casefolded as the prefilter compares it.

    The regex module's case-insensitive 'i' also matches 'İ', whose casefold is 'i' plus a
    combining dot: the dot is dropped so that openings such as 'wir' still occur.
    """
    folded = text.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


class RuleSet:
    """The block-local rules in order, behind a prefilter that names the few worth trying."""

    def __init__(self, rules: Iterable[BlockRule]) -> None:
        self.rules = tuple(rules)
        # Each rule's test; a `Pattern`'s as its compiled method, whose match is as true as
        # the Pattern's answer (one Python call less per test).
        self.tests = tuple(_direct(rule.test) for rule in self.rules)
        self.unfiltered = sum(1 << i for i, rule in enumerate(self.rules) if rule.needs() is None)
        # For each word count up to the largest `max_words` + 1, the rules that admit it.
        self.fits = _fits_by_words(self.rules)
        literals: dict[str, int] = defaultdict(int)
        leads: dict[str, int] = defaultdict(int)
        start_rest: list[tuple[int, str]] = []
        inside_rest: list[tuple[int, str]] = []
        for position, rule in enumerate(self.rules):
            for need in rule.needs() or ():
                bit, found = 1 << position, openings(need.source, anchored=need.anchored)
                for literal in map(fold, found.literals):
                    literals[_START + literal if need.anchored else literal] |= bit
                for lead in found.leads:
                    leads[lead] |= bit
                (start_rest if need.anchored else inside_rest).extend(
                    (bit, r) for r in found.rest)
        self._automaton = _automaton(literals)
        self._leads = tuple((regex.compile(lead), bits) for lead, bits in sorted(leads.items()))
        self._fallbacks = tuple(fallback for fallback in (
            _Fallback(start_rest, anchored=True), _Fallback(inside_rest, anchored=False)
        ) if fallback.needed)

    def select(self, enabled: frozenset[Rule]) -> ActiveRules:
        """The enabled rules, ready to try on a document's blocks."""
        return ActiveRules(self, sum(
            1 << i for i, rule in enumerate(self.rules) if rule.name in enabled
        ))

    def candidates(self, text: str) -> int:
        """The rules that could match `text` (a superset, never less)."""
        return self.candidates_of([text])[0]

    def candidates_of(self, texts: Sequence[str], folded: Sequence[str] | None = None,
                      wanted: Sequence[int] | None = None) -> list[int]:
        """`candidates` of each text, found by one Aho-Corasick pass over all of them.

        `folded`, when the caller has it, is `fold` of each text; `wanted`, the rules the
        caller would try on each text: a fallback regex is run only for those (the others'
        bits may then be missing).
        """
        folded = list(map(fold, texts)) if folded is None else folded
        found = [self.unfiltered] * len(texts)
        if self._automaton is not None:
            # Each text behind the sentinel: its length + 1 ends it in the joined text.
            ends = list(accumulate(len(text) + 1 for text in folded))
            for end, bits in self._automaton.iter(_START + _START.join(folded)):
                found[bisect_right(ends, end)] |= bits
        # Lead classes depend on the first character only.
        by_first = {first: reduce(or_, (bits for lead, bits in self._leads if lead.match(first)),
                                  0) for first in {text[:1] for text in texts}}
        found = [bits | by_first[text[:1]] for bits, text in zip(found, texts, strict=True)]
        for fallback in self._fallbacks:
            found = fallback.add_to(found, texts, [-1] * len(texts) if wanted is None else wanted)
        return found


@dataclass(frozen=True, slots=True)
class ActiveRules:
    """The rules one config enables (a bit set), tried in registry order on each block."""

    rule_set: RuleSet
    enabled: int

    def first_match(self, text: str, words: int) -> BlockRule | None:
        """The first enabled rule that removes `text` of `words` words, or None."""
        return self.first_matches([text], [words])[0]

    def first_matches(
        self, texts: Sequence[str], words: Sequence[int], folded: Sequence[str] | None = None
    ) -> list[BlockRule | None]:
        """`first_match` of each text (with its word count), prefiltered all at once;
        `folded`, when the caller has it, is `fold` of each text."""
        found: list[BlockRule | None] = []
        fits, enabled = self.rule_set.fits, self.enabled
        longest = len(fits) - 1
        # `fits` checks each rule's max_words, so `_first` only tests the text.
        wanted = [enabled & fits[min(count, longest)] for count in words]
        candidates_of = self.rule_set.candidates_of(texts, folded, wanted)
        for text, want, candidates in zip(texts, wanted, candidates_of, strict=True):
            allowed = candidates & want
            found.append(self._first(text, allowed) if allowed else None)
        return found

    def _first(self, text: str, found: int) -> BlockRule | None:
        rules, tests = self.rule_set.rules, self.rule_set.tests
        while found:
            lowest = found & -found
            position = lowest.bit_length() - 1
            if tests[position](text):
                return rules[position]
            found ^= lowest
        return None


class _Fallback:
    """Per-rule regexes for openings that are not literal.

    No union of them gates the checks: the regex module ran the union slower than the few
    checks one by one, and a check is run only for the rules a block may still be removed by.
    """

    def __init__(self, parts: list[tuple[int, str]], *, anchored: bool) -> None:
        by_rule: dict[int, list[str]] = defaultdict(list)
        for bit, source in parts:
            by_rule[bit].append(source)
        anchor = "^" if anchored else ""
        self._checks = tuple(
            (bit, getattr(_union(sources, anchor), "match" if anchored else "search"))
            for bit, sources in sorted(by_rule.items()))

    @property
    def needed(self) -> bool:
        return bool(self._checks)

    def add_to(self, found: list[int], texts: Sequence[str], wanted: Sequence[int]
               ) -> list[int]:
        """`found` with each text's bits of the rules whose openings it may hold, each
        rule checked where `wanted` (bit sets) names it and `found` does not yet."""
        for bit, look in self._checks:
            found = [bits | bit if want & bit and not bits & bit and look(text) else bits
                     for bits, text, want in zip(found, texts, wanted, strict=True)]
        return found


def _direct(test: Test) -> Callable[[str], object]:
    if isinstance(test, Pattern):
        return test.compiled.match if test.anchored else test.compiled.search
    return test


def _fits_by_words(rules: tuple[BlockRule, ...]) -> tuple[int, ...]:
    """For each word count up to the largest `max_words` + 1, the rules it fits."""
    largest = max((rule.max_words or 0 for rule in rules), default=0)
    return tuple(
        sum(1 << i for i, rule in enumerate(rules) if rule.max_words is None
            or words <= rule.max_words)
        for words in range(largest + 2)
    )


def _automaton(openings_to_rules: dict[str, int]) -> ahocorasick.Automaton | None:
    if not openings_to_rules:
        return None
    automaton = ahocorasick.Automaton()
    for opening, bits in openings_to_rules.items():
        automaton.add_word(opening, bits)
    automaton.make_automaton()
    return automaton


def _union(sources: list[str], anchor: str) -> regex.Pattern[str]:
    if not sources:
        return regex.compile(r"(?!)")
    joined = "|".join(f"(?:{source})" for source in dict.fromkeys(sources))
    return regex.compile(f"{anchor}(?:{joined})", regex.IGNORECASE)


__all__ = ["ActiveRules", "Openings", "RuleSet", "fold", "openings"]

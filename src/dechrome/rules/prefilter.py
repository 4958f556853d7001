"""Rule most blocks out before any rule runs, without merging the rules.

Every rule's pattern (or hint) names literal openings: the casefolded text a match must start
with (anchored patterns) or contain (the others). One dictionary look-up on the block's first
character and one Aho-Corasick pass over the block find whether any opening is there; only
then are the rules tried, one by one and in order, so a removal still names the rule that
matched. Patterns whose openings cannot be read are kept in two small fallback regexes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick
import regex

from dechrome.reasons import Rule
from dechrome.rules.base import BlockRule, Pattern

_QUANTIFIERS = frozenset("?*{")
_BUCKET = 2
_STOPS = frozenset("()[]{}?*+|^$.")
_LITERAL_ESCAPES = frozenset("\\.()[]{}?*+|^$/-#&'\" ")


def openings(source: str) -> tuple[set[str], list[str]]:
    """Split `source` into casefolded literal openings and the alternatives without one.

    Every match of `source` starts with one of the openings or matches one of the returned
    alternatives at the same place: together they are a necessary condition.
    """
    literals: set[str] = set()
    rest: list[str] = []
    for alternative in _alternatives(source):
        if alternative.startswith("(?:"):
            end = _group_end(alternative)
            if end is None or alternative[end + 1 : end + 2] in ("?", "*", "{"):
                rest.append(alternative)
                continue
            inner_literals, inner_rest = openings(alternative[3:end])
            literals |= inner_literals
            rest += inner_rest
            continue
        literal = _literal_opening(alternative)
        if literal.strip():
            literals.add(literal.casefold())
        else:
            rest.append(alternative)
    return literals, rest


def _alternatives(source: str) -> list[str]:
    parts, start, depth = [], 0, 0
    for position, char in _scan(source):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(source[start:position])
            start = position + 1
    parts.append(source[start:])
    return parts


def _scan(source: str) -> Iterator[tuple[int, str]]:
    """Characters outside escapes and character classes, with their positions."""
    position = 0
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            position = _class_end(source, position) + 1
            continue
        yield position, char
        position += 1


def _class_end(source: str, start: int) -> int:
    position = start + 1
    while position < len(source) and source[position] != "]":
        position += 2 if source[position] == "\\" else 1
    return position


def _group_end(text: str) -> int | None:
    depth = 0
    for position, char in _scan(text):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return position
    return None


def _literal_opening(alternative: str) -> str:
    opening: list[str] = []
    position = 0
    while position < len(alternative):
        char, step = alternative[position], 1
        if char == "\\":
            escaped = alternative[position + 1 : position + 2]
            if not escaped or escaped not in _LITERAL_ESCAPES:
                break
            char, step = escaped, 2
        elif char in _STOPS:
            break
        following = alternative[position + step : position + step + 1]
        if following and following in _QUANTIFIERS:
            break
        opening.append(char)
        position += step
    return "".join(opening)


class RuleSet:
    """The block-local rules in order, behind a prefilter that names the few worth trying.

    Each literal opening maps to the rules it came from; a block's openings (looked up by its
    first character, and found by one Aho-Corasick pass) give its candidate rules. Openings
    that are not literal are checked with small per-rule regexes behind one union gate.
    """

    def __init__(self, rules: Iterable[BlockRule]) -> None:
        self.rules = tuple(rules)
        self.unfiltered = frozenset(i for i, rule in enumerate(self.rules) if rule.needs() is None)
        starts: dict[str, set[int]] = defaultdict(set)
        inside: dict[str, set[int]] = defaultdict(set)
        start_rest: list[tuple[int, str]] = []
        inside_rest: list[tuple[int, str]] = []
        for position, rule in enumerate(self.rules):
            need = rule.needs()
            if need is None:
                continue
            literals, rest = openings(need.source)
            for literal in literals:
                (starts if need.anchored else inside)[literal].add(position)
            (start_rest if need.anchored else inside_rest).extend((position, r) for r in rest)
        self._starts = _by_opening(starts, long_openings=True)
        self._short_starts = _by_opening(starts, long_openings=False)
        self._inside = _automaton(inside)
        self._start_fallback = _Fallback(start_rest, anchored=True)
        self._inside_fallback = _Fallback(inside_rest, anchored=False)

    def select(self, enabled: frozenset[Rule]) -> ActiveRules:
        """The enabled rules, ready to try on a document's blocks."""
        return ActiveRules(self, frozenset(
            i for i, rule in enumerate(self.rules) if rule.name in enabled
        ))

    def candidates(self, text: str) -> set[int]:
        """Positions of the rules that could match `text` (a superset, never less)."""
        folded = text.casefold()
        found = set(self.unfiltered)
        for opening, positions in self._starts.get(folded[:_BUCKET], ()):
            if folded.startswith(opening):
                found |= positions
        for opening, positions in self._short_starts.get(folded[:1], ()):
            if folded.startswith(opening):
                found |= positions
        if self._inside is not None:
            for _, positions in self._inside.iter(folded):
                found |= positions
        found |= self._start_fallback.positions(text)
        found |= self._inside_fallback.positions(text)
        return found


@dataclass(frozen=True, slots=True)
class ActiveRules:
    """The rules one config enables, tried in registry order on each block."""

    rule_set: RuleSet
    enabled: frozenset[int]

    def first_match(self, text: str, words: int) -> BlockRule | None:
        """The first enabled rule that removes `text`, or None."""
        for position in sorted(self.rule_set.candidates(text) & self.enabled):
            rule = self.rule_set.rules[position]
            if rule.matches(text, words):
                return rule
        return None


class _Fallback:
    """Per-rule regexes for openings that are not literal, behind one union gate."""

    def __init__(self, parts: list[tuple[int, str]], *, anchored: bool) -> None:
        anchor = "^" if anchored else ""
        self._gate = _union([source for _, source in parts], anchor)
        by_rule: dict[int, list[str]] = defaultdict(list)
        for position, source in parts:
            by_rule[position].append(source)
        self._checks = tuple(
            (position, _union(sources, anchor)) for position, sources in sorted(by_rule.items())
        )
        self._anchored = anchored

    def positions(self, text: str) -> set[int]:
        look = "match" if self._anchored else "search"
        if getattr(self._gate, look)(text) is None:
            return set()
        return {position for position, check in self._checks if getattr(check, look)(text)}


def _by_opening(
    openings_to_rules: dict[str, set[int]], *, long_openings: bool
) -> dict[str, tuple[tuple[str, frozenset[int]], ...]]:
    """Openings keyed by their first two characters (`long_openings`), or the shorter ones
    by their first character: a block then compares itself with a handful of openings."""
    buckets: dict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
    for opening, positions in sorted(openings_to_rules.items()):
        if (len(opening) >= _BUCKET) == long_openings:
            buckets[opening[:_BUCKET]].append((opening, frozenset(positions)))
    return {key: tuple(bucket) for key, bucket in buckets.items()}


def _automaton(openings_to_rules: dict[str, set[int]]) -> ahocorasick.Automaton | None:
    if not openings_to_rules:
        return None
    automaton = ahocorasick.Automaton()
    for opening, positions in openings_to_rules.items():
        automaton.add_word(opening, frozenset(positions))
    automaton.make_automaton()
    return automaton


def _union(sources: list[str], anchor: str) -> regex.Pattern[str]:
    if not sources:
        return regex.compile(r"(?!)")
    joined = "|".join(f"(?:{source})" for source in dict.fromkeys(sources))
    return regex.compile(f"{anchor}(?:{joined})", regex.IGNORECASE)


__all__ = ["ActiveRules", "Pattern", "RuleSet", "openings"]

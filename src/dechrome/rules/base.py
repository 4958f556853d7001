"""What a block-local rule is, and the small builders the rule families share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from dechrome.features import word_count
from dechrome.reasons import Reason, Rule

Test = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A regex test that also tells the rule set's prefilter what a match needs.

    `anchored` patterns are tried at the block's start only (`match`), others anywhere
    (`search`); all are case-insensitive.
    """

    source: str
    anchored: bool
    compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    keywords: tuple[str, ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", regex.compile(self.source, regex.IGNORECASE))
        object.__setattr__(self, "keywords", literal_keywords(self.source))

    def __call__(self, text: str) -> bool:
        if self.anchored:
            return self.compiled.match(text) is not None
        return self.compiled.search(text) is not None


@dataclass(frozen=True, slots=True)
class BlockRule:
    """A named test on one block's text alone.

    Attributes:
        name: the stable rule name (config, explanations, docs, tests).
        reason: why a matching block is not article text.
        test: True when the block is chrome of this kind.
        languages: ISO 639-1 codes of the phrases the rule knows ('*' for any language).
        example: a block the rule removes, shown in the docs and checked by the tests.
        max_words: blocks with more words are never tested (cheap, and safer: a long
            paragraph is not a label); None tests every block.
        hint: for a `test` that is not itself a `Pattern`, a pattern every block it
            matches also matches; it lets the rule set skip the rule on most blocks.
    """

    name: Rule
    reason: Reason
    test: Test
    languages: tuple[str, ...]
    example: str
    max_words: int | None = 40
    hint: Pattern | None = None

    def matches(self, text: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return self.test(text)

    def needs(self) -> Pattern | None:
        """A pattern that every block this rule removes matches, if one is known."""
        return self.test if isinstance(self.test, Pattern) else self.hint


_MIN_KEYWORD = 3
_META = frozenset("()[]{}?*+|^$.\\")


def literal_keywords(source: str) -> tuple[str, ...] | None:
    """Lower-case literal openings of `source`'s top-level alternatives, or None.

    Every match of `source` contains one of them, so a block that contains none cannot
    match. None when some alternative does not open with a literal.
    """
    keywords = []
    for alternative in _top_level_alternatives(source):
        opening = _literal_opening(alternative)
        if len(opening.strip()) < _MIN_KEYWORD:
            return None
        keywords.append(opening.casefold())
    return tuple(sorted(set(keywords)))


def _top_level_alternatives(source: str) -> list[str]:
    while source.startswith("(?:") and source.endswith(")") and _closes_at_end(source):
        source = source[3:-1]
    parts, depth, start, escaped = [], 0, 0, False
    for position, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:position])
            start = position + 1
    parts.append(source[start:])
    return parts


def _closes_at_end(source: str) -> bool:
    depth = 0
    for position, char in enumerate(source):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return position == len(source) - 1
    return False


def _literal_opening(alternative: str) -> str:
    opening: list[str] = []
    for char in alternative:
        if char in _META:
            if char in "?*{" and opening:
                opening.pop()
            break
        opening.append(char)
    return "".join(opening)


def phrases(*alternatives: str) -> str:
    """One regex alternation of literal-ish phrases, longest first so the longest wins."""
    return "|".join(sorted(alternatives, key=len, reverse=True))


def whole(pattern: str) -> Pattern:
    """A test that the entire block is one of `pattern`'s forms (case-insensitive)."""
    return Pattern(rf"(?:{pattern})$", anchored=True)


def starts(pattern: str) -> Pattern:
    """A test that the block opens with `pattern` (case-insensitive)."""
    return Pattern(rf"(?:{pattern})", anchored=True)


def contains(pattern: str) -> Pattern:
    """A test that `pattern` occurs anywhere in the block (case-insensitive)."""
    return Pattern(rf"(?:{pattern})", anchored=False)


def any_of(*tests: Test) -> Test:
    return lambda text: any(test(text) for test in tests)


def short(max_words: int, test: Test) -> Test:
    """Restrict `test` to blocks of at most `max_words` words."""
    return lambda text: word_count(text) <= max_words and test(text)


def all_rules(*families: Iterable[BlockRule]) -> tuple[BlockRule, ...]:
    return tuple(rule for family in families for rule in family)


class RuleSet:
    """The block-local rules in order, with one prefilter pass that rules most blocks out.

    The prefilter joins every rule's `needs()` pattern: a block none of them matches cannot
    be removed by a rule that has one, so only the rules without a pattern are tried on it.
    Each rule still fires on its own, so the removal names exactly the rule that matched.
    """

    def __init__(self, rules: Iterable[BlockRule]) -> None:
        self.rules = tuple(rules)
        needs = [rule.needs() for rule in self.rules]
        inside = [n for n in needs if n is not None and not n.anchored]
        self._at_start = _union([n.source for n in needs if n is not None and n.anchored], "^")
        self._keywords = tuple(sorted({k for n in inside if n.keywords for k in n.keywords}))
        self._anywhere = _union([n.source for n in inside if n.keywords is None], "")
        self._always = frozenset(rule.name for rule, need in zip(self.rules, needs, strict=True)
                                 if need is None)

    def first_match(self, text: str, words: int, enabled: frozenset[Rule]) -> BlockRule | None:
        """The first enabled rule that removes `text`, or None."""
        promising = self._at_start.match(text) is not None or self._inside(text)
        for rule in self.rules:
            if rule.name in enabled and (promising or rule.name in self._always) and (
                rule.matches(text, words)
            ):
                return rule
        return None


    def _inside(self, text: str) -> bool:
        # Substring tests on the folded text cost a fraction of one regex alternation search.
        folded = text.casefold()
        return any(keyword in folded for keyword in self._keywords) or (
            self._anywhere.search(text) is not None
        )


def _union(sources: list[str], anchor: str) -> regex.Pattern[str]:
    if not sources:
        return regex.compile(r"(?!)")
    return regex.compile(anchor + "(?:" + "|".join(f"(?:{s})" for s in sources) + ")",
                         regex.IGNORECASE)

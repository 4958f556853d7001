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


    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", regex.compile(self.source, regex.IGNORECASE))

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
        hint: a pattern every block `test` matches also matches (or patterns one of which
            each such block matches); it lets the rule set skip the rule on most blocks. For
            a `test` that is a `Pattern`, only when the prefilter cannot read the test's
            openings (a lookahead first) and can read the hint's.
    """

    name: Rule
    reason: Reason
    test: Test
    languages: tuple[str, ...]
    example: str
    max_words: int | None = 40
    hint: Pattern | tuple[Pattern, ...] | None = None

    def matches(self, text: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return self.test(text)

    def needs(self) -> tuple[Pattern, ...] | None:
        """Patterns one of which every block this rule removes matches, if they are known."""
        if self.hint is not None:
            return (self.hint,) if isinstance(self.hint, Pattern) else self.hint
        return (self.test,) if isinstance(self.test, Pattern) else None


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

"""What a block-local rule is, and the small builders the rule families share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from dechrome.features import word_count
from dechrome.reasons import Reason, Rule

Test = Callable[[str], bool]


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
    """

    name: Rule
    reason: Reason
    test: Test
    languages: tuple[str, ...]
    example: str
    max_words: int | None = 40

    def matches(self, text: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return self.test(text)


def phrases(*alternatives: str) -> str:
    """One regex alternation of literal-ish phrases, longest first so the longest wins."""
    return "|".join(sorted(alternatives, key=len, reverse=True))


def whole(pattern: str) -> Test:
    """A test that the entire block is one of `pattern`'s forms (case-insensitive)."""
    compiled = regex.compile(rf"^(?:{pattern})$", regex.IGNORECASE)
    return lambda text: compiled.match(text) is not None


def starts(pattern: str) -> Test:
    """A test that the block opens with `pattern` (case-insensitive)."""
    compiled = regex.compile(rf"^(?:{pattern})", regex.IGNORECASE)
    return lambda text: compiled.match(text) is not None


def contains(pattern: str) -> Test:
    """A test that `pattern` occurs anywhere in the block (case-insensitive)."""
    compiled = regex.compile(pattern, regex.IGNORECASE)
    return lambda text: compiled.search(text) is not None


def any_of(*tests: Test) -> Test:
    return lambda text: any(test(text) for test in tests)


def short(max_words: int, test: Test) -> Test:
    """Restrict `test` to blocks of at most `max_words` words."""
    return lambda text: word_count(text) <= max_words and test(text)


def all_rules(*families: Iterable[BlockRule]) -> tuple[BlockRule, ...]:
    return tuple(rule for family in families for rule in family)

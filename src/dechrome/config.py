"""The one configuration object. Frozen: make variants with `dataclasses.replace`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dechrome.reasons import Rule

ALL_RULES: frozenset[Rule] = frozenset(Rule)
# Exact-duplicate removal is part of the core, not an optional rule: two identical paragraphs
# are never both article text.
ALWAYS_ON: frozenset[Rule] = frozenset({Rule.EXACT_DUPLICATE})


@dataclass(frozen=True, slots=True)
class Config:
    """How `dechrome.clean` works. Every threshold accepts `None` to disable it.

    Attributes:
        rules: the rules that may remove blocks. Leave out a rule to disable it;
            `frozenset()` disables all of them (normalisation and exact-duplicate
            removal still happen).
        max_input_chars: inputs longer than this are rejected with a reason instead of
            cleaned (pathological sizes); `None` accepts any size.
        runon_min_chars: a line at least this long that carries chrome markers (hashtags,
            URLs, chrome phrases) is split into sentences so its body can survive;
            `None` never splits.
        near_duplicate_threshold: word-trigram Jaccard similarity at or above which two
            blocks are near duplicates and the shorter goes; `None` disables.
        near_duplicate_min_words: blocks shorter than this are never near duplicates.
        contained_min_words: a block with at least this many words that stands word for word
            inside a longer kept block is removed; `None` disables.
        prose_min_words: a block with this many words that ends like a sentence counts as
            prose, the evidence of article text for the head and tail rules.
    """

    rules: frozenset[Rule] = field(default=ALL_RULES)
    max_input_chars: int | None = 5_000_000
    runon_min_chars: int | None = 280
    near_duplicate_threshold: float | None = 0.8
    near_duplicate_min_words: int = 8
    contained_min_words: int | None = 5
    prose_min_words: int = 10

    def enabled(self, rule: Rule) -> bool:
        """True when `rule` may remove blocks under this config."""
        return rule in ALWAYS_ON or rule in self.rules

    def without(self, *rules: Rule) -> Config:
        """A copy of this config with `rules` disabled."""
        return replace(self, rules=self.rules - frozenset(rules))

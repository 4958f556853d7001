"""The page's distinct block texts, measured once: menus and footers repeat lines, and what
is measured of a text (its words, whether it reads as running text, the block rule that
removes it) depends on the text alone. The block pass and the context pass's `Facts` read
them from here, and so do the language rounds (`pipeline._run_rules`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, TypeVar

from dechrome.config import Config
from dechrome.context.base import Facts
from dechrome.features import WORD, ascii_words, ends_like_sentence
from dechrome.model import Block
from dechrome.reasons import Rule
from dechrome.rules import RULE_SET
from dechrome.stopwords import stop_words_among

T = TypeVar("T")
# Without running text, the language is read from lines of at least this many words.
_SAMPLE_MIN_WORDS = 3


class Distinct(NamedTuple):
    """The distinct block texts, in order of first appearance, and what is measured of each
    once: menus and footers repeat lines, and a text's measures depend on the text alone."""

    texts: list[str]
    of_block: list[int]  # each block's position in `texts`
    tokens: list[list[str]]  # `features.tokenize` of each text (shared, read-only)
    folded: list[str]  # `prefilter.fold` of each text
    prose: list[bool]  # whether each text is running text: long, or a sentence of some length
    trigrams: dict[int, frozenset[int]]  # by position, filled as rules ask

    @classmethod
    def of(cls, blocks: tuple[Block, ...], prose_min_words: int) -> Distinct:
        position: dict[str, int] = {}
        of_block = [position.setdefault(block.text, len(position)) for block in blocks]
        texts = list(position)
        casefolded = [text.casefold() for text in texts]
        # `tokenize` and `fold` both start from the casefolded text: fold it once. On ASCII,
        # `WORD` matches the runs of letters, digits and '_' that are left when every other
        # byte becomes a space (`features.ascii_words`), and splitting finds them faster.
        word = WORD.findall
        tokens = [ascii_words(text) if text.isascii() else word(text) for text in casefolded]
        folded = [text.replace("i\u0307", "i") if "\u0307" in text else text
                  for text in casefolded]
        prose = [
            len(found) >= 2 * prose_min_words
            or (len(found) >= prose_min_words and ends_like_sentence(text))
            for text, found in zip(texts, tokens, strict=True)
        ]
        return cls(texts, of_block, tokens, folded, prose, {})

    def per_block(self, values: list[T]) -> tuple[T, ...]:
        """Each block's value, from the values of the distinct texts."""
        return tuple(map(values.__getitem__, self.of_block))


def measure(blocks: tuple[Block, ...], distinct: Distinct, stoplist: frozenset[str],
            panels: tuple[int, ...] = ()) -> Facts:
    """The context rules' `Facts` of `blocks`, stop words counted from `stoplist`; `panels`
    is each block's tab panel (HTML mode), when known."""
    tokens = distinct.tokens
    words = list(map(len, tokens))
    block_prose = distinct.per_block(distinct.prose)
    known = stoplist.__contains__
    density = [sum(map(known, found)) / len(found) if found else 0.0 for found in tokens]
    keys = list(map(" ".join, tokens))
    per_block = distinct.per_block
    return Facts(blocks, per_block(words), per_block(keys), block_prose, per_block(density),
                 per_block(tokens), tuple(distinct.of_block), panels, _trigrams=distinct.trigrams)


def language_sample(distinct: Distinct, removed: Mapping[int, Rule]) -> frozenset[int]:
    """The positions of the distinct texts whose words tell the page's language: the
    running text the block rules kept; without running text, the kept lines of a few words
    (a headline), else every kept line.

    Distinct, and from prose only, so that the language read from a page and from its own
    cleaned body is the same: cleaning twice must change nothing. Lone letters and numbers
    (gallery slides, counters) are chrome the context rules remove later; one English 'a'
    among them would choose the stop words for the whole page.
    """
    prose, tokens, of_block = distinct.prose, distinct.tokens, distinct.of_block
    kept = [i for i in range(len(of_block)) if i not in removed]
    chosen = ([i for i in kept if prose[of_block[i]]]
              or [i for i in kept if len(tokens[of_block[i]]) >= _SAMPLE_MIN_WORDS] or kept)
    return frozenset(of_block[i] for i in chosen)


def tells_language(distinct: Distinct, sample: frozenset[int]) -> bool:
    """Whether the texts at the positions `sample` hold words enough to tell a language: a
    body of a lone letter or number ("A", "0") stands in several stop-word lists, or none."""
    return sum(len(distinct.tokens[i]) for i in sample) >= _SAMPLE_MIN_WORDS


def stop_words_in(distinct: Distinct, sample: frozenset[int]) -> frozenset[str]:
    """The words of some stop-word list in the distinct texts at the positions `sample`."""
    return stop_words_among(set().union(*map(distinct.tokens.__getitem__, sample)))


def block_pass(
    blocks: tuple[Block, ...], distinct: Distinct, config: Config
) -> dict[int, Rule]:
    """Which block-local rule removes which block: the first enabled one that matches."""
    enabled = frozenset(rule.name for rule in RULE_SET.rules if config.enabled(rule.name))
    # Menus and footers repeat lines; a block's verdict depends on its text alone.
    found = RULE_SET.select(enabled).first_matches(
        distinct.texts, list(map(len, distinct.tokens)), distinct.folded)
    verdicts = [None if rule is None else rule.name for rule in found]
    return {block.index: verdict for block, verdict in zip(
        blocks, map(verdicts.__getitem__, distinct.of_block), strict=True)
        if verdict is not None}

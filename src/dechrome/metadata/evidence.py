"""What the metadata extractors may look at, and the views of it that several of them share."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from dechrome.features import dedup_key, ends_like_sentence
from dechrome.model import Block
from dechrome.reasons import Rule
from dechrome.rules import BLOCK_RULES

# How far from the headline credits stand: below it (teaser, byline, date, picture), above
# it (a date over the headline), and after the last paragraph (a signature).
_BELOW = 10
_ABOVE = 6
_AFTER = 6
_MAX_CREDIT_WORDS = 25
_MAX_CREDIT_CHARS = 400
_LENGTH_SLACK = 8
_MIN_SENTENCE_WORDS = 8
# The head of the article: down to this many blocks below its first paragraph.
_HEAD_BELOW = 3
_MAX_HEAD_CHARS = 120
# An embedded social post's credit ("A post shared by Jane Doe (@jane) on Apr 21, 2019"):
# its poster and date are the embedded post's, not the article's.
_EMBED_CREDIT = regex.compile(
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida (?:de|por)|un post condiviso da|een bericht gedeeld door)\s"
    # An embedded post's signature: "— Name (@handle) May 2, 2020".
    r"|[—–]\s?+[^\s(][^\n(]{0,80}+\(@\w{1,30}+\)",
    regex.IGNORECASE,
)

def is_embed_credit(text: str) -> bool:
    """Whether `text` holds an embedded social post's credit (its date is the post's)."""
    return _EMBED_CREDIT.search(text) is not None


# Blocks that are the article's own but carry no credit: captions (the picture's date).
_NOT_CREDITS = frozenset({Rule.CAPTION, Rule.PHOTO_CREDIT, Rule.CREDITED_CAPTION})
# Headings of teasers for other articles: the headline's credits stand above them.
_SECTION_ENDS = frozenset({Rule.RELATED_SECTION, Rule.READ_ALSO})
# Rules that judge a block by its text alone; the others judge it by its place on the page.
BLOCK_LOCAL = frozenset(rule.name for rule in BLOCK_RULES)

# The rules that take the credits out of the body: who wrote it and when.
CREDIT_RULES = (Rule.BYLINE, Rule.AGENCY_TAG, Rule.DATELINE, Rule.TIMESTAMP_LABEL)
# Blocks that belong to other content (teasers, galleries, duplicates, comments): what they
# say is not about this article, so no extractor reads them.
FOREIGN_RULES = frozenset({
    Rule.GALLERY_SLIDE, Rule.GALLERY_MARKER, Rule.GALLERY_COUNTER, Rule.READ_ALSO,
    Rule.PREV_NEXT, Rule.COMMENT_SECTION, Rule.COMMENT_HEADER, Rule.EXACT_DUPLICATE,
    Rule.NEAR_DUPLICATE, Rule.CONTAINED_DUPLICATE, Rule.MENU_ITEM, Rule.LINK_LIST_ITEM,
})


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the extractors may look at.

    Attributes:
        blocks: every block of the normalised input.
        removed: block index to the rule that removed it.
        paragraphs: the kept body paragraphs.
        title: the headline the context rules found, if any.
        url: the page's URL when the caller gave one.
        keys: each block's `dedup_key`, when the caller has measured them already.
    """

    blocks: tuple[Block, ...]
    removed: Mapping[int, Rule]
    paragraphs: tuple[str, ...]
    title: str | None
    url: str | None
    keys: tuple[str, ...] | None = None
    # Views several extractors ask for, each computed once (the evidence never changes).
    _views: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def key(self, index: int) -> str:
        """The `dedup_key` of block `index`."""
        if self.keys is not None:
            return self.keys[index]
        return dedup_key(self.blocks[index].text)

    def removed_as(self, index: int, *rules: Rule) -> bool:
        return self.removed.get(index) in rules

    def kept(self) -> Iterator[int]:
        """Indices of the blocks the body keeps, in order."""
        return iter(self._kept())

    def _kept(self) -> tuple[int, ...]:
        if "kept" not in self._views:
            removed = self.removed
            self._views["kept"] = tuple(
                block.index for block in self.blocks if block.index not in removed)
        return self._views["kept"]  # type: ignore[no-any-return]

    def first_kept(self) -> int | None:
        kept = self._kept()
        return kept[0] if kept else None

    def last_kept(self) -> int | None:
        kept = self._kept()
        return kept[-1] if kept else None

    def in_order(self) -> tuple[tuple[int, Rule], ...]:
        """(block, rule) of every removal, in page order."""
        if "in_order" not in self._views:
            # Sorting the indices alone is several times faster than sorting the pairs.
            removed = self.removed
            self._views["in_order"] = tuple((i, removed[i]) for i in sorted(removed))
        return self._views["in_order"]  # type: ignore[no-any-return]

    def headline_block(self) -> int | None:
        """The block removed as the headline, if the context rules found one."""
        # Asked several times a page (title, credits, dates): found once.
        if "headline" not in self._views:
            self._views["headline"] = next(
                (i for i, rule in self.in_order() if rule is Rule.HEADLINE), None)
        return self._views["headline"]  # type: ignore[no-any-return]

    def texts_removed_as(self, *rules: Rule) -> list[str]:
        """The texts of the blocks `rules` removed, in page order."""
        return [self.blocks[i].text for i, rule in self.in_order() if rule in rules]

    def framed(self, index: int) -> bool:
        """True for a block a context rule took out for where it stands (the page frame,
        a kicker, a region outside the article), not for what it says."""
        rule = self.removed.get(index)
        return rule is not None and rule not in BLOCK_LOCAL and rule not in FOREIGN_RULES

    def own(self, index: int) -> bool:
        """False for a block that belongs to other content (a teaser, a slide, a copy)."""
        return self.removed.get(index) not in FOREIGN_RULES


def credit_lines(evidence: Evidence, anchor: int | None = None, title: str | None = None,
                 ) -> list[int]:
    """Where a byline or a date may stand, nearest to the headline first.

    Below the headline `anchor` (default: the one the context rules found; without one,
    the first paragraph), then above it, then above the first paragraph, then the credit
    lines the rules took out of the body, then the lines right after the last paragraph.
    Sentences of the body, the headline `title` and its copies, and blocks of other content
    are never credit lines.
    """
    headline = title or evidence.title or ""
    first, last = evidence.first_kept(), evidence.last_kept()
    if anchor is None:
        anchor = evidence.headline_block()
    if anchor is None:
        anchor = first if first is not None else len(evidence.blocks)
    order = [*_below(evidence, anchor), *range(anchor - 1, anchor - 1 - _ABOVE, -1)]
    if first is not None and last is not None:
        order += range(first - 1, first - 1 - _ABOVE, -1)
        order += [i for i, rule in evidence.in_order()
                  if rule in CREDIT_RULES and first <= i <= last]
        order += range(last + 1, last + 1 + _AFTER)
    same = _SameLine(evidence, headline)
    return [i for i in dict.fromkeys(order) if 0 <= i < len(evidence.blocks)
            and _credit_like(evidence, i) and not same(i)]


def _below(evidence: Evidence, anchor: int) -> range:
    """The blocks below the headline where its credits may stand: down to a heading of
    teasers ("Most Popular", "Related"), below which the lines are other articles'."""
    end = min(anchor + 1 + _BELOW, len(evidence.blocks))
    stop = next((i for i in range(anchor + 1, end) if evidence.removed.get(i) in _SECTION_ENDS),
                end)
    return range(anchor + 1, stop)


def head_lines(evidence: Evidence, lines: list[int]) -> list[int]:
    """The short lines of this article's own from the headline down to just below the
    first paragraph, sentences of the body left out: where a date line or a byline stands
    when pictures and teasers push it further from the headline than the credit lines
    reach ("asked Mar 28, 2014 at 11:38"). `lines` are the credit lines, nearest first."""
    start = lines[0] if lines else evidence.headline_block()
    first = evidence.first_kept()
    if start is None or first is None:
        return []
    blocks, removed = evidence.blocks, evidence.removed
    return [i for i in range(start, min(len(blocks), first + _HEAD_BELOW))
            if evidence.own(i) and len(blocks[i].text) <= _MAX_HEAD_CHARS
            and not (i not in removed and ends_like_sentence(blocks[i].text))
            and not is_embed_credit(blocks[i].text)]


def _credit_like(evidence: Evidence, index: int) -> bool:
    rule = evidence.removed.get(index)
    text = evidence.blocks[index].text
    # Cheap first: a credit line is short (whitespace words; the exact count comes after).
    if len(text) > _MAX_CREDIT_CHARS or not evidence.own(index) or rule in _NOT_CREDITS:
        return False
    words = len(text.split())
    if rule is None and words >= _MIN_SENTENCE_WORDS and ends_like_sentence(text):
        return False
    return words <= _MAX_CREDIT_WORDS and not is_embed_credit(text)


class _SameLine:
    """Whether a block is the line `other` up to case and punctuation (the lengths rule
    most pairs out cheaply); the key of `other` is made once, when first needed."""

    def __init__(self, evidence: Evidence, other: str) -> None:
        self._evidence = evidence
        self._other = other
        self._slack = max(len(other) // 3, _LENGTH_SLACK)
        self._key: str | None = None

    def __call__(self, index: int) -> bool:
        other = self._other
        text = self._evidence.blocks[index].text
        if not other or abs(len(text) - len(other)) > self._slack:
            return False
        if self._key is None:
            self._key = dedup_key(other)
        return self._evidence.key(index) == self._key

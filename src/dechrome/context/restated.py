"""A paragraph the author states again, told from a copy: repetition inside the article.

An article restates a paragraph on purpose: a list of key figures at the top whose lines come
back in the sections that explain them, an announcement's sentence answered again in its FAQ.
Each copy is running text that ends like a sentence, stands inside the article's run among
running text, after the article has begun, with the article developing between the copies
(`_DEVELOPED` blocks of distinct content) and neighbours of its own. A copy is different: a
description pasted twice (its neighbours are copies too, a run), a teaser above the lead (no
running text before it), a lead echoed in a "read more" box beside its headline (the same
neighbour), a copy below the article (outside its run), a paragraph printed again over one
other (a page's glitch). On a discussion page the thread's quotes decide (`thread.quotes`).
Split from `dechrome.context.dedup`, which keeps the rules themselves."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from dechrome.context.base import Page
from dechrome.context.thread import is_discussion_url
from dechrome.features import ends_like_sentence

# The article develops between a paragraph and its restatement: a paragraph printed again
# over one or two others is a page's glitch (A, B, A) or a footnote block printed twice.
_DEVELOPED = 3


def restated(page: Page, group: Sequence[int], distinct: Sequence[int],
             span: tuple[int, int] | None) -> bool:
    """Whether the copies of a paragraph, at positions `group` of `page.kept_indices`
    (`distinct`: prefix counts of distinct content by position; `span`: the article's run
    when outside-article is on), are the author's repetition, each copy kept."""
    kept = page.kept_indices
    indices = [kept[position] for position in group]
    # Running text that ends like a sentence: a headline or a list line echoed is no
    # restatement.
    if not (page.prose[indices[0]] and ends_like_sentence(page.blocks[indices[0]].text)):
        return False
    # On a discussion page a reply quotes the post it answers (`thread.quotes` decides).
    if is_discussion_url(page.url) or not all(_in_running_text(page, i) for i in group):
        return False
    if span is not None and not all(span[0] <= index <= span[1] for index in indices):
        return False
    start = bisect_left(kept, span[0]) if span is not None else 0
    if not any(page.prose[kept[position]] for position in range(start, group[0])):
        return False
    return all(distinct[last] - distinct[first + 1] >= _DEVELOPED
               and not _beside_copies(page, kept[first], kept[last])
               for first, last in pairwise(group))


def _in_running_text(page: Page, position: int) -> bool:
    """Whether the kept block at `position` of `page.kept_indices` has running text beside
    it: an article restates a paragraph among its paragraphs; a teaser's title stands among
    other titles, dates and names."""
    kept = page.kept_indices
    return any(page.prose[kept[near]] for near in (position - 1, position + 1)
               if 0 <= near < len(kept))


def _beside_copies(page: Page, one: int, other: int) -> bool:
    """Whether the blocks `one` and `other` stand in a run printed again: the block just
    before (or after) each, on the page or among the blocks kept, is the same text or one
    cut short of it ("... some shipping lines…")."""
    kept, keys = page.kept_indices, page.facts.keys
    mine, theirs = bisect_left(kept, one), bisect_left(kept, other)
    for step in (-1, 1):
        pairs = [(one + step, other + step)]
        if mine + step >= 0 and theirs + step < len(kept):
            pairs.append((kept[mine + step], kept[theirs + step]))
        for first, second in pairs:
            if first >= 0 and second < len(keys) and _same_or_cut(keys[first], keys[second]):
                return True
    return False


def _same_or_cut(one: str, other: str) -> bool:
    """Two keys of one text, whole or cut short (a prefix of at least a word)."""
    if not one or not other:
        return False
    shorter, longer = sorted((one, other), key=len)
    return longer == shorter or longer.startswith(shorter + " ")

"""Repeated paragraphs inside one document: exact, near, and wholly contained repeats.

The first, fullest occurrence stays. Near and contained repeats are found through an index
of word trigrams, so a page with many blocks costs little more than one with few.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from dechrome.context.base import ContextRule, Page
from dechrome.reasons import Reason, Rule

_SHINGLE = 3
# A trigram shared by more blocks than this is boilerplate, not evidence of one repeat; capping
# its postings keeps lists and tables of similar lines linear.
_MAX_POSTINGS = 24
# Longer blocks are paragraphs in their own right; a repeated one is an exact or near repeat.
_NEEDLE_MAX_WORDS = 60


def _exact(page: Page) -> Iterator[int]:
    seen: set[str] = set()
    for index in page.kept():
        key = page.facts.keys[index] or page.blocks[index].text
        if key in seen:
            yield index
        seen.add(key)


def _near(page: Page) -> Iterator[int]:
    threshold = page.config.near_duplicate_threshold
    if threshold is None:
        return
    index_of: dict[tuple[str, ...], list[int]] = defaultdict(list)
    shingles: dict[int, frozenset[tuple[str, ...]]] = {}
    gone: set[int] = set()
    for index in page.kept():
        if page.words[index] < page.config.near_duplicate_min_words:
            continue
        mine = shingles[index] = page.facts.trigrams(index)
        candidates = {other for gram in mine for other in index_of[gram] if other not in gone}
        for other in sorted(candidates):
            theirs = shingles[other]
            if len(mine & theirs) / len(mine | theirs) >= threshold:
                loser = other if page.words[other] < page.words[index] else index
                gone.add(loser)
                yield loser
                break
        if index not in gone:
            for gram in mine:
                postings = index_of[gram]
                if len(postings) < _MAX_POSTINGS:
                    postings.append(index)


def _contained(page: Page) -> Iterator[int]:
    minimum = page.config.contained_min_words
    if minimum is None:
        return
    kept = page.kept()
    keys = page.facts.keys
    needles = [i for i in kept if max(minimum, _SHINGLE) <= page.words[i] <= _NEEDLE_MAX_WORDS]
    if not needles:
        return
    frequency = Counter(gram for index in kept for gram in page.facts.trigrams(index))
    rarest = {i: min(page.facts.trigrams(i), key=frequency.__getitem__) for i in needles}
    wanted = {gram for gram in rarest.values() if frequency[gram] <= _MAX_POSTINGS}
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index in kept:
        for gram in page.facts.trigrams(index) & wanted:
            holders[gram].append(index)
    for index in needles:
        needle = f" {keys[index]} "
        for other in holders.get(rarest[index], ()):
            if len(keys[other]) > len(keys[index]) and needle in f" {keys[other]} ":
                yield index
                break


RULES = (
    ContextRule(Rule.EXACT_DUPLICATE, Reason.DUPLICATE, _exact, ("*",),
                "the same paragraph a second time (case and punctuation aside)"),
    ContextRule(Rule.NEAR_DUPLICATE, Reason.DUPLICATE, _near, ("*",),
                "the same paragraph with small edits (word-trigram Jaccard ≥ 0.8)"),
    ContextRule(Rule.CONTAINED_DUPLICATE, Reason.DUPLICATE, _contained, ("*",),
                "a line that stands word for word inside a longer kept paragraph"),
)

"""Near-duplicate blocks by their shingles: the pairs as similar as a threshold, found
through an inverted index with prefix filtering instead of comparing every pair.

A block is `(index, shingles, words)`; `near_losers` yields the loser of each similar pair
(the shorter, else the later), as the near-duplicate rule removes it. Contained repeats are
found in `Joined`, the page's keys as one text, by Aho-Corasick. Split from
`dechrome.context.dedup`, which keeps the rules themselves.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Generator, Hashable, Iterator, Mapping, Sequence
from itertools import accumulate, chain
from typing import TypeVar

import ahocorasick

# A trigram shared by more blocks than this is boilerplate, not evidence of one repeat; capping
# its postings keeps lists and tables of similar lines linear.
MAX_POSTINGS = 24
# Words per shingle: blocks are compared by their word trigrams.
SHINGLE = 3
T = TypeVar("T")

Shingled = tuple[int, frozenset[Hashable], int]


def near_losers(blocks: Sequence[Shingled], threshold: float,
                distinct: Callable[[int, int], bool] | None = None
                ) -> Generator[int, None, bool]:
    """The shorter of each near-duplicate pair among `blocks` (index, shingles, words).

    In order, each block is compared with the earlier blocks still standing that share one of
    its shingles whose postings were not full (`MAX_POSTINGS`) when that block was indexed;
    the first (lowest index) whose Jaccard similarity reaches `threshold` makes a pair, and
    the one with fewer words (else the later) loses; a pair that `distinct` tells apart is
    none. Only blocks sharing a shingle among the
    first `_prefix_length` of each (in one order of the page's shingles) can reach it, so
    only those are compared; `tests/test_fast_context.py` checks this against the pairwise walk.

    Returns (as the generator's value) whether any pair reached `threshold`, told apart or
    not: when none did and none lost, no subset of `blocks` has such a pair either (every
    pair that reaches it is compared, `_prefix_length`).
    """
    if threshold > 1:
        return False  # no similarity reaches it
    commons, rank, postings = _shared_shingles(blocks)
    prefixes: dict[Hashable, list[int]] = defaultdict(list)
    standing: dict[int, tuple[frozenset[Hashable], int]] = {}
    gone: set[int] = set()
    reached = False
    for (index, mine, words), common in zip(blocks, commons, strict=True):
        standing[index] = (mine, words)
        if not common:
            # Nothing to compare with, no prefix to index, and no heavy shingle to post
            # (heavy ones are shared): most blocks of a page.
            continue
        prefix = sorted(common, key=rank.__getitem__)[:_prefix_length(len(mine), len(common),
                                                                     threshold)]
        candidates = sorted({other for gram in prefix for other in prefixes.get(gram, ())}
                            - gone)
        other = None
        for candidate, shared_grams in _similar(mine, candidates, standing, threshold):
            reached = True
            if postings.posted(candidate, shared_grams) and (
                    distinct is None or not distinct(index, candidate)):
                other = candidate
                break
        if other is not None:
            loser = other if standing[other][1] < words else index
            gone.add(loser)
            yield loser
        if index not in gone:
            postings.add(index, mine)
            for gram in prefix:
                prefixes[gram].append(index)
    # Below a threshold of 0 blocks sharing no shingle are similar, and never compared.
    return reached or threshold <= 0


def _shared_shingles(blocks: Sequence[Shingled]
                     ) -> tuple[list[set[Hashable]], dict[Hashable, int], _Postings]:
    """Each block's shingles that another block has too; the rank of each such shingle,
    rarest first (the order prefixes are cut in); and postings that fill up for the shingles
    of more than `MAX_POSTINGS` blocks.

    A shingle of one block only is never shared: it is left out of every prefix (most
    shingles are: set operations find the others, and only they are counted).
    """
    seen: set[Hashable] = set()
    shared: set[Hashable] = set()
    for _, shingles, _ in blocks:
        shared.update(seen.intersection(shingles))
        seen.update(shingles)
    commons = [shared.intersection(shingles) for _, shingles, _ in blocks]
    frequency = Counter(chain.from_iterable(commons))
    rank = {gram: order for order, gram in enumerate(sorted(shared, key=frequency.__getitem__))}
    heavy = frozenset(gram for gram in shared if frequency[gram] > MAX_POSTINGS)
    return commons, rank, _Postings(heavy)


def _similar(mine: frozenset[Hashable], candidates: list[int],
             standing: dict[int, tuple[frozenset[Hashable], int]],
             threshold: float) -> Iterator[tuple[int, frozenset[Hashable]]]:
    """The `candidates`, in order, as similar to `mine` as `threshold`, each with the
    shingles they share (lazily: the walk takes the first posted one that `distinct` does
    not tell apart)."""
    for other in candidates:
        theirs = standing[other][0]
        common = mine & theirs
        if len(common) / (len(mine) + len(theirs) - len(common)) >= threshold:
            yield other, common


class _Postings:
    """Which shingles' postings were full when a block was indexed: only `heavy` ones,
    those of more than `MAX_POSTINGS` blocks, ever fill up."""

    def __init__(self, heavy: frozenset[Hashable]) -> None:
        self._heavy = heavy
        self._counts: Counter[Hashable] = Counter()
        self._unposted: dict[int, frozenset[Hashable]] = {}

    def add(self, index: int, shingles: frozenset[Hashable]) -> None:
        if not self._heavy:
            return
        grams = shingles & self._heavy
        full = frozenset(gram for gram in grams if self._counts[gram] >= MAX_POSTINGS)
        self._counts.update(grams - full)
        if full:
            self._unposted[index] = full

    def posted(self, index: int, shingles: frozenset[Hashable]) -> bool:
        """True when block `index` stands in the postings of one of `shingles`."""
        full = self._unposted.get(index)
        return full is None or not shingles <= full


def _prefix_length(size: int, shared: int, threshold: float) -> int:
    """How many of a block's first `shared` shingles (those other blocks also have) hold one
    of every block as similar as `threshold`, for a block of `size` shingles.

    Jaccard ≥ t means at least ⌈t·size⌉ shared shingles; one fewer is assumed, so that
    rounding in the float product never shortens the prefix.
    """
    overlap = max(1, math.ceil(threshold * size) - 1) if threshold > 0 else 1
    return max(0, shared - overlap + 1)


class Joined:
    """Blocks' keys as one text, " key " joined by newlines: no key holds one, so no match
    of a phrase between spaces spans two blocks."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self._text = "\n".join(f" {key} " for key in keys)
        self._ends = list(accumulate(len(key) + 3 for key in keys))

    def held(self, phrases: set[str]) -> set[str]:
        """The `phrases` that a longer block holds word for word.

        Only the phrases' first three words go into the automaton (building it costs by the
        character); a block holding them is then asked for the whole phrase.
        """
        by_opening: dict[str, list[str]] = defaultdict(list)
        for phrase in phrases:
            by_opening[" ".join(phrase.split(" ", SHINGLE)[:SHINGLE])].append(phrase)
        # Each opening with its phrases and the shortest one's length: a block no longer
        # than that (the phrase's own block, mostly) holds none of them.
        openings = {opening: (min(map(len, found)), found)
                    for opening, found in by_opening.items()}
        held: set[str] = set()
        keys, ends = self.keys, self._ends
        for end, (shortest, found) in self._matches(openings):
            key = keys[bisect_left(ends, end + 1)]
            if len(key) <= shortest:
                continue
            wrapped = f" {key} "
            held.update(phrase for phrase in found if phrase not in held
                        and len(key) > len(phrase) and f" {phrase} " in wrapped)
        return held

    def collect(self, holders: dict[str, set[int]]) -> None:
        """Add to each phrase's set the position of every block that holds it word for word."""
        ends = self._ends
        for end, found in self._matches(holders):
            found.add(bisect_left(ends, end + 1))

    def _matches(self, phrases: Mapping[str, T]) -> Iterator[tuple[int, T]]:
        """(end in the text, value) for every place a block holds one of `phrases` word for
        word."""
        automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            automaton.add_word(f" {phrase} ", value)
        if len(automaton) == 0:
            return iter(())
        automaton.make_automaton()
        return automaton.iter(self._text)  # type: ignore[no-any-return]

"""Stop-word lists, and which one fits a document.

The lists are jusText's (about 100 languages, made from word frequencies in Wikipedia),
loaded from the installed package. A document's list is the one whose words make up the
largest share of its distinct words: running text in a language is about one third stop
words, a menu or a link list hardly any, whatever the language.
"""

from __future__ import annotations

import functools
import sys
from array import array
from collections.abc import Mapping, Set
from dataclasses import dataclass

import justext

EMPTY: frozenset[str] = frozenset()
# jusText's lists come from Wikipedia, which hardly says "I": blogs, reviews and forum posts
# read as thin text without "I". Only the first person singular: "we" and "you" are how
# cookie banners, login boxes and shops talk ("Wir verwenden Cookies", "Melde dich an").
_PERSONAL: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "German": "ich mich mir",
        "English": "me myself",
        "French": "je moi",
        "Spanish": "yo me",
        "Italian": "io mi",
        "Dutch": "ik mij me",
        "Polish": "ja mnie mi",
    }.items()
}


@dataclass(frozen=True, slots=True)
class _Index:
    names: tuple[str, ...]
    lists: tuple[frozenset[str], ...]
    languages_of: Mapping[str, tuple[int, ...]]
    words: frozenset[str]
    # Each stop word's languages as one integer holding a `_FIELD_BITS`-bit counter per list
    # (1 in the field of each list it stands in): adding a page's words' integers counts
    # every list's hits at once, at C speed.
    packed: Mapping[str, int]


# Wide enough for any count: a list's hits are at most its size (the largest has 13,222
# words), checked when the index is built.
_FIELD_BITS = 16


@functools.cache
def _index() -> _Index:
    # Static package data, read once per process; no document ever changes it.
    names = tuple(sorted(justext.get_stoplists()))
    lists = tuple(
        frozenset(w.casefold() for w in justext.get_stoplist(n)) | _PERSONAL.get(n, EMPTY)
        for n in names
    )
    languages_of: dict[str, list[int]] = {}
    for position, words in enumerate(lists):
        for word in words:
            languages_of.setdefault(word, []).append(position)
    if max(map(len, lists), default=0) >= 1 << _FIELD_BITS:
        raise ValueError("a stop-word list too long for its hit counter")
    packed = {word: sum(1 << (_FIELD_BITS * p) for p in positions)
              for word, positions in languages_of.items()}
    return _Index(names, lists, {w: tuple(p) for w, p in languages_of.items()},
                  frozenset(languages_of), packed)


def stop_words_among(words: Set[str]) -> frozenset[str]:
    """The `words` that stand in some stop-word list: all that `best_list` reads of them."""
    return _index().words.intersection(words)


def best_list(words: Set[str]) -> tuple[str | None, frozenset[str]]:
    """The jusText language name and stop words that cover most of the distinct `words`."""
    index = _index()
    # Only stop words count: the intersection leaves most of a page's words out at C speed.
    total = sum(map(index.packed.__getitem__, index.words.intersection(words)))
    # The fields, lowest first, read back as 16-bit counts.
    hits = array("H", total.to_bytes(len(index.names) * _FIELD_BITS // 8, "little"))
    if sys.byteorder == "big":
        hits.byteswap()
    if not any(hits):
        return None, EMPTY
    best = max(range(len(hits)), key=hits.__getitem__)
    return index.names[best], index.lists[best]


@functools.cache
def stop_words_of(languages: tuple[str, ...]) -> frozenset[str]:
    """The union of the stop words of the jusText `languages` (names such as "German")."""
    index = _index()
    return frozenset().union(*(index.lists[index.names.index(name)] for name in languages
                               if name in index.names))

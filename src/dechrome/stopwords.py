"""Stop-word lists, and which one fits a document.

The lists are jusText's (about 100 languages, made from word frequencies in Wikipedia),
loaded from the installed package. A document's list is the one whose words make up the
largest share of its distinct words: running text in a language is about one third stop
words, a menu or a link list hardly any, whatever the language.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Set
from dataclasses import dataclass
from itertools import chain

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
    return _Index(names, lists, {w: tuple(p) for w, p in languages_of.items()},
                  frozenset(languages_of))


def stop_words_among(words: Set[str]) -> frozenset[str]:
    """The `words` that stand in some stop-word list: all that `best_list` reads of them."""
    return _index().words.intersection(words)


def best_list(words: Set[str]) -> tuple[str | None, frozenset[str]]:
    """The jusText language name and stop words that cover most of the distinct `words`."""
    index = _index()
    hits = [0] * len(index.names)
    # Only stop words count: the intersection leaves most of a page's words out at C speed.
    for position, count in Counter(
        chain.from_iterable(map(index.languages_of.__getitem__, index.words.intersection(words)))
    ).items():
        hits[position] = count
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

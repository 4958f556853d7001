"""Where every word went: the accounting that `Document.source_words` is held to.

Every word of the input (the page text in text mode, the extractor's text in HTML mode) ends
in the body, in a metadata field, or in a removal with its rule: the markup normalisation
strips from page text is a removal too (rule `markup`). `unaccounted` lists the words of a
source that a Document holds nowhere; tests hold it empty. A word the cleaning only
normalised is the same word: the source is read with the repairs normalisation makes to
characters (mojibake, invisible characters, character references; `normalize.characters`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from dechrome.features import WORD, word_count
from dechrome.normalize import characters, drop_invisible

if TYPE_CHECKING:
    from dechrome.model import Document

# The metadata fields a word of the text can move to.
_FIELDS = ("title", "summary", "captions", "authors", "date", "sitename", "section",
           "hashtags", "categories", "tags", "links")
# The longest piece `_glued` looks for in a word run together from several: longer than any
# word a page prints as one of a run (a brand, a product's name, a compound).
_PIECE_MAX = 40


def words(text: str) -> Counter[str]:
    """The multiset of `\\w+` words of `text`, compatibility-normalised and casefolded, the
    invisible characters normalisation drops dropped first (a word the cleaning only
    normalised, a ligature, a capital, a soft hyphen inside it, is the same word)."""
    return Counter(WORD.findall(unicodedata.normalize("NFKC", drop_invisible(text)).casefold()))


def word_total(text: str) -> int:
    """How many words `text` has (as `words` counts them)."""
    return word_count(text)


def held(document: Document) -> Counter[str]:
    """The words a Document holds anywhere: body, metadata fields, removals."""
    found = words(document.text)
    for name in _FIELDS:
        value = getattr(document, name)
        for text in [value] if isinstance(value, str) else value or ():
            found.update(words(str(text)))
    for removal in document.removals:
        found.update(words(removal.text))
    return found


def unaccounted(source: str, document: Document) -> Counter[str]:
    """The words of `source` that `document` holds nowhere (as multisets: a word the source
    has three times and the Document once leaves two). `source` is read as the cleaning
    reads its characters (`normalize.characters`; in text mode character references too).

    A word that is words the Document holds, run together, is held: an extractor's text
    glues the texts of neighbouring elements where the page sets them apart ("repairrepair"
    for a list item and a table cell, "RatedREI" for a badge and a brand, "RatedGregoryMaven"
    for a badge, a brand and a product's name), and the Document, read from the elements,
    has each of them. The other way round, words of the source that a word the Document holds
    is run together from are held (`_take_split`: a tag stripped from inside a word)."""
    found = held(document)
    read = words(characters(source, markup=document.mode == "text"))
    missing = read - found
    for word in [word for word in missing if _glued(word, found)]:
        del missing[word]
    if missing:
        _take_split(missing, found - read)
    return missing


def _take_split(missing: Counter[str], spare: Counter[str]) -> None:
    """Take from `missing` the words that a word of `spare` (one the Document holds and the
    source does not) is run together from: a tag inside a word ("<b>W</b>ord", a drop
    cap) splits it in the source, and the Document, the tag stripped, holds the word the
    page shows. The pieces are missing words, as many times as `missing` has them."""
    for word, count in spare.items():
        for _ in range(count):
            pieces = _pieces(word, missing)
            if pieces is None:
                break
            missing -= Counter(pieces)


def _pieces(word: str, missing: Counter[str]) -> list[str] | None:
    """`word` as two or more words of `missing` run together (each piece at most
    `_PIECE_MAX` characters, so a long word costs linear time); None when it is not."""
    # starts[i]: where the last piece of a split of word[:i] starts; -1 when none splits it.
    starts = [0] + [-1] * len(word)
    for end in range(1, len(word) + 1):
        starts[end] = next((start for start in range(max(0, end - _PIECE_MAX), end)
                            if starts[start] >= 0 and word[start:end] in missing), -1)
    if starts[-1] <= 0:
        return None
    pieces, end = [], len(word)
    while end:
        pieces.append(word[starts[end]:end])
        end = starts[end]
    return pieces if not Counter(pieces) - missing else None


def _glued(word: str, found: Counter[str]) -> bool:
    """Whether `word` is words of `found` run together: two, one of them a single letter
    at either end ("iPhone" as "i" and "Phone"), or any number of two to `_PIECE_MAX`
    characters each. Single letters inside a run are not pieces: a Document holds many,
    and they would make almost any word a run of held pieces."""
    if len(word) > 1 and ((word[0] in found and word[1:] in found)
                          or (word[-1] in found and word[:-1] in found)):
        return True
    # ends[i]: word[:i] is a run of held words of two to `_PIECE_MAX` characters (bounded,
    # so that a long run of letters, a token or a hash, costs linear time).
    ends = [True] + [False] * len(word)
    for end in range(2, len(word) + 1):
        ends[end] = any(ends[start] and word[start:end] in found
                        for start in range(max(0, end - _PIECE_MAX), end - 1))
    return ends[-1]

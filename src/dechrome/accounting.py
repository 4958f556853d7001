"""Where every word went: the accounting that `Document.source_words` is held to.

Every word of the text the cleaning starts from (the normalised input in text mode, the
extractor's text in HTML mode) ends in the body, in a metadata field, or in a removal with
its rule. `unaccounted` lists the words of a source that a Document holds nowhere; tests
hold it empty.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from dechrome.features import WORD, word_count

if TYPE_CHECKING:
    from dechrome.model import Document

# The metadata fields a word of the text can move to.
_FIELDS = ("title", "summary", "captions", "authors", "date", "sitename", "section",
           "hashtags", "categories", "tags", "links")


def words(text: str) -> Counter[str]:
    """The multiset of `\\w+` words of `text`, compatibility-normalised and casefolded (a
    word the cleaning only normalised, a ligature or a capital, is the same word)."""
    return Counter(WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


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
    has three times and the Document once leaves two).

    A word that is two words the Document holds, run together, is held: an extractor's text
    glues the texts of neighbouring elements where the page sets them apart ("repairrepair"
    for a list item and a table cell, "RatedREI" for a badge and a brand), and the Document,
    read from the elements, has both."""
    found = held(document)
    missing = words(source) - found
    for word in [word for word in missing if _glued(word, found)]:
        del missing[word]
    return missing


def _glued(word: str, found: Counter[str]) -> bool:
    """Whether `word` is two words of `found` run together."""
    return any(word[:cut] in found and word[cut:] in found for cut in range(1, len(word)))

"""The words an article writes in lower case: a word of a candidate name that the article
writes in lower case ("Neue" in "neue Regeln") is a common word, not a name's. An address
(an e-mail address, a URL, a handle) is no writing: "markus.reuter@..." does not write
"reuter" in lower case.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_LOWER_WORD = regex.compile(r"(?<![\p{L}-])\p{Ll}{2,20}+(?![\p{L}-])")
_LETTER_OR_HYPHEN = regex.compile(r"[\p{L}-]")
# An e-mail address, a URL or a handle: a token with "@", ".", "/" or ":" before a letter.
_ADDRESS = regex.compile(r"(?<!\S)[^\s@./:]{0,60}+[@./:]\p{L}\S{0,200}+")


def lower_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """The words the article writes in lower case."""
    return frozenset(word for paragraph in paragraphs
                     for word in _LOWER_WORD.findall(_ADDRESS.sub(" ", paragraph)))


class LowerWords:
    """`lower_words` of the paragraphs, asked word by word: a name has a few words, the
    article thousands."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        # No match of `_LOWER_WORD` spans a line break: the paragraphs are one text. An
        # address is no writing: "markus.reuter@..." does not write "reuter" in lower case.
        self._text = _ADDRESS.sub(" ", "\n".join(paragraphs))
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self._known:
            self._known[word] = self._written(word)
        return self._known[word]

    def _written(self, word: str) -> bool:
        # A match of `_LOWER_WORD` is a whole run of lower-case letters between characters
        # that are neither letters nor hyphens: any such occurrence of the word is one.
        if _LOWER_WORD.fullmatch(word) is None:
            return False
        text, end = self._text, len(word)
        start = text.find(word)
        while start != -1:
            if not (start and _LETTER_OR_HYPHEN.match(text, start - 1)) and not (
                    _LETTER_OR_HYPHEN.match(text, start + end)):
                return True
            start = text.find(word, start + 1)
        return False

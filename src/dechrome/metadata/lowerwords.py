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
# The last whitespace before a position (searched backwards).
_TOKEN_START = regex.compile(r"\s", flags=regex.REVERSE)


def lower_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """The words the article writes in lower case."""
    return frozenset(word for paragraph in paragraphs
                     for word in _LOWER_WORD.findall(_ADDRESS.sub(" ", paragraph)))


class LowerWords:
    """`lower_words` of the paragraphs, asked word by word: a name has a few words, the
    article thousands."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        # No match of `_LOWER_WORD` spans a line break: the paragraphs are one text.
        self._text = "\n".join(paragraphs)
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
                    _LETTER_OR_HYPHEN.match(text, start + end)) and not _in_address(
                    text, start):
                return True
            start = text.find(word, start + 1)
        return False


def _in_address(text: str, start: int) -> bool:
    """Whether the whitespace-delimited token around `start` is an address, as `_ADDRESS`
    takes it out of `lower_words`'s text: asked only of the few words a name has, so the
    article is never scanned for addresses as a whole."""
    left = _TOKEN_START.search(text, 0, start)
    begin = left.end() if left is not None else 0
    match = _ADDRESS.match(text, begin)
    return match is not None and match.end() > start

"""The part of the title line that the URL's path spells: the address names its article.

A page's address often carries its headline word for word ("/free-accounting-tools-for-
small-businesses"). When the title read from the title line and the headings shares no word
with the path, the context rules and the title line's parts disagreed and the reading took
a logo, a section or a teaser ("CO- by US Chamber of Commerce", "PGE Ekstraliga"); a part of
the title line every word of which the path spells is then the headline.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import regex

from dechrome.features import is_headline_like
from dechrome.metadata.site import site_letters
from dechrome.metadata.titleparts import segments, site_part

_PATH_WORD = regex.compile(r"[^\W_]++")
# Words this short ("of", "in", "10") say nothing of which story a path names.
_MIN_LETTERS = 3
# A part spells a headline in three such words at least: two may be a section ("Open Future").
_MIN_WORDS = 3
_MAX_SEGMENTS = 8


def part_in_url(line: str, url: str | None, title: str | None) -> tuple[str, str | None] | None:
    """The part of the title line `line` whose every word of three letters or more the
    URL's path spells, the one with most such words, and the site's name the line adds
    around it; None when `title`, the title read so far, shares a word with the path or is
    a single word (a heading of one word the page prints)."""
    path = _path_words(url)
    if not path or (title is not None and len(title.split()) < 2):
        return None
    if title is not None and _words(title) & path:
        return None
    spans = segments(line)
    if not 1 < len(spans) <= _MAX_SEGMENTS:
        return None
    best: tuple[int, tuple[int, int]] | None = None
    for span in spans:
        part = line[span[0]:span[1]].strip()
        words = _words(part)
        if len(words) >= _MIN_WORDS and words <= path and is_headline_like(part) and (
                best is None or len(words) > best[0]):
            best = (len(words), span)
    if best is None:
        return None
    span = best[1]
    return line[span[0]:span[1]].strip(), site_part(line, spans, span)


def _path_words(url: str | None) -> set[str]:
    if not url:
        return set()
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return set()
    return {site_letters(word) for word in _PATH_WORD.findall(path)}


def _words(text: str) -> set[str]:
    """The words of three letters or more, folded as a path spells them ("Käufer" as
    "kaeufer", "Góra" as "gora")."""
    return {folded for word in regex.findall(r"\w++", text)
            if len(folded := site_letters(word)) >= _MIN_LETTERS}

"""The headline of an HTML page among its headings: the `<h1>` (else an early `<h2>`) that
the page's `<title>`, `og:title` or trafilatura's title confirm, word for word for the most
part, without a date run into it; else the longest segment of trafilatura's title. Split
from `dechrome.html.meta`, which chooses the other fields."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from dechrome.features import dedup_key
from dechrome.metadata.dateparse import MONTHS

if TYPE_CHECKING:
    from dechrome.html.meta import Markup

# The headings read (tag, how many of them, the bonus a heading of the tag gets).
HEADINGS = (("h1", 3, 0.2), ("h2", 3, 0.0))
_SEGMENT = regex.compile(r"(?<!\s)\s{1,3}+(?:[|\-–—›»·/~]{1,2}+|::)\s{1,3}+")
_MIN_SCORE = 0.5
_MAX_TITLE_WORDS = 40
_MIN_SEGMENTS = 2
_MIN_REST_WORDS = 3
_DATE_PREFIX = regex.compile(
    r"\A\s{0,3}+(?:[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)?\d{2}(?!\d)"
    r"|[0-3]?\d\.?\s(?P<month>\p{L}{3,10}+)\.?\s(?:19|20)\d{2}(?!\d)"
    r"|(?P<month>\p{L}{3,10}+)\.?\s[0-3]?\d(?!\d)(?:,?\s(?:19|20)\d{2}(?!\d))?)"
    r"\s{0,3}+(?:[-–—|:·]\s{0,3}+)?",
)


def title_key(text: str) -> str:
    """A title's letters and digits, casefolded: what two spellings of a name share."""
    return "".join(char for char in text.casefold() if char.isalnum())


def choose_title(markup: Markup, extracted: str | None, sites: tuple[str, ...] = ()
                 ) -> str | None:
    """The heading the page's titles confirm best, else the longest segment of the title.

    A heading that names the site is not the headline: the blog's name over each post
    (`sites`, or the end of the `<title>` "Post | Blog" that the heading repeats)."""
    references = [set(dedup_key(t).split()) for t in (extracted, *markup.titles) if t]
    references = [words for words in references if words]
    site_like = {*sites, *_site_segments(markup.titles)}
    others = [(tag, text) for tag, text in markup.headings if title_key(text) not in site_like]
    best, best_score = _best_heading(others, references)
    if best is None or best_score < _MIN_SCORE:
        best = _longest_segment(extracted or next(iter(markup.titles), ""))
    else:
        best = _without_date_prefix(best, [set(dedup_key(t).split()) for t in markup.titles])
    return best or None


def _without_date_prefix(heading: str, references: list[set[str]]) -> str:
    """The heading without the date a page prints before it inside the `<h1>` ("1. Februar
    2022 Headline", "27.01.2022Headline", "Jun 17 Headline"), when neither the `<title>`
    nor `og:title` (`references`) carries that date: it is the date line run into the
    headline."""
    match = _DATE_PREFIX.match(heading)
    if match is None or (match["month"] and match["month"].casefold() not in MONTHS):
        return heading
    rest = heading[match.end():].strip()
    date_words = set(dedup_key(match.group()).split())
    if len(rest.split()) < _MIN_REST_WORDS or any(date_words <= ref for ref in references):
        return heading
    return rest


def _best_heading(headings: Iterable[tuple[str, str]], references: list[set[str]]
                  ) -> tuple[str | None, float]:
    best, best_score = None, 0.0
    for tag, text in headings:
        words = set(dedup_key(text).split())
        if not words or len(words) > _MAX_TITLE_WORDS or not references:
            continue
        score = max(_confirmation(words, ref) for ref in references) + _bonus(tag)
        if score > best_score:
            best, best_score = text, score
    return best, best_score


def _site_segments(titles: tuple[str, ...]) -> set[str]:
    """The last segment of a `<title>` of several ("Post | Blog"), where sites put their
    name, when it is shorter than another segment (a site's name is short; "Site | Post"
    ends with the post's title)."""
    parts = [part.split() for part in _SEGMENT.split(titles[0]) if part.strip()] if titles else []
    if len(parts) < _MIN_SEGMENTS or len(parts[-1]) >= max(map(len, parts[:-1])):
        return set()
    return {title_key(" ".join(parts[-1]))}


def _confirmation(words: set[str], reference: set[str]) -> float:
    """How much of the heading the reference has, discounted when it covers little of it."""
    shared = len(words & reference)
    return shared / len(words) * min(1.0, shared / max(1.0, 0.5 * len(reference)))


def _bonus(tag: str) -> float:
    return next(bonus for name, _, bonus in HEADINGS if name == tag)


def _longest_segment(title: str) -> str:
    parts = [part.strip() for part in _SEGMENT.split(title) if part.strip()]
    return max(parts, key=len) if parts else title.strip()

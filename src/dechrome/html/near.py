"""The elements that stand next to the headline: where a page prints its byline and date.

News and blog templates put the article's own metadata in a few lines around the `<h1>`:
the kicker line above it, the meta line under it (author, date, reading time), a share bar,
the lead picture. Teasers, comment lists and sidebars with their own names and dates come
further away. The elements a few dozen steps before and after each of the page's first
headlines are found by walking the siblings of the headline and of its ancestors: the
walk stops after the elements it needs, where XPath's `preceding` and `following` axes
gather every element of the page before they count (about a quarter of their cost).
"""

from __future__ import annotations

from collections.abc import Iterator, Set

import regex
from lxml.html import HtmlElement

# Elements read on each side of a headline: the kicker line above it, the meta lines under
# it (a byline, a date, a share bar, a picture with its caption come before the text).
_BEFORE, _AFTER = 15, 60
# The first `<h1>` is often the site's logo: the headline may be the second or the third.
_HEADLINES = 3

Near = tuple[tuple[HtmlElement, int], ...]


def near_headlines(tree: HtmlElement) -> Near:
    """Each element near one of the first headlines with its distance in elements from it:
    the first headline's elements first, for each those above it, then those below."""
    return tuple(found for headline in _headlines(tree) for found in _around(headline))


def _headlines(tree: HtmlElement) -> Iterator[HtmlElement]:
    for count, headline in enumerate(tree.iter("h1")):
        if count == _HEADLINES:
            return
        yield headline


def _around(headline: HtmlElement) -> Iterator[tuple[HtmlElement, int]]:
    before = _preceding(headline, _BEFORE)
    # In page order, as XPath's preceding axis gives them: the nearest element is the last.
    for position, element in enumerate(before):
        yield element, len(before) - position
    for position, element in enumerate(_following(headline, _AFTER), start=1):
        yield element, position


def _preceding(element: HtmlElement, most: int) -> list[HtmlElement]:
    """The last `most` elements before `element` in page order, its ancestors aside
    (XPath's `preceding::*`), in page order."""
    found: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            subtree = [inner for inner in sibling.iter() if isinstance(inner.tag, str)]
            for inner in reversed(subtree):
                found.append(inner)
                if len(found) == most:
                    return found[::-1]
        node = node.getparent()
    return found[::-1]


def _following(element: HtmlElement, most: int) -> list[HtmlElement]:
    """The first `most` elements after `element` in page order, its own descendants aside
    (XPath's `following::*`)."""
    found: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            for inner in sibling.iter():
                if isinstance(inner.tag, str):
                    found.append(inner)
                    if len(found) == most:
                        return found
        node = node.getparent()
    return found


def in_marked_box(element: HtmlElement, marks: regex.Pattern[str], most: int,
                  tags: Set[str] = frozenset()) -> bool:
    """Whether one of the element's `most` nearest ancestors has a class or id that `marks`
    matches ("comment-list", "teaser") or one of the `tags`: a box that holds another text,
    whose names and dates are not the article's."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= most:
            return False
        if (marks.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}")
                or ancestor.tag in tags):
            return True
    return False

"""Put back the lead the extractor dropped, where that is safe.

Extractors often start the article one paragraph late: the lead (teaser, intro) sits in its
own container between the headline and the body, and scores like a teaser box.
The page's leaf text blocks between the headline (`<h1>`) and the block that holds the first
extracted paragraph are read; each one that reads as running text (enough words, a sentence
end, little link text) and that the extraction does not already hold is put back before
the first paragraph. Nothing after the first line of a
comment thread (an age, a vote count) is a lead. Nothing above the headline, nothing below
the article's start, nothing that is mostly links: bylines, dates and share bars stay out,
and so do captions, list items and deks (an element whose class says dek, summary,
abstract, standfirst, ...: the summary is metadata, `Document.summary`, not the article's
first paragraph).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from lxml import etree
from lxml.html import HtmlElement

from dechrome.features import dedup_key, ends_like_sentence, word_count
from dechrome.html.extract import Unit

_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
    "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "table", "tr", "td", "th",
    "blockquote", "figure", "figcaption", "form", "pre",
})
_NOT_TEXT = ("script", "style", "noscript", "template")
# Captions and list items (menus, teaser lists, bullet points) are never a lead.
_NOT_LEAD = frozenset({"caption", "summary", "li", "dt", "dd", "td", "th"})
_CAPTION = regex.compile(r"caption|credit|byline|author|signup|newsletter", regex.IGNORECASE)
_SUMMARY = regex.compile(r"dek|summary|abstract|blurb|standfirst|subtitle|subhead|excerpt",
                         regex.IGNORECASE)
_THREAD = regex.compile(
    r"(?:\d{1,3}|an?) (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b"
    r"|rating: \d{1,6} votes?$|top rated comments$", regex.IGNORECASE)
_ANCHOR_CHARS = 60
_MAX_BETWEEN = 12
_MIN_WORDS = 10
_MAX_LINK_SHARE = 0.3
_MAX_LEAD_WORDS = 200


def recover_lead(tree: HtmlElement, units: tuple[Unit, ...], title: str | None
                 ) -> tuple[Unit, ...]:
    """`units` with the dropped lead paragraphs put back before the first paragraph.

    Scripts and styles are stripped from `tree` (the caller's own parse of the page)."""
    return lead_and_header(tree, units, title)[0]


def lead_and_header(tree: HtmlElement, units: tuple[Unit, ...], title: str | None
                    ) -> tuple[tuple[Unit, ...], tuple[str, ...]]:
    """`recover_lead`'s units, and the texts of every leaf block between the headline and
    the article's start (bylines, date lines, captions: where a page prints its date)."""
    first = next((i for i, unit in enumerate(units)
                  if unit.kind == "p" and word_count(unit.text) >= _MIN_WORDS), None)
    if first is None:
        return units, ()
    etree.strip_elements(tree, *_NOT_TEXT, with_tail=False)
    window = _between_headline_and(tree, _fold(units[first].text)[:_ANCHOR_CHARS],
                                   dedup_key(title or ""))
    # A reader's comment is no lead: nothing after the first line of a comment thread's shape
    # (an age, a vote count) is.
    thread = next((i for i, (_, text, _) in enumerate(window) if _THREAD.match(text)),
                  len(window))
    candidates = [(text, links) for kind, text, links in window[:thread]
                  if kind not in _NOT_LEAD]
    readable = [(text, links) for text, links in candidates[-_MAX_BETWEEN:]
                if _reads_as_lead(text, links)]
    # Most pages have no candidate that reads as a lead: the units' keys are made only
    # for those that do.
    have = {dedup_key(unit.text) for unit in units} if readable else set()
    lead = [Unit("p", text, links) for text, links in readable if dedup_key(text) not in have]
    header = tuple(text for _, text, _ in window)
    return ((*units[:first], *lead, *units[first:]) if lead else units), header


def _between_headline_and(tree: HtmlElement, anchor: str, title: str
                          ) -> list[tuple[str, str, int]]:
    """The leaf blocks after the last headline above the block holding `anchor`; none when
    either is missing."""
    window: list[tuple[str, str, int]] | None = None
    # Every space-free piece of the anchor, and every word of the title's key, sits inside
    # one text node: above the window, a leaf whose C-level text holds neither the anchor's
    # first piece nor the title's first word can be neither, and its text is not folded.
    marks = (anchor.split(" ", 1)[0], *([title.split(" ", 1)[0]] if title else []))
    for element in _leaves(tree):
        if window is None and element.tag != "h1" and not _holds_any(element, marks):
            continue
        text = " ".join(" ".join(element.itertext()).split())
        if not text:
            continue
        # Casefolding never shortens a text: a leaf under a third of the anchor's length
        # cannot hold it.
        if 3 * len(text) >= len(anchor) and anchor in text.casefold():
            return window or []
        # An <h1> styled as a caption or a summary box does not open the article. The
        # class tests run only where their answer counts: on an <h1>, and inside the window.
        kind = _kind(element) if window is not None or element.tag == "h1" else None
        if kind == "h1" or (title and _may_equal(text, title) and dedup_key(text) == title):
            window = []
        elif window is not None:
            links = sum(len("".join(a.itertext())) for a in element.iter("a"))
            window.append((str(kind), text, links))
    return []


def _holds_any(element: HtmlElement, marks: tuple[str, ...]) -> bool:
    # The text serialiser gives `text_content()`'s text at half its cost (no XPath call).
    folded = etree.tostring(element, method="text", encoding=str, with_tail=False).casefold()
    return any(mark in folded for mark in marks)


def _may_equal(text: str, key: str) -> bool:
    """Whether `text` is of a length its key could equal `key` at (a cheap test before the
    key is made)."""
    return len(key) // 2 <= len(text) <= 3 * len(key) + _ANCHOR_CHARS


def _reads_as_lead(text: str, links: int) -> bool:
    if links > _MAX_LINK_SHARE * len(text) or not ends_like_sentence(text):
        return False
    return _MIN_WORDS <= word_count(text) <= _MAX_LEAD_WORDS


def _leaves(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's innermost block elements in order.

    In document order the first block inside a block comes right after it, with no block
    between them: a block is innermost unless the next block's nearest block ancestor is
    it. One look ahead per block, so the walk stops where the caller stops reading."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks = root.iter(*_BLOCKS)
    element = next(blocks, None)
    while element is not None:
        following = next(blocks, None)
        if following is None or _block_above(following) is not element:
            yield element
        element = following


def _block_above(element: HtmlElement) -> HtmlElement | None:
    parent = element.getparent()
    while parent is not None and parent.tag not in _BLOCKS:
        parent = parent.getparent()
    return parent


def _kind(element: HtmlElement) -> str:
    """The element's tag; "caption" for a picture's caption and "summary" for a dek (the
    standfirst that sums the article up, metadata rather than its first paragraph), whatever
    their tags."""
    if element.tag == "figcaption":
        return "caption"
    parent = element.getparent()
    # The element's id names it too: `<p id="article-summary">` is a dek whatever its class.
    classes = (f"{element.get('class', '')} {element.get('id', '')} "
               f"{parent.get('class', '') if parent is not None else ''}")
    if _CAPTION.search(classes):
        return "caption"
    return "summary" if _SUMMARY.search(classes) else str(element.tag)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()

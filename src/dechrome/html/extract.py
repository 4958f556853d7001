"""The article's blocks and the page's metadata, as trafilatura extracts them from HTML.

trafilatura finds the main content and returns it as a small XML tree (`p`, `head`, `list`
of `item`, `quote`, `table`, ...). Each top-level element, and each item of a top-level
list, becomes one `Unit` with its text (rendered by trafilatura itself, so the text is the
one its plain-text output has) and the share of that text that sat inside links, which the
HTML rules read. Comments are never extracted.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex
import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.read import HTML, Read, fold, read_blocks, render

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unit:
    """One extracted element.

    Attributes:
        kind: the element's tag (`p`, `head`, `quote`, `table`, ...; `item` for an item of a
            top-level list).
        text: its plain text; lines inside it (line breaks, rows) stay separate lines.
        link_chars: how many of its characters stood inside links (estimated from the
            share of its letters and digits that the page has inside links).
    """

    kind: str
    text: str
    link_chars: int

    @property
    def link_share(self) -> float:
        """Share of the text's characters (list markers aside) that are link text."""
        size = len(self.text.strip().removeprefix("- ").strip())
        return self.link_chars / size if size else 0.0


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page's head and markup say about it (None or empty when absent; see
    `dechrome.html.pagemeta`)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    description: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """The extracted units in page order; empty when trafilatura found no main content."""

    units: tuple[Unit, ...]


# Elements that hold no visible text: code, styles, graphics, pictures, input fields and
# the head's metadata tags.
_MARKUP_ONLY = ("script", "style", "template", "svg", "link", "meta", "img", "picture",
                "source", "input")


def drop_markup_only(tree: HtmlElement) -> None:
    """Remove, in place, the elements that hold no visible text, once the metadata readers
    have read them (JSON-LD sits in scripts, the dates and authors in meta tags).
    Only after the extraction: trafilatura's readability pass and its pruning guard measure
    the raw tree with every script's code in it, and on some pages (a tenth of the wcxb set's
    forums) the extraction without them keeps a few lines of a page whose whole text it
    keeps with them. `noscript` stays: its content is the page's text for readers without
    scripts."""
    etree.strip_elements(tree, *_MARKUP_ONLY, with_tail=False)


def extract(tree: HtmlElement, *, favor_precision: bool, fast: bool = False) -> Extraction:
    """trafilatura's main content of the parsed page (nothing is fetched). Its metadata
    pass is not run: `dechrome.html.pagemeta` reads the metadata at a fraction of its cost.
    Nor is the page's URL given: it only resolves link targets, which are not read here."""
    try:
        found = trafilatura.bare_extraction(
            tree, url=None, include_comments=False, include_links=False, include_tables=True,
            with_metadata=False, favor_precision=favor_precision, fast=fast,
        )
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as error:
        _LOG.debug("extraction failed: %s", error)
        found = None
    if found is None or isinstance(found, dict) or found.body is None:
        return Extraction(())
    elements = [(kind, text) for kind, text in _texts(found.body) if text]
    shares = link_shares([text for _, text in elements], tree)
    return Extraction(tuple(
        Unit(kind, text, round(share * len(text.strip().removeprefix("- ").strip())))
        for (kind, text), share in zip(elements, shares, strict=True)))


def _texts(body: etree._Element) -> Iterator[tuple[str, str]]:
    """Each top-level element's kind and text, each item of a top-level list on its own;
    text that trafilatura leaves between elements (an element's tail: the text after a
    heading inside the same source block) is a paragraph of its own."""
    for child in body:
        if child.tag == "list":
            yield from _loose("item", child.text)
            for item in child:
                yield "item", render(item)
                yield from _loose("p", item.tail)
        else:
            yield str(child.tag), render(child)
        yield from _loose("p", child.tail)


def _loose(kind: str, text: str | None) -> Iterator[tuple[str, str]]:
    folded = fold(text or "")
    if folded:
        yield kind, folded


_NOT_KEY = regex.compile(r"[\W_]++")


def _key(text: str) -> str:
    """What a text and its source share whatever the rendering: letters and digits."""
    return _NOT_KEY.sub("", text)


def link_shares(texts: list[str], tree: HtmlElement) -> list[float]:
    """For each extracted text, the share of its letters and digits that the page has inside
    links: the text is found in the page's blocks (`dechrome.html.read`), in order, and
    each block it covers lends its own share. A text not found in the page has none."""
    body = tree.find(".//body")
    blocks = read_blocks(body if body is not None else tree, HTML)
    keys = [_key(block.text) for block in blocks]
    ends, end = [], 0
    for key in keys:
        end += len(key)
        ends.append(end)
    page = "".join(keys)
    shares, hint = [], 0
    for text in texts:
        key = _key(text)
        start = page.find(key, hint) if key else -1
        if start < 0 and key:
            start = page.find(key)
        if start < 0:
            shares.append(0.0)
            continue
        hint = start + len(key)
        shares.append(_covered_links(blocks, keys, ends, (start, hint)) / len(key))
    return shares


def _covered_links(blocks: list[Read], keys: list[str], ends: list[int],
                   span: tuple[int, int]) -> float:
    """The link characters of the blocks over `span` of the page's keys, each block's in
    proportion to the part of it the span covers."""
    start, stop = span
    first = bisect_right(ends, start)
    found = 0.0
    for index in range(first, len(blocks)):
        block_start = ends[index] - len(keys[index])
        if block_start >= stop:
            break
        overlap = min(stop, ends[index]) - max(start, block_start)
        if overlap > 0 and keys[index]:
            found += blocks[index].link_chars * overlap / len(keys[index])
    return min(found, float(stop - start))

"""The article's blocks and the page's metadata, as trafilatura extracts them from HTML.

trafilatura finds the main content and returns it as a small XML tree (`p`, `head`, `list`
of `item`, `quote`, `table`, ...). Each top-level element, and each item of a top-level
list, becomes one `Unit` with its text (rendered by trafilatura itself, so the text is the
one its plain-text output has) and the share of that text that sat inside links, which the
HTML rules read. Comments are never extracted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.panels import panel_of, panel_spans
from dechrome.html.read import fold, render
from dechrome.html.source import PageText, Span

_LOG = logging.getLogger(__name__)
# A paragraph set as one link comes back from this many words (a sentence, not a headline).
_MIN_WORDS = 10


@dataclass(frozen=True, slots=True)
class Unit:
    """One extracted element.

    Attributes:
        kind: the element's tag (`p`, `head`, `quote`, `table`, ...; `item` for an item of a
            top-level list).
        text: its plain text; lines inside it (line breaks, rows) stay separate lines.
        link_chars: how many of its characters stood inside links (estimated from the
            share of its letters and digits that the page has inside links).
        line_links: the share of each of its lines that is link text (empty when unknown).
        panel: the tab panel it stands in (`dechrome.html.panels`; 0: none).
    """

    kind: str
    text: str
    link_chars: int
    line_links: tuple[float, ...] = ()
    panel: int = 0

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
    page = PageText(tree)
    units = []
    located = _line_spans(page, elements)
    panels = panel_spans(tree, page)
    starts = [start for start, _ in panels]
    for (kind, text), spans in zip(elements, located, strict=True):
        lines = text.split("\n")
        line_links = tuple(map(page.link_share, spans))
        links = sum(share * len(line) for share, line in zip(line_links, lines, strict=True))
        panel = panel_of(panels, starts, _whole(spans)) if panels else 0
        units.append(Unit(kind, text, round(links), line_links, panel))
    return Extraction(tuple(_with_linked_paragraphs(units, located, page)))


def _line_spans(page: PageText, elements: list[tuple[str, str]]) -> list[list[Span | None]]:
    """Where each line of each element stands in the page."""
    found = iter(page.locate([line for _, text in elements for line in text.split("\n")]))
    return [[next(found) for _ in text.split("\n")] for _, text in elements]


def _with_linked_paragraphs(units: list[Unit], located: list[list[Span | None]],
                            page: PageText) -> Iterator[Unit]:
    """`units`, with the paragraphs of the page that are one link and read as running text
    put back where they stood between two extracted units (`PageText.linked_paragraphs`).
    Each unit's place is the one found in page order: a short text ("1", a code listing's
    line number) stands in many places, and its first place in the page would put the
    gap between two neighbouring units around most of the page. A paragraph is put back
    once."""
    spans = [_whole(lines) for lines in located]
    taken: set[int] = set()
    for index, unit in enumerate(units):
        yield unit
        after = spans[index]
        before = spans[index + 1] if index + 1 < len(spans) else None
        if after is None or before is None or before[0] <= after[1]:
            continue
        for block in page.linked_paragraphs(after, before, _MIN_WORDS):
            if id(block) not in taken:
                taken.add(id(block))
                yield Unit("p", block.text, len(block.text), (1.0,))


def _whole(lines: list[Span | None]) -> Span | None:
    if not lines or lines[0] is None or lines[-1] is None:
        return None
    return lines[0][0], lines[-1][1]


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

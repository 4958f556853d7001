"""What an HTML page's markup says about its kind, read once before anything strips the tree.

The page's own declarations (JSON-LD `@type`, `og:type`) and a few element counts: teaser
cards (`<article>` elements, headings that are links), code blocks, price and cart marks.
Each is cheap (one walk over the elements, the JSON-LD parsed by `dechrome.html.jsonld`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.jsonld import ld_objects
from dechrome.pagekind.frame import FrameSignals, measure_frame

# Class, id or itemprop values that mark a price or a cart button (English template words:
# shop systems name their classes in English whatever the page's language).
_PRICE_MARK = regex.compile(r"(?<![a-z])price(?![a-z])|itemprop=price", regex.IGNORECASE)
_CART_MARK = regex.compile(r"add[-_ ]?to[-_ ]?(?:cart|bag|basket)|addtocart|buy[-_ ]?now",
                           regex.IGNORECASE)
_CART_WORDS = ("art", "ag", "asket", "uy")
_HEADINGS = frozenset({"h2", "h3", "h4"})
_MAX_TYPES = 50
# Records of a page or a site as such, not of a post on it.
_PLAIN_PAGES = frozenset({"webpage", "website", "itempage", "aboutpage", "contactpage",
                          "collectionpage", "faqpage", "searchresultspage", "profilepage"})
# Elements whose text no reader sees.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "svg", "head", "title"})
# Substrings of which a mark holds one before its pattern is tried (none holds a space, so
# a mark holds one exactly when one of the element's values does).
_FIRST_TESTS = ("ric", *_CART_WORDS)  # as `_scan` spells them out


@dataclass(frozen=True, slots=True)
class MarkupHints:
    """The markup's evidence of the page's kind (all empty or 0 when absent).

    Attributes:
        types: the JSON-LD `@type`s of the page's records, in order, unique.
        og_type: `og:type`, casefolded and stripped.
        cards: `<article>` elements (a list of teasers has many; an article one or two).
        linked_headings: `<h2>`-`<h4>` headings holding a link (teaser titles).
        code_blocks: `<pre>` elements (documentation, tutorials).
        prices: elements whose class, id or itemprop names a price.
        carts: elements whose class, id, name or action names a cart or a purchase.
        times: `<time>` elements.
        frame: the counts over the page's visible text nodes (`frame.measure_frame`).
        published: the markup states a publication date (`article:published_time`, a
            JSON-LD `datePublished`, a `<time>` element with its `datetime`), as a post
            does; the Document's date may come from elsewhere (htmldate, the URL).
    """

    types: tuple[str, ...] = ()
    og_type: str | None = None
    cards: int = 0
    linked_headings: int = 0
    code_blocks: int = 0
    prices: int = 0
    carts: int = 0
    times: int = 0
    frame: FrameSignals = field(default_factory=FrameSignals)
    published: bool = False


def read_hints(tree: HtmlElement) -> MarkupHints:
    """The markup's hints, read before `drop_markup_only` removes the JSON-LD scripts.
    Each count is one of lxml's own scans (tag filters, an attribute query), not a Python
    step per element: pages have thousands of elements and a few dozen that count."""
    counts = {"article": 0, "pre": 0, "time": 0}
    dated = 0
    for element in tree.iter("article", "pre", "time"):
        counts[element.tag] += 1
        dated += element.tag == "time" and element.get("datetime") is not None
    linked = sum(heading.find(".//a") is not None for heading in tree.iter(*_HEADINGS))
    lines, marked = _scan(tree)
    prices = carts = 0
    for element in marked:
        marks = _marks(element)
        # Plain substring tests first: most elements name neither (a tenth of the cost).
        if "ric" in marks:
            prices += _PRICE_MARK.search(marks) is not None
        if any(word in marks for word in _CART_WORDS):
            carts += _CART_MARK.search(marks) is not None
    objects = ld_objects(tree)
    published = (dated > 0 or _published_meta(tree)
                 or any("datePublished" in item and not _plain_page(item) for item in objects))
    return MarkupHints(_types(objects), _og_type(tree), counts["article"], linked,
                       counts["pre"], prices, carts, counts["time"],
                       measure_frame(lines), published)


def _scan(tree: HtmlElement) -> tuple[list[str], list[HtmlElement]]:
    """One walk: each element's own text and then its tail (which follows it, in its
    parent), as lines, in document order, leaving out what a reader never sees; and the
    elements with an attribute value that holds one of `_FIRST_TESTS` (a cheap superset of
    those whose marks do)."""
    pieces: list[str] = []
    marked: list[HtmlElement] = []
    for element in tree.iter(etree.Element):
        text = element.text
        if text and element.tag not in _HIDDEN:
            pieces.append(text)
        tail = element.tail
        if tail and not tail.isspace():
            parent = element.getparent()
            if parent is None or parent.tag not in _HIDDEN:
                pieces.append(tail)
        for value in element.values():
            # `_FIRST_TESTS`, spelt out: a loop over them costs a third of the walk.
            if ("ric" in value or "art" in value or "ag" in value or "asket" in value
                    or "uy" in value):
                marked.append(element)
                break
    folded = (" ".join(piece.split()) for piece in pieces)
    return [line for line in folded if line], marked


def _marks(element: HtmlElement) -> str:
    """The attribute values that may name what the element is for, joined."""
    found = [element.get(name) for name in ("class", "id", "name", "action")]
    prop = element.get("itemprop")
    if prop is not None:
        found.append(f"itemprop={prop}")
    return " ".join(value for value in found if value)


def _published_meta(tree: HtmlElement) -> bool:
    return any(element.get("property") == "article:published_time"
               for element in tree.getroottree().iter("meta"))


def _plain_page(item: dict[str, Any]) -> bool:
    """A record of the page or the site itself: site software dates every page it serves
    (a service's, a shop's) in one, where a post's date stands in its article record."""
    found = item.get("@type")
    names = found if isinstance(found, list) else [found]
    return all(isinstance(name, str) and name.casefold() in _PLAIN_PAGES for name in names)


def _types(objects: tuple[dict[str, Any], ...]) -> tuple[str, ...]:
    names: list[str] = []
    for item in objects:
        found = item.get("@type")
        for name in found if isinstance(found, list) else [found]:
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
    return tuple(dict.fromkeys(names))[:_MAX_TYPES]


def _og_type(tree: HtmlElement) -> str | None:
    for element in tree.getroottree().iter("meta"):
        if element.get("property") == "og:type":
            content = " ".join((element.get("content") or "").split()).casefold()
            return content or None
    return None

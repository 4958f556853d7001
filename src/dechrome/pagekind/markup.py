"""What an HTML page's markup says about its kind, read once before anything strips the tree.

The page's own declarations (JSON-LD `@type`, `og:type`) and a few element counts: teaser
cards (`<article>` elements, headings that are links), code blocks, price and cart marks.
Each is cheap (one walk over the elements, the JSON-LD parsed by `dechrome.html.jsonld`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex
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
# Elements whose text no reader sees.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "svg", "head", "title"})


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
    """The markup's hints, read before `drop_markup_only` removes the JSON-LD scripts."""
    counts = {"article": 0, "pre": 0, "time": 0, "linked": 0, "price": 0, "cart": 0,
              "dated": 0}
    lines: list[str] = []
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        _add_lines(element, lines)
        if tag in ("article", "pre", "time"):
            counts[tag] += 1
            counts["dated"] += tag == "time" and element.get("datetime") is not None
        elif tag in _HEADINGS and element.find(".//a") is not None:
            counts["linked"] += 1
        marks = _marks(element)
        # Plain substring tests first: most elements name neither (a tenth of the cost).
        if "ric" in marks:
            counts["price"] += _PRICE_MARK.search(marks) is not None
        if any(word in marks for word in _CART_WORDS):
            counts["cart"] += _CART_MARK.search(marks) is not None
    objects = ld_objects(tree)
    published = (counts["dated"] > 0 or _published_meta(tree)
                 or any("datePublished" in item for item in objects))
    return MarkupHints(_types(objects), _og_type(tree), counts["article"], counts["linked"],
                       counts["pre"], counts["price"], counts["cart"], counts["time"],
                       measure_frame(lines), published)


def _add_lines(element: HtmlElement, lines: list[str]) -> None:
    """The element's own text and its tail, as lines, unless a reader never sees them (the
    tail follows the element, in its parent)."""
    if element.text and element.tag not in _HIDDEN:
        _append(element.text, lines)
    tail = element.tail
    if tail and not tail.isspace():
        parent = element.getparent()
        if parent is None or parent.tag not in _HIDDEN:
            _append(tail, lines)


def _append(text: str, lines: list[str]) -> None:
    line = " ".join(text.split())
    if line:
        lines.append(line)


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

"""The page's lxml tree, as trafilatura would parse it, at less cost per element.

`trafilatura.load_html` parses with an `lxml.html` parser, whose element class lookup is
a Python method: lxml calls it each time Python code first touches an element, well over
a million times on the 597 pages of the trafilatura benchmark set (trafilatura's cleaning
and its readability and jusText passes walk the tree several times). Here the parser has
trafilatura's settings and lxml's C-level default lookup, which gives every element the
`HtmlElement` class. The one difference: form fields are plain `HtmlElement`s rather than
`lxml.html`'s form classes, whose form-filling methods neither trafilatura nor dechrome
uses. The input goes through trafilatura's own repairs and validity test, so the same
pages parse and the same pages are refused.
"""

from __future__ import annotations

import logging

import lxml.html
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from trafilatura.utils import is_dubious_html, repair_faulty_html

_LOG = logging.getLogger(__name__)

_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity,
)
_SNIFFED_CHARS = 50
# A page the sniff finds dubious (no "html" in its first characters) must parse into at
# least this many top-level elements (head and body) to count as HTML.
_MIN_DUBIOUS_CHILDREN = 2


def parse_page(html: str) -> HtmlElement | None:
    """The tree of a decoded page; None when it holds no parsable HTML document."""
    beginning = html[:_SNIFFED_CHARS].lower()
    html = repair_faulty_html(html, beginning)
    # A parser of its own for each page: lxml parsers must not be shared between threads.
    parser = _parser()
    tree, as_bytes = None, False
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except ValueError:
        # A string that declares its encoding is refused: its UTF-8 bytes are parsed.
        tree, as_bytes = _from_bytes(html, parser), True
    except (TypeError, etree.LxmlError) as error:
        _LOG.debug("unparsable HTML: %s", error)
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _from_bytes(html, parser)
    if tree is not None and is_dubious_html(beginning) and len(tree) < _MIN_DUBIOUS_CHILDREN:
        return None
    return tree


def _parser() -> etree.HTMLParser:
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                              remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def _from_bytes(html: str, parser: etree.HTMLParser) -> HtmlElement | None:
    try:
        tree: HtmlElement = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"),
                                                 parser=parser)
    except (ValueError, TypeError, etree.LxmlError) as error:
        _LOG.debug("unparsable HTML bytes: %s", error)
        return None
    return tree

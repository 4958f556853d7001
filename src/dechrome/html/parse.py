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
_ASCII_SPACE = " \t\n\r\f\v"
# A page the sniff finds dubious (no "html" in its first characters) must parse into at
# least this many top-level elements (head and body) to count as HTML.
_MIN_DUBIOUS_CHILDREN = 2


def parse_page(html: str) -> HtmlElement | None:
    """The tree of a decoded page; None when it holds no parsable HTML document."""
    beginning = html[:_SNIFFED_CHARS].lower()
    html = repair_faulty_html(html, beginning)
    # A parser of its own for each page: lxml parsers must not be shared between threads.
    # The page's UTF-8 bytes rather than the string, where it has them: libxml2 reads
    # UTF-8 natively, and a string is first transcoded from Python's internal form (about
    # a third more CPU for the same tree; trafilatura too parses the bytes when the string
    # declares an encoding or parses into nothing).
    # lxml tells a whole document from a fragment by its opening tag after whitespace,
    # which in bytes is ASCII whitespace only: a page led by other spaces is read as text.
    leading = html[:len(html) - len(html.lstrip())]
    if leading.strip(_ASCII_SPACE):
        tree = _parse_string(html)
    else:
        try:
            tree = _parse(html.encode("utf-8"), _parser())
        except UnicodeEncodeError:  # lone surrogates
            tree = _parse_string(html)
    if tree is not None and is_dubious_html(beginning) and len(tree) < _MIN_DUBIOUS_CHILDREN:
        return None
    return tree


def _parse_string(html: str) -> HtmlElement | None:
    """The string itself, parsed as trafilatura parses it (for a string with lone
    surrogates, which have no UTF-8, or led by non-ASCII spaces)."""
    try:
        tree = _parse(html, _parser())
    except ValueError:  # the string declares an encoding
        tree = None
    if tree is None or len(tree) < 1:
        tree = _parse(html.encode("utf-8", "surrogatepass"), _parser())
    return tree


def _parser() -> etree.HTMLParser:
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                              remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def _parse(html: str | bytes, parser: etree.HTMLParser) -> HtmlElement | None:
    try:
        tree: HtmlElement = lxml.html.fromstring(html, parser=parser)
    except (TypeError, etree.LxmlError) as error:
        _LOG.debug("unparsable HTML: %s", error)
        return None
    return tree

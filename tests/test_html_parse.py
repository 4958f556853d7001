"""HTML mode's parser: trafilatura's tree and trafilatura's refusals, with lxml's C lookup."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import pytest
import trafilatura
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.detect import decode_html
from dechrome.html.parse import parse_page

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*.html"))
ODD_PAGES = [
    "<html><body><p>plain</p></body></html>",
    "<!DOCTYPE html>\n<html><head><title>t</title></head><body><div>a<b>b</b></div></body></html>",
    # A string that declares its encoding: lxml refuses it, its bytes are parsed.
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
    "<html/>\n<body><p>self-closed html tag</p></body>",
    "<form><input name='q'><select><option>x</option></select><label>L</label></form>",
    "no markup at all, only words",
    "<p>a fragment</p>",
    "<html><body>\x00\x01 control characters</body></html>",
    # Lone surrogates have no UTF-8; a non-ASCII space before the opening tag is no space
    # to lxml's sniff of bytes: both are parsed from the string.
    "<html><body>\ud800 a lone surrogate</body></html>",
    "\u2028<html><body>led by a line separator</body></html>",
    "\xa0\x1c<html><body>led by other spaces</body></html>",
]


def _same_tree(ours: HtmlElement | None, theirs: HtmlElement | None) -> bool:
    if ours is None or theirs is None:
        return ours is theirs
    return bool(etree.tostring(ours) == etree.tostring(theirs))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_fixture_pages_parse_to_trafilaturas_tree(path: Path) -> None:
    html = decode_html(path.read_bytes())
    assert html is not None
    assert _same_tree(parse_page(html), trafilatura.load_html(html))


@pytest.mark.parametrize("html", ODD_PAGES)
def test_odd_pages_parse_or_are_refused_as_trafilatura_does(html: str) -> None:
    assert _same_tree(parse_page(html), trafilatura.load_html(html))


def test_every_element_is_an_html_element_with_its_methods() -> None:
    tree = parse_page("<html><body><form><input name='q'><label>Name</label></form>"
                      "<p>Hello <b>world</b></p></body></html>")
    assert tree is not None
    assert all(isinstance(element, HtmlElement) for element in tree.iter())
    assert tree.find(".//p").text_content() == "Hello world"


def test_a_copy_of_the_tree_keeps_the_element_class() -> None:
    # trafilatura copies the tree it is given before cleaning it.
    tree = parse_page("<html><body><div><p>text</p></div></body></html>")
    assert tree is not None
    assert all(isinstance(element, HtmlElement) for element in copy(tree).iter())


_PIECES = st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<b>",
    "</b>", "<!-- c -->", "<!DOCTYPE html>", "<form>", "<input>", "&amp;", "&nbsp;", "\n",
    "word ", "Wörter ", "<?pi x?>", "<html/>", "<", ">", "\x0b", "\ud800", "\u2028", "\xa0", "\x1c",
    "\r\n",
    "<?xml version='1.0' encoding='latin-1'?>", "<meta charset='latin-1'>",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_markup_parses_or_is_refused_as_trafilatura_does(html: str) -> None:
    assert _same_tree(parse_page(html), trafilatura.load_html(html))

"""The elements next to a headline: the sibling walk gives what XPath's axes give."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.detect import decode_html
from dechrome.html.near import _following, _preceding
from dechrome.html.parse import parse_page

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "html").glob("*.html"))


def _axes_agree(tree: HtmlElement, most: int) -> None:
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        before = etree.XPath(f"preceding::*[position() <= {most}]")(element)
        after = etree.XPath(f"following::*[position() <= {most}]")(element)
        assert _preceding(element, most) == before
        assert _following(element, most) == after


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_the_walk_finds_the_axes_elements_on_fixture_pages(path: Path) -> None:
    tree = parse_page(decode_html(path.read_bytes()) or "")
    assert tree is not None
    _axes_agree(tree, 15)


_MARKUP = st.lists(st.sampled_from([
    "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<span>", "</span>", "<ul><li>",
    "</li></ul>", "<br>", "text ", "<!-- c -->", "<section>", "</section>",
]), max_size=40).map(lambda parts: f"<html><body>{''.join(parts)}</body></html>")


@settings(max_examples=200, deadline=None)
@given(_MARKUP, st.integers(min_value=1, max_value=8))
def test_the_walk_finds_the_axes_elements_on_any_tree(html: str, most: int) -> None:
    tree = parse_page(html)
    assert tree is not None
    _axes_agree(tree, most)

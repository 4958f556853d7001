"""HTML mode: author names from the markup, cleaned, and bylines next to the headline."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.html.authornames import clean_names
from dechrome.html.meta import choose_authors
from dechrome.html.near import near_headlines
from dechrome.html.pagemeta import lead_byline
from dechrome.html.parse import parse_page

HTML = dechrome.Config(input="html")
PARAGRAPH = ("<p>The allotment society voted to open the gates an hour earlier in summer, "
             "after a long debate about watering times and the shared compost heap.</p>")
SITE = frozenset({"courier"})


@pytest.mark.parametrize(("names", "expected"), [
    (("By Jane Roe",), ("Jane Roe",)),
    (("Von Anna Muster",), ("Anna Muster",)),
    (("Jane Roe, PhD",), ("Jane Roe",)),
    (("Jane Roe, Courier",), ("Jane Roe",)),
    (("Jane Roe - Senior Writer",), ("Jane Roe",)),
    (("mara.lindqvist",), ("Mara Lindqvist",)),
    (("piet_van_dijk",), ("Piet Van Dijk",)),
    (("Jane Roe Thursday",), ("Jane Roe",)),
    (("Jane Roe Publiziert",), ("Jane Roe",)),
    (("admin", "No Author", "siteadmin"), ()),
    # A host name is no user name; the site alone may be the author; a long credit keeps
    # its own last word.
    (("courier.de",), ("courier.de",)),
    (("Courier",), ("Courier",)),
    (("Jo Bloggs For The News On Sunday",), ("Jo Bloggs For The News On Sunday",)),
])
def test_markup_names_are_cleaned(names: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert clean_names(names, SITE) == expected


def test_a_name_repeating_the_sites_is_the_site_too() -> None:
    sources = (("Courier News (courier.example)",), ("Courier News",), ("Jane Roe",))
    tree = parse_page("<html><body><p>x</p></body></html>")
    assert tree is not None
    assert choose_authors(sources, ("couriernewscourierexample",), tree) == ("Jane Roe",)


def _page(body: str, after: str = "") -> str:
    return (f"<html><head><title>Gates open earlier</title></head><body>{body}"
            f"<article>{PARAGRAPH * 3}</article>{after}</body></html>")


def test_byline_next_to_the_headline_counts_inside_a_sidebar_named_wrapper() -> None:
    body = ("<div class='content-sidebar-wrap'><h1>Gates open earlier</h1>"
            "<p class='entry-meta'><span class='entry-author-name'>Mara Lind</span></p></div>")
    after = "<div class='comments'><span class='author-name'>Guest Writer</span></div>"
    assert dechrome.clean(_page(body, after), config=HTML).authors == ("Mara Lind",)


def test_lead_word_line_next_to_the_headline_credits_the_author() -> None:
    body = "<h1>Gates open earlier</h1><span class='meta-label'>von Anna Muster</span>"
    tree = parse_page(_page(body))
    assert tree is not None
    assert lead_byline(near_headlines(tree)) == ("Anna Muster",)
    assert dechrome.clean(_page(body), config=HTML).authors == ("Anna Muster",)


def test_page_without_any_byline_has_no_author() -> None:
    body = "<h1>Gates open earlier</h1><span class='meta-label'>Gardening</span>"
    tree = parse_page(_page(body))
    assert tree is not None
    assert lead_byline(near_headlines(tree)) == ()
    assert dechrome.clean(_page(body), config=HTML).authors == ()


def test_near_headline_elements_carry_their_distance() -> None:
    tree = parse_page("<html><body><span>a</span><h1>Title</h1><p>b</p><p>c</p></body></html>")
    assert tree is not None
    near = [(element.tag, distance) for element, distance in near_headlines(tree)]
    assert ("span", 1) in near and ("p", 1) in near and ("p", 2) in near


def test_teaser_byline_next_to_the_headline_is_another_texts() -> None:
    body = ("<h1>Gates open earlier</h1>"
            "<div class='slider'><span class='slider-teaser__author'>Olav Brenner</span></div>")
    after = "<div class='article-authors'><a class='author__link'>Mara Lind</a></div>"
    assert dechrome.clean(_page(body, after), config=HTML).authors == ("Mara Lind",)


def test_written_by_card_label_names_the_author_when_no_meta_tag_does() -> None:
    card = ('<meta name="twitter:label1" content="Verfasst von">'
            '<meta name="twitter:data1" content="Mara Lind">')
    other = ('<meta name="twitter:label1" content="Reading time">'
             '<meta name="twitter:data1" content="4 minutes">')

    def page(head: str) -> str:
        return (f"<html><head>{head}</head><body><h1>Gates open earlier</h1>"
                f"<article>{PARAGRAPH * 3}</article></body></html>")

    assert dechrome.clean(page(card), config=HTML).authors == ("Mara Lind",)
    assert dechrome.clean(page(other), config=HTML).authors == ()
    named = card + '<meta name="author" content="Olav Brenner">'
    assert dechrome.clean(page(named), config=HTML).authors == ("Olav Brenner",)

"""HTML mode's whole-page reading: a service, listing or collection page is read whole.

The extractor looks for one article; on a page that is none, its view is too narrow. Such a
page's whole visible text is cleaned as page text, the reading is recorded on the Document,
and every word of the extraction is still accounted for.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml.html import fromstring

import dechrome
from dechrome.accounting import unaccounted, words
from dechrome.html.wholepage import WIDE_KINDS, extraction_only, visible_text
from dechrome.html.wholepage import _evidence as _renumbered
from dechrome.model import Document, FieldSource
from dechrome.reasons import Reason, Rule
from tests.conftest import FIXTURES

HTML = dechrome.Config(input="html")
_BASE = dechrome.Config()
# The second cleaning of HTML mode's output runs the rules HTML mode runs, on its text.
AGAIN = replace(_BASE, rules=_BASE.rules - _BASE.html_skip)
WHOLE = FIXTURES / "wholepage"
SERVICE = WHOLE / "service_sections_beside_article.html"
LISTING = WHOLE / "listing_entries_beside_lead.html"
MODAL = WHOLE / "listing_policy_in_modal_dialog.html"
PROSE = ("<p>The council met on Tuesday evening and voted to keep the old library open for "
         "another five years, after a campaign that gathered four thousand signatures.</p>")


def _clean(raw: str | bytes, url: str | None = None) -> Document:
    return dechrome.clean(raw, url=url, config=HTML)


def _page(path: Path) -> Document:
    """A fixture page cleaned with its address (its `.url` file)."""
    return _clean(path.read_bytes(), path.with_suffix(".url").read_text().strip())


@pytest.mark.parametrize("path", sorted(WHOLE.glob("*.html")), ids=lambda path: path.stem)
def test_golden_whole_page(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    document = _page(path)
    assert (document.reading is not None) is expected["read_whole"]
    assert document.page_kind == expected["page_kind"]
    assert document.title == expected["title"]
    assert list(document.paragraphs) == expected["paragraphs"]
    assert [[str(r.rule), r.text] for r in document.removals] == expected["removed"]


def test_a_service_page_keeps_the_sections_the_extractor_drops() -> None:
    raw = SERVICE.read_bytes()
    extracted = trafilatura.extract(raw) or ""
    assert "Safety check" not in extracted  # the class: the extractor's view is too narrow
    document = _page(SERVICE)
    assert document.page_kind == "service"
    assert document.reading is not None and "service" in document.reading
    assert "Safety check" in document.paragraphs and "Price: 25 EUR" in document.paragraphs
    assert document.paragraphs[0].startswith("Our workshop repairs")
    assert document.title == "Bicycle repair and servicing"
    rules = {removal.text: removal.rule for removal in document.removals}
    assert rules["Copyright 2025 Northside Cycles"] is Rule.COPYRIGHT_LINE
    assert rules["Privacy Imprint"] is Rule.OUTSIDE_ARTICLE


def test_without_the_address_the_text_alone_does_not_read_as_a_listing() -> None:
    # The markup declares a collection page, but the visible text alone (a lead and five
    # entries) reads as no kind: the two readings disagree and the extraction's stands.
    document = _clean(LISTING.read_bytes())
    assert document.page_kind == "listing"
    assert document.reading is None
    assert "Catbells from Hawes End" not in document.paragraphs


def test_a_wide_reading_that_loses_the_extractions_text_is_not_kept() -> None:
    strict = replace(HTML, html_whole_page_share=1.01)  # no reading keeps more than all
    assert _clean(SERVICE.read_bytes(), _url(SERVICE)).reading is not None
    assert dechrome.clean(SERVICE.read_bytes(), url=_url(SERVICE), config=strict).reading is None
    off = replace(HTML, html_whole_page_share=None)
    assert dechrome.clean(SERVICE.read_bytes(), url=_url(SERVICE), config=off).reading is None


def _url(path: Path) -> str:
    return path.with_suffix(".url").read_text().strip()


WIDE_ALWAYS = replace(HTML, html_whole_page_narrow=None)


def test_a_listing_whose_extraction_holds_most_of_the_page_keeps_that_reading() -> None:
    # The extractor keeps the entries' blurbs, most of what the page shows: its view is not
    # narrow, and the extraction's reading stands (the headings stay out with it).
    raw, url = LISTING.read_bytes(), _url(LISTING)
    extracted = sum(words(trafilatura.extract(raw) or "").values())
    shown = sum(words(visible_text(fromstring(raw))).values())
    assert extracted > HTML.html_whole_page_narrow * shown
    document = _page(LISTING)
    assert document.page_kind == "listing" and document.reading is None
    assert "Catbells from Hawes End" not in document.paragraphs
    # Read whole whatever the share, the entries keep their headings and figures.
    wide = dechrome.clean(raw, url=url, config=WIDE_ALWAYS)
    assert wide.reading is not None
    for line in ("Catbells from Hawes End", "5.6 km 451 m climb", "Tarn Hows circuit"):
        assert line in wide.paragraphs


def test_the_service_page_is_read_whole_only_while_its_extraction_is_narrow() -> None:
    raw, url = SERVICE.read_bytes(), _url(SERVICE)
    extracted = sum(words(trafilatura.extract(raw) or "").values())
    shown = sum(words(visible_text(fromstring(raw))).values())
    assert extracted <= HTML.html_whole_page_narrow * shown
    wider = replace(HTML, html_whole_page_narrow=0.9 * extracted / shown)
    assert dechrome.clean(raw, url=url, config=wider).reading is None


def test_an_article_keeps_the_extractions_reading() -> None:
    html = (f"<html><head><title>Library stays open</title></head><body><nav><a href='/'>Home"
            f"</a></nav><article><h1>Library stays open</h1>{PROSE * 4}</article></body></html>")
    document = _clean(html)
    assert document.page_kind not in WIDE_KINDS
    assert document.reading is None


def test_every_word_of_the_extraction_is_accounted_on_the_fixtures() -> None:
    for path in (SERVICE, LISTING):
        raw = path.read_bytes()
        document = dechrome.clean(raw, url=_url(path), config=WIDE_ALWAYS)
        assert document.reading is not None
        assert not unaccounted(trafilatura.extract(raw) or "", document)
        assert not any(removal.rule is Rule.EXTRACTION_ONLY for removal in document.removals)


def test_words_the_visible_text_lacks_get_a_record_with_the_reason() -> None:
    document = Document(paragraphs=("Safety check costs 25 EUR.",), title=None, hashtags=(),
                        links=(), removals=(), blocks=())
    extracted = "Safety check costs 25 EUR.\nAlt text of a picture nobody sees"
    found = extraction_only(extracted, document)
    assert [(removal.rule, removal.reason, removal.text) for removal in found] == [
        (Rule.EXTRACTION_ONLY, Reason.NOT_VISIBLE, "Alt text of a picture nobody sees")]
    assert not unaccounted(extracted, replace(document, removals=found))


def test_a_line_the_extractor_glued_from_shown_words_gets_no_record() -> None:
    # trafilatura runs a badge, a brand and a name together ("Top RatedGregoryMaven"); the
    # visible text holds each word, so no word of the line is lost and none is recorded.
    document = Document(paragraphs=("Top Rated", "Gregory", "Maven 45 Pack $148.73"),
                        title=None, hashtags=(), links=(), removals=(), blocks=())
    assert extraction_only("Top RatedGregoryMaven 45 Pack$148.73", document) == ()


def test_the_visible_text_sets_side_by_side_elements_apart() -> None:
    tree = fromstring(
        "<html><head><title> Most  popular </title><style>p{}</style></head><body>"
        "<div><span>2026</span><span>1h 54m</span><span>R</span></div>"
        "<p>A <b>bold</b> claim, an <em>em</em>phasis and a <a href='/x'>link</a>.</p>"
        "<table><tr><th>Plan</th><td>Price</td></tr></table>"
        "<script>var x = 1;</script><div hidden>Tab two's text</div>"
        "<footer>Site footer</footer></body></html>")
    assert visible_text(tree).split("\n") == [
        "Most popular", "", "2026 1h 54m R", "",
        "A bold claim, an emphasis and a link.", "", "Plan Price", "Tab two's text",
        "Site footer"]


def test_the_visible_text_leaves_out_a_modal_dialog() -> None:
    # A modal is drawn over the page only when asked for (a footer link's policy); a
    # non-modal dialog, an open <dialog> and a hidden tab are the page's own.
    tree = fromstring(
        "<html><body><p>Shop text</p>"
        "<div role='dialog' aria-modal='true'><p>Privacy policy in a modal</p></div>"
        "<div role='alertdialog' aria-modal='true'><p>Are you sure</p></div>"
        "<dialog><p>Closed dialog</p></dialog><dialog open><p>Open dialog</p></dialog>"
        "<div role='dialog'><p>Size chart popover</p></div>"
        "<div hidden><p>Tab two</p></div>after the tab</body></html>")
    assert visible_text(tree).split("\n") == [
        "Shop text", "", "Open dialog", "", "Size chart popover", "", "Tab two", "",
        "after the tab"]


def test_a_policy_in_a_modal_dialog_does_not_make_the_extraction_narrow() -> None:
    # The footer's modal holds a policy five times the listing's length; the extraction
    # holds most of what the page shows, and its reading stands.
    raw = MODAL.read_bytes()
    extracted = sum(words(trafilatura.extract(raw) or "").values())
    shown = sum(words(visible_text(fromstring(raw))).values())
    assert "Privacy policy" in raw.decode() and extracted < 0.2 * sum(
        words(fromstring(raw).text_content()).values())
    assert extracted > HTML.html_whole_page_narrow * shown
    document = _page(MODAL)
    assert document.reading is None
    assert not any("policy" in paragraph for paragraph in document.paragraphs)


def test_cleaning_the_output_again_changes_nothing() -> None:
    for path in (SERVICE, LISTING):
        document = dechrome.clean(path.read_bytes(), url=_url(path), config=WIDE_ALWAYS)
        assert document.reading is not None
        # A page read whole was cleaned by every text rule, the frame rules too: cleaned
        # again by those, or by the rules HTML mode runs on an extraction, it stays.
        for config in (AGAIN, _BASE):
            again = dechrome.clean(document.text, url=_url(path), config=config)
            assert again.paragraphs == document.paragraphs
            assert again.page_kind == document.page_kind


_POSTS = [
    ("Rebuilding a static site generator in a weekend", "Ada Brook", "Mar 8", "5 min read"),
    ("Why our team moved its queue back to the database", "Lars Veen", "Mar 8", "2 min read"),
    ("Notes from teaching recursion to first-year students", "Mira Osei", "Mar 7",
     "7 min read"),
    ("A tiny command line tool that packs code for review", "Tomas Ruiz", "Mar 7",
     "2 min read"),
    ("What I learned from reading the source of a text editor", "June Park", "Mar 7",
     "4 min read"),
    ("Measuring the Real Cost of Logging in a Busy Web Service: What We Found After Six "
     "Months", "Omar Haddad", "Mar 6", "2 min read"),
    ("Building a screen reader friendly data table", "Ines Costa", "Mar 6", "3 min read"),
    ("The week our build cache lied to us", "Piotr Nowak", "Mar 6", "2 min read"),
]


def test_a_whole_read_listing_is_stable_under_the_rules_that_read_it() -> None:
    # The body a whole reading keeps (wcxb's developer-blog listings): a grid of posts and
    # one paragraph below it, cleaned by every text rule, the frame rules too. Cleaned again
    # by those it stays. The rules HTML mode runs on an extraction are not its rules: they
    # leave the frame to the extractor, and without the frame rules' reading of the page
    # (its region is one blurb among a grid) the grid's longest title reads as a headline,
    # whose byline's copies (a date under each post) go. `Document.reading` tells a caller
    # which rules read the body.
    lines = ["A place where programmers share what they learn and grow their careers.",
             "Posts", "Latest"]
    for title, author, date, minutes in _POSTS:
        lines += [title, author, "Follow", date, minutes]
    lines += ["Trending guides", (
        "Seven things I wish I had known before I shipped my first library to other "
        "people, from how to write a changelog that users read to how to say no to a "
        "feature request without losing the contributor who asked for it, and why the "
        "boring parts of maintenance turn out to be the parts that matter most over the "
        "years."), "Made with love. Community 2016 - 2026."]
    url = "https://posts.example/"
    first = dechrome.clean("\n\n".join(lines), url=url)
    assert first.page_kind in WIDE_KINDS and first.paragraphs.count("2 min read") == 4
    assert dechrome.clean(first.text, url=url).paragraphs == first.paragraphs


_WORDS = st.sampled_from(["repair", "bicycle", "price", "book", "workshop", "service", "the",
                          "every", "day", "25", "EUR", "&amp;", "Home", "Contact"])
_TEXT = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)
_ELEMENT = st.tuples(st.sampled_from(["p", "div", "span", "a", "li", "h2", "b", "td"]),
                     _TEXT, st.sampled_from(["", " ", "\n", "<br>"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ELEMENT, min_size=1, max_size=12), st.booleans())
def test_generated_service_pages_account_for_the_extraction(
        elements: list[tuple[str, str, str]], article: bool) -> None:
    body = "".join(f"<{tag}>{text}</{tag}>{tail}" for tag, text, tail in elements)
    if article:
        body = f"<article>{PROSE}</article>{body}"
    html = ("<html><head><title>Repairs</title><script type='application/ld+json'>"
            "{\"@type\": \"LocalBusiness\"}</script></head>"
            f"<body><main>{body}</main></body></html>")
    # Read whole whatever the extraction's share, so that the property meets the wide path.
    document = dechrome.clean(html, url="https://repairs.example/services/",
                              config=WIDE_ALWAYS)
    if document.reading is not None:
        assert not unaccounted(trafilatura.extract(html) or "", document)
        again = dechrome.clean(document.text, config=AGAIN)
        assert again.paragraphs == document.paragraphs


def test_evidence_is_renumbered_as_the_whole_reading_numbers_its_blocks() -> None:
    wide = dechrome.clean("Opening hours\n\nWe repair bicycles every day of the week, "
                          "from eight in the morning until six in the evening.")
    held = FieldSource("title", "Opening hours", "title-line-alone", 7, "Opening hours")
    glued = FieldSource("title", "Skip to resultsloaded 52 results", "title-line-alone", 0,
                        "Skip to resultsloaded 52 results")
    from_url = FieldSource("date", "2025-02-19", "url-path", None, "")
    renumbered = _renumbered((held, glued, from_url), wide)
    block = next(b.index for b in wide.blocks if b.text == "Opening hours")
    assert renumbered[0].block == block
    # The extraction's block 0 is another block of the wide reading: the line keeps its
    # text and no number.
    assert renumbered[1].block is None
    assert "the line 'Skip to resultsloaded 52 results'" in renumbered[1].explained()
    assert renumbered[2] == from_url
    assert "from the URL" in from_url.explained()

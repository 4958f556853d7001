"""Page kind: the evidence of a shop's page, a numbered thread and a post's dated address
(`dechrome.pagekind.decide`), each with the side that must not move."""

from __future__ import annotations

from dataclasses import replace

from dechrome.pagekind.frame import FrameSignals
from dechrome.pagekind.markup import MarkupHints
from tests.test_pagekind import _decide, _text

_SLUG = "https://home.example/lighting/woven-rattan-globe-pendant-with-brass-canopy"


def test_many_shop_buttons_over_little_prose_are_no_article() -> None:
    # A product's page under its maker's name: a short description, its related products'
    # buttons and prices.
    shop = _text(body_words=900, prose_words=90, short_lines=120, bylined=True,
                 frame=FrameSignals(carts=8, prices=6))
    kind, evidence = _decide(shop, url=_SLUG)
    assert kind != "article", evidence
    # The same short signed text without the buttons: a brief post.
    assert _decide(replace(shop, frame=FrameSignals()), url=_SLUG)[0] == "article"


def test_a_review_with_shop_buttons_between_long_prose_stays_an_article() -> None:
    review = _text(body_words=2400, prose_words=2100, prose_paragraphs=40, dated=True,
                   bylined=True, frame=FrameSignals(carts=9, prices=9))
    kind, evidence = _decide(review, url=_SLUG)
    assert kind == "article"
    assert "many shop buttons, little prose (against)" not in evidence


def test_a_numbered_thread_outweighs_its_opening_posts_prose_and_date() -> None:
    # A link site's thread: the submission's text under its date, then replies.
    text = _text(body_words=400, prose_words=350, dated=True, furnished=True,
                 frame=FrameSignals(post_heads=2, posts_share=0.2))
    url = "https://talk.example/item?id=38770001"
    kind, evidence = _decide(text, url=url)
    assert kind == "forum" and evidence == ("the URL numbers the thread, over posts",)
    # The number alone, with no head of a post on the page, is no thread.
    assert _decide(replace(text, frame=FrameSignals()), url=url)[0] == "article"
    # Nor the thread's shape under a post's own address.
    assert _decide(text, url="https://talk.example/a-post-about-home-servers-that-last")[0] == (
        "article")


def test_a_year_and_month_in_the_address_date_a_post_in_html_mode() -> None:
    # A blog post with code whose markup states no date: its address does.
    hints = MarkupHints(og_type="article", code_blocks=3)
    text = _text(body_words=400, prose_words=350, prose_paragraphs=6)
    kind, evidence = _decide(text, hints, "https://notes.example/2025/12/puzzle-notes")
    assert kind == "article" and "some prose under a date or byline" in evidence
    # Under an undated address the same page is a reference page's.
    kind, evidence = _decide(text, hints, "https://notes.example/puzzle-notes")
    assert kind == "documentation" and "no byline" in evidence
    # Under a documentation address a date does not make it a post.
    assert _decide(text, hints, "https://notes.example/docs/2025/12/puzzle-notes")[0] == (
        "documentation")

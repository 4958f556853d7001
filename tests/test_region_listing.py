"""A line-numbered code listing inside a documentation page (`context.numbered`): its number
lines and its code cost the article's run nothing, so the steps after it stay in the article;
a pager and a list of ranked teasers below an article still go."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.registry import RULES

MENU = ("Docs", "Guides", "API reference", "Pricing", "Sign in")
INTRO = (
    "This guide shows how to send your first message from a small script that runs on your "
    "own machine, and how to read the reply that the service sends back to you.",
    "Before you start, create an account and copy the key that the console shows you into a "
    "file that only you can read, because the script needs it to sign each request.",
)
CODE = ("import os", "from client import Client", "", "key = os.environ['API_KEY']",
        "client = Client(key)", "", "reply = client.send(", "to='+15550100',",
        "body='Hello there',", ")", "", "print(reply.status)")
AFTER = (
    "Save the file and run it from the folder that holds it. After a few seconds the message "
    "arrives on the phone, and the script prints the status that the service returned.",
)
FOOTER = ("About us", "Careers", "Privacy", "Terms")


def _numbered(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Page text of a listing printed with its line numbers: each number on a line of its
    own above its line of code, an empty line of code leaving two numbers in a row."""
    return tuple(part for number, line in enumerate(lines, 1)
                 for part in (str(number), line) if part)


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks))


def _assert_removed_by(document: Document, text: str, rule: Rule) -> None:
    removal = next((r for r in document.removals if r.text == text), None)
    assert removal is not None, f"{text!r} was kept"
    assert removal.rule is rule
    assert removal.reason == RULES[rule].reason


def test_the_steps_after_a_numbered_listing_stay_in_the_article() -> None:
    listing = _numbered(CODE)
    document = _clean(*MENU, "Send your first message", *INTRO, *listing, *AFTER, *FOOTER)
    assert document.paragraphs[:len(INTRO)] == INTRO
    assert AFTER[0] in document.paragraphs
    assert "client = Client(key)" in document.paragraphs
    # The menu above and the footer below still go.
    _assert_removed_by(document, "Guides", Rule.OUTSIDE_ARTICLE)
    _assert_removed_by(document, "Careers", Rule.OUTSIDE_ARTICLE)


def test_ranked_teasers_below_an_article_go() -> None:
    # "1", a title, "2", a title: never two numbers in a row, so no listing.
    titles = ("Five trains that changed how we travel", "The quiet return of the night bus",
              "Why the old bridge will close in May", "A city that plants a tree a day",
              "How the ferry kept running in the storm", "The last tram driver retires")
    ranked = tuple(part for number, title in enumerate(titles, 1)
                   for part in (str(number), title))
    document = _clean(*MENU, "Send your first message", *INTRO, *AFTER, "Most read", *ranked)
    assert document.paragraphs == (*INTRO, *AFTER)


def test_a_pager_below_an_article_goes() -> None:
    # Numbers one under another only: a pager, no listing.
    pager = ("1", "2", "3", "4", "5", "6", "Next")
    document = _clean(*MENU, "Send your first message", *INTRO, *AFTER, *pager)
    assert document.paragraphs == (*INTRO, *AFTER)

"""A forum's thread-starter label names the page's author: "JosephF Discussion starter",
"Dessalines OP", a user name over an "Original Poster" line."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.starter import _LABELLED, _NAME_ALONE, labelled_starter
from dechrome.model import Block

_HEADLINE = "Which projector should replace my old one?"
_POST = ("I have a quite old projector in my basement home theater that has served me well for "
         "years, but the lamp is failing and I am wondering what to buy in its place.")
_REPLY = ("Any of the current laser models will do, as long as the throw distance fits your "
          "room; measure it before you order one.")


def _thread(*lines: str) -> dechrome.Document:
    return dechrome.clean("\n\n".join([_HEADLINE, *lines]))


@pytest.mark.parametrize(("lines", "user"), [
    (("JosephF Discussion starter", "#1 · Jan 3, 2024", _POST), "JosephF"),
    (("Ejp55230 Discussion starter", _POST), "Ejp55230"),  # digits: a user name
    (("lowjhg", "Original Poster", "Join Date: Aug 2008", _POST), "lowjhg"),
    ((_POST, "Dessalines OP M A", _REPLY), "Dessalines"),  # badges after the label
    (("katzenmama Themenstarter", _POST), "katzenmama"),
    (("Matt Brooks · Topic starter", _POST), "Matt Brooks"),
    (("Themenstarter Pepemaus", _POST), "Pepemaus"),  # the label first
    (("Topicstarter: jan_de_vries", _POST), "jan_de_vries"),
])
def test_the_labelled_starter(lines: tuple[str, ...], user: str) -> None:
    document = _thread(*lines)
    assert document.authors == (user,)
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "starter-label"]


def _evidence(*lines: str) -> Evidence:
    blocks = tuple(Block(index, text, index, 0) for index, text in enumerate(lines))
    return Evidence(blocks, {}, (), None, None)


@pytest.mark.parametrize(("header", "user"), [
    # The thread's header, also when it reads as a sentence, which credit lines leave out.
    ("Started by Biology Forums, June 04, 2024, 11:23:55 AM", "Biology Forums"),
    ("Discussion in ' Hosting Advice ' started by pelex, May 26, 2025.", "pelex"),
])
def test_the_threads_header(header: str, user: str) -> None:
    assert labelled_starter(_evidence(_HEADLINE, _POST, _REPLY, header)) == ((user,), 3)


@pytest.mark.parametrize("header", [
    "Started by accident, the fire spread to the barn on May 26, 2025.",  # no name follows
    "Started by Anna Muster",  # no date: no thread's header
    "The project was started by Anna Muster on May 26, 2025.",  # a sentence's
])
def test_no_threads_header(header: str) -> None:
    assert labelled_starter(_evidence(_HEADLINE, _POST, header)) == ((), None)


@pytest.mark.parametrize("lines", [
    (_POST, "Reply to OP", _REPLY),  # a button: beside "OP" only a user name of one word
    (_POST, "op", _REPLY),  # a word, not the label
    ("Original Poster", _POST),  # a filter's label, no name over it
    ("1 2 3", "Original Poster", _POST),  # a pager over it, no name
    ("Discussion starter", _POST),  # the label alone
    ("Themenstarter", _POST),
    ("Forums", "Thread starter", _POST),  # "Thread starter" stands over the name
])
def test_no_labelled_starter(lines: tuple[str, ...]) -> None:
    document = _thread(*lines)
    assert not [found for found in document.sources() if found.how == "starter-label"]


@pytest.mark.parametrize("text", ["discussion in " + "x " * 60 + "started by",
                                  "a" * 80, "ab " * 26 + "OP", "a. " * 26 + "Original Poster",
                                  "x OP " * 16])
def test_adversarial_labels(text: str) -> None:
    match = _LABELLED.fullmatch(text[:80])
    assert match is None or len(match["user"]) <= 123
    # A word of more than 30 characters is no user name.
    assert _NAME_ALONE.fullmatch("a" * 80) is None
    assert _thread(text, _POST).authors == ()

"""A labelled credit far from the article ("Autor: X" below the share buttons) names the
author when nothing nearer does; a bare lead word, a publisher or a label does not."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.labelled import _LABELLED, _OPENINGS, labelled_credit
from tests.metadata_pages import page

# More lines than the credit lines reach after the last paragraph.
_FAR = ("Teilen", "Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Newsletter", "Kontakt")

_LABELS = {
    "de": ("Erstellt von Manfred Weber", "Autor: Manfred Weber"),
    "en": ("Written by Manfred Weber", "Author: Manfred Weber"),
    "fr": ("Écrit par Manfred Weber", "Auteur : Manfred Weber"),
    "es": ("Escrito por Manfred Weber", "Autora: Manfred Weber"),
    "it": ("Scritto da Manfred Weber", "Autore: Manfred Weber"),
    "nl": ("Geschreven door Manfred Weber", "Auteur: Manfred Weber"),
}


def _sources(document: dechrome.Document) -> list[str]:
    return [found.how for found in document.sources() if found.field == "authors"]


@pytest.mark.parametrize("language", sorted(_LABELS))
@pytest.mark.parametrize("form", [0, 1])
def test_a_labelled_credit_below_the_article(language: str, form: int) -> None:
    document = dechrome.clean(page(language, tail=(*_FAR, _LABELS[language][form])))
    assert document.authors == ("Manfred Weber",)
    assert _sources(document) == ["labelled-credit"]


@pytest.mark.parametrize("line", [
    "Von Manfred Weber",  # a bare lead word far away opens teasers as often as credits
    "By Manfred Weber",
    "Published by Associated Newspapers Ltd",  # the publisher
    "Posted by Member:",  # a label
    "Erstellt von der Redaktion",  # a newsroom
])
def test_no_labelled_credit(line: str) -> None:
    assert dechrome.clean(page("de", tail=(*_FAR, line))).authors == ()


def test_a_nearer_byline_wins() -> None:
    document = dechrome.clean(page("en", "By Jane Doe", tail=(*_FAR, "Written by Manfred Weber")))
    assert document.authors == ("Jane Doe",)


def test_a_list_of_credited_posts_credits_no_one() -> None:
    tail = (*_FAR, "Written by Anna Muster on May 20, 2024", "Written by Jon Doe on May 2, 2024")
    assert dechrome.clean(page("en", tail=tail)).authors == ()


def test_the_same_credit_twice_is_one_credit() -> None:
    tail = (*_FAR, "Autor: Manfred Weber", "Teilen", "Autor: Manfred Weber")
    assert dechrome.clean(page("de", tail=tail)).authors == ("Manfred Weber",)


def test_a_commenters_credit_is_no_author() -> None:
    tail = (*_FAR, "2 Kommentare", "Schreibe einen Kommentar", "Erstellt von Peter Schmidt")
    document = dechrome.clean(page("de", tail=tail))
    assert "Peter Schmidt" not in document.authors


@pytest.mark.parametrize("text", [
    "posted by " * 5000,
    "Autor:" + " " * 10_000 + "x",
    "Erstellt von " + "Anna " * 5000,
    "a" * 100_000,
])
def test_adversarial_lines(text: str) -> None:
    """Long or repeated runs end without a name (the line is too long) or with at most one
    bounded match; the pattern itself is anchored and bounded."""
    match = _LABELLED.match(text)
    assert match is None or match.end() <= len("posted by ") + 4
    document = dechrome.clean(page("en", tail=(*_FAR, text)))
    assert labelled_credit.__name__ and document.authors == ()


_QUESTION = ("How do I read a file line by line in Python without loading it all?",
             "I have a large log file and want to process each line as it comes, but my "
             "current code reads everything into memory first and the process runs out.")


@pytest.mark.parametrize(("asker_line", "names"), [
    ("drat", ("drat",)),  # a user name in lower case
    ("user447274", ("user447274",)),
    ("KumikoGoingCrAzY", ("KumikoGoingCrAzY",)),
    ("Eduardo Poças", ("Eduardo Poças",)),
])
def test_the_asker_under_the_asked_line(asker_line: str, names: tuple[str, ...]) -> None:
    text = "\n\n".join([*_QUESTION, "python file-io", "asked Mar 28, 2014 at 11:38", asker_line,
                        "1,655 1 1 gold badge 14 14 silver badges", "Add a comment"])
    document = dechrome.clean(text)
    assert document.authors == names
    assert _sources(document) == ["asker"]


@pytest.mark.parametrize("lines", [
    ("asked", "drat"),  # no date: a word of a sentence
    ("answered Mar 28, 2014 at 11:38", "drat"),  # an answer's, not the question's
    ("asked Mar 28, 2014 at 11:38", "1,655 1 1 gold badge"),  # no name under it
])
def test_no_asker(lines: tuple[str, ...]) -> None:
    assert dechrome.clean("\n\n".join([*_QUESTION, *lines])).authors == ()


def test_adversarial_asked_lines() -> None:
    text = "\n\n".join([*_QUESTION, "asked " * 20_000, "asked 1" + " " * 10_000 + "x"])
    assert dechrome.clean(text).authors == ()


@pytest.mark.parametrize("phrase", [
    "posted by", "written by", "created by", "veröffentlicht von", "eingestellt von",
    "geschrieben von", "verfasst von", "erstellt von", "publiziert von", "gepostet von",
    "publié par", "Écrit par", "rédigé par", "publicado por", "escrito por", "pubblicato da",
    "scritto da", "gepubliceerd door", "geschreven door", "Autor:", "Author:", "Auteur :",
    "Autore:", "Autorin", "Autoren", "Authors:",
])
def test_every_label_opens_with_a_listed_letter(phrase: str) -> None:
    """`labelled_credit` asks `_LABELLED` only of lines opening with one of `_OPENINGS`."""
    assert _LABELLED.match(f"{phrase} Anna Muster") is not None
    assert phrase[:1].casefold() in _OPENINGS

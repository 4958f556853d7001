"""The opening post's header on a forum page names the page's author: a user name, the
post's date and its number 1 ("sorairolake February 20, 2026, 4:55pm 1")."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.firstpost import _HEADER

_THREAD = {
    "en": ("Is changing the minimum supported version a breaking change?",
           "For example, the crate raised its minimum version with the new edition, and I am "
           "not sure whether users on older compilers will notice before their builds fail."),
    "de": ("Welches Futter vertragen junge Katzen am besten?",
           "Unsere Katze ist jetzt zwölf Wochen alt und frisst seit ein paar Tagen kaum noch, "
           "obwohl wir das Futter nicht gewechselt haben und sie sonst munter wirkt."),
}


def _thread(language: str, *header: str) -> dechrome.Document:
    headline, post = _THREAD[language]
    return dechrome.clean("\n\n".join([headline, *header, post]))


@pytest.mark.parametrize(("language", "header", "user"), [
    ("en", "sorairolake February 20, 2026, 4:55pm 1", "sorairolake"),  # lower case
    ("en", "Laubrani (Laubrani) July 30, 2024, 3:22pm 1", "Laubrani"),  # name and handle
    ("de", "katzenmama 12.03.2024 #1", "katzenmama"),
    ("de", "pepe 12.03.2024, 10:15 1", "pepe"),
])
def test_the_opening_posts_header(language: str, header: str, user: str) -> None:
    document = _thread(language, header)
    assert document.authors == (user,)
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "opening-post-header"]


@pytest.mark.parametrize(("language", "lines", "user"), [
    ("en", ("11-29-2024, 09:03 AM #1", "HOSTLAR"), "HOSTLAR"),  # the user below the header
    ("en", ("AquaCare", "Aug 08, 2006 #1 2006-08-08T22:13+00:00"), "AquaCare"),  # above it
    ("de", ("12.03.2024, 10:15 #1", "katzenmama"), "katzenmama"),
    ("en", ("Need2KnowLion 2 years ago #1",), "Need2KnowLion"),  # an age in years
    ("de", ("katzenmama vor 3 Monaten #1",), "katzenmama"),
])
def test_the_opening_posts_header_and_its_user_line(language: str, lines: tuple[str, ...],
                                                    user: str) -> None:
    document = _thread(language, *lines)
    assert document.authors == (user,)


@pytest.mark.parametrize("lines", [
    ("Marko Zivkovic 1 month ago 1",),  # a list of articles counting their comments
    ("11-29-2024, 09:03 AM #1", "Quote"),  # a label beside the header
    ("11-29-2024, 09:03 AM #1", "more"),  # a common word
    ("11-29-2024, 09:03 AM #2", "HOSTLAR"),  # a reply's header
    ("Seite #1", "HOSTLAR"),  # no date
])
def test_no_user_beside_a_header(lines: tuple[str, ...]) -> None:
    assert _thread("en", *lines).authors == ()


@pytest.mark.parametrize("header", [
    "domenica 13 luglio 2025 1",  # a weekday and a date
    "sorairolake February 20, 2026, 4:55pm 2",  # a reply, not the opening post
    "sorairolake February 20, 2026",  # no post number: a lower-case word beside a date
    "Seite 1",  # no date
])
def test_no_opening_posts_header(header: str) -> None:
    assert _thread("en", header).authors == ()


@pytest.mark.parametrize("text", ["a" * 100_000, "ab " * 30_000 + "1", "x (x) " * 5000 + "1"])
def test_adversarial_headers(text: str) -> None:
    match = _HEADER.fullmatch(text[:100])
    assert match is None or len(match["user"]) <= 30
    assert _thread("en", text).authors == ()

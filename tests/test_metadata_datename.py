"""A line of names beside the line that gave the page's date, far from the headline the
context rules found: the article's own head stands further down than the credit lines reach."""

from __future__ import annotations

import pytest

import dechrome
from tests.metadata_pages import BODY

# A site's banner and menu over the article: the context rules take the banner for the
# headline, so the credit lines are counted from the top of the page.
_MENU = ("Acme Cloud Platform", "Home", "Products", "Pricing", "Solutions", "Resources",
         "Customers", "Partners", "Careers", "Support", "Contact", "Login", "Blog", "Events",
         "Webinars")
_DATES = {"en": "November 14, 2025", "de": "14. November 2025", "fr": "14 novembre 2025",
          "es": "14 de noviembre de 2025", "it": "14 novembre 2025", "nl": "14 november 2025"}


def _page(language: str, *head: str) -> dechrome.Document:
    """The menu, the standfirst, the `head` lines, then the rest of the article."""
    first, second = BODY[language]
    text = "\n\n".join([*_MENU, first, *head, second, first.replace("a", "e")])
    return dechrome.clean(text)


def _how(document: dechrome.Document) -> list[str]:
    return [found.how for found in document.sources() if found.field == "authors"]


@pytest.mark.parametrize("language", sorted(_DATES))
@pytest.mark.parametrize("between", [(), ("VP - Technology",), ("jane.roe@example.com",)])
def test_a_name_line_over_the_date_line(language: str, between: tuple[str, ...]) -> None:
    document = _page(language, "Chirag Bhardwaj", *between, _DATES[language])
    assert document.date == "2025-11-14"
    assert document.authors == ("Chirag Bhardwaj",)
    assert _how(document) == ["name-by-date-line"]


def test_a_name_line_under_the_date_line() -> None:
    document = _page("en", _DATES["en"], "Federico Mayol")
    assert document.authors == ("Federico Mayol",)
    assert _how(document) == ["name-by-date-line"]


@pytest.mark.parametrize("head", [
    # A menu's label past another label: no role, address or reading time between.
    ("Eye Opener", "Eye on Money", _DATES["en"]),
    # A button printed twice repeats its word.
    (_DATES["en"], "Antworten Antworten"),
    # A footer's label two lines under the date is not asked.
    (_DATES["en"], "Footer", "Contact Info"),
])
def test_labels_beside_the_date_line_are_no_authors(head: tuple[str, ...]) -> None:
    document = _page("en", *head)
    assert document.date == "2025-11-14"
    assert document.authors == ()


@pytest.mark.parametrize("heading", ["Recent News", "Related Articles"])
def test_the_heading_of_related_content_is_no_author(heading: str) -> None:
    first, second = BODY["en"]
    text = "\n\n".join([*_MENU, first, second, first.replace("a", "e"), heading,
                         "March 7, 2025", "City signs a friendship agreement with Manchester"])
    document = dechrome.clean(text)
    assert document.date == "2025-03-07"
    assert document.authors == ()

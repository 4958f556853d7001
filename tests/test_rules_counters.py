"""slide-caption: a gallery's slides printed as counter-led captions, both sides."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES, removed_texts

ARTICLE = ARTICLES["en"]
_CONFIG = dechrome.Config(rules=frozenset(rule.name for rule in BLOCK_RULES)
                          | {Rule.HEADLINE, Rule.SLIDE_CAPTION})
SLIDES = (
    "1 of 4 A shopper looks at extension cords at the hardware store on Tuesday.",
    "2 of 4 Gas cans stand on the shelves before the planned power shut-off.",
    "4 of 4 Extension cords of all lengths stock the shelves at the store.",
)


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks), config=_CONFIG)


def test_slides_of_one_gallery_go() -> None:
    first, second, third = ARTICLE.paragraphs
    document = _clean(ARTICLE.headline, *SLIDES, first, second, third)
    removals = {removal.text: removal for removal in document.removals}
    for slide in SLIDES:
        assert (removals[slide].rule, removals[slide].reason) == (Rule.SLIDE_CAPTION,
                                                                  Reason.GALLERY)
    assert document.paragraphs == ARTICLE.paragraphs


@pytest.mark.parametrize("lines", [
    # one sentence that opens with a count
    ("1 of 4 adults in the region now works from home at least one day a week, the survey "
     "found.",),
    # two counts of different totals
    ("1 of 4 adults works from home, the survey found.",
     "2 of 3 of them say they would not go back to the office."),
    # a recipe's amounts: a slash and a small total
    ("1/4 cup sugar, sifted twice", "3/4 cup flour, sifted", "2/4 teaspoon salt, fine"),
    # a number above its total
    ("5 of 4 stars for the new album", "6 of 4 stars for the old one, said no one"),
])
def test_counts_that_are_no_gallery_stay(lines: tuple[str, ...]) -> None:
    document = _clean(ARTICLE.headline, ARTICLE.paragraphs[0], *lines, *ARTICLE.paragraphs[1:])
    for line in lines:
        assert line not in removed_texts(document)
        assert line in document.paragraphs

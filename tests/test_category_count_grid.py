"""category-count beside an article and on a page of items (`pipeline._counts_kept`,
`pipeline.clean_with_kind`): a sidebar's categories with their counts go beside an article;
on a page with no article region (a grid of items, `region.holds_the_page`), or on a shop's
grid that its blurb gives one (a page of kind collection), the same lines are the page's
own filter panel and stay.

Pages are cleaned with the block rules, the headline rule and outside-article only, as in
`test_region_confidence`, so the rule is judged on its own."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES
from tests.test_region_confidence import _BOTTLE_BLURB, _BOTTLES

_RULES = frozenset(rule.name for rule in BLOCK_RULES) | {Rule.HEADLINE, Rule.OUTSIDE_ARTICLE}
_CONFIG = dechrome.Config(rules=_RULES)

_CATEGORIES = ("Insulated Bottles (48)", "Glass Bottles (21)", "Kids' Bottles (17)",
               "Filter & Purifier Bottles (9)", "Tumblers (35)")
# A shop's category page: a filter panel, a grid of items (a name, a price, a count of
# reviews, a spec line) and, below it, the shop's blurb about the category.
# Its items and the two paragraphs of blurb below them: `test_region_confidence`'s shop page.
_ITEMS = _BOTTLES
_BLURB = _BOTTLE_BLURB[:2]


def _grid_item(number: int, name: str) -> tuple[str, ...]:
    return (name, f"${12 + number}.95", f"{40 + number} reviews",
            f"Capacity: {16 + number} fl. oz.", f"Add {name} to Compare")


def _counts(document: Document) -> list[str]:
    return [r.text for r in document.removals
            if r.rule is Rule.CATEGORY_COUNT and r.reason is Reason.NAVIGATION]


def test_a_category_panel_stays_on_a_page_of_items() -> None:
    grid = [line for number, name in enumerate(_ITEMS) for line in _grid_item(number, name)]
    page = ("Water Bottles", "Category", *_CATEGORIES, *grid, *_BLURB)
    document = dechrome.clean("\n\n".join(page), config=_CONFIG)
    assert _counts(document) == []
    assert all(line in document.paragraphs for line in _CATEGORIES)
    # Cleaned again, the panel stays: the page is still a grid without an article region.
    assert dechrome.clean(document.text, config=_CONFIG).paragraphs == document.paragraphs


def test_a_category_sidebar_beside_an_article_goes() -> None:
    article = ARTICLES["de"]
    sidebar = ("Politik (34)", "Wirtschaft (12)", "Kultur & Leben (8)")
    page = (article.headline, *article.paragraphs, "Kategorien", *sidebar)
    document = dechrome.clean("\n\n".join(page), config=_CONFIG)
    assert _counts(document) == list(sidebar)
    assert document.paragraphs == article.paragraphs


_SHOP = dechrome.Config(rules=frozenset(rule.name for rule in BLOCK_RULES) | {Rule.HEADLINE})


def test_a_category_panel_stays_on_a_grid_with_a_blurb_region() -> None:
    # A shop's grid whose blurb makes an article region (no `_counts_kept`): the page is a
    # collection, and its lines of a category and a count are its filter panel, kept with
    # the grid, whether the panel stands above the grid or below it.
    grid = [line for number, name in enumerate(_ITEMS) for line in _grid_item(number, name)]
    blurb = _BOTTLE_BLURB
    for page in (("Water Bottles", *blurb[:2], "Category", *_CATEGORIES, *grid, blurb[2]),
                 ("Water Bottles", *blurb, *grid, "Category", *_CATEGORIES)):
        document = dechrome.clean("\n\n".join(page), config=_SHOP)
        assert document.page_kind == "collection"
        assert _counts(document) == []
        assert all(line in document.paragraphs for line in _CATEGORIES)
        assert dechrome.clean(document.text, config=_SHOP).paragraphs == document.paragraphs


def test_a_category_sidebar_beside_an_article_still_goes_with_the_shop_rules() -> None:
    article = ARTICLES["en"]
    sidebar = ("Politics (34)", "Business (12)", "Culture & Life (8)")
    page = (article.headline, *article.paragraphs, "Categories", *sidebar)
    document = dechrome.clean("\n\n".join(page), config=_SHOP)
    assert document.page_kind != "collection"
    assert _counts(document) == list(sidebar)

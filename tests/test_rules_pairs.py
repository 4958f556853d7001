"""teaser-pairs: a box of other stories after the article, each a headline over its lead.

Judged with the block rules, the headline rule and teaser-pairs only (and once with every
rule), on pages made like the ones scrapers give: the box that ends the article goes; the
article's own sections (short subheadings over their paragraphs), an FAQ, two items, a run
the article goes on after, and a page that is mostly such items stay.
"""

from __future__ import annotations

import pytest

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES, removed_texts

ARTICLE = ARTICLES["en"]
# The article grown to a usual length: the box must be small beside it.
PARAGRAPHS = (*ARTICLE.paragraphs,
              "Residents who spoke at the hearing were divided, with some welcoming faster "
              "buses and others worried that the new lanes would take parking from the small "
              "shops along the main road, which say they depend on passing trade from the "
              "commuters who stop there.",
              "The council will vote on the final route in March, after a second round of "
              "public meetings in each district, and the transport department has promised to "
              "publish the full cost estimates for each of the three lines well before that "
              "vote takes place.")
_CONFIG = dechrome.Config(rules=frozenset(rule.name for rule in BLOCK_RULES)
                          | {Rule.HEADLINE, Rule.TEASER_PAIRS})

# Other stories: a headline line, its lead, a date line.
ITEMS = (
    ("Storm cuts power to thousands across the valley",
     "More than 12,000 homes lost power on Sunday."),
    ("Local bakery wins the state prize for its bread",
     "A family bakery took the top prize this weekend."),
    ("New library opens its doors in the old post office",
     "The building had stood empty for ten years."),
)
DATES = ("5 hours ago", "6 hours ago", "Dec 18, 2025")
# The article's own sections: a short subheading over a short paragraph.
SECTIONS = (
    ("Costs and funding", "The plan is paid for by a new regional fund."),
    ("Timeline for construction", "Work on the first line starts next spring."),
    ("Public consultation process", "Residents can comment on the route until March."),
)
QUESTIONS = (
    ("How much will the new transit plan cost?", "The first phase costs 40 million."),
    ("When will construction on the first line begin?", "Work starts next spring."),
    ("Where can residents comment on the planned route?", "At the town hall until March."),
)


def _clean(*blocks: str, config: dechrome.Config | None = _CONFIG) -> Document:
    return dechrome.clean("\n\n".join(blocks), config=config)


def _lines(items: tuple[tuple[str, str], ...], dates: tuple[str, ...] = ()) -> list[str]:
    lines: list[str] = []
    for index, (head, lead) in enumerate(items):
        lines += [head, lead, *dates[index:index + 1]]
    return lines


def _assert_taken(document: Document, texts: list[str]) -> None:
    removals = {removal.text: removal for removal in document.removals}
    for text in texts:
        assert text in removals, f"{text!r} was kept"
        assert (removals[text].rule, removals[text].reason) == (Rule.TEASER_PAIRS,
                                                                Reason.RELATED)


def _assert_kept(document: Document, texts: list[str]) -> None:
    for text in texts:
        assert text not in removed_texts(document)
        assert any(text in paragraph for paragraph in document.paragraphs)


@pytest.mark.parametrize("dates", [DATES, ()], ids=["dated", "undated"])
def test_a_box_of_headlines_over_their_leads_after_the_article_goes(
        dates: tuple[str, ...]) -> None:
    document = _clean(ARTICLE.headline, *PARAGRAPHS, *_lines(ITEMS, dates))
    # The date lines go as datelines when the block rules know their shape.
    _assert_taken(document, _lines(ITEMS))
    assert document.paragraphs == PARAGRAPHS


def test_the_box_goes_with_every_rule_and_cleaning_again_changes_nothing() -> None:
    items = _lines(ITEMS, DATES)
    document = _clean(ARTICLE.headline, *PARAGRAPHS, "More from the region", *items,
                      config=None)
    assert not set(items) & set(document.paragraphs)
    _assert_kept(document, list(PARAGRAPHS))
    again = _clean("\n\n".join(document.paragraphs), config=None)
    assert again.paragraphs == document.paragraphs


def test_two_items_stay() -> None:
    items = _lines(ITEMS[:2], DATES)
    _assert_kept(_clean(ARTICLE.headline, *PARAGRAPHS, *items), items)


@pytest.mark.parametrize("items", [SECTIONS, QUESTIONS], ids=["subheadings", "faq"])
def test_the_articles_sections_and_its_faq_stay(items: tuple[tuple[str, str], ...]) -> None:
    lines = _lines(items)
    _assert_kept(_clean(ARTICLE.headline, *PARAGRAPHS, *lines), lines)


def test_a_run_the_article_goes_on_after_stays() -> None:
    items = _lines(ITEMS)
    document = _clean(ARTICLE.headline, *PARAGRAPHS[:-1], *items, PARAGRAPHS[-1])
    _assert_kept(document, items)


def test_a_page_mostly_of_such_items_keeps_them() -> None:
    items = _lines(ITEMS)
    document = _clean(ARTICLE.headline, ARTICLE.paragraphs[0], *items)
    _assert_kept(document, items)

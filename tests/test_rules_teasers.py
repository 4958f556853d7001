"""teaser-run: a box of other stories, each a headline glued to its lead sentence.

Judged with the block rules, the headline rule and teaser-run only, on pages made like the
ones scrapers give: the box above or below the article goes, an article whose own paragraphs
open with a bold lead-in stays, and so do one or two glued lines and a page of news briefs.
"""

from __future__ import annotations

import pytest

import dechrome
from dechrome.context.teasers import is_glued_teaser
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES, removed_texts

ARTICLE = ARTICLES["en"]
_CONFIG = dechrome.Config(rules=frozenset(rule.name for rule in BLOCK_RULES)
                          | {Rule.HEADLINE, Rule.TEASER_RUN})

TITLE_CASED = (
    "Council Approves New Budget After Long Night Of Talks The city council approved a "
    "budget of 40 million after a meeting that ran past midnight.",
    "Storm Cuts Power To Thousands Across The Valley More than 12,000 homes lost power on "
    "Sunday as strong winds brought down lines.",
    "Local Bakery Wins Award For Best Bread In The State A family bakery on Main Street took "
    "the top prize at the state fair this weekend.",
)
DATED = (
    "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man "
    "has pleaded guilty to theft and embezzlement of bank funds in a loan scheme...",
    "UN regrets new US position on legality of settlements UNITED NATIONS: The Secretary "
    "General has regretted the announcement made by the administration on Monday...",
    "Schools reopen after long closure; attendance high: officials NEW DELHI: All schools "
    "and colleges are now open again and most pupils were back in class, officials said...",
)
# An article whose paragraphs open with a bold lead-in, printed on the same line.
LEAD_INS = (
    "Turn On Two-Factor Authentication For Every Account A second step at login stops most "
    "stolen passwords from being used. Most banks and mail services offer it. It takes a "
    "minute to set up and the codes can come from an app.",
    "Keep Your Software Up To Date Updates close the holes that attackers use. Turn on "
    "automatic updates where you can. Old phones that no longer get updates are a risk.",
    "Use A Password Manager For Your Logins It remembers a long and different password for "
    "each site. You only need to remember one. Several good ones are free to use.",
)


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks), config=_CONFIG)


def _assert_taken(document: Document, texts: tuple[str, ...]) -> None:
    removals = {removal.text: removal for removal in document.removals}
    for text in texts:
        assert text in removals, f"{text!r} was kept"
        assert (removals[text].rule, removals[text].reason) == (Rule.TEASER_RUN, Reason.RELATED)


def _assert_kept(document: Document, texts: tuple[str, ...]) -> None:
    for text in texts:
        assert text not in removed_texts(document)
        assert text in document.paragraphs


@pytest.mark.parametrize("teasers", [TITLE_CASED, DATED], ids=["title-cased", "dateline"])
def test_a_run_of_glued_teasers_below_the_article_goes(teasers: tuple[str, ...]) -> None:
    document = _clean(ARTICLE.headline, *ARTICLE.paragraphs, *teasers)
    _assert_taken(document, teasers)
    assert document.paragraphs == ARTICLE.paragraphs


def test_a_run_above_the_article_with_a_label_between_goes() -> None:
    document = _clean(TITLE_CASED[0], TITLE_CASED[1], "Latest Headlines", TITLE_CASED[2],
                      ARTICLE.headline, *ARTICLE.paragraphs)
    _assert_taken(document, TITLE_CASED)
    _assert_kept(document, ARTICLE.paragraphs)


def test_two_glued_lines_stay() -> None:
    document = _clean(ARTICLE.headline, *ARTICLE.paragraphs, *TITLE_CASED[:2])
    _assert_kept(document, TITLE_CASED[:2])


def test_paragraphs_that_open_with_a_bold_lead_in_stay() -> None:
    document = _clean(ARTICLE.headline, *ARTICLE.paragraphs, *LEAD_INS)
    _assert_kept(document, (*ARTICLE.paragraphs, *LEAD_INS))


def test_a_page_of_news_briefs_keeps_its_briefs() -> None:
    document = _clean("Morning Briefing", *TITLE_CASED, *DATED)
    _assert_kept(document, TITLE_CASED + DATED)


def test_teasers_far_apart_in_the_article_stay() -> None:
    first, second, third = ARTICLE.paragraphs
    document = _clean(ARTICLE.headline, TITLE_CASED[0], first, second, TITLE_CASED[1], third,
                      first.replace("the", "a"), TITLE_CASED[2])
    _assert_kept(document, TITLE_CASED)


@pytest.mark.parametrize("text", [
    # a list of references: names with initials, commas, a sentence end
    "Nahin RL, Rhee A, Stussman B. Use of complementary health approaches overall and for "
    "pain management by US adults.",
    # a mail header: colons
    "Date: Wed, 6 Feb 2002 From: Miod Vallat To: Michael Shalayeff Subject: Re: console boot "
    "does not work well for me",
    # a sentence that opens with a name
    "New York City Mayor Bill de Blasio said on Monday that the subway would run all night.",
    # a headline alone
    "Storm Cuts Power To Thousands Across The Valley",
])
def test_not_a_glued_teaser(text: str) -> None:
    assert not is_glued_teaser(text)


@pytest.mark.parametrize("text", [
    "AB " * 5000 + ": X",
    "Word Of " * 4000 + "the end",
    "a" + " ABC:" * 3000 + " Z",
    "It Is In " + "x" * 100_000,
])
def test_adversarial_blocks_are_no_teaser(text: str) -> None:
    assert not is_glued_teaser(text)

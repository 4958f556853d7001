"""A paragraph the author restates inside the article stays (`context.restated`): a key
figure listed at the top and explained again in its section, an announcement's sentence
answered again in its FAQ. A copy still goes: the same paragraph over one other, a run
pasted again, a teaser above the lead."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule

HEADLINE = "Cleaning industry trends to watch this year"
INTRO = ("The cleaning industry keeps growing as more households and offices hire help, and "
         "owners who follow the market can plan their next year with more confidence.")
FIGURE = ("The global cleaning services market was worth about 415 billion dollars last year "
          "and is expected to grow by six percent a year.")
SECTIONS = [
    "Demand comes from an ageing population and a busy property market, and both are "
    "expected to keep growing in the coming decade according to most analysts.",
    "Premium services are gaining ground too, since customers who want a deeper clean are "
    "willing to pay more for teams that bring their own equipment.",
    "Flexible schedules are on the rise as well, with weekly and monthly plans replacing the "
    "single visit that most companies offered only a few years ago.",
    "Software is the last trend on the list, with owners using scheduling and invoicing "
    "tools to save several hours of office work every week.",
]


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks), config=dechrome.Config(rules=frozenset()))


def _duplicates(document: Document) -> list[str]:
    return [r.text for r in document.removals if r.reason is Reason.DUPLICATE]


def test_a_figure_listed_at_the_top_and_restated_in_its_section_stays() -> None:
    # "Key statistics" at the top, then the sections: the figure comes back in its own.
    document = _clean(HEADLINE, INTRO, "Key statistics:", FIGURE, *SECTIONS[:3],
                      "Market size", FIGURE, SECTIONS[3])
    assert not _duplicates(document)
    assert document.paragraphs.count(FIGURE) == 2


def test_a_paragraph_printed_again_over_one_other_goes() -> None:
    # A, B, A: nothing of the article develops between the copies, a page's glitch.
    document = _clean(HEADLINE, INTRO, FIGURE, SECTIONS[0], FIGURE, *SECTIONS[1:])
    assert _duplicates(document) == [FIGURE]
    removal = next(r for r in document.removals if r.text == FIGURE)
    assert (removal.rule, removal.block) == (Rule.EXACT_DUPLICATE, 4)


def test_a_run_pasted_again_after_the_article_goes_once() -> None:
    # The figure and the paragraph after it, printed again after distinct content: a run.
    document = _clean(HEADLINE, INTRO, FIGURE, *SECTIONS, FIGURE, SECTIONS[0])
    assert _duplicates(document) == [FIGURE, SECTIONS[0]]


def test_a_teaser_above_the_lead_goes() -> None:
    # No running text before the first copy: the teaser under the headline, not the author.
    document = _clean(HEADLINE, FIGURE, "By Anna Muster and Jan Kowalski, staff writers",
                      *SECTIONS, FIGURE, "The report is published every spring.")
    assert _duplicates(document) == [FIGURE]

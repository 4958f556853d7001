"""A title-cased line without a sentence end (`context.scores`): a teaser's headline, which
brings the article's run nothing however many stop words it holds, so a ranked list of them
below the article is no part of it even when a publisher's blurb follows the list."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.context.scores import _is_title
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.registry import RULES

MENU = ("News", "Science", "Space", "Health", "Sign in")
ARTICLE = (
    "Astronomers have built the most detailed model of the early universe so far, and it "
    "shows how the first clusters of galaxies grew out of thin clouds of gas and dust.",
    "The model follows billions of particles over most of the age of the universe, and it "
    "took the team more than a year of computing time on one of the largest machines.",
    "The researchers say that the results match what the telescopes see in the sky, which "
    "gives them some confidence that the physics in the model is close to the real thing.",
)
# Title-cased headlines of ten words and more, with their stop words: each scored as
# running text before, so the run grew over the list to the blurb below it.
TITLES = (
    "Mysterious Wave Sparks a Long Hunt — But It Was Just a Glitch",
    "Battle-Scarred Shield-Maiden Gets Her Facial Reconstruction for the First Time",
    "Three Cows Swept Out to Sea Were Found Grazing on an Island",
    "What Happens to Your Brain When You Stop Eating Any Sugar",
)
BLURB = ("The Daily Orbit is part of a large media group and a leading publisher of news "
         "about science, with offices in many cities around the world.")


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks))


def _ranked(titles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part for number, title in enumerate(titles, 1) for part in (str(number), title))


def test_a_ranked_list_of_titles_between_the_article_and_a_blurb_goes() -> None:
    document = _clean(*MENU, "A Model of the Early Universe", *ARTICLE, "Most Read",
                      *_ranked(TITLES), BLURB)
    assert document.paragraphs == ARTICLE
    removal = next(r for r in document.removals if r.text == TITLES[0])
    assert removal.rule is Rule.OUTSIDE_ARTICLE
    assert removal.reason == RULES[Rule.OUTSIDE_ARTICLE].reason


@pytest.mark.parametrize("text", TITLES)
def test_title_cased_headlines_are_titles(text: str) -> None:
    assert _is_title(text)


@pytest.mark.parametrize("text", [
    # Sentence case: running text, or a subheading in it.
    "What happens to your brain when you stop eating any sugar",
    # A sentence end: a quote or a line that introduces what follows.
    "So Long, and Thanks for All the Fish!",
    # German capitalises its nouns, not its verbs.
    "Rechte Jugendliche in Polen - Jakubs Kreuzzug gegen Schwule und Lesben",
    # A table's row: names and their figures.
    "Chicago Booth School of Business 1 37% 30% 48% 3.6 729",
    # Labels and their values.
    "Best Match Brand: A - Z Price: Low - High Newest Customer Rating",
])
def test_other_lines_are_no_titles(text: str) -> None:
    assert not _is_title(text)

"""A box of teasers below the article (`context.teaserbox`): its heading, then titles and
one-sentence blurbs to the run's end, is outside the article; a teaser heading inside the
article, followed by more of its paragraphs, is not where the article ends."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from tests.articles import removed_texts

PARAGRAPHS = (
    "The committee will publish its findings next month after hearing from many witnesses "
    "who spoke about the flooding of the lower town and the damage it left behind.",
    "Schools across the region closed on Tuesday as temperatures climbed above forty degrees "
    "for the third day in a row, and parents were asked to keep their children at home.",
    "Engineers raised the flood barriers by another half metre before the rain arrived, and "
    "the water stayed below them through the night while crews watched the river.",
    "The council said it would review the barriers again in the spring, once the river had "
    "fallen and the engineers could inspect the foundations of each section.",
)
# Each story: a title, a one-sentence blurb that reads as running text, and its author.
BOX = (
    "A new bakery opens in the old station",
    "The owners of the bakery say that they will bake bread for the whole town every day "
    "of the week, and that their prices will stay low for at least a year.",
    "Jane Roe",
    "Why the bridge repairs are running late",
    "Workers on the bridge have found that the old steel is in a worse state than the "
    "engineers had expected when the work began in the spring of last year.",
    "John Doe",
    "The library will stay open until ten",
    "From next month the town library will open its doors until ten in the evening, so "
    "that students and workers can use the reading rooms after their day.",
    "Mary Major",
)


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks))


# The article going on, paragraph after paragraph, each as short as a blurb.
GOING_ON = (
    "Residents who live near the river said that they had moved their cars to higher "
    "ground on Monday evening, long before the water reached the road.",
    "The fire service said that it had pumped water out of more than forty cellars in "
    "the lower town since the weekend, and that it would go on doing so.",
    "Most of the shops on the high street are expected to open again by the end of the "
    "week, the council said, although some of them will need new floors.",
    "The mayor thanked the volunteers who filled sandbags through the night and said "
    "that the town would not forget what they had done for their neighbours.",
)


def test_a_box_of_titles_and_blurbs_below_the_article_is_removed() -> None:
    document = _clean(*PARAGRAPHS, "Related posts", *BOX)
    assert document.paragraphs == PARAGRAPHS
    removals = {r.text: r for r in document.removals}
    for text in BOX:
        assert (removals[text].rule, removals[text].reason) == (Rule.OUTSIDE_ARTICLE,
                                                              Reason.OUTSIDE)
    assert removals["Related posts"].rule is Rule.RELATED_SECTION


def test_paragraphs_in_a_row_below_a_teaser_heading_are_the_articles() -> None:
    # A box printed inside the article: its titles, then the article goes on, paragraph
    # after paragraph, each as short as a blurb.
    more = GOING_ON
    document = _clean(*PARAGRAPHS, "Related posts", BOX[0], BOX[3], *more)
    assert document.paragraphs[-len(more):] == more
    assert not set(more) & set(removed_texts(document))


def test_one_linked_story_above_the_last_paragraphs_is_no_box() -> None:
    # A box lists several titles: one linked story, then the article's last two paragraphs.
    last = (
        "Returning to the barriers, the council expects the last section to be raised before "
        "the winter storms arrive on the coast, and it has asked the engineers to report on "
        "the work every week until then.",
        "The engineers, for their part, say that the new section will hold a river twice as "
        "high as the one that flooded the lower town, and that the town should be safe for "
        "many years to come.",
    )
    document = _clean(*PARAGRAPHS, "Related posts", BOX[3], *last)
    assert document.paragraphs[-len(last):] == last


# A sign-up form below the article: its pitch, its button and its small print.
FORM = (
    "The latest news, analysis and insights from our reporters in the valley, sent to your "
    "inbox every morning before you start your day.",
    "Sign Me Up",
    "You may occasionally receive promotional content from the Riverside Post, and you can "
    "leave the list at any time with one click.",
)


def test_a_sign_up_form_below_the_article_is_removed() -> None:
    document = _clean(*PARAGRAPHS, "Get our daily newsletter", *FORM, "Follow us")
    assert document.paragraphs == PARAGRAPHS
    removals = {r.text: r for r in document.removals}
    for text in FORM:
        assert (removals[text].rule, removals[text].reason) == (Rule.OUTSIDE_ARTICLE,
                                                              Reason.OUTSIDE)


def test_the_article_going_on_below_a_sign_up_form_is_kept() -> None:
    more = GOING_ON[:3]
    document = _clean(*PARAGRAPHS, "Get our daily newsletter", *FORM, *more)
    assert document.paragraphs[-len(more):] == more

"""The article's second part below a box printed inside it (`context.parts`): its paragraphs
are kept when they name the article's topic, paragraph after paragraph; the box's lines,
teasers that name the topic in a word, and comments below a comment heading still go."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Rule
from tests.articles import removed_texts

MENU = ("Home", "News", "Local", "Weather", "Sport")
FIRST = (
    "Engineers raised the flood barriers along the river by another half metre on Monday, "
    "after the council warned that the water could reach the lower town within two days.",
    "The river rose through the night, and the engineers watched the barriers from the old "
    "bridge while volunteers carried sandbags to the houses nearest the water.",
    "Residents of the lower town said the barriers had held during the last flood, but that "
    "the river had never risen this quickly in the forty years they had lived there.",
    "By Tuesday morning the water stood a hand's width below the top of the barriers, and "
    "the council asked families in the lower town to move their cars to higher ground.",
)
BOX = ("Related articles", "Budget talks stall again", "New stadium plans unveiled")
SECOND = (
    "The engineers expect the river to fall by Thursday if the rain eases over the hills, "
    "and they will open the barriers then.",
    "Until then the barriers stay closed, and the council says the lower town remains on "
    "alert through the weekend.",
)
FOOTER = ("About us", "Contact", "Privacy policy", "© 2024 The Valley Courier")


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks))


def test_the_part_below_a_teaser_box_is_kept() -> None:
    document = _clean(*MENU, *FIRST, *BOX, *SECOND, *FOOTER)
    for paragraph in (*FIRST, *SECOND):
        assert paragraph in document.paragraphs
    # The box's titles between the parts, the menu and the footer still go.
    removed = removed_texts(document)
    assert removed[BOX[1]] == str(Rule.OUTSIDE_ARTICLE)
    assert removed[BOX[2]] == str(Rule.OUTSIDE_ARTICLE)
    assert removed["Local"] == str(Rule.OUTSIDE_ARTICLE)
    assert "About us" in removed


def test_the_part_below_a_newsletter_form_is_kept() -> None:
    # A form's field reads as a login prompt; the comment section's own rules still stop.
    form = ("Get our free weekly newsletter", "Email (Required)", "Subscribe")
    document = _clean(*MENU, *FIRST, *form, *SECOND, *FOOTER)
    for paragraph in SECOND:
        assert paragraph in document.paragraphs
    for line in form:
        assert line not in document.paragraphs


def test_the_kept_part_is_kept_again() -> None:
    # The body cleaned again is one run: nothing more goes.
    once = _clean(*MENU, *FIRST, *BOX, *SECOND, *FOOTER)
    assert dechrome.clean(once.text).text == once.text


def test_teasers_naming_the_topic_in_a_word_go() -> None:
    teasers = (
        "Flood insurance claims: what homeowners need to know before the next storm season.",
        "Our reporters answer your questions about the new parking rules in the lower town.",
        "Photos: the best pictures sent in by readers this week, from sunsets to street fairs.",
    )
    document = _clean(*MENU, *FIRST, *BOX[:1], *teasers, *FOOTER)
    removed = removed_texts(document)
    for teaser in teasers:
        assert teaser not in document.paragraphs
        assert removed[teaser] == str(Rule.OUTSIDE_ARTICLE)


def test_comments_below_a_comment_heading_go() -> None:
    comments = (
        "The engineers did a great job with the barriers, the river was frightening this time.",
        "I live in the lower town and the water came within a metre of the barriers last night.",
        "The council should have raised the flood barriers years ago, the river floods every "
        "spring.",
    )
    document = _clean(*MENU, *FIRST, "3 Comments", *comments, *FOOTER)
    for comment in comments:
        assert comment not in document.paragraphs

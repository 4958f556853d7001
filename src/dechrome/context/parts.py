"""The article's second part, below a box printed inside it.

A news page prints boxes inside its articles: a teaser box ("Don't miss", "Related articles"),
a newsletter form, an ad's label. The region (`region`) is the run of blocks whose scores
add up most, and such a box is a wall it crosses only when enough article follows: the
paragraphs below a late box, or between two boxes, bring less than the box costs, and the
region ends above it. They are the article's all the same when they continue its topic.

The evidence is the paragraphs' own: below the region, past a box (a removed line, and at
most `_GAP_LINES` kept short lines, its titles), `_MIN_PARAGRAPHS` or more paragraphs of
running text, more than half of them naming two or more of the article's topic words
(`tail.topic_words`). A comment section is never such a part: the walk stops at the rules
that mark one, and before the dated records below an article (`records`). A teaser for
another story of the site, its subscription offer, an appeal for donations name the
article's topic in a word, not in paragraph after paragraph. Known limit: an article's
short paragraphs that name one topic word each stay outside.

The kept lines between the parts are the box's: they stay outside the article.
"""

from __future__ import annotations

from collections.abc import Set

from dechrome.context.base import Page
from dechrome.context.tail import content_words, topic_words
from dechrome.reasons import COPY_RULES, Rule

# A box's kept lines (its titles, a label) between the parts: at most so many.
_GAP_LINES = 6
# So many topical paragraphs make a part: one is as often a box's blurb.
_MIN_PARAGRAPHS = 2
# A paragraph continues the article when it names so many of the topic's words: a teaser
# for another story of the same site, or the site's subscription offer, names one (the site,
# the team), a paragraph of the article several. More than this share of the part's
# paragraphs must, a short one among them may name fewer. Chosen on site folds 0-2 (11
# parts below a box, 3 the article's), and the other folds' 8 parts are judged as they
# should be but one (an article's short paragraphs naming one topic word each).
_NAMING_WORDS = 2
_NAMING_SHARE = 0.5


class Part:
    """A second part found below the region: its last block, and the box's kept lines."""

    __slots__ = ("box", "last")

    def __init__(self, last: int, box: tuple[int, ...]) -> None:
        self.last = last
        self.box = box


def next_part(page: Page, span: tuple[int, int], stops: Set[Rule], end: int) -> Part | None:
    """The part below `span` (see the module), before block `end` (the records below the
    article), or None. `stops`: the rules that end the article (a comment section's)."""
    box: list[int] = []
    crossed = False
    start = None
    for index in range(span[1] + 1, end):
        rule = page.removed.get(index)
        if rule in COPY_RULES or index in page.gone:
            continue
        if rule in stops:
            return None
        if rule is not None:
            crossed = True
        elif page.prose[index]:
            start = index
            break
        elif len(box) == _GAP_LINES:
            return None
        else:
            box.append(index)
    # Without a removed line between, the region's own scores judged the lines below.
    if start is None or not crossed:
        return None
    last = _last_paragraph(page, span, start, end)
    return None if last is None else Part(last, tuple(box))


def _last_paragraph(page: Page, span: tuple[int, int], start: int, end: int) -> int | None:
    """The last of the paragraphs from `start` on (consecutive kept running text), when they
    continue the article (`_continues`)."""
    count, last = 0, None
    for index in range(start, end):
        rule = page.removed.get(index)
        if rule in COPY_RULES or index in page.gone:
            continue
        if rule is not None or not page.prose[index]:
            break
        count, last = count + 1, index
    if last is None or count < _MIN_PARAGRAPHS:
        return None
    return last if _continues(page, span, (start, last)) else None


def _continues(page: Page, span: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether the paragraphs of `part` continue the article of `span`: more than
    `_NAMING_SHARE` of them, and `_MIN_PARAGRAPHS` at least, name `_NAMING_WORDS` of its
    topic's words (`tail.topic_words`)."""
    facts = page.facts
    topic = topic_words(page, span)
    paragraphs = [facts.once(content_words, i) for i in range(part[0], part[1] + 1)
                  if facts.prose[i] and page.alive(i) and i not in page.gone]
    naming = sum(1 for words in paragraphs if len(words & topic) >= _NAMING_WORDS)
    return naming >= _MIN_PARAGRAPHS and naming > _NAMING_SHARE * len(paragraphs)

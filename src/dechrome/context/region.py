"""The article's main run of text, and everything outside it.

A page's text is menus, teasers and footers around one long run of prose. Each kept block
gets a score: running text with the page language's share of stop words scores by its
length, a short line or a link costs a little, and the article is the run of blocks with the
largest total (a maximum-sum subarray), so a heading, a caption or an ad line inside the
article costs less than the paragraphs around it bring. A comment section can never be
part of it: the run stops at the blocks comment rules removed.
"""

from __future__ import annotations

from collections.abc import Iterator

from dechrome.context.base import ContextRule, Page
from dechrome.features import URL, ends_like_sentence
from dechrome.reasons import Reason, Rule

_DENSE = 0.3
_SOMEWHAT_DENSE = 0.2
_LONG = 10
_SHORT = 6
_MAX_CREDIT_WORDS = 100
_REMOVED_COST = -0.2
_SHORT_DENSE = 0.25
_SHORT_DENSE_SCORE = -0.3
# A stretch of short lines inside an article (a table, a list, a table of contents) costs
# at most this much, so the paragraphs after it still join the run.
_GAP_CAP = 8.0
# A bare "Comments" link also sits next to bylines; only the section's own evidence stops.
_HARD_STOPS = frozenset({Rule.COMMENT_POLICY, Rule.LOGIN_PROMPT, Rule.COMMENT_SECTION,
                         Rule.COMMENT_THREAD})
# A teaser-box heading usually ends the article, but some sit inside it: the run may cross
# one only when enough article follows.
# A bare "Kommentare (34)" link also sits below a lead: it is a wall, not a stop.
_WALLS = frozenset({Rule.RELATED_SECTION, Rule.COPYRIGHT_LINE, Rule.TAG_LIST,
                    Rule.COMMENT_HEADER})
_BARRIERS = _HARD_STOPS | _WALLS
_WALL_COST = 6.0
_EARLIER_SHARE = 0.3


def block_score(page: Page, index: int) -> float:
    """What one kept block adds to the article run (positive) or costs it (negative)."""
    text = page.blocks[index].text
    link_cost = 1.0 if URL.search(text) is not None else 0.0
    return _text_score(page.words[index], page.density_of(index), text) - link_cost


def _text_score(words: int, density: float, text: str) -> float:
    if words >= _LONG and density >= _SOMEWHAT_DENSE:
        weight = 1.0 if density >= _DENSE else 1 / 3
        return weight * min(words, _MAX_CREDIT_WORDS) / _LONG
    if words >= _SHORT and density >= _SOMEWHAT_DENSE and ends_like_sentence(text):
        return 0.5
    if words >= 3 and density >= _SHORT_DENSE:
        return _SHORT_DENSE_SCORE
    return -1.0 if words < _SHORT else -0.5


def main_region(page: Page) -> tuple[int, int] | None:
    """First and last block index of the article's run, or None when nothing scores.

    The highest-scoring run, unless a wall or a comment stop stands before it and the text
    above that barrier has a run at least 0.3 as strong: pages put teasers, "about" boxes and
    comments below the article, rarely above it.
    """
    best, span = _best_run(page, len(page.blocks))
    if span is None:
        return None
    barrier = next((i for i in range(span[0] - 1, -1, -1) if page.removed.get(i) in _BARRIERS),
                   None)
    if barrier is None:
        return span
    earlier, earlier_span = _best_run(page, barrier)
    return earlier_span if earlier >= _EARLIER_SHARE * best else span


def _best_run(page: Page, end: int) -> tuple[float, tuple[int, int] | None]:
    """The maximum-sum run among blocks before `end`, and its total."""
    best, best_span = 0.0, None
    running, start, gap = 0.0, 0, 0.0
    for index in range(end):
        rule = page.removed.get(index)
        if rule in _HARD_STOPS:
            running, start, gap = 0.0, index + 1, 0.0
            continue
        score = _REMOVED_COST if rule is not None else block_score(page, index)
        if rule in _WALLS:
            score = -_WALL_COST
        elif score < 0:
            score = max(score, -(_GAP_CAP - gap))
            gap -= score
        else:
            gap = 0.0
        running += score
        if running <= 0:
            running, start = 0.0, index + 1
        elif running > best:
            best, best_span = running, (start, index)
    return best, best_span


def _outside(page: Page) -> Iterator[int]:
    span = main_region(page)
    if span is None:
        return
    first, last = span
    yield from (i for i in page.kept_indices if i < first or i > last)


RULES = (
    ContextRule(Rule.OUTSIDE_ARTICLE, Reason.OUTSIDE, _outside, ("*",),
                "a menu, a teaser list or a footer away from the article's paragraphs"),
)

"""The article's main run of text, and everything outside it.

A page's text is menus, teasers and footers around one long run of prose. Each kept block
gets a score: running text with the page language's share of stop words scores by its
length, a short line or a link costs a little, and the article is the run of blocks with the
largest total (a maximum-sum subarray), so a heading, a caption or an ad line inside the
article costs less than the paragraphs around it bring. A comment section can never be
part of it: the run stops at the blocks comment rules removed, at a list of dated records
(teasers, comments) below it (`records`) and at a box of teasers (`teaserbox`). Below its
last paragraph, the region grows over the lines that continue the article's topic (`tail`):
a table, a list, its references; on a discussion page the replies below the run; and past a
box printed inside the article, over its next part (`parts`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Set

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.context.confidence import is_dominant
from dechrome.context.frame import head_of, tail_of
from dechrome.context.memo import per_state
from dechrome.context.parts import next_part
from dechrome.context.records import records_start
from dechrome.context.scores import LETTER, REMOVED_COST, lead_scores, page_scores
from dechrome.context.tail import with_lists, with_replies, with_tail
from dechrome.context.teaserbox import box_start
from dechrome.context.thread import is_discussion_url
from dechrome.features import is_sentence_like
from dechrome.reasons import Reason, Rule

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
# A part of the article below a box inside it (`parts`) is never past a comment section's
# heading, policy or thread. A login prompt is no such stop there: a newsletter form inside
# an article has its field ("Email (Required)"), and a comment form its section's heading.
_PART_STOPS = (_HARD_STOPS - {Rule.LOGIN_PROMPT}) | {Rule.COMMENT_HEADER}
_WALL_COST = 6.0
_EARLIER_SHARE = 0.3
# A tag heading ("Themen", "Kategorien") also heads a menu above the article: the text above
# one must be at least half as strong as the run below it.
_TAG_EARLIER_SHARE = 0.5
# A stretch of the short lines of the article's lead (`scores.lead_scores`) costs at most
# this much: the run grows upwards when the text above brings more than the lines between cost.
_LEAD_GAP_CAP = 2.0
# So many kept lines between the headline and the run may be its standfirst.
_STANDFIRST_LINES = 2
# Each round trims at least one block; pages need one or two.
_MAX_TRIMS = 16


def main_region(page: Page, absent: Set[int] = frozenset(), *, lead: bool = True
                ) -> tuple[int, int] | None:
    """First and last block index of the article's run, or None when nothing scores.

    With `lead`, the run includes the article's lead above it (`_with_lead`); the headline
    is looked for above the run without it, since the lead walk stops at the headline.

    The highest-scoring run, unless a wall or a comment stop stands before it and the text
    above that barrier has a run at least 0.3 as strong: pages put teasers, "about" boxes and
    comments below the article, rarely above it. Blocks in `absent` count as not there.
    """
    return _lead(page, absent) if lead else _run(page, absent)


@per_state
def _run(page: Page, absent: Set[int]) -> tuple[int, int] | None:
    """`main_region` without the lead (found once per state of the page, `memo`)."""
    discussion = is_discussion_url(page.url)
    absent = absent | page.gone if page.gone else absent
    scores = page_scores(page, discussion=discussion)
    best, span = _best_run(page, (scores, len(page.blocks)), absent)
    if span is None:
        return None
    # A discussion page's replies are its content, never records (or a teaser box) after it.
    records = len(page.blocks) if discussion else records_start(page, span[0])
    if not discussion and (box := box_start(page, span, absent)) is not None:
        records = min(records, box)
    if records <= span[1]:
        best, span = _best_run(page, (scores, records), absent)
        if span is None:
            return None
    barrier = next((i for i in range(span[0] - 1, -1, -1) if page.removed.get(i) in _BARRIERS),
                   None)
    if barrier is not None:
        earlier, earlier_span = _best_run(page, (scores, barrier), absent)
        share = _TAG_EARLIER_SHARE if page.removed[barrier] is Rule.TAG_LIST else _EARLIER_SHARE
        if earlier >= share * best and earlier_span is not None:
            span = earlier_span
    return span


@per_state
def _lead(page: Page, absent: Set[int]) -> tuple[int, int] | None:
    """The run grown over its lead (`_with_lead`), once per state of the page."""
    span = _run(page, absent)
    return None if span is None else _with_lead(page, span, absent | page.gone if page.gone
                                                else absent)


def _with_lead(page: Page, span: tuple[int, int], absent: Set[int]) -> tuple[int, int]:
    """The run grown upwards over its lead: the start above it that adds the most, if any.

    The walk stops at the headline, when it is known, and at a barrier: what stands above
    the headline, a comment section or a teaser heading is not the article's lead.
    """
    scores, rule_of = lead_scores(page), page.removed.get
    total, gap, best, start = 0.0, 0.0, 0.0, span[0]
    top = page.title.block if page.title is not None and page.title.block < span[0] else -1
    for index in range(span[0] - 1, top, -1):
        if index in absent:
            continue
        rule = rule_of(index)
        if rule in _BARRIERS:
            break
        if rule is not None:
            total += REMOVED_COST
            continue
        score = scores[index]
        if score < 0:
            floor = gap - _LEAD_GAP_CAP  # a comparison, not `max`, as in `_best_run`
            score = floor if score < floor else score
            gap -= score
        else:
            gap = 0.0
        total += score
        if total > best:
            best, start = total, index
    return _with_standfirst(page, start, top, absent), span[1]


def _with_standfirst(page: Page, start: int, top: int, absent: Set[int]) -> int:
    """The run's start moved up to the headline when at most `_STANDFIRST_LINES` kept lines
    stand between them and each may be a standfirst (`_may_stand_first`): a subtitle or a
    standfirst printed right under the headline is the article's, even when its stop words
    are few (names, figures, a line in another language)."""
    if top < 0:
        return start
    kept = page.kept_indices
    between: list[int] = []
    # The kept blocks above `start`, upwards: the removed ones between cost nothing to skip.
    for position in range(bisect_left(kept, start) - 1, -1, -1):
        index = kept[position]
        if index <= top:
            break
        if index in absent:
            continue
        if len(between) == _STANDFIRST_LINES or not _may_stand_first(page.facts, index):
            return start
        between.append(index)
    return between[-1] if between else start


def _may_stand_first(facts: Facts, index: int) -> bool:
    """A line with letters, no link, and not headline-like (it ends with a full stop, or is
    longer than a headline): cleaning the cleaned body again would take a headline-like line
    there for the headline. A date with a label ("12.05.2021 Pressemitteilung") is none."""
    return (not facts.links()[index] and not facts.headline_like(index)
            and LETTER.search(facts.blocks[index].text) is not None)


def _best_run(
    page: Page, scored_to: tuple[tuple[float, ...], int], absent: Set[int]
) -> tuple[float, tuple[int, int] | None]:
    """The maximum-sum run among blocks before `end`, and its total, by the blocks' `scores`
    (`scored_to` is the pair of them).

    A removed block costs a little but does not lengthen a gap: the kept blocks score the
    same whether or not the removed ones are still in the text, so the article's cleaned
    body, cleaned again, is one run again.
    """
    best, best_span = 0.0, None
    running, start, gap = 0.0, 0, 0.0
    scores, end = scored_to
    rule_of = page.removed.get
    for index, scored in zip(range(end), scores, strict=False):
        if index in absent:
            continue
        rule = rule_of(index)
        if rule is None:
            score = scored
            if score < 0:
                # A gap costs at most `_GAP_CAP` (a comparison, not `max`: the loop's hot
                # path, over every block of every region asked).
                floor = gap - _GAP_CAP
                score = floor if score < floor else score
                gap -= score
            else:
                gap = 0.0
        elif rule in _HARD_STOPS:
            running, start, gap = 0.0, index + 1, 0.0
            continue
        else:
            score = -_WALL_COST if rule in _WALLS else REMOVED_COST
        running += score
        if running <= 0:
            running, start = 0.0, index + 1
        elif running > best:
            best, best_span = running, (start, index)
    return best, best_span


def _outside(page: Page) -> Iterator[int]:
    found = _framed_region(page)
    if found is None:
        return
    span, core = found
    scores = page_scores(page, discussion=False)
    first, last = with_lists(page, with_replies(page, _with_opening(page, span), scores))
    last, box = _with_parts(page, (first, last))
    # A weak region holding a small share of the page is one blurb in a grid of items. Its
    # lead is left out: without a headline to stop it (a second cleaning has none) the lead
    # walk may grow over the whole grid above.
    if not is_dominant(page, (max(first, core[0]), last), scores):
        return
    yield from (i for i in page.kept_indices if i < first or i > last or i in box)


def _with_parts(page: Page, span: tuple[int, int]) -> tuple[int, frozenset[int]]:
    """The region's end moved down over the article's parts below boxes inside it (`parts`),
    and the boxes' kept lines. Not grown over what follows a part: the max-sum run never
    weighed those lines, and a box's teasers, a footer's appeals read as sentences too."""
    box: set[int] = set()
    end = records_start(page, span[0])
    last = span[1]
    while (part := next_part(page, (span[0], last), _PART_STOPS, end)) is not None:
        box.update(part.box)
        last = part.last
    return last, frozenset(box)


def holds_the_page(page: Page, span: tuple[int, int]) -> bool:
    """Whether the main region `span`, grown over what continues it (`tail`), is the page's
    main content (`confidence.is_dominant`), not one blurb among a grid of items."""
    scores = page_scores(page, discussion=False)
    return is_dominant(page, with_tail(page, span, scores), scores)


def _with_opening(page: Page, span: tuple[int, int]) -> tuple[int, int]:
    """The region grown over a short sentence printed right above its first block, with
    nothing between (not even a removed line, so never over the headline): the article's
    opening line (a one-sentence intro, a recipe's yield), which costs the lead walk more
    than it brings when its stop words are few.

    One line only: a run of such lines above an article is a teaser list as often as a lead.
    Not a headline-like one ("Was ist neu?"): cleaning the cleaned body again would take
    it for the headline.
    """
    above = span[0] - 1
    if (above >= 0 and page.alive(above) and is_sentence_like(page.blocks[above].text)
            and not page.facts.headline_like(above)):
        return above, span[1]
    return span


def _framed_region(page: Page) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The main region once the frame rules have trimmed its edges, found again without them,
    grown over its lead; and the region without its lead.

    Head and tail chrome go after this rule; a long label they trim from the region's edge
    may be what carried the region across a gap. Scoring the page again without it gives the
    region that cleaning the cleaned body would give.
    """
    trims = [finder for name, finder in ((Rule.HEAD_CHROME, head_of), (Rule.TAIL_CHROME, tail_of))
             if page.config.enabled(name)]
    absent: set[int] = set()
    core = main_region(page, lead=False)
    span = None if core is None else _with_lead(page, core, absent)
    for _ in range(_MAX_TRIMS):
        if span is None or not trims:
            break
        inside = [i for i in page.kept_indices if span[0] <= i <= span[1] and i not in absent]
        trimmed = {i for finder in trims for i in finder(page, inside)}
        if not trimmed:
            break
        absent |= trimmed
        core = main_region(page, absent, lead=False)
        span = None if core is None else _with_lead(page, core, absent)
    return None if span is None or core is None else (span, core)


RULES = (
    ContextRule(Rule.OUTSIDE_ARTICLE, Reason.OUTSIDE, _outside, ("*",),
                "a menu, a teaser list or a footer away from the article's paragraphs"),
)

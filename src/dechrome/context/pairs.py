"""Teaser pairs that end the article: other stories' headlines, each over its own lead.

Below the article's last paragraph, a box of other stories often prints each item as a
headline line (no sentence end), then the story's lead of one or two sentences on a line of
its own, with a date ("Dec 18, 2025", "5 hours ago") above or below. An article's sections
look alike (a subheading over its paragraph), so the shape alone is not enough: only a run
of three items or more counts, only when nothing after it reads as the article's paragraph
(a box ends the text, a section is followed by more sections of the same article), and only
when the text above it holds more running text than the runs. A question is no headline
here: a list of questions with their answers below the article is the article's FAQ as often
as not. The glued shape (headline and lead in one block) is `teasers`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

import regex

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.reasons import Reason, Rule

# So many items make a box; fewer stay.
_MIN_ITEMS = 3
# A headline: so many words, no sentence end, no question.
_HEAD_MIN, _HEAD_MAX = 3, 20
# A teaser's lead: one or two sentences of so many words; an article's paragraph under a
# subheading runs on longer.
_LEAD_MIN, _LEAD_MAX = 5, 60
_LEAD_SENTENCES = 2
# A date or a credit line of an item ("COMPANIES DEC 18, 2025", "By Jane Doe"): so few words.
_SHORT = 6
# At most so many such lines stand above an item's headline, or below its lead.
_MAX_SHORT = 2
# Other stories' headlines are whole headlines: so many words on average. A section's
# subheadings ("Complexity and Overhead") and a service page's feature names are shorter.
_HEAD_MEAN = 6
# The article above the runs outweighs them so many times: on a page where the items are
# most of the text (a listing, a service page's features) they are its content.
_ABOVE = 3
# Running text of so many words is a paragraph: after a run, the article goes on.
_PARAGRAPH = 40
_HEAD_END = regex.compile(r"[.!?…:;,][\"'”’)]{0,3}+$")
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’)]{0,3}+(?:\s++(?=[\"'“‘(]?\p{Lu})|\s*+$)")
_OPENS = regex.compile(r"^[\"'“‘(]{0,2}+[\p{Lu}\p{N}]")
_DIGIT = regex.compile(r"\p{N}")


def _is_head(page: Page, index: int) -> bool:
    # The word count first: most blocks are no headline by it alone (as `_head_at` reads).
    return _HEAD_MIN <= page.words[index] <= _HEAD_MAX and page.facts.once(_head_at, index)


def _head_at(facts: Facts, index: int) -> bool:
    """A headline line: a few words that open with a capital or a figure and end in no
    mark of a sentence, a list's colon or a question. Measured once per block: every round
    of the context rules asks for each kept block."""
    text = facts.blocks[index].text
    return (_HEAD_MIN <= facts.words[index] <= _HEAD_MAX and _OPENS.match(text) is not None
            and _HEAD_END.search(text) is None and not facts.links()[index])


def _is_lead(page: Page, index: int) -> bool:
    return _LEAD_MIN <= page.words[index] <= _LEAD_MAX and page.facts.once(_lead_at, index)


def _lead_at(facts: Facts, index: int) -> bool:
    """A lead: one or two sentences, the last one ended."""
    text = facts.blocks[index].text
    if not _LEAD_MIN <= facts.words[index] <= _LEAD_MAX:
        return False
    breaks = len(_SENTENCE_BREAK.findall(text))
    return 0 < breaks <= _LEAD_SENTENCES and text.rstrip()[-1:] in ".!?…\"'”’)"


def _is_short(page: Page, index: int) -> bool:
    return page.words[index] <= _SHORT and not page.prose[index]


def _item(page: Page, kept: Sequence[int], at: int) -> tuple[int, int] | None:
    """The headline's position and the position after the item that starts at position `at`
    of `kept`, if one does: at most `_MAX_SHORT` short lines, a headline, its lead, then at
    most `_MAX_SHORT` short lines that do not begin the next item."""
    position = at
    while (position < len(kept) - 2 and position - at < _MAX_SHORT
           and _is_short(page, kept[position])
           and _DIGIT.search(page.blocks[kept[position]].text)):
        position += 1
    if not (position + 1 < len(kept) and _is_head(page, kept[position])
            and _is_lead(page, kept[position + 1])):
        return None
    head = position
    position += 2
    below = position
    while (position < len(kept) and position - below < _MAX_SHORT
           and _is_short(page, kept[position]) and not _starts_item(page, kept, position)):
        position += 1
    return head, position


def _starts_item(page: Page, kept: Sequence[int], position: int) -> bool:
    return (position + 1 < len(kept) and _is_head(page, kept[position])
            and _is_lead(page, kept[position + 1]))


def _runs(page: Page, kept: Sequence[int]) -> Iterator[tuple[int, int, list[int]]]:
    """Runs of `_MIN_ITEMS` items or more, as (first, end) positions in `kept` and the
    blocks of their headlines."""
    # Each item has a headline over its lead: fewer such pairs than a run's, no run. An item
    # starts at most `_MAX_SHORT` positions above its headline: where none is so near, none
    # starts.
    marks = [p for p in range(len(kept) - 1) if _starts_item(page, kept, p)]
    if len(marks) < _MIN_ITEMS:
        return
    position = 0
    while position < len(kept):
        later = bisect_left(marks, position)
        if later == len(marks):
            return
        position = max(position, marks[later] - _MAX_SHORT)
        start, heads = position, []
        while (item := _item(page, kept, position)) is not None:
            heads.append(kept[item[0]])
            position = item[1]
        if len(heads) >= _MIN_ITEMS:
            yield start, position, heads
        position = position + 1 if position == start else position


def _pairs(page: Page) -> Iterator[int]:
    kept = page.kept_indices
    runs = list(_runs(page, kept))
    if not runs:
        return
    inside = {kept[p] for first, end, _ in runs for p in range(first, end)}
    paragraphs = [i for i in kept if page.prose[i] and page.words[i] > _PARAGRAPH
                  and i not in inside]
    # The runs after the article's last paragraph; the text above them must hold the page.
    last = paragraphs[-1] if paragraphs else -1
    tail = [run for run in runs if kept[run[0]] > last]
    if not tail:
        return
    heads = [i for run in tail for i in run[2]]
    if sum(page.words[i] for i in heads) < _HEAD_MEAN * len(heads):
        return
    top = kept[tail[0][0]]
    above = sum(page.words[i] for i in kept if i < top and page.prose[i])
    boxed = [kept[p] for first, end, _ in tail for p in range(first, end)]
    if above >= _ABOVE * sum(page.words[i] for i in boxed):
        yield from boxed


RULES = (
    ContextRule(Rule.TEASER_PAIRS, Reason.RELATED, _pairs, ("*",),
                "'Klarna Launches AI Program' over 'Klarna has launched its …' and two more "
                "such pairs after the last paragraph"),
)

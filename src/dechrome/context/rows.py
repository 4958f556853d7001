"""A list that continues the article below its last paragraph: tour dates, ingredients, a
shopping list, a season's calendar, a table of figures.

Such a list is rows of a few words each, one under another, and every row holds a figure (a
date, an amount, a count, a score). Its rows cost the article's run more than they bring
(`scores`: short lines), so the region (`region`) ends above them and the frame rules take
them as lines that do not read as sentences. The evidence that they are the article's is
their structure and their position: `_MIN_ROWS` or more figure-bearing rows right below the
article's last paragraph, with at most a heading above them and short labels between them
("Fruit", "Dairy" in a shopping list), and nothing removed between the paragraph and the
list. A teaser list prints titles without figures, and teasers with dates alternate a title
and a date, so neither is a run of rows; a menu or a footer below the article starts after a
removed line (a related heading, a share bar), which ends the list.

A list the last paragraph announces is the article's too, figures or not: the paragraph ends
in a colon ("By the end of the course you will be able to:") and its entries stand right
below it (`introduced_below`). Teaser titles below an article follow a heading or a closing
sentence, not a colon. Below a blurb too weak to be an article (a product's description), a
short heading of the list's own may announce it ("Membership includes:"); below an article
such a heading ("Read more:") announces teasers as often, so there it is no evidence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from dechrome.context.base import Page
from dechrome.context.confidence import is_strong, line_shape
from dechrome.context.scores import page_scores
from dechrome.features import WORD, holds_url
from dechrome.reasons import COPY_RULES

# So many rows make a list; three dated lines below an article are as often its sources'
# dates or a teaser box's. Chosen on site folds 0-2 among 3, 4, 5: 3 keeps a board's
# list of dates (fold 0), 5 loses an event's programme (fold 2).
_MIN_ROWS = 4
# A row is short: a longer line is running text, which the region weighs by itself. 12
# cuts tour dates with long venue names; 20 changes no DEV page.
_ROW_WORDS = 16
# Short lines without a figure between the paragraph and the list (its heading) or between
# its rows (a group's label): at most so many in a row.
_LABELS = 2
# Above a table's first row stand its heading and its header's cells ("Ingredients",
# "Amounts per person"): so many labels there, when each of its rows holds `_COLUMNS`
# figures.
_HEAD_LABELS = 4
# A table's header cells may hold figures ("Amounts for 2 people"): so many rows unlike the
# rows below them give way to those, as a lone first row does.
_HEAD_ROWS = 2
# A list below a list (a table after a heading's list, the next of a table's groups): at
# most so many followed.
_MAX_LISTS = 8
_GROUP_WORDS = 3
# Rows holding so many figures each are a table's: their columns are figures.
_COLUMNS = 2
# A row without a figure is one of the list when it has so many of its marks.
_MARKS = 2
# An entry of a list a paragraph announces has so many words: a shorter line is a label,
# a heading or a footer's link.
_ENTRY_WORDS = 3
# A list's own heading below the paragraph ("Membership includes:") has at most so many words.
_HEADING_WORDS = 6
_DIGIT = regex.compile(r"\d")
# The first mark between a row's words: a dash, a colon, a bracket, an "@".
_MARK = regex.compile(r"[^\w\s]")


def lists_below(page: Page, last: int, kept: Sequence[int] | None = None) -> int:
    """The last row of the lists right below block `last`, one under another (`list_below`,
    `introduced_below`), or `last` when none stands there."""
    # The kept blocks as a set, made once for every list looked for (not once per call).
    shown = set(page.kept_indices if kept is None else kept)
    for _ in range(_MAX_LISTS):
        end = max(_list_end(page, last, shown), introduced_below(page, last, kept, shown))
        if end == last:
            break
        last = end
    return last


def list_below(page: Page, last: int, kept: Sequence[int] | None = None) -> int:
    """The last row of the list right below block `last` (see the module), or `last` when
    no such list stands there. `kept`: the blocks counted as kept (the page's by default)."""
    return _list_end(page, last, set(page.kept_indices if kept is None else kept))


def _list_end(page: Page, last: int, shown: set[int]) -> int:
    """`list_below` with the kept blocks given as a set."""
    rows, headed = _rows_below(page, last, shown)
    if len(rows) < _MIN_ROWS or _has_cards(page, rows) or (headed and not _columns(page, rows)):
        return last
    return rows[-1]


def _columns(page: Page, rows: list[int]) -> bool:
    """Whether each row holds `_COLUMNS` figures or more: a table's, below its header."""
    return all(sum(_figures(page.blocks[i].text)) >= _COLUMNS for i in rows)


def _rows_below(page: Page, last: int, shown: set[int]) -> tuple[list[int], bool]:
    """The rows of the list right below `last`: each holds a figure and is laid out like the
    row before it (`_alike`). Labels may stand above the first row (its heading and a
    table's header cells, `_HEAD_LABELS`) and between rows (a group's name, `_GROUP_WORDS`
    at most: a teaser's title between dates is longer). A heading holding a figure
    ("Calendar 2018"), a header's cell holding one ("Amounts for 2 people") is no row of the
    list below it: the first rows (`_HEAD_ROWS` at most) unlike the next give way to it.
    Also whether more than `_LABELS` labels stood above the first row (a table's header)."""
    rows: list[int] = []
    headed = False
    labels: list[int] = []  # the word counts of the labels since the last row
    for index in range(last + 1, len(page.blocks)):
        if index not in shown:
            if page.removed.get(index) in COPY_RULES or index in page.gone:
                continue
            break
        text = page.blocks[index].text
        if page.prose[index] or page.words[index] > _ROW_WORDS or holds_url(text):
            break
        if _DIGIT.search(text) is None and not (rows and _same_marks(
                page.blocks[rows[-1]].text, text)):
            labels.append(page.words[index])
            if _labels_end(labels, after_row=bool(rows)):
                break
            continue
        if rows and not _alike(page.blocks[rows[-1]].text, text):
            if len(rows) > _HEAD_ROWS:
                break
            rows = []
        headed = headed or (not rows and len(labels) > _LABELS)
        rows.append(index)
        labels = []
    return rows, headed


def _labels_end(labels: list[int], *, after_row: bool) -> bool:
    """Whether the labels (their word counts) since the last row end the list: more than
    `_LABELS` between rows, or a longer one (`_GROUP_WORDS`); above the first row more than
    `_HEAD_LABELS`, and more than `_LABELS` only when each is short (a table's heading and
    its header's cells; a footer's lines above an address are longer)."""
    if after_row:
        return len(labels) > _LABELS or labels[-1] > _GROUP_WORDS
    return len(labels) > _HEAD_LABELS or (len(labels) > _LABELS
                                          and max(labels) > _GROUP_WORDS)


def _alike(before: str, after: str) -> bool:
    """Whether two rows are laid out alike: their first figure is the same word of each
    ("1 tsp cinnamon", "2 lemons"; "June 9 – Tampa", "Aug. 2 -- Denver"), both end with
    one ("Carrots 4 8 16", "Green beans 80g 160g"), both hold several (a table's columns),
    or the first mark between their words is the same ("England (Group A): 10th")."""
    first, second = _figures(before), _figures(after)
    if (True in first and True in second and first.index(True) == second.index(True)) or (
            first[-1] and second[-1]):
        return True
    if sum(first) >= _COLUMNS and sum(second) >= _COLUMNS:
        return True
    mark, other = _MARK.search(before), _MARK.search(after)
    return mark is not None and other is not None and mark.group() == other.group()


def _same_marks(before: str, after: str) -> bool:
    """Whether a row without a figure has the marks of the row before, `_MARKS` or more in
    the same order: "Czech Republic (Group A): Seventh appearance" after "England (Group
    A): 10th appearance"."""
    marks = _MARK.findall(before)
    return len(marks) >= _MARKS and marks == _MARK.findall(after)


def _figures(text: str) -> list[bool]:
    """For each word of `text`, whether it holds a figure."""
    return [_DIGIT.search(word) is not None for word in WORD.findall(text)] or [False]


def _has_cards(page: Page, rows: list[int]) -> bool:
    """Whether a shape of row (`confidence.line_shape`, its figures as '0') recurs: the cards
    of a grid (a price, then "3 beds 2 baths", then an address, card after card), a pager
    ("Page 2", "Page 3") or a rating's stars ("1", "2", "3"), where a list's rows are each
    its own ("1 tsp cinnamon", "1 tsp nutmeg")."""
    shapes = [shape for index in rows if (shape := line_shape(page.facts, index)) is not None]
    return len(set(shapes)) < len(shapes)


def introduced_below(page: Page, last: int, kept: Sequence[int] | None = None,
                     shown: set[int] | None = None) -> int:
    """The last entry of the list block `last` introduces, or `last`: a paragraph that ends
    in a colon ("By the end of the course you will be able to:", "In this section we cover:")
    announces what follows, and the lines right below it are its entries, sentences or not.
    The list runs over lines of `_ENTRY_WORDS` or more words, nothing removed between
    them; a short label (a heading, a footer link), a line announcing a list of its own, or
    a paragraph ends it.

    Below a blurb (`_list_heading`), the announcing line may also be a short heading of the
    list's own right below the paragraph ("Membership includes:"): the page's content goes
    on in its list. `shown`: `kept` as a set, when the caller has made it."""
    heading = last
    if not page.blocks[last].text.rstrip().endswith(":"):
        found = _list_heading(page, last, kept)
        if found is None:
            return last
        heading = found
    if shown is None:
        shown = set(page.kept_indices if kept is None else kept)
    end = heading
    for index in range(heading + 1, len(page.blocks)):
        if index not in shown:
            if page.removed.get(index) in COPY_RULES or index in page.gone:
                continue
            break
        text = page.blocks[index].text.rstrip()
        if page.prose[index] or page.words[index] < _ENTRY_WORDS or text.endswith(":"):
            break
        end = index
    return end if end > heading else last


def _list_heading(page: Page, last: int, kept: Sequence[int] | None) -> int | None:
    """The kept line right below paragraph `last` (copies passed over) when it is a list's
    heading: `_HEADING_WORDS` at most, ending in a colon, no sentence; and only when the run
    of kept running text that `last` ends is a blurb too weak to be an article on its own
    (`confidence.is_strong`: a product's or a service's description). Below an article such
    a heading ("Read more:", "Mehr lesen:") announces teasers as often. Else None."""
    index = next((i for i in range(last + 1, len(page.blocks))
                  if not (page.removed.get(i) in COPY_RULES or i in page.gone)), None)
    if (index is None or page.prose[index] or page.words[index] > _HEADING_WORDS
            or not page.blocks[index].text.rstrip().endswith(":")):
        return None
    shown = page.kept_indices if kept is None else kept
    position = bisect_left(shown, index)
    if position == len(shown) or shown[position] != index:
        return None
    first = _run_start(page, shown, bisect_left(shown, last))
    return None if is_strong(page, (first, last), page_scores(page, discussion=False)) else index


def _run_start(page: Page, shown: Sequence[int], position: int) -> int:
    """The first block of the stretch of kept running text (short lines between allowed)
    that ends at `shown[position]`: up to the kept line above its first paragraph that
    is neither running text nor one of `_LABELS` short lines in a row."""
    start, short = shown[position], 0
    for index in reversed(shown[:position]):
        if page.prose[index]:
            start, short = index, 0
        else:
            short += 1
            if short > _LABELS:
                break
    return start

"""A date line anywhere in the article, when no line near the headline gives a date.

Some pages print their date further from the headline than the credit lines reach: under a
picture and a standfirst ("Bettina Kugler 19.10.2019, 05:00 Uhr" inside the kept text), in
a footer right below the article ("24. April 2020 | Pressemitteilungen"), or in a breadcrumb
line ("Blog Home AI & Machine Learning • October 18, 2019"). Such a line is short and holds
little besides its date. It counts only when no other reading found a date, from the
article's first paragraph down to the first comment heading, then upwards; never a caption's,
a comment's or a teaser's (a line among other dated lines is a list of teasers), never a
sentence of the body, and no line that says it was updated ("Site Last Updated: ..."). A
line the body keeps must read as a meta line, not as a heading about a date ("Anlässlich des
11. September 2001"): a time, a weekday or a bar beside the date.
"""

from __future__ import annotations

import regex

from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import WEEKDAYS, find_dates
from dechrome.metadata.dates import _UPDATED
from dechrome.metadata.evidence import Evidence, is_embed_credit
from dechrome.metadata.firstpost import REPLY_HEADER
from dechrome.metadata.headerdate import header_today
from dechrome.metadata.labelled import COMMENT_RULES
from dechrome.reasons import Rule

_MAX_CHARS = 100
# Words besides the date's own: a name, a section, "Uhr", a label.
_MAX_WORDS = 10
_DIGIT = regex.compile(r"\d")
_META_MARK = regex.compile(r"\d{1,2}+:\d{2}+|[|•·]")
_WORD = regex.compile(r"\p{L}{2,12}+")
_LIST_REACH = 4
_LIST_OTHERS = 2
_NOT_DATES = frozenset({Rule.CAPTION, Rule.PHOTO_CREDIT, *COMMENT_RULES})


def dated_line(evidence: Evidence, *, day_first: bool) -> tuple[str | None, int | None]:
    """The date of the first short dated line of the article's own (see the module), and
    its block."""
    first = evidence.first_kept() or 0
    end = next((i for i, rule in evidence.in_order() if i > first and rule in COMMENT_RULES),
               len(evidence.blocks))
    dates: dict[int, str | None] = {}
    for index in [*range(first, end), *range(first - 1, -1, -1)]:
        iso = _date_of(evidence, index, dates, day_first=day_first)
        if iso is not None and not _in_list(evidence, index, dates, day_first=day_first):
            return iso, index
    return None, None


def _date_of(evidence: Evidence, index: int, dates: dict[int, str | None], *,
             day_first: bool) -> str | None:
    """The first date of a short dated line of this article's own, else None."""
    if index not in dates:
        dates[index] = _line_date(evidence, index, day_first=day_first)
    return dates[index]


def _line_date(evidence: Evidence, index: int, *, day_first: bool) -> str | None:
    # The cheap tests first: most lines of a page hold no date.
    text = evidence.blocks[index].text
    rule = evidence.removed.get(index)
    if (len(text) > _MAX_CHARS or _DIGIT.search(text) is None or len(text.split()) > _MAX_WORDS
            or not evidence.own(index) or rule in _NOT_DATES):
        return None
    # A line the body keeps must read as a meta line.
    if (rule is None and not _meta_line(text)) or _UPDATED.search(text) is not None or (
            REPLY_HEADER.match(text)) or header_today(evidence, index) or is_embed_credit(text):
        return None
    found = find_dates(text, day_first=day_first)
    if not found:
        return None
    # A line that opens with its date is a date line even when it ends in a dot ("1.11.23
    # 20:19 von Lars Sobiraj Lesezeit: 4 Min.").
    if rule is None and found[0].start != 0 and ends_like_sentence(text):
        return None
    return found[0].iso


def _meta_line(text: str) -> bool:
    """A time, a weekday or a bar or bullet beside the date."""
    return _META_MARK.search(text) is not None or any(
        word.casefold() in WEEKDAYS for word in _WORD.findall(text))


def _in_list(evidence: Evidence, index: int, dates: dict[int, str | None], *,
             day_first: bool) -> bool:
    """Whether other dated lines of two other dates stand within reach: a teaser list."""
    near = range(max(0, index - _LIST_REACH), min(len(evidence.blocks), index + _LIST_REACH + 1))
    others = {_either_reading(evidence, i, dates, day_first=day_first)
              for i in near if i != index}
    return len(others - {None, dates[index]}) >= _LIST_OTHERS


def _either_reading(evidence: Evidence, index: int, dates: dict[int, str | None], *,
                    day_first: bool) -> str | None:
    """The line's date, a slashed one in either reading: "12/11/2025" among teasers is
    another date whether it means 12 November or December 11."""
    found = _date_of(evidence, index, dates, day_first=day_first)
    if found is None and not day_first and "/" in evidence.blocks[index].text:
        found = _line_date(evidence, index, day_first=True)
    return found

"""The opening post's author on a forum page: "sorairolake February 20, 2026, 4:55pm 1".

Forum software heads each post with the poster's user name, the post's date and its number
in the thread: "Laubrani (Laubrani) July 30, 2024, 3:22pm 1", "Need2KnowLion 2 years ago
#1". The number 1 after the date marks the thread's opening post, whose poster is the page's
author. That number is what lets a user name in lower case count here: elsewhere a lower-case
word beside a date is as often a weekday or a label ("domenica 13 luglio 2025"). Only the
lines from the headline to just under the first paragraph are read, only when nothing else
credits anyone.
"""

from __future__ import annotations

import regex

from dechrome.metadata.dateparse import MONTHS, WEEKDAYS, find_dates
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.reldates import says_relative

# A user name, the same name again in brackets (display name and handle), the date, then
# the post's number 1. Anchored: asked of whole lines only.
_HEADER = regex.compile(
    r"(?P<user>[\p{L}\d][\p{L}\d_.-]{1,29}+)(?:\s\((?P=user)\))?+\s(?P<when>[^\n]{4,60}?)\s#?1",
)
# A reply's header opens with its post number ("#13 HustleBrickz, Oct 27, 2025", "#2 · Jun
# 4, 2024"): its date and its poster are the reply's, not the thread's.
REPLY_HEADER = regex.compile(r"#\s?(?:[2-9]|[1-9]\d{1,5}+)(?!\d)")
_MAX_CHARS = 100
_BELOW_FIRST = 5
_DIGIT = regex.compile(r"\d")


def opening_poster(evidence: Evidence) -> tuple[tuple[str, ...], int | None]:
    """The user name of the first post header between the headline and just under the
    first paragraph, and its block."""
    first = evidence.first_kept()
    if first is None:
        return (), None
    top = evidence.headline_block()
    start = top if top is not None and top < first else first - _BELOW_FIRST
    for index in range(max(0, start), min(len(evidence.blocks), first + _BELOW_FIRST)):
        text = evidence.blocks[index].text.strip()
        if len(text) > _MAX_CHARS or not evidence.own(index) or _DIGIT.search(text) is None:
            continue
        match = _HEADER.fullmatch(text)
        if match is None:
            continue
        user, when = match["user"], match["when"]
        if user.casefold() in MONTHS or user.casefold() in WEEKDAYS:
            continue
        if find_dates(when) or find_dates(when, day_first=True) or says_relative(when):
            return (user,), index
    return (), None

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
from dechrome.stopwords import stop_words_of

# A user name, the same name again in brackets (display name and handle), the date, then
# the post's number 1. Anchored: asked of whole lines only.
_HEADER = regex.compile(
    r"(?P<user>[\p{L}\d][\p{L}\d_.-]{1,29}+)(?:\s\((?P=user)\))?+\s(?P<when>[^\n]{4,60}?)\s#?1",
)
# A reply's header opens with its post number ("#13 HustleBrickz, Oct 27, 2025", "#2 · Jun
# 4, 2024"): its date and its poster are the reply's, not the thread's.
REPLY_HEADER = regex.compile(r"#\s?(?:[2-9]|[1-9]\d{1,5}+)(?!\d)")
# A post header of a date and the post's number 1 alone, the user name on a line beside it:
# "11-29-2024, 09:03 AM #1", "Aug 08, 2006 #1 2006-08-08T22:13+00:00".
_NUMBERED = regex.compile(r"(?P<when>[^\n]{4,60}?)\s#1(?!\d)(?:\s[^\s#][^\n]{0,40})?")
# A user name alone on its line: one word of letters, digits and "_.-", with a letter.
_USER_LINE = regex.compile(r"(?=[^\n]{0,29}\p{L})[\p{L}\d][\p{L}\d_.-]{1,29}+")
# An age in months or years, which counts back to no day: "2 years ago", "vor 3 Monaten".
_AGE = regex.compile(
    r"\b\d{1,2}+\s(?:months?|years?|monate?n?|jahren?|mois|ans?|mes(?:es)?|años?|mesi|anni|"
    r"maanden|jaar)\s(?:ago|fa|geleden)\b|\b(?:vor|il y a|hace)\s\d{1,2}+\s(?:monate?n?|"
    r"jahren?|mois|ans?|mes(?:es)?|años?)\b",
    regex.IGNORECASE,
)
# A capitalised word is as often a label beside a post's header ("Quote", "Reply",
# "Offline") as a user name; a user name has a capital inside, a digit or no capital at all.
_LABEL_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_LANGUAGES = ("German", "English", "French", "Spanish", "Italian", "Dutch")
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
        # An age in months or years only with the "#" of a post number: "Marko Zivkovic 1
        # month ago 1" in a list of articles counts its comments.
        if match is not None and _is_user(match["user"]) and (
                _dated(match["when"]) or ("#" in text and _AGE.search(match["when"]))):
            return (match["user"],), index
        numbered = _NUMBERED.fullmatch(text)
        if numbered is not None and (_dated(numbered["when"]) or _AGE.search(numbered["when"])):
            # "11-29-2024, 09:03 AM #1" over "HOSTLAR": the user name on a line of its own
            # beside the header.
            near = _user_beside(evidence, index)
            if near is not None:
                return (evidence.blocks[near].text.strip(),), near
    return (), None


def _dated(when: str) -> bool:
    return bool(find_dates(when) or find_dates(when, day_first=True) or says_relative(when))


def _is_user(word: str) -> bool:
    return word.casefold() not in MONTHS and word.casefold() not in WEEKDAYS


def _user_beside(evidence: Evidence, index: int) -> int | None:
    """The nearest line within two of the header, below first, that is one user name."""
    for near in (index + 1, index - 1, index + 2, index - 2):
        if not 0 <= near < len(evidence.blocks) or not evidence.own(near):
            continue
        text = evidence.blocks[near].text.strip()
        if _USER_LINE.fullmatch(text) and _is_user(text) and not _LABEL_WORD.fullmatch(text) and (
                text.casefold() not in stop_words_of(_LANGUAGES)):
            return near
    return None

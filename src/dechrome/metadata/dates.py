"""The publication date: from the credit lines around the headline, and from the URL.

Where a page prints its date: a date line or timestamp label ("12.07.2025 16:29",
"Veröffentlicht am 1. November 2024"), a byline with a date ("Von Anna Muster · 1.11.2024"),
or a short line between the headline and the first paragraph. Dates inside the body's
sentences are what the article is about, and dates in teasers, galleries and comments belong
to other texts: neither is read, nor is a date line that stands in a list of dated teasers.
A line that says it was updated yields only when no other date is printed. A date in the URL
(`/2024/11/01/`) is the publisher's own record: it wins over a different printed date, a
printed date of the same day adds its time, and without a printed date it is the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import regex

from dechrome.metadata.dateparse import calendar_date, first_date
from dechrome.metadata.evidence import Evidence, credit_lines

_UPDATED = regex.compile(
    r"\b(?:akt\.|aktualisiert|(?:zuletzt )?(?:geändert|bearbeitet)|editiert|updated?|modified|"
    r"mis à jour|modifié|actualisé)",
    regex.IGNORECASE,
)
# A line that says it gives the publication date counts wherever it stands.
_PUBLISHED = regex.compile(
    r"(?:published|posted|veröffentlicht|veröffentlichung|erschienen|publiziert|publié|paru|"
    r"publicado|pubblicato|publicada|gepubliceerd|opublikowano|datum|date|fecha|data)\b"
    r"\s?(?:am|on|le|el|il|em|op|dnia)?\s?:?\s?\S{0,12}+\s?\d",
    regex.IGNORECASE,
)
# The first letters of `_PUBLISHED`'s labels (`tests/test_fast_paths.py` checks them).
_PUBLISHED_OPENING = regex.compile(r"[defgopv]", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")
# A date line with dated lines of two other dates within this reach is a teaser list's.
_LIST_REACH = 4
_LIST_OTHERS = 2
_URL_DATES = (
    regex.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[/_.-])(?P<month>[01]?\d)(?P=sep)"
        r"(?P<day>[0-3]?\d)(?!\d)"
    ),
    regex.compile(r"(?<![\d.-])(?P<day>[0-3]\d)-(?P<month>[01]\d)-(?P<year>(?:19|20)\d{2})(?!\d)"),
    regex.compile(r"(?<=/)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?=/|$)"),
)


def read_date(evidence: Evidence, lines: list[int] | None = None,
              language: str | None = None) -> str | None:
    """ISO 8601 date (with the time when printed) of the article's publication, if given.

    `lines` are the credit lines nearest to the headline first (default:
    `credit_lines(evidence)`, around the headline the context rules found). In a body of a
    `language` other than English, "03/05/2022" is 3 May, as those languages write dates.
    """
    lines = credit_lines(evidence) if lines is None else lines
    day_first = language is not None and language != "en"
    printed = list(_printed_dates(evidence, lines, day_first=day_first))
    from_url = url_date(evidence.url)
    if from_url is not None:
        return next((found for found, _ in printed if found[:10] == from_url), from_url)
    fresh = [found for found, updated in printed if not updated]
    return fresh[0] if fresh else next((found for found, _ in printed), None)


def url_date(url: str | None) -> str | None:
    """The date in a URL's path ("/2024/11/01/", "2024-11-01", "01-11-2024", "/20241101/"),
    if it is a real date."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            day = calendar_date(int(match["year"]), int(match["month"]), int(match["day"]))
            if day is not None:
                return day.isoformat()
    return None


def _printed_dates(evidence: Evidence, lines: list[int], *, day_first: bool,
                   ) -> Iterator[tuple[str, bool]]:
    """Each printed date of a credit line, nearest first, and whether it says "updated";
    then those of lines anywhere that say they give the publication date."""
    dated = _DatedLines(evidence, day_first=day_first)
    labelled = _labelled(evidence)
    for index in dict.fromkeys([*lines, *labelled]):
        found = dated.date_of(index)
        if found is not None and not dated.in_list(index):
            yield found, _UPDATED.search(evidence.blocks[index].text) is not None


def _labelled(evidence: Evidence) -> list[int]:
    """The blocks of this article's own that say they give the publication date."""
    # The label opens the line: whether a first character may open one is asked once.
    opens: dict[str, bool] = {}
    found: list[int] = []
    for block in evidence.blocks:
        text = block.text
        first = text[:1]
        if first not in opens:
            opens[first] = _PUBLISHED_OPENING.match(first) is not None
        if opens[first] and evidence.own(block.index) and _PUBLISHED.match(text) is not None:
            found.append(block.index)
    return found


class _DatedLines:
    """The date of each block, parsed once; and whether a block is one of a list of dated
    teasers ("Title / 4. November 2021 / Title / 3. November 2021 / ...")."""

    def __init__(self, evidence: Evidence, *, day_first: bool) -> None:
        self._blocks = evidence.blocks
        self._day_first = day_first
        self._dates: dict[int, str | None] = {}

    def date_of(self, index: int) -> str | None:
        if index not in self._dates:
            text = self._blocks[index].text
            self._dates[index] = (first_date(text, day_first=self._day_first)
                                  if _DIGIT.search(text) else None)
        return self._dates[index]

    def in_list(self, index: int) -> bool:
        near = range(max(0, index - _LIST_REACH), min(len(self._blocks), index + _LIST_REACH + 1))
        others = {self.date_of(i) for i in near if i != index} - {None, self.date_of(index)}
        return len(others) >= _LIST_OTHERS

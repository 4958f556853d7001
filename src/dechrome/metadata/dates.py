"""The publication date: from the credit lines around the headline, and from the URL.

Where a page prints its date: a date line or timestamp label ("12.07.2025 16:29",
"Veröffentlicht am 1. November 2024"), a byline with a date ("Von Anna Muster · 1.11.2024"),
or a short line between the headline and the first paragraph. Dates inside the body's
sentences are what the article is about, and dates in teasers, galleries and comments belong
to other texts: neither is read, nor is a date line that stands in a list of dated teasers
(the body's sentences around it, which may well name dates, make no such list).
A line that says it was updated yields only when no other date is printed. A date in the URL
(`/2024/11/01/`) is the day the page's address was made: a printed date of the same day is
the answer with its time, and when only an update is printed the URL's is. A different
printed publication date wins: the address is made when a draft is first saved, and the page
prints the day it went out ("/2019/12/09/" under "mardi 10.12.19", "/2022/05/06/" under
"sabado 07 de mayo del 2022 Actualizado 07 May 2022").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import find_dates, first_date
from dechrome.metadata.evidence import Evidence, credit_lines, head_lines
from dechrome.metadata.firstpost import REPLY_HEADER
from dechrome.metadata.headerdate import header_today
from dechrome.metadata.leaddate import lead_date
from dechrome.metadata.postmeta import post_meta
from dechrome.metadata.reldates import relative_date, says_relative
from dechrome.metadata.sources import Source
from dechrome.metadata.urldate import url_date
from dechrome.rules.gate import gate_of, gated_match

# A date of a later act on the page: an update, an edit, an answer, a forum's last post.
_UPDATED = regex.compile(
    r"\b(?:akt\.|aktualisiert|aktualisierung|(?:zuletzt )?(?:geändert|bearbeitet)|editiert|"
    r"updated?|modified|actualizado|actualización|aggiornato|aggiornamento|bijgewerkt|"
    r"edited|answered|replied|last post|letzter beitrag|mis à jour|modifié|actualisé)",
    regex.IGNORECASE,
)
# A line that says it gives the publication date counts wherever it stands.
_PUBLISHED = regex.compile(
    r"(?:published|posted|veröffentlicht|veröffentlichung|erschienen|publiziert|publié|paru|"
    r"publicado|pubblicato|publicada|gepubliceerd|opublikowano|datum|date|fecha|data|asked)\b"
    r"\s?(?:am|on|le|el|il|em|op|dnia)?\s?:?\s?\S{0,12}+\s?\d",
    regex.IGNORECASE,
)
# A line opens with a label or it is none: its first characters rule most lines out.
_PUBLISHED_GATE = gate_of(_PUBLISHED)
_DIGIT = regex.compile(r"\d")
# A date line with dated lines of two other dates within this reach is a teaser list's.
_LIST_REACH = 4
_LIST_OTHERS = 2
# A date that opens a line: digits or a month name first, within the first characters.
_OPENING_DATE = regex.compile(r"\W{0,3}+(?:\d|\p{L}{3,12}+\.?\s\d)")
_OPENING_DIGITS = regex.compile(r"\W{0,3}+\d{1,4}+[./-]\d{1,2}+[./-]\d{2,4}+")
_OPENING_CHARS = 40
# The credit lines nearest the headline, where a publication label caps the date.
_NEAR_LINES = 6
_OPENING_REACH = 3

# The dates a relative date may count back from stand on short lines (a header, a teaser).
_MAX_REFERENCE_CHARS = 200


def read_date(evidence: Evidence, lines: list[int] | None = None,
              language: str | None = None) -> str | None:
    """ISO 8601 date (with the time when printed) of the article's publication, if given.

    `lines` are the credit lines nearest to the headline first (default:
    `credit_lines(evidence)`, around the headline the context rules found). In a body of a
    `language` other than English, "03/05/2022" is 3 May, as those languages write dates.
    """
    return read_dated(evidence, lines, language)[0]


def read_dated(evidence: Evidence, lines: list[int] | None = None,
               language: str | None = None) -> tuple[str | None, Source | None, int | None]:
    """`read_date`'s date, how it was found, and the block it was read from."""
    lines = credit_lines(evidence) if lines is None else lines
    day_first = language is not None and language != "en"
    printed = list(_printed_dates(evidence, lines, day_first=day_first))
    from_url = url_date(evidence.url)
    if from_url is not None:
        same = next((found for found in printed if found.iso[:10] == from_url), None)
        if same is not None:
            return same.iso, Source.URL_PATH_AND_DATE_LINE, same.block
        # An update printed alone ("Updated Nov 13, 2019" on a /2019/11/8/ page) leaves the
        # URL's day the publication.
        if not any(not found.updated for found in printed):
            return from_url, Source.URL_PATH, None
    fresh = [found for found in printed if not found.updated]
    chosen = _head_first(evidence, printed, fresh)
    if chosen is None or _relative_first(evidence, lines, chosen.block):
        # "vor 3 Stunden" under the headline, the header's date of the day above it.
        relative = _relative(evidence, lines, day_first=day_first)
        if relative[0] is not None:
            return relative
        if chosen is None:
            return post_meta(evidence, day_first=day_first)
    # Never later than a date a credit line labels as the publication ("Veröffentlicht
    # am 1.11.2024" under the headline; a label elsewhere may be a teaser's).
    near = set(lines[:_NEAR_LINES])
    labelled = [found for found in fresh
                if found.labelled and found.block in near and found.iso < chosen.iso]
    chosen = min(labelled, key=lambda found: found.iso) if labelled else chosen
    posted = _posted_before(evidence, lines, chosen.iso, day_first=day_first)
    if posted[0] is not None:
        return posted
    how = (Source.LABELLED_DATE if chosen.labelled else
           Source.UPDATED_DATE if chosen.updated else Source.DATE_LINE)
    return chosen.iso, how, chosen.block


def _head_first(evidence: Evidence, printed: list[_Printed], fresh: list[_Printed],
                ) -> _Printed | None:
    """The first publication date printed, or when that stands after the article, unlabelled,
    a date at its head: "Updated on October 21, 2025" under the headline, a dateline opening
    the first paragraph, over "July 17, 2025" below the last (a comment's, a teaser's)."""
    chosen = fresh[0] if fresh else next(iter(printed), None)
    if fresh and _tail_only(evidence, fresh[0]):
        chosen = next((found for found in fresh if not _tail_only(evidence, found)),
                      next((found for found in printed if found.updated), chosen))
    return chosen


def _posted_before(evidence: Evidence, lines: list[int], iso: str, *, day_first: bool,
                   ) -> tuple[str | None, Source | None, int | None]:
    """A post footer closing the article that says it went out before `iso`: "Der Beitrag
    wurde am 27. November 2019 veröffentlicht" makes a line under the headline dated later
    ("Termin: 21.02.2020") an event's or an update's. A footer further down may be another
    post's."""
    posted = post_meta(evidence, day_first=day_first)
    if posted[0] is not None and posted[0][:10] < iso[:10] and (
            posted[2] in lines or posted[2] not in evidence.removed):
        return posted
    return None, None, None


def _tail_only(evidence: Evidence, found: _Printed) -> bool:
    """Whether `found` is an unlabelled date printed after the article's last paragraph."""
    last = evidence.last_kept()
    return not found.labelled and last is not None and found.block > last


def _relative_first(evidence: Evidence, lines: list[int], block: int) -> bool:
    """Whether a credit line nearer the headline than `block` gives a relative date."""
    for index in lines:
        if index == block:
            return False
        if says_relative(evidence.blocks[index].text):
            return True
    return False


def _relative(evidence: Evidence, lines: list[int], *, day_first: bool,
              ) -> tuple[str | None, Source | None, int | None]:
    """A relative date on a credit line ("vor 3 Stunden"), counted back from the newest
    date the page prints; never from the clock."""
    said = next((i for i in lines if says_relative(evidence.blocks[i].text)), None)
    if said is None:
        return None, None, None
    dated = _DatedLines(evidence, day_first=day_first)
    printed = [found for i in range(len(evidence.blocks))
               if len(evidence.blocks[i].text) <= _MAX_REFERENCE_CHARS
               and (found := dated.date_of(i)) is not None]
    if not printed:
        return None, None, None
    resolved = relative_date(evidence.blocks[said].text, max(printed))
    return (resolved, Source.RELATIVE_DATE, said) if resolved else (None, None, None)


class _Printed(NamedTuple):
    iso: str
    block: int
    updated: bool
    labelled: bool


def _printed_dates(evidence: Evidence, lines: list[int], *, day_first: bool,
                   ) -> Iterator[_Printed]:
    """Each printed date of a credit line, nearest first, and whether it says "updated";
    then those of lines anywhere that say they give the publication date; then a date that
    opens a line right under the headline ("19.10.2019, 15:30 Uhr Am 8. Spieltag ...") or
    the title line ("08.11.2021 | Online-Fachtag ...")."""
    dated = _DatedLines(evidence, day_first=day_first)
    labelled = _labelled(evidence)
    for index in dict.fromkeys([*lines, *labelled]):
        found = dated.date_of(index)
        if found is not None and not dated.in_list(index):
            text = evidence.blocks[index].text
            yield _Printed(found, index, _says_updated(text, day_first=day_first),
                           index in labelled)
    for index in _opening_lines(evidence):
        text = evidence.blocks[index].text
        # A kept paragraph may open with a date it talks about ("3. Februar 2021 hatte der
        # Bundestag ..."); a dateline run into the text is printed in digits.
        opening = _OPENING_DATE if index in evidence.removed else _OPENING_DIGITS
        found = first_date(text[:_OPENING_CHARS], day_first=day_first)
        # "[ 20. Februar 2020 ] Das Potential des Streckenhandels" under a ticker's first
        # item taken for the headline: one of a list of dated teasers, as for credit lines.
        if found is not None and opening.match(text) and not dated.in_list(index) and not (
                header_today(evidence, index)):
            yield _Printed(found, index, _says_updated(text, day_first=day_first), False)
    # "Düsseldorf, 22. November 2022 - Der ...": a dateline opening the first paragraph.
    first = evidence.first_kept()
    if first is not None and (found := lead_date(evidence.blocks[first].text,
                                                 day_first=day_first)) is not None and not (
            dated.in_list(first)):
        yield _Printed(found, first, False, False)
    for index in head_lines(evidence, lines):
        found = dated.date_of(index)
        if found is not None and not dated.in_list(index):
            text = evidence.blocks[index].text
            yield _Printed(found, index, _says_updated(text, day_first=day_first), False)
    # Last, a full date the headline itself carries ("Lemmy Development Update 2024-10-04").
    headline = evidence.headline_block()
    if headline is not None and (found := dated.date_of(headline)) is not None and not (
            dated.in_list(headline)):
        # Its words are its topic ("Update" there names no later act).
        yield _Printed(found, headline, False, False)


def _says_updated(text: str, *, day_first: bool) -> bool:
    """Whether the date read from `text` (its first) is a later act's: the word for it stands
    before that date ("Updated Nov 13, 2019"). A line that prints the publication first and
    then its update ("08 May 2022 Actualizado el 08 de Mayo 2022 | 6:00 h") dates the
    publication."""
    said = _UPDATED.search(text)
    if said is None:
        return False
    dates = find_dates(text, day_first=day_first)
    return not dates or said.start() < dates[0].start


def _opening_lines(evidence: Evidence) -> list[int]:
    """The title line and the lines right under the headline."""
    headline = evidence.headline_block()
    below = [] if headline is None else list(range(headline + 1, headline + 1 + _OPENING_REACH))
    return [i for i in [0, *below] if i < len(evidence.blocks) and evidence.own(i)]


def _labelled(evidence: Evidence) -> list[int]:
    """The blocks of this article's own that say they give the publication date."""
    return [block.index for block in evidence.blocks
            if gated_match(_PUBLISHED, _PUBLISHED_GATE, block.text) is not None
            and evidence.own(block.index)]


class _DatedLines:
    """The date of each block, parsed once; and whether a block is one of a list of dated
    teasers ("Title / 4. November 2021 / Title / 3. November 2021 / ...")."""

    def __init__(self, evidence: Evidence, *, day_first: bool) -> None:
        self._evidence = evidence
        self._blocks = evidence.blocks
        self._removed = evidence.removed
        self._day_first = day_first
        self._dates: dict[int, str | None] = {}

    def date_of(self, index: int) -> str | None:
        if index not in self._dates:
            text = self._blocks[index].text
            self._dates[index] = (first_date(text, day_first=self._day_first)
                                  if _DIGIT.search(text) and not REPLY_HEADER.match(text)
                                  and not header_today(self._evidence, index) else None)
        return self._dates[index]

    def in_list(self, index: int) -> bool:
        near = range(max(0, index - _LIST_REACH), min(len(self._blocks), index + _LIST_REACH + 1))
        # A sentence the body keeps ("Am 9. Oktober 2023 wurde ...") talks about a date; it
        # is no teaser's date line.
        others = {self._any_reading(i) for i in near if i != index and not self._sentence(i)}
        return len(others - {None, self.date_of(index)}) >= _LIST_OTHERS

    def _any_reading(self, index: int) -> str | None:
        """The block's date, a slashed one in either reading: "12/11/2025" among teasers
        counts as another date whether it is 12 November or December 11."""
        found = self.date_of(index)
        if found is None and not self._day_first and "/" in self._blocks[index].text:
            found = first_date(self._blocks[index].text, day_first=True)
        return found

    def _sentence(self, index: int) -> bool:
        return index not in self._removed and ends_like_sentence(self._blocks[index].text)

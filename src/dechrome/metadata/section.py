"""The section: the label a page sets above or beside the headline ("Ukraine-Krieg").

Three places carry it: the kicker right above the headline when it is a short label (a
quoted overline such as „Grüße von Putin“ is a teaser line, not a section); a short label
between the headline and the date line ("Außenpolitik" above "12.07.2025 16:29"); and a
rubric in capitals that opens the headline ("PUTINS KRIEG: Donnerschlag! …").
"""

from __future__ import annotations

import regex

from dechrome.features import is_quoted, word_count
from dechrome.metadata.dateparse import first_date
from dechrome.metadata.evidence import CREDIT_RULES, Evidence
from dechrome.reasons import Rule

_MAX_LABEL_WORDS = 3
_MAX_LABEL_CHARS = 40
_MAX_DATE_WORDS = 10
_LABEL = regex.compile(r"\p{Lu}[\p{L}&/'’ -]{1,39}+")
_RUBRIC = regex.compile(r"(?P<rubric>\p{Lu}{2,20}+(?:[ -]\p{Lu}{2,20}+){1,3}+):\s")


def read_section(evidence: Evidence) -> str | None:
    """The section label the page shows with the headline, if it shows one."""
    headline = evidence.headline_block()
    if headline is not None:
        above = _label_at(evidence, headline - 1, Rule.KICKER)
        if above is not None:
            return above
        below = _framed_label(evidence, _after_copies(evidence, headline))
        # Only between the headline and a date or byline: "Außenpolitik".
        if below is not None and _dated(evidence, below + 1):
            return evidence.blocks[below].text
    return _rubric(evidence.title)


def is_label(text: str) -> bool:
    """A short capitalised label without sentence punctuation, digits or quotes."""
    return (
        0 < word_count(text) <= _MAX_LABEL_WORDS and len(text) <= _MAX_LABEL_CHARS
        and not is_quoted(text) and _LABEL.fullmatch(text) is not None
    )


def _label_at(evidence: Evidence, index: int, rule: Rule) -> str | None:
    if 0 <= index < len(evidence.blocks) and evidence.removed_as(index, rule):
        text = evidence.blocks[index].text
        return text if is_label(text) else None
    return None


def _framed_label(evidence: Evidence, index: int) -> int | None:
    if index < len(evidence.blocks) and evidence.framed(index) and is_label(
        evidence.blocks[index].text
    ):
        return index
    return None


def _after_copies(evidence: Evidence, headline: int) -> int:
    index = headline + 1
    while evidence.removed_as(index, Rule.TITLE_DUPLICATE):
        index += 1
    return index


def _rubric(title: str | None) -> str | None:
    match = _RUBRIC.match(title) if title else None
    return match["rubric"] if match is not None else None


def _dated(evidence: Evidence, index: int) -> bool:
    """A date line or credit line: "12.07.2025 16:29", "Von Anna Muster"."""
    if evidence.removed_as(index, *CREDIT_RULES):
        return True
    return index < len(evidence.blocks) and evidence.own(index) and word_count(
        evidence.blocks[index].text
    ) <= _MAX_DATE_WORDS and first_date(evidence.blocks[index].text) is not None

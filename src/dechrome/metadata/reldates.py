"""Relative dates ("3 hours ago", "vor 2 Tagen", "il y a 3 jours"), counted back from a date
the page itself prints, never from the clock.

A page that says "Published 3 hours ago" was fetched at some moment the text does not
carry; only a date the page gives (a "today" line in the header, the newest date it prints)
anchors the count. Without such a date a relative date gives nothing.
"""

from __future__ import annotations

import datetime

import regex

# Number, unit, and the word that says "ago", per language: en, de, fr, es, it, nl.
_UNITS: dict[str, str] = {
    "minute": r"min(?:ute)?s?|minuten?|minutos?|minuti|minuut|minuten",
    "hour": r"h(?:ou)?rs?|hours?|stunden?|std\.?|heures?|horas?|or[ae]|uur|uren",
    "day": r"days?|tage?n?|jours?|d[ií]as?|giorn[oi]|dagen?",
    "week": r"weeks?|wochen?|semaines?|semanas?|settiman[ae]|weken?",
}
_UNIT = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _UNITS.items())
_NUMBER = r"(?P<number>\d{1,3}+|an?|one|eine[mnr]?|un[ae]?|une)"
_RELATIVE = regex.compile(
    rf"(?:(?:vor|il y a|hace|fa)\s{_NUMBER}\s(?:{_UNIT})\b"
    rf"|\b{_NUMBER}\s(?:{_UNIT})\s(?:ago|fa|geleden)\b)",
    regex.IGNORECASE,
)
# "Yesterday" with the time it gives: "hier" alone is also French for nothing of the kind
# and German for "here".
_YESTERDAY = regex.compile(
    r"\b(?:yesterday|gestern|hier|ayer|ieri|gisteren),?\s(?:at\s|um\s|à\s|a las\s|alle\s|om\s)?"
    r"\d{1,2}[:h.]\d{2}",
    regex.IGNORECASE,
)
# A relative date stands on a short credit line, not in a sentence.
_MAX_CHARS = 80
_SPAN = {"minute": datetime.timedelta(minutes=1), "hour": datetime.timedelta(hours=1),
         "day": datetime.timedelta(days=1), "week": datetime.timedelta(weeks=1)}


def relative_date(text: str, reference: str) -> str | None:
    """The day `text` names relative to the ISO date `reference` ("2025-07-12" or
    "2025-07-12T16:29"), as ISO 8601; None when `text` names none."""
    if not says_relative(text):
        return None
    try:
        anchor = datetime.datetime.fromisoformat(reference)
    except ValueError:
        return None
    if _YESTERDAY.search(text):
        return _before(anchor, _SPAN["day"])
    match = _RELATIVE.search(text)
    if match is None:
        return None
    number = match["number"]
    count = int(number) if number.isdigit() else 1
    unit = next(name for name in _UNITS if match[name])
    # Hours and minutes before a day with no time could fall on that day or the one
    # before: the day the page gives stands.
    if unit in ("minute", "hour") and len(reference) <= len("2025-07-12"):
        return anchor.date().isoformat()
    return _before(anchor, count * _SPAN[unit])


def _before(anchor: datetime.datetime, span: datetime.timedelta) -> str | None:
    """The day `span` before `anchor`; None when that falls before the year 1 (a page's
    "0001-01-01" is no date to count back from)."""
    try:
        return (anchor - span).date().isoformat()
    except OverflowError:
        return None


def says_relative(text: str) -> bool:
    """Whether `text` is a short line that gives a relative date."""
    return len(text) <= _MAX_CHARS and (
        _RELATIVE.search(text) is not None or _YESTERDAY.search(text) is not None)

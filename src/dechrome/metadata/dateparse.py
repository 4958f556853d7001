"""Printed dates to ISO 8601: the common German, English and French forms, with a time.

Small regexes instead of dateparser: a page prints a handful of forms ("12.07.2025 16:29",
"1. November 2024", "Nov 1, 2024", "1er novembre 2024", "2024-11-01"), and the metadata
pass must stay within dechrome's speed budget. As in htmldate, a date is only taken when it
is a real calendar date in a plausible range; unlike dateparser, relative dates ("vor 2
Stunden", "il y a 3 jours") are never turned into a date, since that needs the day the page
was fetched. A slashed date that could be day/month or month/day is left alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from dechrome.rules.base import phrases

MIN_YEAR = 1990
MAX_YEAR = 2100
_LAST_CENTURY_FROM = 90  # a two-digit year 90-99 is 199x, 00-89 is 20xx
_HALF_DAY = 12
_MONTHS_IN_YEAR = 12

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        ("januar", "jänner", "jan", "january", "janvier", "janv", "enero", "ene", "gennaio",
         "janeiro", "januari", "stycznia", "styczeń"),
        ("februar", "feber", "feb", "february", "février", "févr", "fevrier", "febrero",
         "febbraio", "fevereiro", "februari", "lutego", "luty"),
        ("märz", "mär", "mrz", "march", "mar", "mars", "marzo", "março", "maart", "marca",
         "marzec"),
        ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień"),
        ("mai", "may", "mayo", "maggio", "maio", "mei", "maja", "maj"),
        ("juni", "jun", "june", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec"),
        ("juli", "jul", "july", "juillet", "juil", "julio", "luglio", "julho", "lipca",
         "lipiec"),
        ("august", "aug", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień"),
        ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro",
         "września", "wrzesień"),
        ("oktober", "okt", "october", "oct", "octobre", "octubre", "ottobre", "outubro",
         "października", "październik"),
        ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad"),
        ("dezember", "dez", "december", "dec", "décembre", "déc", "decembre", "diciembre",
         "dicembre", "dezembro", "grudnia", "grudzień"),
    ), start=1)
    for name in names
}
# Weekday names and their short forms, which pages print before a date ("Mo., 12.07.").
WEEKDAYS = frozenset({
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "miercoles", "sabado",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
})
_MONTH = rf"(?P<name>{phrases(*MONTHS)})(?![\p{{L}}])\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR4 = r"(?P<year>(?:19|20|21)\d{2})(?!\d)"
_TIME = regex.compile(
    r"\s?(?:[,|·•/–—-]\s?)?(?:(?:um|at|à|a|-)\s)?(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)"
    r"(?!\d|[.:]\d)(?:\s?(?P<half>[ap])\.?\s?m\b\.?)?",
    regex.IGNORECASE,
)
_PATTERNS: dict[str, regex.Pattern[str]] = {
    "iso": regex.compile(
        r"(?<![\d.])(?P<year>(?:19|20|21)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?!\d)"
    ),
    # Day first with dots, or a month's short name between them ("25.Jun.2019", "03.Mär.19").
    "numeric": regex.compile(
        rf"(?<![\d.,/]){_DAY}\.(?:\s?(?P<month>[0-3]?\d)\.\s?"
        rf"|(?=\p{{L}})(?i:(?P<name>{phrases(*MONTHS)}))\.)(?P<year>(?:19|20|21)?\d{{2}})"
        # Not a version number glued to more ("VN:F [1.9.22_1171]").
        r"(?![\d_]|\.\d)"
    ),
    # "2025.12.17": the ISO order with dots, as some blogs print it.
    "iso_dotted": regex.compile(
        r"(?<![\d.])(?P<year>(?:19|20|21)\d{2})\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)(?![\d.])"
    ),
    "slashed": regex.compile(
        r"(?<![\d/.])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20|21)\d{2})(?!\d)"
    ),
    # "11-29-2024, 09:03 AM": forums print the month first with dashes; read like slashes.
    "dashed": regex.compile(
        r"(?<![\d.-])(?P<first>[0-3]?\d)-(?P<second>[0-3]?\d)-(?P<year>(?:19|20|21)\d{2})"
        r"(?![\d-])"
    ),
    "day_month": regex.compile(
        rf"(?<![\d.]){_DAY}(?:\.|er|st|nd|rd|th|º)?\s{{1,3}}(?:of\s|de\s)?{_MONTH},?\s{{1,3}}"
        rf"(?:de\s|del\s)?{_YEAR4}",
        regex.IGNORECASE,
    ),
    "month_day": regex.compile(
        # "December 19. 2025": a dot after the day, as pages from Central Europe print it.
        rf"(?<![\p{{L}}]){_MONTH}\s{{1,3}}{_DAY}(?:st|nd|rd|th|\.)?,?\s{{1,3}}{_YEAR4}",
        regex.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date printed in a text: where it starts and its ISO 8601 form."""

    start: int
    iso: str


# Text every match of a form holds (one of): a cheap test that skips the form's regex.
_MARKS: dict[str, tuple[str, ...]] = {
    "iso": ("-",), "numeric": (".",), "slashed": ("/",), "iso_dotted": (".0", ".1"),
    "dashed": ("-19", "-20", "-21"),
    "day_month": ("19", "20", "21"), "month_day": ("19", "20", "21"),
}


_GATED = tuple((pattern, _MARKS[pattern[0]]) for pattern in _PATTERNS.items())
# A named date's year follows a space ("1. November 2024", "Nov 1, 2024", "1 de mayo de
# 2024"): tested once for both named forms, whose month alternation costs the most to scan.
_SPACED_YEAR = regex.compile(r"\s(?:19|20|21)\d{2}(?!\d)")
_NAMED = frozenset({"day_month", "month_day"})


def find_dates(text: str, *, day_first: bool = False) -> list[FoundDate]:
    """Every valid date in `text`, in the order they are printed. `day_first` reads
    "05/07/2024" as 5 July (as every European language writes it); else that date is
    ambiguous and skipped."""
    found: list[FoundDate] = []
    spaced_year: bool | None = None
    for pattern, marks in _GATED:
        for mark in marks:
            if mark in text:
                break
        else:
            continue
        if pattern[0] in _NAMED:
            if spaced_year is None:
                spaced_year = _SPACED_YEAR.search(text) is not None
            if not spaced_year:
                continue
        found.extend(_matches(pattern, text, day_first=day_first))
    return sorted(found, key=lambda date: date.start) if len(found) > 1 else found


def first_date(text: str, *, day_first: bool = False) -> str | None:
    """The ISO form of the first valid date in `text`, if any."""
    dates = find_dates(text, day_first=day_first)
    return dates[0].iso if dates else None


def _matches(pattern: tuple[str, regex.Pattern[str]], text: str, *, day_first: bool,
             ) -> Iterator[FoundDate]:
    form, compiled = pattern
    for match in compiled.finditer(text):
        day = (_slashed(match, day_first=day_first) if form in _EITHER_ORDER
               else _FORMS[form](match))
        if day is None:
            continue
        time = _time_of(match, text)
        yield FoundDate(match.start(), f"{day.isoformat()}{time}")


def _numeric(match: regex.Match[str]) -> datetime.date | None:
    if match.re is _PATTERNS["numeric"] and match["name"] is not None:
        return _named(match)
    year, month, day = _full_year(match["year"]), int(match["month"]), int(match["day"])
    if month > _MONTHS_IN_YEAR >= day and match.re is _PATTERNS["numeric"] and _padded(match):
        # "01.21.2020 07:00 AM": no month 21, so the month stands first, as in the US. Only
        # in that full form: "v1.24.91" is a version.
        return calendar_date(year, day, month)
    return calendar_date(year, month, day)


def _padded(match: regex.Match[str]) -> bool:
    """Two-digit day and month and a four-digit year: "01.21.2020"."""
    return len(match["day"]) == len(match["month"]) == 2 and len(match["year"]) == 4


def _named(match: regex.Match[str]) -> datetime.date | None:
    month = MONTHS[match["name"].casefold()]
    return calendar_date(_full_year(match["year"]), month, int(match["day"]))


def _slashed(match: regex.Match[str], *, day_first: bool = False) -> datetime.date | None:
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 >= second or (day_first and second <= 12):
        return calendar_date(year, second, first)
    # "03/03/2026": both readings give the same day, so the order does not matter.
    if second > 12 >= first or first == second:
        return calendar_date(year, first, second)
    return None  # 05/07/2024: 5 July or May 7, and the text does not say which


_FORMS: dict[str, Callable[[regex.Match[str]], datetime.date | None]] = {
    "iso": _numeric, "numeric": _numeric, "iso_dotted": _numeric, "day_month": _named,
    "month_day": _named,
}
# Forms whose first two numbers may be day then month or month then day.
_EITHER_ORDER = frozenset({"slashed", "dashed"})


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        return year + (1900 if year >= _LAST_CENTURY_FROM else 2000)
    return year


def calendar_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, when it exists and its year is plausible for a web page."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _time_of(match: regex.Match[str], text: str) -> str:
    groups = match.groupdict()
    if groups.get("hour") is not None:
        return f"T{int(groups['hour']):02d}:{groups['minute']}"
    after = _TIME.match(text, match.end())
    if after is None:
        return ""
    hour = int(after["hour"])
    if after["half"]:
        if hour > _HALF_DAY:  # "14:00 pm" is no time
            return ""
        hour = hour % _HALF_DAY + (_HALF_DAY if after["half"].lower() == "p" else 0)
    return f"T{hour:02d}:{after['minute']}"

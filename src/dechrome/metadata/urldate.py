"""The date a URL's path gives ("/2024/11/01/", "2024-11-01", "01-11-2024", "/20241101/")."""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from dechrome.metadata.dateparse import calendar_date

__all__ = ["url_date"]

_URL_DATES = (
    regex.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[/_.-])(?P<month>[01]?\d)(?P=sep)"
        r"(?P<day>[0-3]?\d)(?!\d)"
    ),
    regex.compile(r"(?<![\d.-])(?P<day>[0-3]\d)-(?P<month>[01]\d)-(?P<year>(?:19|20)\d{2})(?!\d)"),
    regex.compile(r"(?<=/)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?=/|$)"),
)


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

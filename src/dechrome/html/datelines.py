"""The date a page prints for its reader next to the headline: the dateline.

A page's machine dates often disagree with what it shows: the meta tags keep the first
draft's day, or the time of day in UTC where the reader sees the local day, or the
modification date that the page prints as its date. The printed dateline says which day
the article carries. It stands in a short element close to the `<h1>` (the kicker line
above it, the meta line under it): a `<time>` element or a `<span>`, `<p>` or `<div>`
whose own text is a date with at most a short label before it ("Erschienen am:",
"Written:", "Posted"). Elements inside comments, teasers or related-article boxes are
other texts' dates. Several different days near the headline are a list of dated teasers
or events, whose dates say nothing about the article by themselves.

Only the few dozen elements around each of the page's first headlines are read
(`dechrome.html.near`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex
from lxml.html import HtmlElement

from dechrome.html.dates import machine_date
from dechrome.html.near import Near, in_marked_box
from dechrome.metadata.dateparse import find_dates

_MAX_CHARS = 80
_MAX_LABEL_WORDS = 5
# The date, its time and a name or a place: "12.07.2025, 16:29 Uhr | Anna Muster".
_MAX_REST_WORDS = 6
_MAX_ANCESTORS = 6
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "h1", "head", "title"})
_OTHER_TEXT = regex.compile(r"comment|teaser|related|widget|footer", regex.IGNORECASE)
_UPDATE_LABEL = regex.compile(
    r"\b(?:akt\.|aktualisiert|geändert|bearbeitet|editiert|updated?|modified|mis à jour|"
    r"modifié|actualizado|atualizado|aggiornato)",
    regex.IGNORECASE,
)
_UPDATE_CLASS = regex.compile(r"updated|modified|aktualisiert", regex.IGNORECASE)
_PUBLISH_CLASS = regex.compile(r"publish|pubdate|created|entry-date|post-date|article-date",
                               regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The date printed nearest to the headline (ISO 8601; None when none is), and whether
    it stands alone: the only day printed there, and not an update's."""

    date: str | None = None
    alone: bool = False


@dataclass(frozen=True, slots=True)
class _Printed:
    distance: int
    date: str
    updated: bool


def read_dateline(near: Near) -> Dateline:
    """The printed date nearest to one of the first headlines (`near`, see
    `dechrome.html.near`), a date that says it is an update only when no other is printed
    there."""
    found = [printed for element, distance in near for printed in _printed(element, distance)]
    fresh = [printed for printed in found if not printed.updated]
    chosen = fresh or found
    if not chosen:
        return Dateline()
    # `min` keeps the first of equal distances: the first headline's, the one above it.
    nearest = min(chosen, key=lambda printed: printed.distance)
    days = {printed.date[:10] for printed in fresh}
    return Dateline(nearest.date, alone=len(days) == 1)


def _printed(element: HtmlElement, distance: int) -> Iterator[_Printed]:
    if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
        return
    is_time = element.tag == "time"
    text = " ".join((element.text_content() if is_time else element.text or "").split())
    found = _dated(text)
    if found is not None and not in_marked_box(element, _OTHER_TEXT, _MAX_ANCESTORS):
        yield _Printed(distance, found[0], found[1] or _update_class(element))
    elif found is None and is_time:
        # "vor 2 Tagen", an icon: the machine value is all the element says.
        machine = machine_date(element.get("datetime"))
        if machine is not None:
            yield _Printed(distance, machine, _update_class(element))


def _dated(text: str) -> tuple[str, bool] | None:
    """The date a short text prints after at most a short label ("Erschienen am:"), and
    whether the label says it is an update's; None for running text or a span of days
    ("vom 9. bis 23. Februar", an event's)."""
    if not text or len(text) > _MAX_CHARS or not _DIGIT.search(text):
        return None
    dates = find_dates(text)
    if not dates:
        return None
    label, rest = text[:dates[0].start], text[dates[0].start:]
    if (len(label.split()) > _MAX_LABEL_WORDS or _DIGIT.search(label)
            or len(rest.split()) > _MAX_REST_WORDS):
        return None
    return dates[0].iso, _UPDATE_LABEL.search(label) is not None


def _update_class(element: HtmlElement) -> bool:
    classes = element.get("class", "")
    return _UPDATE_CLASS.search(classes) is not None and not _PUBLISH_CLASS.search(classes)

"""The publication date an HTML page states in its markup, read before any text search.

Publishers record the date for machines in a few standard places, and each says which date
it is: microdata on the page (`itemprop="datePublished"` on a `<time>` or `<meta>`), the
JSON-LD record of the article (`datePublished`, else `dateCreated`), the head's meta tags
(`article:published_time`, `pubdate`, Dublin Core `dc.date`, ...) and `<time>` elements
that say they mark the publication (`pubdate`, a class naming it). A machine value is ISO
8601 with the writer's own offset, so its first ten characters are the day as printed;
other forms go through the printed-date parser. Modification dates (`dateModified`,
`article:modified_time`, `og:updated_time`: when the page changed) are kept apart: they are
never taken for the publication, only to confirm the date a page prints as its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree
from lxml.html import HtmlElement

from dechrome.metadata.dateparse import calendar_date, first_date

_ISO = regex.compile(r"\A\s*+(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"
                     r"(?:[T ](?P<time>[0-2]\d:[0-5]\d))?+")
_COMPACT = regex.compile(r"\A\s*+(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
                         r"(?:T?(?P<time>[0-2]\d[0-5]\d))?+(?!\d)")
# Lower-cased `name`, `property` or `itemprop` of a meta tag that gives the publication date.
_PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time",
    "article:published", "published_time", "article.published", "datepublished",
    "pubdate", "og:pubdate", "publishdate", "publish-date", "publish_date", "pub_date",
    "publication_date", "published-date", "date.published", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
    "vr:published-time", "article_date_original", "cxenseparse:recs:publishtime",
    "originalpublicationdate", "date_published", "rnews:datepublished", "release_date",
})
# Meta names that give a date without saying which one: the page's date, read after the
# ones that name publication.
_PLAIN_META = frozenset({"date", "dc.date", "dcterms.date", "dc:date", "datecreated"})
_LD_KEYS = ("datePublished", "dateCreated")
# Lower-cased meta names and JSON-LD keys that give when the page was last changed.
_MODIFIED_META = frozenset({
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "modified",
})
_LD_MODIFIED = "dateModified"
_PUBLISH_CLASS = regex.compile(r"publish|pubdate|created|entry-date|post-date|article-date",
                               regex.IGNORECASE)
_UPDATE_CLASS = regex.compile(r"updated|modified|comment|aktualisiert", regex.IGNORECASE)
_MAX_VALUE_CHARS = 200
# Microdata publication dates in the body. The attribute scan comes first, and only the
# few elements that carry it are tested for a body above them: about half the cost of
# testing every element of the body.
_MICRODATA = etree.XPath('//@itemprop[. = "datePublished"]/parent::*[ancestor::body]')


@dataclass(frozen=True, slots=True)
class MarkupDates:
    """The publication dates the markup states, by where they stood (ISO 8601, first ten
    characters the day; empty where the page states none)."""

    microdata: tuple[str, ...] = ()
    json_ld: tuple[str, ...] = ()
    meta: tuple[str, ...] = ()
    plain_meta: tuple[str, ...] = ()
    time: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        """Every date found, the most specific sources first."""
        return (*self.microdata, *self.json_ld, *self.meta, *self.time, *self.plain_meta)

    def best(self) -> str | None:
        """The first date of the most specific source: microdata on the article, its JSON-LD
        record, the meta tags that name publication, a `<time>` that says it marks it,
        then a meta tag that names no kind of date."""
        return next(iter(self.all()), None)

    def days(self) -> frozenset[str]:
        """The days of every date found, modification dates included."""
        return frozenset(found[:10] for found in (*self.all(), *self.modified))


def read_dates(tree: HtmlElement, objects: tuple[dict[str, Any], ...] = (), *,
               day_first: bool = False) -> MarkupDates:
    """Every publication date the page's markup states, by source, each in page order
    (`objects`: the page's JSON-LD objects, `dechrome.html.jsonld.ld_objects`)."""
    meta, plain, microdata, modified = [], [], [], []
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or "").strip().lower()
        if key in _MODIFIED_META:
            modified.append(machine_date(element.get("content"), day_first=day_first))
        elif key in _PUBLISHED_META or key in _PLAIN_META:
            found = machine_date(element.get("content"), day_first=day_first)
            if found is not None:
                target = plain if key in _PLAIN_META else meta
                target.append(found)
                if element.get("itemprop", "").lower() == "datepublished":
                    microdata.append(found)
    microdata += _microdata(tree, day_first=day_first)
    return MarkupDates(
        microdata=_unique(microdata), json_ld=_unique(_ld_dates(objects, day_first=day_first)),
        meta=_unique(meta), plain_meta=_unique(plain),
        time=_unique(_time_elements(tree, day_first=day_first)),
        modified=_unique([*filter(None, modified), *_ld_modified(objects, day_first=day_first)]),
    )


def machine_date(value: str | None, *, day_first: bool = False) -> str | None:
    """The ISO date (with the time when given) of a machine-written or printed value."""
    if not value:
        return None
    value = value.strip()[:_MAX_VALUE_CHARS]
    match = _ISO.match(value) or _COMPACT.match(value)
    if match is None:
        return first_date(value, day_first=day_first)
    day = calendar_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    clock = match["time"]
    if clock and ":" not in clock:
        clock = f"{clock[:2]}:{clock[2:]}"
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


def _microdata(tree: HtmlElement, *, day_first: bool) -> Iterator[str]:
    for element in _MICRODATA(tree):
        value = element.get("datetime") or element.get("content") or element.text_content()
        found = machine_date(value, day_first=day_first)
        if found is not None:
            yield found


def _time_elements(tree: HtmlElement, *, day_first: bool) -> Iterator[str]:
    """`<time>` elements that say they mark the publication: the `pubdate` attribute, or a
    class of theirs or their parent's that names it (and not an update or a comment)."""
    for element in tree.iter("time"):
        parent = element.getparent()
        above = parent.get("class", "") if parent is not None else ""
        classes = f"{element.get('class', '')} {above}"
        if _UPDATE_CLASS.search(classes):
            continue
        if element.get("pubdate") is not None or _PUBLISH_CLASS.search(classes):
            found = machine_date(element.get("datetime") or element.text_content(),
                                 day_first=day_first)
            if found is not None:
                yield found


def _ld_dates(objects: tuple[dict[str, Any], ...], *, day_first: bool) -> Iterator[str]:
    """`datePublished` (else `dateCreated`) of each JSON-LD object."""
    for item in objects:
        value = next((item[key] for key in _LD_KEYS if isinstance(item.get(key), str)), None)
        found = machine_date(value, day_first=day_first)
        if found is not None:
            yield found


def _ld_modified(objects: tuple[dict[str, Any], ...], *, day_first: bool) -> Iterator[str]:
    for item in objects:
        value = item.get(_LD_MODIFIED)
        found = machine_date(value, day_first=day_first) if isinstance(value, str) else None
        if found is not None:
            yield found


def _unique(values: Iterator[str] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))

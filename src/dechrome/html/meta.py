"""Metadata of an HTML page: the head's meta tags and JSON-LD (read with trafilatura's
readers, `dechrome.html.pagemeta`), the page's own headings, bylines and dates, and
dechrome's reading of the text, chosen field by field.

- title: the `<h1>` (else an early `<h2>`) that the page's `<title>`, `og:title` or
  trafilatura's title confirm, word for word for the most part: the headline as printed,
  without the " | Site" the `<title>` adds. Without one, the longest segment of
  trafilatura's title.
- authors: the JSON-LD `author` names of the article, else `<meta name="author">`, else
  the meta tags' and JSON-LD's as trafilatura reads them, else the byline the text
  credits, else the element the markup marks as the author's.
- date: see `pagemeta.choose_date` (URL, markup, the text's, htmldate on the parsed tree:
  never a URL string, nothing is fetched).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex
from lxml.html import HtmlElement

from dechrome.html.authornames import clean_names
from dechrome.html.datelines import Dateline, read_dateline
from dechrome.html.dates import MarkupDates, read_dates
from dechrome.html.extract import PageMeta
from dechrome.html.headings import HEADINGS, choose_title, title_key
from dechrome.html.jsonld import ld_authors, ld_objects
from dechrome.html.near import Near, near_headlines
from dechrome.html.pagemeta import (
    byline_authors,
    choose_date,
    header_date,
    lead_byline,
    read_page_meta,
    tie_break,
)
from dechrome.metadata.dates import url_date
from dechrome.metadata.sources import Source
from dechrome.model import Document, FieldSource

_AUTHOR_SPLIT = regex.compile(r"\s*;\s*")
# The lines under the headline where a page shows its date (further down: event dates,
# dated teasers).
_SHOWN_HEADER_LINES = 6
_AUTHOR_NAMES = frozenset({"author", "Author", "dc.creator", "DC.creator"})
_WRITTEN_BY = regex.compile(
    r"(?:written|posted) by|verfasst von|geschrieben von|autor(?:in)?|author|écrit par|"
    r"rédigé par|escrito por|scritto da|geschreven door",
    regex.IGNORECASE,
)
_MIN_SITE_KEY = 4


@dataclass(frozen=True, slots=True)
class Markup:
    """What the page's markup states about itself, read before extraction."""

    headings: tuple[tuple[str, str], ...] = ()
    titles: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    page: PageMeta = field(default_factory=PageMeta)
    dates: MarkupDates = field(default_factory=MarkupDates)
    url_date: str | None = None
    tied_date: str | None = None
    url: str | None = None
    header: tuple[str, ...] = ()
    dateline: Dateline = field(default_factory=Dateline)
    # The elements next to the headline, where the byline stands (`dechrome.html.near`).
    near: Near = ()

    @property
    def h1s(self) -> tuple[str, ...]:
        return tuple(text for tag, text in self.headings if tag == "h1")


def read_markup(tree: HtmlElement, url: str | None) -> Markup:
    """Headings (first `<h1>`s and `<h2>`s), `<title>` and `og:title`, author names, the
    head's metadata and the dates; read before anything strips the tree."""
    headings = tuple((tag, text) for tag, count, _ in HEADINGS
                     for text in _texts(tree.iter(tag), count))
    og_title, meta_author = _meta_contents(tree)
    titles = (*_texts(tree.iter("title"), 1), *([og_title.strip()] if og_title is not None else []))
    objects = ld_objects(tree)
    authors = ld_authors(objects) or tuple(_meta_authors(meta_author))
    dates, from_url = read_dates(tree, objects), url_date(url)
    near = near_headlines(tree)
    dateline = read_dateline(near)
    return Markup(headings, tuple(t for t in titles if t), authors, read_page_meta(tree),
                  dates, from_url, tie_break(tree, dates, from_url, dateline), url,
                  dateline=dateline, near=near)


def headline(markup: Markup) -> str | None:
    """The headline the markup names the page's title: `merge` takes it, and the HTML
    rules remove its copies (`title-duplicate`)."""
    page = markup.page
    return choose_title(markup, page.title, _site_keys(page.sitename, markup.url))


def merge(markup: Markup, document: Document | None, tree: HtmlElement) -> dict[str, Any]:
    """The Document fields, chosen field by field."""
    own = document or Document((), None, (), (), (), ())
    meta = markup.page
    site = _site_names(meta.sitename, markup.url)
    sources = (markup.authors, tuple(a for a in _AUTHOR_SPLIT.split(meta.author or "") if a),
               own.authors)
    authors = choose_authors(tuple(clean_names(names, site) for names in sources),
                             _site_keys(meta.sitename, markup.url), tree, markup.near)
    # A date the text found only far from its headline (`dated-line-in-article`) is the
    # last resort here: the markup's and htmldate's dates come first.
    weak = any(found.field == "date" and found.how == "dated-line-in-article"
               for found in own.evidence)
    date = choose_date(markup.dates, markup.tied_date, markup.url_date,
                       (None if weak else own.date) or header_date(markup.header),
                       (markup.dateline, header_date(markup.header, _SHOWN_HEADER_LINES))
                       ) or (own.date if weak else None)
    title = headline(markup) or own.title
    return {
        "title": title,
        "date": date,
        "authors": authors,
        "evidence": chosen_evidence(own.evidence, {
            "title": title, "date": date, "authors": "; ".join(authors) or None}),
        "sitename": meta.sitename or own.sitename,
        "language": own.language or meta.language,
        "summary": meta.description or own.summary,
        "categories": meta.categories,
        "tags": meta.tags,
        "mode": "html",
    }


def chosen_evidence(evidence: tuple[FieldSource, ...], chosen: dict[str, str | None]
                    ) -> tuple[FieldSource, ...]:
    """The text's evidence for the values HTML mode kept, and a `page-markup` source for
    each value the markup chose instead: evidence names where the chosen value came from,
    never a value that was set aside."""
    kept = [found for found in evidence
            if found.field not in chosen or found.value == chosen[found.field]]
    told = {found.field for found in kept}
    return tuple(kept) + tuple(
        FieldSource(field, value, str(Source.PAGE_MARKUP), None, "")
        for field, value in chosen.items() if value and field not in told)


def choose_authors(sources: tuple[tuple[str, ...], ...], sites: tuple[str, ...],
                   tree: HtmlElement, near: Near = ()) -> tuple[str, ...]:
    """The first source's names that are not the site's own name; failing any, the
    element the markup marks as the byline; failing that, the site's name after all (on a
    personal site or an organisation's page the site is the author)."""
    found = [names for names in sources if names]
    # A name that repeats one of the site's is the site's too: "Courier" beside "Courier
    # (courier.example)".
    sites = (*sites, *(title_key(name) for names in found if _names_site(names, sites)
                       for name in names))
    people = next((names for names in found if not _names_site(names, sites)), ())
    if people:
        return people
    byline = byline_authors(tree, frozenset(element for element, _ in near))
    return clean_names(byline or lead_byline(near), frozenset()) or next(iter(found), ())


def _site_names(sitename: str | None, url: str | None) -> frozenset[str]:
    """The site's name and each label of its host but the last, as letters and digits
    only, whatever their length ("cnn" of edition.cnn.com)."""
    host = (urlsplit(url).hostname or "") if url else ""
    keys = (title_key(sitename or ""), *map(title_key, host.split(".")[:-1]))
    return frozenset(key for key in keys if key and key != "www")


def _site_keys(sitename: str | None, url: str | None) -> tuple[str, ...]:
    """The site's name and its host's main label, as letters and digits only."""
    host = (urlsplit(url).hostname or "") if url else ""
    label = max(host.removeprefix("www.").split(".")[:-1] or [""], key=len)
    return tuple(key for key in (title_key(sitename or ""), title_key(label))
                 if len(key) >= _MIN_SITE_KEY)


def _names_site(names: tuple[str, ...], sites: tuple[str, ...]) -> bool:
    """Whether the names are the site's own ("jungefreiheit.de", "Badische Zeitung" on
    badische-zeitung.de): the publisher, which the meta tags often give as the author."""
    keys = [title_key(name) for name in names]
    return bool(sites) and all(any(site in key or key in site for site in sites)
                               for key in keys if key)


def _texts(elements: Iterator[HtmlElement], count: int) -> list[str]:
    found: list[str] = []
    for element in elements:
        text = " ".join(element.text_content().split())
        if text:
            found.append(text)
            if len(found) == count:
                break
    return found


def _meta_contents(tree: HtmlElement) -> tuple[str | None, str | None]:
    """The `content` of the first `og:title` meta tag and of the first author meta tag that
    has one (else the name a "Written by" Twitter card label gives), in one walk over the
    page's meta tags (two XPath scans of every node cost more)."""
    og_title = author = carded = None
    labelled = False
    for element in tree.getroottree().iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        if og_title is None and element.get("property") == "og:title":
            og_title = content
        if author is None and (element.get("name") in _AUTHOR_NAMES
                               or element.get("property") == "author"):
            author = content
        labelled, carded = _card_author(element, content, labelled, carded)
        if og_title is not None and author is not None:
            break
    return og_title, author or carded


def _card_author(element: HtmlElement, content: str, labelled: bool, carded: str | None
                 ) -> tuple[bool, str | None]:
    """Whether the Twitter card's first label says "Written by", and then its first value:
    SEO plugins put the author there when the template prints none."""
    name = element.get("name")
    if name == "twitter:label1":
        return _WRITTEN_BY.fullmatch(content.strip()) is not None, carded
    if name == "twitter:data1" and labelled and carded is None:
        return labelled, content
    return labelled, carded


def _meta_authors(value: str | None) -> Iterator[str]:
    text = " ".join(value.split()) if value is not None else ""
    if text and "://" not in text:
        yield text

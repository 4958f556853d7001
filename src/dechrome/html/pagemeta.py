"""What the page's head and markup say about it, read without trafilatura's costly steps.

trafilatura's own metadata pass (`with_metadata=True`) costs as much as a third of its
extraction: an XPath author search with regular-expression callbacks over the whole page,
a category search over every link, a JSON-LD reader that normalises each script character
by character, and htmldate's extensive text search (which parses the page's dates with
dateparser). Here only its meta-tag and OpenGraph reader is kept; the JSON-LD is parsed
once (`dechrome.html.jsonld`), the byline is looked up with one plain XPath scan, and the
date comes from the markup (`dechrome.html.dates`), with htmldate's markup search (never
its extensive one) to break ties and as the last resort. Nothing is fetched: htmldate gets
the parsed tree, never a URL string.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import regex
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import metadata as trafilatura_metadata

from dechrome.html.datelines import Dateline
from dechrome.html.dates import MarkupDates
from dechrome.html.extract import PageMeta
from dechrome.html.near import Near, in_marked_box
from dechrome.metadata.authors import names_in_byline
from dechrome.metadata.dateparse import first_date

_LOG = logging.getLogger(__name__)

# Elements whose class, id, itemprop or rel may say they hold the author's name, found by
# XPath 1.0 `contains` tests (evaluated in C: no regular-expression callbacks); which of
# them say it strongly is decided in Python (`_strength`). A union of attribute scans:
# libxml2 walks the attributes of each kind once, about twice as fast as testing four
# attributes on every element (the union comes back in document order).
_BYLINE_XPATH = etree.XPath(
    '//@class[contains(., "uthor") or contains(., "yline")]/.. | //@id[contains(., "author")]/..'
    ' | //@rel[. = "author"]/.. | //@itemprop[contains(., "author")]/..'
)
_STRONG = regex.compile(r"author-?name", regex.IGNORECASE)
_BYLINE_TAGS = frozenset({"a", "div", "p", "span", "address"})
_MAX_RAW_LINE_CHARS = 400  # before its whitespace is folded
# The lead words `names_in_byline` knows, for a cheap test before it runs (no end
# boundary: the C-level text runs "By<a>Jane</a>" together).
_LEAD_WORD = regex.compile(r"(?<!\p{L})(?:von|by|par|por|door|aut[hoe]|text)", regex.IGNORECASE)
_LINE_TAGS = frozenset({"div", "p", "span", "address", "li", "small", "em", "i", "strong", "b"})
# A byline inside these stands for another text (a comment, a teaser, a quoted post).
_NOT_ARTICLE = regex.compile(r"comment|sidebar|teaser|related|footer|widget|quote",
                             regex.IGNORECASE)
_MAX_BYLINE_CHARS = 120
_MAX_ANCESTORS = 8
_OTHER_BOXES = frozenset({"aside", "footer", "nav"})
# What may open a byline element's text before the name ("Veröffentlicht von", "By:").
_LEAD = regex.compile(
    r"\A(?:(?:veröffentlicht|geschrieben|verfasst|posted|written|publié|écrit|publicado)"
    r"\s{1,3}+)?+(?:von|by|par|por|door|autor(?:in)?|author|auteur)\b\s{0,3}+:?\s{0,3}+",
    regex.IGNORECASE,
)
# What ends the name in a byline element: a bar, a dot, a date, a role after a comma.
_AFTER_NAME = regex.compile(r"\s{0,3}+(?:[|·•,/]|\s-\s|\d).{0,200}+\Z")
_WORD = regex.compile(r"\A\p{L}[\p{L}\d.'’\-]{0,30}+\Z")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "del", "la", "le",
                        "zu", "y", "e", "dos", "das", "ten", "ter"})
_MAX_NAME_WORDS = 4
_MAX_HEADER_WORDS = 16


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """Title, author, site name, description, categories and tags from the head's meta tags,
    and OpenGraph (trafilatura's reader), the title from `<title>`/`<h1>` failing
    those; the date is left to `choose_date`."""
    try:
        found = trafilatura_metadata.examine_meta(tree)
        if not found.title:
            found.title = trafilatura_metadata.extract_title(tree)
        if not found.sitename:
            found.sitename = trafilatura_metadata.extract_sitename(tree)
    except (ValueError, TypeError, AttributeError, etree.LxmlError) as error:
        _LOG.debug("metadata not readable: %s", error)
        return PageMeta()
    author = found.author if found.author and " " in found.author else None
    return PageMeta(
        title=_text(found.title), author=_text(author), sitename=_text(found.sitename),
        description=_text(found.description),
        categories=tuple(map(str, found.categories or ())),
        tags=tuple(map(str, found.tags or ())),
    )


def byline_authors(tree: HtmlElement, near: frozenset[HtmlElement] = frozenset()
                   ) -> tuple[str, ...]:
    """The names in the first element marked as the author's (by class, id, itemprop or
    rel) that stands in the article, not in a comment or a teaser: those next to the
    headline (`near`, `dechrome.html.near`) first, strongly marked ones first."""
    marked = [element for element in _BYLINE_XPATH(tree) if _strength(element)]
    # Stable: page order within a rank.
    ranked = sorted(marked, key=lambda element: (element in near, _strength(element)),
                    reverse=True)
    for text in _byline_texts(ranked, near):
        names = names_in_byline(text) or _bare_name(text)
        if names:
            return names
    return ()


def lead_byline(near: Near) -> tuple[str, ...]:
    """The names of the nearest short text next to the headline that credits them with a
    lead word ("von Anna Muster", "Par Jean Dupont", "Posted 3 May 2021 by Jan Roe"), for
    templates that mark their byline with no author class."""
    for element, _ in sorted(near, key=lambda found: found[1]):
        if element.tag not in _LINE_TAGS:
            continue
        # The C-level text is enough to rule out most elements: too long, or no lead word.
        raw = element.text_content()
        if len(raw) > _MAX_RAW_LINE_CHARS or _LEAD_WORD.search(raw) is None:
            continue
        text = " ".join(" ".join(element.itertext()).split())
        names = names_in_byline(text) if 0 < len(text) <= _MAX_BYLINE_CHARS else ()
        if names and not _in_other_text(element):
            return names
    return ()


def _strength(element: HtmlElement) -> int:
    """2 for `rel="author"`, `itemprop="author"` or an author-name class; 1 for a block or
    inline element whose class or id names the author or the byline; 0 otherwise."""
    classes = element.get("class", "")
    if (element.get("rel") == "author" or element.get("itemprop") == "author"
            or _STRONG.search(classes)):
        return 2
    return 1 if element.tag in _BYLINE_TAGS else 0


def _bare_name(text: str) -> tuple[str, ...]:
    """The name a byline element holds without a lead word the text reader knows: one to
    four words, the later ones capitalised unless particles ("Anna Muster", "gizzmo",
    "Jan van der Berg"), before any bar, comma or date."""
    name = _AFTER_NAME.sub("", _LEAD.sub("", text)).strip()
    words = name.split()
    if not 0 < len(words) <= _MAX_NAME_WORDS or not all(map(_WORD.match, words)):
        return ()
    later = words[1:]
    if any(word[0].islower() and word not in _PARTICLES for word in later):
        return ()
    return (name,)


def _byline_texts(elements: list[HtmlElement], near: frozenset[HtmlElement]
                  ) -> Iterator[str]:
    for element in elements:
        # Next to the headline, a "teaser" or "sidebar" class around the byline names the
        # article's own header box ("teaser-small__metadata", "content-sidebar-wrap"); on
        # the byline itself it still marks a teaser's author.
        other = (_NOT_ARTICLE.search(element.get("class", "")) is not None if element in near
                 else _in_other_text(element))
        if element.tag in ("meta", "link") or other:
            continue
        # Text nodes apart: "JANE DOE<br>Courier" is no "JANE DOECourier".
        text = " ".join(" ".join(element.itertext()).split())
        if 0 < len(text) <= _MAX_BYLINE_CHARS:
            yield text


def _in_other_text(element: HtmlElement) -> bool:
    return in_marked_box(element, _NOT_ARTICLE, _MAX_ANCESTORS, _OTHER_BOXES)


def tie_break(tree: HtmlElement, dates: MarkupDates, url_date: str | None,
              dateline: Dateline) -> str | None:
    """htmldate's reading of the markup when the markup's own sources disagree on the day
    (the date it finds among theirs breaks the tie) or give none (a fallback), and neither
    the URL's date nor the dateline settles it (`choose_date` reads no tie then: htmldate
    is the dearest of the date readers). Read before anything strips the tree: it also
    reads scripts."""
    if url_date is not None or len({found[:10] for found in dates.all()}) == 1:
        return None
    if dateline.date is not None and (dateline.alone or dateline.date[:10] in dates.days()):
        return None
    return htmldate(tree, extensive=False)


def choose_date(dates: MarkupDates, tied: str | None, url_date: str | None,
                printed: str | None, shown: tuple[Dateline, str | None]) -> str | None:
    """The publication date. First a date the page prints for its reader (`shown`: the
    dateline next to the headline; the date line under it, `header_date`, first) whose day
    the machine dates or the URL have too: the day the reader sees, not the UTC day, and
    the one of the page's dates that it calls its own. A dateline that stands alone (not
    an update, not among other days) counts without them: markup keeps a draft's or a
    template's date more often than a page prints a wrong one. Then the URL's (the
    publisher's own record), else the markup's when its sources agree on the day; when
    they disagree, the one htmldate's markup search also finds (`tied`), else the most
    specific. Without a markup date, the date printed beside the headline (`printed`),
    else htmldate's (`tied`)."""
    dateline, header = shown
    known = dates.days() | ({url_date} if url_date is not None else set())
    visible = (found for found in (header, dateline.date) if found is not None)
    confirmed = next((found for found in visible if found[:10] in known), None)
    if confirmed is not None:
        return _with_time(confirmed, dates)
    if dateline.date is not None and dateline.alone:
        return dateline.date
    if url_date is not None:
        return url_date
    days = {found[:10] for found in dates.all()}
    if tied is not None and tied[:10] in days:
        return tied
    return dates.best() or printed or tied


def _with_time(day: str, dates: MarkupDates) -> str:
    """A printed day with the time of the machine date of that day, when it prints none."""
    if len(day) > len("YYYY-MM-DD"):
        return day
    timed = (found for found in (*dates.all(), *dates.modified) if found[:10] == day)
    return next((found for found in timed if len(found) > len(day)), day)


def header_date(lines: tuple[str, ...], most: int | None = None) -> str | None:
    """The first date printed on a short line between the headline and the article (a date
    line, a byline with its date), not on a line of running text; on the first `most`
    lines only, when given."""
    for line in lines[:most]:
        if len(line.split()) <= _MAX_HEADER_WORDS:
            found = first_date(line)
            if found is not None:
                return found
    return None


def htmldate(tree: HtmlElement, *, extensive: bool) -> str | None:
    try:
        return find_date(tree, extensive_search=extensive, original_date=True)
    except (ValueError, TypeError, etree.LxmlError) as error:
        _LOG.debug("htmldate failed: %s", error)
        return None


def _text(value: object) -> str | None:
    return str(value).strip() or None if value else None

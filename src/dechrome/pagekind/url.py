"""What a page's URL hints about its kind: path words that site software uses for a kind
of page. One signal among several: a test here never decides a kind alone (`decide`)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from dechrome.context.thread import is_discussion_url

# Each pattern is tried on "host/path?query", casefolded; segments are matched whole.
# A host named for its forum (avforums, warriorforum) or its blog serves threads or posts on
# every page but its front (`is_front`).
_URL_KINDS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("forum", regex.compile(
        r"(?:^|[./])(?:forums?|community|discuss|boards)\.|\A[a-z0-9.-]{0,200}?[a-z0-9]forums?\."
        r"|/(?:t|threads?|topic|forums?|"
        r"questions|discussion|boards|talk|viewtopic\.php|showthread\.php|comments)(?:/|$|\?)"
        r"|/thread-\d{1,12}+|-t\d{1,12}+\.html?$|[?&](?:t|topic)=\d")),
    ("product", regex.compile(
        r"/(?:products?|p|dp|item|app|listing|shop-[\w-]{1,40}+)/[\w%.-]{2,200}+")),
    ("collection", regex.compile(
        r"/(?:collections?|c|cat|subcategory|shop|browse|parts)(?:/|$)")),
    ("documentation", regex.compile(
        r"(?:^|[./])(?:docs?|wiki|developer|man7|manual)\.|/(?:docs?|documentation|manual|"
        r"man-pages|reference|api|handbook|guides?|howto|library|usersguide|tutorials?|"
        r"learn|wiki|title)(?:/|$)")),
    ("listing", regex.compile(
        r"/(?:tags?|topics?|categor(?:y|ies)|section|search|archives?|authors?|page/\d{1,5}+|"
        r"list|lists|chart|latest|recent)(?:/|$)")),
    ("service", regex.compile(
        r"/(?:services?|solutions?|platform|pricing|about|contact|consulting|"
        r"industries|what-we-do)(?:/|$)|-services?(?:/|$)")),
    ("article", regex.compile(
        r"\Ablogs?\.|/(?:blogs?|news|articles?|posts?|stor(?:y|ies)|journal|insights|magazine|"
        r"opinion|features)/|/(?:19|20)\d{2}/(?:[01]?\d/)?|/[a-z0-9]{1,20}+(?:-[a-z0-9]{1,20}+)"
        r"{4,}+/?(?:\.(?:s?html?|php|aspx?|ece|\d{1,12}+))?$")),
)


@dataclass(frozen=True, slots=True)
class UrlSignals:
    """What the page's URL says (`read_url`).

    Attributes:
        kinds: the kind its words name (`url_kinds`), one or none.
        front: a site's front page (`is_front`).
        thread: a thread's numbered address, as rule comment-thread reads it.
        section: a section's address (`is_section`).
        dated: a post's dated address (`is_dated`).
    """

    kinds: tuple[str, ...] = ()
    front: bool = False
    thread: bool = False
    section: bool = False
    dated: bool = False


def read_url(url: str | None) -> UrlSignals:
    """Everything the URL says about the page's kind."""
    return UrlSignals(url_kinds(url), is_front(url), is_discussion_url(url), is_section(url),
                      is_dated(url))


_DATED = regex.compile(r"/(?:19|20)\d{2}/[01]?\d/")
_SECTION_PATH = regex.compile(r"[a-z]{1,40}+(?:/[a-z]{1,40}+)?/?")


def url_kinds(url: str | None) -> tuple[str, ...]:
    """The first kind the URL's host and path name, in the order above (a question's slug
    reads like a post's, and a thread is no article): one kind or none."""
    place = _place(url)
    if place is None:
        return ()
    return next(((kind,) for kind, pattern in _URL_KINDS if pattern.search(place)), ())


def is_front(url: str | None) -> bool:
    """A site's front page: the bare host, or the host and one language segment."""
    place = _place(url)
    if place is None:
        return False
    path = place.partition("/")[2].partition("?")[0].strip("/")
    return path == "" or regex.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", path) is not None


def _place(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urlsplit(url.strip()[:2000])
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path}{query}".casefold()


def is_section(url: str | None) -> bool:
    """A section's address: a path of one or two plain words (`/gaming/`, `/sections/science`)."""
    place = _place(url)
    if place is None:
        return False
    path = place.partition("/")[2]
    return _SECTION_PATH.fullmatch(path) is not None


def is_dated(url: str | None) -> bool:
    """A post's address: its path holds the year and the month (`/2025/12/`) of the post."""
    place = _place(url)
    return place is not None and _DATED.search(place) is not None

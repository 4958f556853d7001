"""The parts of a title line: where its separators cut it, and which part names the site.

"Headline - Section | Site", "Site » Headline", "OpenSSH - ArchWiki": a browser title is cut
into parts at its separators; the part at either end that names the URL's site, and what the
line adds around its headline, are the site's name.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from dechrome.features import dedup_key, is_headline_like
from dechrome.metadata.site import names_host

Span = tuple[int, int]

# A bar splits with or without spaces, a dash, colon, "»" or "›" between spaces ("Headline ›
# Blog"); "»" and "•" without spaces only between two words
# ("Home»News"): beside one space they close a quotation ("«Wir waren in Quarantäne» - X").
_SEPARATOR = regex.compile(r"\s[|\-–—:»›·•/~]{1,2}+\s|\s?\|\s?|(?<=\S)[»•](?=\S)")
# A bullet or arrow that opens a part ("site // » Name") marks it; it is no part of the name.
_LEAD_MARK = regex.compile(r"[»›•·]\s++")
MAX_SITE_NAME_WORDS = 4
_MAX_SITE_WORDS = 8
_MIN_PARTS = 2
_MAX_PARTS = 8
_MIN_TITLE_WORDS = 2


def last_part(line: str) -> str | None:
    """The title line's last part, when it has several: most often the site's name."""
    spans = segments(line)
    return line[spans[-1][0]:spans[-1][1]] if len(spans) > 1 else None


def part_naming_site(line: str, spans: list[Span], host: str | None) -> Span | None:
    """The end part of the title line that names the URL's site, the last when both do
    ("Cloudflare CDN | Content Delivery Network | Cloudflare", "Ansible playbooks — Ansible
    Community Documentation"): a page's own title mentions its product, and the site's name
    closes the line far more often than it opens it."""
    if host is None or len(spans) < _MIN_PARTS:
        return None
    named = [span for span in (spans[-1], spans[0]) if _site_name(line[span[0]:span[1]], host)]
    return named[0] if named else None


def site_run(line: str, spans: list[Span], host: str | None) -> Span | None:
    """Where the site's name stands in the title line: the end part naming the URL's site
    with the parts beside it that name it too ("Headline | Katzen Forum - Das große
    Katzenforum" on katzen-forum.net), never the title; one part at least stays outside."""
    named = part_naming_site(line, spans, host)
    if named is None or host is None:
        return None
    step = -1 if named == spans[-1] else 1
    index = spans.index(named)
    inner = index + step
    while 0 < inner < len(spans) - 1 and _site_name(line[spans[inner][0]:spans[inner][1]], host):
        index, inner = inner, inner + step
    ends = (spans[index], named) if step == -1 else (named, spans[index])
    return ends[0][0], ends[1][1]


def names_site(part: str, host: str | None) -> bool:
    """Whether a part of a title line, of a few words, names the URL's site."""
    return host is not None and _site_name(part, host)


def segments(line: str) -> list[Span]:
    """Where the pieces between the separators start and end."""
    spans, start = [], 0
    for match in _SEPARATOR.finditer(line):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(line)))
    spans = [(a + _lead_mark(line, a), b) for a, b in spans]
    return [(a, b) for a, b in spans if line[a:b].strip()]


def _lead_mark(line: str, start: int) -> int:
    match = _LEAD_MARK.match(line, start)
    return 0 if match is None else match.end() - start


def site_part(line: str, spans: list[Span], title: Span) -> str | None:
    """What the title line adds around the title: its last segment after it, else its
    first before it ("Headline - Section | Site" gives "Site")."""
    after = [span for span in spans if span[0] >= title[1]]
    before = [span for span in spans if span[1] <= title[0]]
    if not after and not before:
        return None
    start, end = after[-1] if after else before[0]
    site = line[start:end].strip()
    return site if len(site.split()) <= _MAX_SITE_WORDS else None


def _site_name(part: str, host: str) -> bool:
    """A part of a few words that names the URL's site ("Daniel Lemire's blog" on
    lemire.me): a headline that mentions the site has more words."""
    return len(part.split()) <= MAX_SITE_NAME_WORDS and names_host(part, host)


def less_named_site(line: str, host: str | None) -> tuple[str, str | None]:
    """`line` less a first or last part that names the URL's site (`host`), and that part;
    the rest must read as a title of two words or more."""
    spans = segments(line)
    if host is None or not _MIN_PARTS <= len(spans) <= _MAX_PARTS:
        return line, None
    # The parts before a last one naming the site that name it too are the site's name as
    # well ("Headline | Hunde Forum - Das große Hundeforum").
    inner = len(spans) - 2
    while inner > 0 and _site_name(line[spans[inner][0]:spans[inner][1]], host):
        inner -= 1
    for site, rest in ((spans[-1], (spans[0][0], spans[inner][1])),
                       (spans[0], (spans[1][0], spans[-1][1]))):
        part = line[rest[0]:rest[1]].strip()
        if names_host(line[site[0]:site[1]], host) and is_headline_like(part) and (
                len(part.split()) >= _MIN_TITLE_WORDS):
            return part, line[site[0]:site[1]].strip()
    # "Headline | petri-heil.ch | Dein Schweizer Fischereimagazin": the site's name, then
    # its slogan.
    for index in range(1, len(spans) - 1):
        site = line[spans[index][0]:spans[index][1]].strip()
        part = line[spans[0][0]:spans[index - 1][1]].strip()
        if _site_name(site, host) and is_headline_like(part) and any(map(str.isalpha, part)):
            return part, site
    return line, None


def one_word_title(line: str, spans: list[Span], lines: Mapping[str, list[int]],
                   named: Span | None) -> tuple[str, str] | None:
    """"OpenSSH - ArchWiki", "Pods | Kubernetes": a title line of two parts, one of them a
    single word the page prints again as a line of its own (its heading), is that word and
    the site's name; a one-word part counts nowhere else (a menu repeats single words).
    The other part must be as short as a site's name: beside a headline ("The full impact of
    meditation ... | Opinion") the word is its section."""
    if len(spans) != _MIN_TITLE_WORDS:
        return None
    for span, other in ((spans[0], spans[1]), (spans[1], spans[0])):
        part = line[span[0]:span[1]].strip()
        site = line[other[0]:other[1]].strip()
        if span != named and len(part.split()) == 1 and is_headline_like(part) and any(
                map(str.isalpha, part)) and len(site.split()) <= MAX_SITE_NAME_WORDS and (
                dedup_key(part) in lines):
            return part, site
    return None

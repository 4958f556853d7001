"""A heading that echoes the browser title in other words.

The title line and the headline over the article are often written apart: the page's
heading is "DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket" where the browser title says
"DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets | Site", or the title line is cut short
("Das ändert sich im Jahr 2023: Die wichtigsten Änderun..."). A short line above the
article that shares most of its words with the title line is the headline the two agree
on; the words the title line adds for the site do not count.
"""

from __future__ import annotations

import regex

from dechrome.features import WORD, dedup_key, is_headline_like
from dechrome.metadata.evidence import Evidence

# Quotation marks, apostrophes and dashes: what typesetting changes in a headline.
_TYPESET = str.maketrans({**dict.fromkeys("'`´‘’‚‛“”„‟", '"'), **dict.fromkeys("‐‑‒–—―", "-")})
# A bar or two path separators: a breadcrumb or another page's title line, not a heading.
_NAV_MARK = regex.compile(r"\s\|\s|\s[/»>›]\s.{0,200}?\s[/»>›]\s")
_PATH = regex.compile(r"\S/[\w.-]{1,80}+/")
# Shared words over the longer of the two word sets: the two say the same.
_MIN_SHARE = 0.6
_MIN_SHARED = 3
# Below the first paragraph a heading is the article's own (a subheading), not its headline.
_BELOW_START = 2
# A kicker over a headline is a few words ("Ukraine-Krieg", "Forderungsausfälle vermeiden").
_MAX_KICKER_WORDS = 3
_MAX_WORDS = 40


def near_echo(evidence: Evidence, title: str, site: str | None) -> int | None:
    """The block of the line that shares the most words with `title` (less the words of
    `site`), if it shares enough; the nearest above the article on a tie."""
    words = _words(title) - (_words(site) if site else set())
    if len(words) < _MIN_SHARED or not plain_title(title):
        return None
    first = evidence.first_kept()
    end = len(evidence.blocks) if first is None else min(len(evidence.blocks),
                                                          first + _BELOW_START)
    core = _less_site(dedup_key(title), dedup_key(site or ""))
    best: tuple[float, int] | None = None
    longest = 2 * len(title)
    for index in range(1, end):
        text = evidence.blocks[index].text
        if len(text) > longest:
            continue
        # The shared words first: most lines share none, and the tests below cost more.
        found = _words(text)
        shared = len(found & words)
        if shared < _MIN_SHARED or not evidence.own(index) or not _headline(text) or (
                _NAV_MARK.search(text)):
            continue
        key = f" {dedup_key(text)} "
        # The title printed whole with a one-word label before or after it
        # ("Produktinformationen "Name"", "Blog: Headline"), or after a kicker run into it:
        # the title line says it exactly.
        if f" {core} " in key and (key.count(" ") == core.count(" ") + 3
                                   or _glued_kicker(text, key, core)):
            continue
        share = shared / max(len(found), len(words))
        if share >= _MIN_SHARE and (best is None or share >= best[0]):
            best = (share, index)
    return None if best is None else best[1]


def _glued_kicker(text: str, key: str, core: str) -> bool:
    """Whether the line `text` (its dedup `key` padded with spaces) is the title's `core`
    after a few words run into it with no mark between ("Forderungsausfälle vermeiden
    Eigentumsvorbehalt: Das sollten ..."): a kicker the page prints over the headline, which
    the text glues to it. A label set off by a colon or a dash ("„Pure Leere“: Name ...") is
    part of the headline."""
    if not key.endswith(f" {core} "):
        return False
    extra = key.count(" ") - core.count(" ") - 2
    if not 0 < extra <= _MAX_KICKER_WORDS:
        return False
    folded = text.casefold()
    words = list(WORD.finditer(folded))
    gap = folded[words[extra - 1].end():words[extra].start()]
    return not gap.strip()


def plain_title(line: str) -> bool:
    """Whether the first line can be a browser title: a server's warning or a path stands
    first on some pages."""
    return _headline(line) and _PATH.search(line) is None


def _less_site(key: str, site: str) -> str:
    """The words of a title line less those of its site's name at either end."""
    if site and key.endswith(f" {site}"):
        return key[:-len(site) - 1]
    return key[len(site) + 1:] if site and key.startswith(f"{site} ") else key


def _headline(text: str) -> bool:
    """Headline-like, also when it ends with a full stop ("Time to say goodbye.")."""
    stripped = text.rstrip(".")
    return bool(stripped) and is_headline_like(stripped) and len(text.split()) <= _MAX_WORDS


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def as_printed(title: str, copy: str) -> str:
    """The headline as the page prints it over the article, with its own quotation marks
    and dashes ("„finished“" where the title line has '"finished"'); a copy that differs in
    anything else ("Crusher® ANC 2", "Logging HOWTO ¶") leaves the title line's text."""
    return copy if copy.translate(_TYPESET) == title.translate(_TYPESET) else title

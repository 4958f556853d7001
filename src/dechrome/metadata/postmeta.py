"""The date of a post's footer or header that names the act of posting: "Dieser Beitrag
wurde am 04/02/2020 von kj ... veröffentlicht", "Veröffentlicht von SeglerBlog am 23. Februar
2020", "Discussion in 'Help' started by pelex, May 26, 2025"."""

from __future__ import annotations

import regex

from dechrome.metadata.dateparse import first_date
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.sources import Source

_DIGIT = regex.compile(r"\d")
# A line that tells who posted the text and when: the posting verb, the poster, the date.
# Anchored: it is asked of a line's start only (and scanning every offset of a long run for
# the bounded lazy runs below would cost their length at each).
POST_META = regex.compile(
    r"^(?:(?:posted|published|veröffentlicht|eingetragen|erstellt|gepostet|publié|publicado|"
    r"pubblicato|gepubliceerd)\s(?:von|by|par|por|da|door)\s[^\n]{1,40}?\s(?:am|on|le|el|il|op)\s"
    r"(?=\d|\p{L}{3,9}\.?\s\d)"
    r"|(?:eingetragen|erstellt|geschrieben|verfasst)\sam\s"
    # "X wurde am ... gepostet": a blog's footer; "veröffentlicht" also ends sentences of
    # the body ("Die Studie wurde am 4. Februar in Nature veröffentlicht"), so then the
    # subject must be the post itself.
    r"|[^\n]{0,120}?\swurde\sam\s(?=[^\n]{0,160}?\bgepostet\b)"
    r"|(?:dieser|der)\s(?:beitrag|artikel|eintrag|post)\swurde\sam\s"
    r"|[^\n]{0,80}?\bstarted by\s[^\s,]{1,40}+,\s)",
    regex.IGNORECASE,
)
_MAX_CHARS = 400
# The first letters of `POST_META`'s anchored phrases (`test_metadata_dates` checks them).
POST_META_OPENINGS = frozenset("pvegd")


def post_meta(evidence: Evidence, *, day_first: bool,
               ) -> tuple[str | None, Source | None, int | None]:
    """The date of a post's footer or header that names the act of posting, wherever it
    stands, when the page prints no other date near its headline: "Dieser Beitrag wurde am
    04/02/2020 von kj ... veröffentlicht", "Veröffentlicht von SeglerBlog am 23. Februar
    2020", "Discussion in 'Help' started by pelex, May 26, 2025"."""
    for block in evidence.blocks:
        text = block.text
        if len(text) > _MAX_CHARS or not may_post_meta(text) or not evidence.own(
                block.index):
            continue
        match = POST_META.match(text)
        if match is not None and (found := first_date(text[match.end():],
                                                      day_first=day_first)) is not None:
            return found, Source.POST_META, block.index
    return None, None, None


def may_post_meta(text: str) -> bool:
    """False when `POST_META` cannot match `text`: its opening letter, its inner phrases and
    a digit of the date, tested first because most lines of a page are none of these."""
    return (text[:1].casefold() in POST_META_OPENINGS or " wurde am " in text
            or "started by" in text) and _DIGIT.search(text) is not None

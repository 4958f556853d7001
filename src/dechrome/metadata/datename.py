"""A name line beside the line that gave the page's date, wherever that line stands.

The credit lines are counted from the headline the context rules found; when that is the
site's banner or a heading at the top of the page, the article's own head (headline, a line
of names, its date) stands further down than they reach: "Jonathan Jones" over "Last Updated
Nov 6, 2025", "Federico Mayol" over "03/05/2022 22:46", "Chirag Bhardwaj" / "VP -
Technology" / "November 14, 2025". The date line the date reader chose marks the article's
head, so a line of names right above or below it is the byline, when its words read as a
person's name (`namelines.reads_as_name`) and name no role or newsroom. A line two above
the date counts only past a role, an address or a reading time ("VP -
Technology", "jane.doe@example.com", "9 min read"), not past another label of a menu
("Eye Opener" / "Eye on Money" / date); two lines below, a footer's label is as likely
("Last updated: ..." / "Park footer" / "Contact Info"), so it is not asked. A line the rules
took for the heading of related content ("Recent News", "Neueste Beiträge") over a teaser's
date is that list's heading, not a byline. A name repeats no word: "Antworten Antworten" is
a button printed twice.
"""

from __future__ import annotations

import regex

from dechrome.metadata.agency import NEWSROOM_ROLE
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.labelled import COMMENT_RULES
from dechrome.metadata.lowerwords import LowerWords
from dechrome.metadata.namelines import name_pieces, reads_as_name
from dechrome.reasons import Rule

_MAX_NAMES_CHARS = 120
# A line between the name and the date may be the person's role ("VP - Technology"), not a
# sentence.
_MAX_BETWEEN_CHARS = 40
# Nearest first: right above or below the date line, then one line further up.
_OFFSETS = (-1, 1, -2)
# A role, an address or a reading time holds one of these; a menu's label none.
_NOT_LABEL = regex.compile(r"[\d@|:–—-]")
# A heading the rules found over other content: a list's, not a byline.
_HEADINGS = frozenset({Rule.RELATED_SECTION, Rule.TEASER_RUN, *COMMENT_RULES})
# Digits, colons and brackets are a date's, a count's or a label's, never a name's.
_NO_NAMES = regex.compile(r"[\d:;!?@#()\[\]/|]")
_LEAD = regex.compile(r"(?:by|von|par|por|door|di)\s", regex.IGNORECASE)


def names_by_date_line(evidence: Evidence, date_block: int | None, headline: str | None,
                       ) -> tuple[tuple[str, ...], int | None]:
    """The names on the line beside `date_block` (the line that gave the page's date) that
    holds names and nothing else, and that line's block."""
    if date_block is None:
        return (), None
    lower: LowerWords | None = None
    for offset in _OFFSETS:
        index = date_block + offset
        if not _plain(evidence, index) or (abs(offset) > 1 and not _role_between(
                evidence, date_block + offset // 2)):
            continue
        pieces = name_pieces(evidence.blocks[index].text.strip())
        # "Audrey Huang, Print Managing Editor": a role after the name is no second name.
        pieces = pieces[:1] + [piece for piece in pieces[1:] if not NEWSROOM_ROLE.search(piece)]
        if lower is None:
            lower = LowerWords(evidence.paragraphs)
        if all(reads_as_name(piece, lower, headline, evidence.url) for piece in pieces):
            return tuple(dict.fromkeys(pieces)), index
    return (), None


def _plain(evidence: Evidence, index: int) -> bool:
    """A short line of the article's own with no digits, marks or lead word in it."""
    if not 0 <= index < len(evidence.blocks) or not evidence.own(index):
        return False
    text = evidence.blocks[index].text.strip()
    words = text.split()
    return (0 < len(text) <= _MAX_NAMES_CHARS and _NO_NAMES.search(text) is None
            and _LEAD.match(text) is None and len(set(words)) == len(words)
            and evidence.removed.get(index) not in _HEADINGS)


def _role_between(evidence: Evidence, index: int) -> bool:
    """The line between a name and its date line is a role, an address or a reading time:
    short, and not a label of letters alone."""
    if not 0 <= index < len(evidence.blocks):
        return False
    text = evidence.blocks[index].text
    return len(text) <= _MAX_BETWEEN_CHARS and _NOT_LABEL.search(text) is not None

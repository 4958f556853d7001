"""A labelled credit anywhere on the page: "Autor: Fritz Imhof", "Posted by Colin Watson".

The credit lines are looked for near the headline and right after the last paragraph. Some
pages print the credit further away: in a box after the share buttons ("Erstellt von Andri
Bryner"), in a post footer after the tags, or in the kept text itself ("Written by Lisa
Greene-Lewis" under the article). A bare "By"/"Von" there opens as many teasers and sentences
("By 2030, ...", "Von Berlin aus ...") as credits, so only a line that opens with a label
saying that what follows is the author counts: a posting verb and its lead word ("Posted by",
"Erstellt von", "Publié par") or an author label ("Autor:", "Author:", "Autoren"). It is asked
only when no other reading found a name, and never of other content (teasers, comments).

A question-and-answer page prints the asker under the question's date: "asked Mar 28, 2014
at 11:38" over "drat" (then the asker's reputation). The line under the first such label names
the asker, a user name as often as not; the answers' "answered ..." lines are not asked.
"""

from __future__ import annotations

import regex

from dechrome.metadata.authors import names_after_lead, names_in_byline
from dechrome.metadata.dateparse import first_date
from dechrome.metadata.evidence import Evidence
from dechrome.reasons import Rule

# Anchored: asked of a line's start only.
_LABELLED = regex.compile(
    r"(?:(?:posted|written|created|veröffentlicht|eingestellt|geschrieben|verfasst|"
    r"erstellt|publiziert|gepostet|publié|écrit|rédigé|publicado|escrito|pubblicato|scritto|"
    r"gepubliceerd|geschreven)\s(?:by|von|par|por|door|da|di)"
    r"|autor(?:in|en|innen|a|e)?+|authors?+|auteure?s?+|autore?)(?:\s{0,3}+:)?\s",
    regex.IGNORECASE,
)
_MAX_CHARS = 200
# The first letters of `_LABELLED`'s phrases: a line opening with none is not asked.
_OPENINGS = frozenset("pwcvegérsa")
_ASKED = regex.compile(r"asked\s", regex.IGNORECASE)
_MAX_ASKED_CHARS = 60
_MAX_ASKER_CHARS = 40
# "Published by Associated Newspapers Ltd" names the publisher, not the author; "Posted by
# Member:" ends in a colon as a label does.
# Comments print "Posted by" for each commenter: their names are not the article's, and
# nothing below their heading is.
COMMENT_RULES = frozenset({Rule.COMMENT_THREAD, Rule.COMMENT_HEADER, Rule.COMMENT_SECTION})


def labelled_credit(evidence: Evidence) -> tuple[tuple[str, ...], int | None]:
    """The names of the first labelled credit line, from the article's first paragraph on
    (then above it), and that line's block."""
    first = evidence.first_kept() or 0
    # What follows the first comment heading below the article is the comments'.
    end = next((i for i, rule in evidence.in_order() if i > first and rule in COMMENT_RULES),
               len(evidence.blocks))
    found: dict[tuple[str, ...], int] = {}
    for index in [*range(first, end), *range(first - 1, -1, -1)]:
        text = evidence.blocks[index].text
        if (len(text) > _MAX_CHARS or text[:1].casefold() not in _OPENINGS
                or not evidence.own(index)
                or evidence.removed.get(index) in COMMENT_RULES or text.rstrip().endswith(":")
                or _LABELLED.match(text) is None):
            continue
        names = names_in_byline(text)
        if names:
            found.setdefault(names, index)
    # Credits of different people are a list of posts ("Written by A on ..." / "Written by
    # B on ..."): each credits its teaser, none the page.
    if len(found) != 1:
        return (), None
    [(names, index)] = found.items()
    return names, index


def asker(evidence: Evidence) -> tuple[tuple[str, ...], int | None]:
    """The user name under the first "asked <date>" line of this page's own, and its block."""
    blocks = evidence.blocks
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        if (len(text) > _MAX_ASKED_CHARS or text[:1] not in "aA" or _ASKED.match(text) is None
                or not evidence.own(index) or first_date(text) is None):
            continue
        under = blocks[index + 1].text.strip()
        names = names_after_lead(under) if len(under) <= _MAX_ASKER_CHARS else ()
        return (names, index + 1) if names else ((), None)
    return (), None

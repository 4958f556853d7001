"""A signature the body kept: "Posted by Colin Watson on 2025-12-18 in debusine." as the
article's last paragraph, "This post was written by Danielle Padula, Head of Marketing" at
its end, "By Alejandro Villamor Last updated Nov 8, 2023" as its first.

When the rules left such a line in the body (it reads like a sentence), it still credits
the article's author: a short paragraph that opens with a posting verb and its lead word
("posted by", "geschrieben von", "écrit par"), first or last of the article, or among the
last few. Only when no credit line near the headline names anyone.
"""

from __future__ import annotations

import regex

from dechrome.metadata.creditnames import names_after
from dechrome.metadata.evidence import Evidence

__all__ = ["signed_by"]

_MAX_WORDS = 25
# The last paragraphs a signature may stand among (a note or a link may follow it).
_LAST_REACH = 3
_SIGNED = regex.compile(
    r"(?:(?:this|the|dieser|der|cet|este|questo|dit|deze)\s(?:post|article|entry|story|"
    r"beitrag|artikel|articolo|artículo|bericht)\s(?:was|wurde|a été|fue|è stato|is)\s)?"
    r"(?:posted|written|published|authored|geschrieben|verfasst|veröffentlicht|écrit|rédigé|"
    r"publié|escrito|publicado|scritto|pubblicato|geschreven|gepubliceerd)\s"
    r"(?:by|von|par|por|da|door)\s",
    regex.IGNORECASE,
)
# The first paragraph may open with the lead word alone: "By Alejandro Villamor Last ...".
_LEAD = regex.compile(r"(?:By|Von|Par|Por|Door)\s(?=\p{Lu})")


def signed_by(evidence: Evidence) -> tuple[tuple[str, ...], int | None]:
    """The names a kept signature credits, and its block."""
    kept = list(evidence.kept())
    if not kept:
        return (), None
    for position, index in ((0, kept[0]), *((1, i) for i in reversed(kept[-_LAST_REACH:]))):
        text = evidence.blocks[index].text
        if len(text.split()) > _MAX_WORDS:
            continue
        match = _SIGNED.match(text) or (_LEAD.match(text) if position == 0 else None)
        names = names_after(text[match.end():], handles=False) if match else ()
        if names:
            return names, index
    return (), None

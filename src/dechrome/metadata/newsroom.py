"""A byline that credits only the newsroom: "von Redaktion", "by HLNF Staff Report".

Some pages name no person at all, only the desk that wrote them: "von Redaktion, 24. Januar
2022", "Veröffentlicht am 8. Februar 2022 von PETA-Team", "By Staff and news service
reports", "By Staff Writer". The byline reader leaves such a credit out, as no person's
name; when no line credits anyone else, the newsroom is the author the page gives, and the
source (`newsroom-credit`) says that it is an organisation, not a person. Only a lead word's
credit counts ("By", "Von", after a posting verb or a date), on the credit lines nearest the
headline: "picked by the editors" in a sentence or a teaser is none.
"""

from __future__ import annotations

import regex

from dechrome.metadata.authors import byline_tails
from dechrome.metadata.evidence import Evidence

_NEAREST_LINES = 6
# The words of a newsroom's name, in the six languages.
_DESK_WORD = regex.compile(
    r"(?<![\p{L}])(?:\p{L}{0,20}?redaktion|staff|team|rédaction|newsroom|editors?|redactie|"
    r"redacción|redazione)(?![\p{L}])",
    regex.IGNORECASE,
)
# Where the credit ends: a comma, a bar, a date's "am"/"on", a digit.
_END = regex.compile(r"\s?[,|·•/(]|\s(?:am|on|le|el|il|op|um|at)\s|\s[-–—]\s|\d")
_MAX_WORDS = 6


def newsroom_credit(evidence: Evidence, lines: list[int]) -> tuple[tuple[str, ...], int | None]:
    """The newsroom a byline on one of the credit lines nearest the headline credits, and
    the line's block."""
    for index in lines[:_NEAREST_LINES]:
        for tail in byline_tails(evidence.blocks[index].text):
            end = _END.search(tail)
            desk = (tail[:end.start()] if end else tail).strip(" .:")
            words = desk.split()
            if 0 < len(words) <= _MAX_WORDS and _DESK_WORD.search(desk) is not None and (
                    words[0][0].isalpha()):
                return (desk,), index
    return (), None

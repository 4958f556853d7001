"""The summary: a summary box ("Auf den Punkt gebracht"), else the teaser under the headline.

The box's items are taken out of the body by the summary-box rule and kept here, one per
line. A teaser (lead) stays in the body, since it is article text, and is also the summary
when the page marks it as one: the first paragraph right under the headline, when a picture
(a copy of the headline, a caption, a credit) or a dateline opener ("Moskau – ") sets the
body's first paragraph apart from it.
"""

from __future__ import annotations

import regex

from dechrome.features import ends_like_sentence, word_count
from dechrome.metadata.evidence import Evidence
from dechrome.reasons import Rule

_MAX_TEASER_WORDS = 80
_BULLET = regex.compile(r"^[•·▪■●◦‣*–—-]\s?+")
_PICTURE = (Rule.TITLE_DUPLICATE, Rule.CAPTION, Rule.PHOTO_CREDIT, Rule.CREDITED_CAPTION)
# "Moskau – ", "BERLIN (dpa) - ", "Paris (AFP) — ": where an agency-style body begins.
_DATELINE_OPENER = regex.compile(
    r"^\p{Lu}[\p{L}./'’-]{1,30}+(?:\s\p{Lu}[\p{L}./'’-]{1,30}+){0,2}+"
    r"(?:\s?\([\p{L}/ ]{2,20}+\))?\s[–—-]\s"
)


def read_summary(evidence: Evidence) -> str | None:
    """The summary box's items, else the teaser the page sets apart, else None."""
    items = [_BULLET.sub("", text) for text in evidence.texts_removed_as(Rule.SUMMARY_BOX)]
    items = [item for item in items if item]
    if items:
        return "\n".join(items)
    return _teaser(evidence)


def _teaser(evidence: Evidence) -> str | None:
    headline = evidence.headline_block()
    kept = list(evidence.kept())
    if headline is None or len(kept) < 2 or kept[0] < headline:
        return None
    lead, body = kept[0], kept[1]
    text = evidence.blocks[lead].text
    if word_count(text) > _MAX_TEASER_WORDS or not ends_like_sentence(text):
        return None
    pictured = any(evidence.removed_as(i, *_PICTURE) for i in range(lead + 1, body))
    opener = _DATELINE_OPENER.match(evidence.blocks[body].text) is not None
    return text if pictured or opener else None

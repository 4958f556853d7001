"""The captions: the image captions the caption rules took out of the body (a caption above
its credit line, a caption that closes with its credit in brackets).

Slides of a picture gallery are left out: a gallery on a news page is mostly teasers for
other stories, and its captions are theirs.
"""

from __future__ import annotations

from dechrome.metadata.evidence import Evidence
from dechrome.reasons import Rule


def read_captions(evidence: Evidence) -> tuple[str, ...]:
    """Each removed caption once, in page order."""
    return tuple(dict.fromkeys(evidence.texts_removed_as(Rule.CAPTION, Rule.CREDITED_CAPTION)))

"""The note about the author below the article: "Jane Doe is a senior reporter at …".

Outlets close an article with a short biography of its author. Inside the article the same
words are reporting ("Smith, who is a professor at …" or a paragraph about a source), so only
the article's last few kept blocks are read, once the main region is settled, and only a block
that opens with the name: the bio speaks of the author in the third person. It runs before the
frame rules, so that the name and label lines above the note are trimmed as the tail they are.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dechrome.context.base import ContextRule, Page
from dechrome.reasons import Reason, Rule

# A bio stands in the last blocks: the note itself, at most a line or two after it.
_LAST_BLOCKS = 3
_MAX_WORDS = 80
_NAME = r"\p{Lu}[\p{L}'’.-]{0,20}+"
_ROLE_EN = (
    r"(?i:editor|reporter|writer|journalist|correspondent|author|columnist|contributor|"
    r"producer|blogger|critic|photographer|professor|lecturer|researcher|fellow|"
    r"co-?founder|founder)s?"
)
_ROLE_DE = (
    r"(?i:redakteur|journalist|autor|korrespondent|kolumnist|volontär|reporter|fotograf|"
    r"blogger)(?:in)?"
)
_ROLE_FR = r"(?i:journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|auteure?)"
_ROLE_ES = r"(?i:periodista|redactora?|corresponsal|columnista|autora?|editora?)"
_WORDS = r"(?:[\p{L}-]{1,25}+\s){0,4}?"
_BIO = regex.compile(
    rf"^(?:{_NAME}\s){{1,3}}+(?:"
    rf"(?:is|was|has been|serves as)\s(?:a|an|the|our)\s{_WORDS}{_ROLE_EN}\b"
    r"|(?:writes|covers|reports)\s(?:about|on|for)\b|has worked as\b"
    rf"|(?:ist|war|arbeitet als)\s{_WORDS}{_ROLE_DE}\b|schreibt\s(?:für|über)\b"
    rf"|(?:est|était)\s{_WORDS}{_ROLE_FR}\b"
    rf"|(?:es|fue)\s{_WORDS}{_ROLE_ES}\b"
    r")"
)


def is_author_bio(text: str) -> bool:
    """Opens with a name, then what the person is or writes: 'Evan Halper writes about …'."""
    return len(text.split()) <= _MAX_WORDS and _BIO.match(text) is not None


def _bio(page: Page) -> Iterator[int]:
    kept = page.kept_indices
    yield from (i for i in kept[-_LAST_BLOCKS:] if i != kept[0]
                and is_author_bio(page.blocks[i].text))


RULES = (
    ContextRule(Rule.AUTHOR_BIO, Reason.AUTHOR_BIO, _bio, ("en", "de", "fr", "es"),
                "'Jane Doe is a senior reporter covering energy.' below the last paragraph"),
)

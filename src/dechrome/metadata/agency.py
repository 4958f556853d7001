"""Agency tags and newsroom credits: "(dpa/lab)", "— dpa/lab", "red, 20 Minuten".

An agency tag credits its initials or its agency; a newsroom ("red", "Redaktion", "Staff")
names no author; a picture credit ("Symbolbild") is no author either.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dechrome.rules.base import phrases
from dechrome.rules.credits import AGENCIES

NEWS_AGENCIES = regex.compile(
    phrases(r"reuters", r"afp", r"dpa", r"ap", r"apa", r"efe", r"ansa", r"sda", r"kna", r"epd",
            r"sid", r"kyodo", r"jiji", r"xinhua", r"anadolu", r"tass", r"belga", r"anp",
            r"yonhap", r"bloomberg", r"agencia efe", r"agence france-presse", r"keystone-sda"),
    regex.IGNORECASE,
)
NEWSROOM = regex.compile(
    r"(?:red|redaktion|die redaktion|staff|team|rédaction|la rédaction|newsroom|editors?|"
    r"redacción|la redacción|redazione|la redazione|redactie|de redactie|"
    r"\w{1,30}[- ]?(?:redaktion|team|staff))",
    regex.IGNORECASE,
)
# A newsroom role, in the six languages ("Audrey Huang, Print Managing Editor"; a name line
# over "Political Editor").
NEWSROOM_ROLE = regex.compile(
    r"\b(?:writer|editor|correspondent|reporter|journalist(?:in)?|columnist|"
    r"producer|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|rédact(?:eur|rice)|"
    r"journaliste|chroniqueur|periodista|redactor(?:a)?|corresponsal|giornalista|redattore|"
    r"corrispondente|redacteur|verslaggever)\b",
    regex.IGNORECASE,
)
_PICTURE = regex.compile(rf"(?:{AGENCIES})", regex.IGNORECASE)
# An editor's initials are this short ("lab", "jg", "spot"); a news agency may be longer.
_MAX_INITIALS = 4
_AGENCY_INITIALS = regex.compile(r"\(?(?P<tags>[\p{L}/]{2,30}+)\)?(?:,\s?.{0,60})?")


def dashed_agency(text: str) -> tuple[str, ...]:
    """"— dpa/lab" closing an article: the agency and the editor's initials, when one of
    the tags is a news agency (a dash and a word alone may be anything)."""
    names = names_in_agency_tag(text.lstrip("–—- "))
    return names if any(NEWS_AGENCIES.fullmatch(name) for name in names) else ()


def names_in_agency_tag(text: str) -> tuple[str, ...]:
    """"(lab)" gives ("lab",); "(dpa/lab)" both; "red, 20 Minuten" none (a newsroom)."""
    match = _AGENCY_INITIALS.fullmatch(text.strip())
    if match is None:
        return ()
    tags = [tag for tag in match["tags"].split("/") if tag]
    # "(Symbolbild)", "(privat)": a picture credit, not an author.
    return _unique(tag for tag in tags if NEWSROOM.fullmatch(tag) is None
                   and (_PICTURE.fullmatch(tag) is None or NEWS_AGENCIES.fullmatch(tag))
                   and _tag_like(tag))


def picture_source(name: str) -> bool:
    """Whether `name` is a picture's source ("Wikimedia Commons", "Getty Images") and not a
    news agency, which may credit the text too."""
    return _PICTURE.fullmatch(name) is not None and NEWS_AGENCIES.fullmatch(name) is None


def _tag_like(tag: str) -> bool:
    """An agency, or an editor's initials: a few letters in one case ("lab", "gem", "SDA").
    "(Okay)", "(Top)", "(error)" end a sentence or a label; they credit no one."""
    return NEWS_AGENCIES.fullmatch(tag) is not None or (
        len(tag) <= _MAX_INITIALS and (tag.islower() or tag.isupper()))


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))

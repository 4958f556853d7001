"""The authors: the names a byline or an agency tag credits, normalised.

"Von Anna Muster", "By Jane Doe and John Roe", "Par Jean Dupont et Marie Curie": the names
after the lead word, split at commas and "and"; what follows a bar, a date or a word such as
"am"/"on"/"le" is not a name. The lead word may follow a posting verb or a date ("Posted
11. April 2018 by Walter von Aachen", "12.07.2025 | Par Jean Dupont"); then a user name
("von gizzmo") counts too. A bare "Von X" needs a full name: "Von Sprachregeln, …" opens a
headline. An agency tag credits its initials or agency: "(lab)", "(dpa)".

A newsroom tag ("red", "Redaktion", "Staff") names no author: in "red, 20 Minuten" the
newsroom of the outlet 20 Minuten wrote the piece, so the outlet becomes the site name and
the authors stay empty. A single word after a comma ("Von Anna Muster, Berlin") is a place
or a role, unless it is a news agency. A name without a lead word is never taken: beside a
date, "Pressemitteilung Aktuell" looks just like "Bettina Kugler".
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dechrome.metadata.dateparse import first_date
from dechrome.metadata.evidence import Evidence, credit_lines
from dechrome.reasons import Rule
from dechrome.rules.base import phrases
from dechrome.rules.credits import AGENCIES

# A credit this many blocks below the last paragraph still signs the article ("(lab)").
_SIGNATURE_WINDOW = 3
_MAX_NAME_WORDS = 5
_MAX_INITIALS = 3  # "AFP", "SDA": short capitals are an acronym, not a shouted name
_NEWS_AGENCIES = regex.compile(
    phrases(r"reuters", r"afp", r"dpa", r"ap", r"apa", r"efe", r"ansa", r"sda", r"kna", r"epd",
            r"sid", r"kyodo", r"jiji", r"xinhua", r"anadolu", r"tass", r"belga", r"anp",
            r"yonhap", r"bloomberg", r"agencia efe", r"agence france-presse", r"keystone-sda"),
    regex.IGNORECASE,
)
_LEAD = regex.compile(
    r"(?<![\p{L}\d])(?P<word>von|by|par|autor(?:in)?|author|text|texte)(?P<colon>\s{0,3}:)?"
    r"\s{1,3}(?=\S)",
    regex.IGNORECASE,
)
# "Posted", "Veröffentlicht am 12. Juni 2017", "Eingestellt": what may precede "von"/"by".
_POSTED = regex.compile(
    r"(?:posted|published|written|veröffentlicht|eingestellt|gespeichert|geschrieben|verfasst|"
    r"erstellt|publié|écrit|rédigé|ein beitrag|ein artikel|un article)"
    r"(?:\s(?:am|on|le|at|um)?\s?.{0,50})?",
    regex.IGNORECASE,
)
_DATE_START = regex.compile(r"(?:\d|\p{L}{3,12}\.?,?\s\d)")
# What ends the list of names: a bar, a dot, a date, a time, or a word that starts the rest.
_TAIL = regex.compile(
    r"\s[|·•–—-]\s|\s?[|·•]|\s{2}|\s\d|\(|\s(?:am|on|le|um|at|in|under|unter|for|für|vom)\s"
    r"|\s(?i:on|am|le|vom|um)\s(?=\d)|\s(?i:kategorie\w{0,3}+|categor\w{0,5}+|schreibe|hinterlasse|"
    r"leave|lesezeit|reading|zuletzt|last|updated|aktualisiert|mis à jour|publié|"
    r"veröffentlicht|erstellt|geändert|stand)\b"
)
_SPLIT = regex.compile(r"\s?[,;&/]\s?|\s(?:und|and|et|with|mit)\s", regex.IGNORECASE)
_PARTICLE = r"(?:von|van|der|den|de|di|da|del|du|le|la|zu|ten|ter|dos|bin|al|y)"
_NAME = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}'’.-]{{0,30}}+)(?:\s(?:\p{{Lu}}[\p{{L}}'’.-]{{0,30}}+|{_PARTICLE}))"
    r"{0,4}+"
)
_HANDLE = regex.compile(r"[\p{L}\d][\p{L}\d_.-]{1,30}+")
_NEWSROOM = regex.compile(
    r"(?:red|redaktion|die redaktion|staff|team|rédaction|la rédaction|newsroom|editors?|"
    r"\w{1,30}[- ]?(?:redaktion|team|staff))",
    regex.IGNORECASE,
)
_ROLE = regex.compile(
    r"\b(?:staff|writer|editor|correspondent|reporter|journalist(?:in)?|redakteur(?:in)?|"
    r"korrespondent(?:in)?|rédact(?:eur|rice)|envoyée? spéciale?|chefredakteur(?:in)?|"
    r"autor(?:in)?|author|redaktion|rédaction|symbolbild|foto|photo|bild)\b",
    regex.IGNORECASE,
)
_PICTURE = regex.compile(rf"(?:{AGENCIES})", regex.IGNORECASE)
_AGENCY_INITIALS = regex.compile(r"\(?(?P<tags>[\p{L}/]{2,30}+)\)?(?:,\s?.{0,60})?")


def read_authors(evidence: Evidence, lines: list[int] | None = None) -> tuple[str, ...]:
    """The names credited by the byline or agency tag nearest to the headline.

    `lines` are the credit lines nearest to the headline first (default:
    `credit_lines(evidence)`, around the headline the context rules found).
    """
    for index in _credit_blocks(evidence, credit_lines(evidence) if lines is None else lines):
        text = evidence.blocks[index].text
        if evidence.removed_as(index, Rule.AGENCY_TAG):
            names = names_in_agency_tag(text)
        else:
            names = names_in_byline(text)
        if names:
            return names
    return ()


def names_in_byline(text: str) -> tuple[str, ...]:
    """"By Jane Doe and John Roe | 1.11.2024" gives ("Jane Doe", "John Roe"); so does
    "Posted 1.11.2024 by Jane Doe and John Roe"."""
    lead = _LEAD.search(text)
    if lead is None:
        return ()
    before = text[:lead.start()].strip()
    posted = _POSTED.fullmatch(before) is not None
    if before and not posted and not _dated_or_barred(before):
        return ()
    # After a posting verb or "Autor:", a user name counts: "von gizzmo".
    handles = posted or lead["colon"] is not None
    rest = text[lead.end():]
    tail = _TAIL.search(rest)
    pieces = [_trim(piece) for piece in _SPLIT.split(rest[:tail.start()] if tail else rest)]
    names = [_name(piece, first=position == 0, handles=handles)
             for position, piece in enumerate(pieces)]
    return _unique(name for name in names if name)


def names_in_agency_tag(text: str) -> tuple[str, ...]:
    """"(lab)" gives ("lab",); "(dpa/lab)" both; "red, 20 Minuten" none (a newsroom)."""
    match = _AGENCY_INITIALS.fullmatch(text.strip())
    if match is None:
        return ()
    tags = [tag for tag in match["tags"].split("/") if tag]
    # "(Symbolbild)", "(privat)": a picture credit, not an author.
    return _unique(tag for tag in tags if _NEWSROOM.fullmatch(tag) is None
                   and (_PICTURE.fullmatch(tag) is None or _NEWS_AGENCIES.fullmatch(tag)))


def _dated_or_barred(prefix: str) -> bool:
    """A date or a bar may stand before the lead word: "12.07.2025 | Par Jean Dupont"."""
    return bool(_DATE_START.match(prefix) and first_date(prefix)) or prefix.endswith(
        ("|", "·", "•", "/")
    )


def _trim(piece: str) -> str:
    """Strip the punctuation around a name, but not the dot of "Jr." or "J."."""
    piece = piece.strip(" :,;")
    last = piece.rsplit(" ", 1)[-1]
    return piece[:-1] if piece.endswith(".") and len(last) > _MAX_INITIALS + 1 else piece


def _name(piece: str, *, first: bool, handles: bool) -> str | None:
    if not piece or _ROLE.search(piece) or _NEWSROOM.fullmatch(piece):
        return None
    if _NEWS_AGENCIES.fullmatch(piece):
        return piece
    words = len(piece.split())
    if words == 1 and not (first and handles):
        return None  # "Von Anna Muster, Berlin": a place or a role, not a second author
    if _NAME.fullmatch(piece) is not None and words <= _MAX_NAME_WORDS:
        return _recase(piece)
    return piece if words == 1 and _HANDLE.fullmatch(piece) else None


def _recase(name: str) -> str:
    """"ANNA MUSTER" as "Anna Muster"; a name printed in mixed case stays as it is."""
    if name.isupper() and len(name.replace(" ", "")) > _MAX_INITIALS:
        return " ".join(word.capitalize() for word in name.split())
    return " ".join(name.split())


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _credit_blocks(evidence: Evidence, lines: list[int]) -> list[int]:
    """The credit lines near the headline; then an agency tag signing the last paragraph
    ("(lab)") or standing anywhere in the body."""
    tags = [i for i, rule in sorted(evidence.removed.items()) if rule is Rule.AGENCY_TAG]
    last = evidence.last_kept()
    signing = [i for i in tags if last is None or i <= last + _SIGNATURE_WINDOW]
    return list(dict.fromkeys([*lines, *signing]))

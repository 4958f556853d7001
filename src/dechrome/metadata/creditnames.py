"""The names a credit line lists after its lead word: "Jane Doe and John Roe | 1.11.2024".

The list ends at a bar, a date, a time, a picture credit or a word that starts the rest of the
line; it splits at commas and "and" in the six languages. A piece is a name when it reads as
one (capitalised words and particles, at most five); a role, a newsroom or a lead word inside
it makes it none; a news agency counts as it stands; a single word counts only as the first
piece of a credit that allows user names ("von gizzmo").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from dechrome.metadata.agency import NEWS_AGENCIES, NEWSROOM
from dechrome.metadata.dateparse import MONTHS
from dechrome.rules.base import phrases
from dechrome.stopwords import stop_words_of

_MAX_NAME_WORDS = 5
_LANGUAGES = ("German", "English", "French", "Spanish", "Italian", "Dutch", "Portuguese")
_MAX_INITIALS = 3  # "AFP", "SDA": short capitals are an acronym, not a shouted name
_MIN_TITLED_WORDS = 2  # after a job title, a first name and a surname
# What ends the list of names: a bar, a dot, a date, a time, or a word that starts the rest.
TAIL = regex.compile(
    r"\s[|·•–—»-]\s|\s[–—](?=\d)|\s?[|·•]|\s{2}|\s\d|[()]|\s(?:am|on|le|um|at|in|under|unter|for|für|vom)\s"
    # "on" in Spanish, Italian and Dutch before the date: "Publicado por X el 14 de marzo".
    r"|\s(?:el|il|op)\s(?=\d)"
    # An e-mail address after the name: "Por Mariano Martín mmartin@ambito.com.ar".
    r"|\s[\w.+-]{1,64}+@"
    r"|\s(?i:on|am|le|vom|um)\s(?=\d)|\s(?i:kategorie\w{0,3}+|categor\w{0,5}+|schreibe|hinterlasse|"
    r"leave|lesezeit|reading|zuletzt|last|updated|aktualisiert|mis à jour|publié|"
    r"veröffentlicht|erstellt|geändert|stand|published|posted|staff writer|senior writer|"
    r"contributing writer|staff reporter)\b"
    # A picture credit after the name: "von Alexander Karper Foto: © GEPA".
    r"|\s(?i:fotos?+|photos?+|bild(?:er)?+|images?+)\s?:"
    # A stock picture's label after the name: "von Olga Symbolbild imago".
    r"|\s(?i:symbolbild|symbolfoto)\b"
    # A date in words after the name: "by Jill Barshay August 25, 2025".
    rf"|\s(?i:{phrases(*MONTHS)})\.?\s\d"
)
# "and" in the six languages: und, and, et, y, e, en ("Lucía Fernández y Javier Ruiz").
# A comma may stand before the last "and" ("A, B, and C").
_SPLIT = regex.compile(
    r"\s?[,;&/]\s?(?:(?:und|and|et|y|e|en)\s)?|\s(?:und|and|et|y|e|en|with|mit)\s",
    regex.IGNORECASE)
_PARTICLE = r"(?:von|van|der|den|de|di|da|del|du|le|la|zu|ten|ter|dos|bin|al|y)"
_NAME = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}'’.-]{{0,30}}+)(?:\s(?:\p{{Lu}}[\p{{L}}'’.-]{{0,30}}+|{_PARTICLE}))"
    r"{0,4}+"
)
# Case-sensitive: "von" in lower case is a particle of a name ("Walter von Aachen").
_INNER_LEAD = regex.compile(r"\s(?:[Bb]y|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR)\s")
_HANDLE = regex.compile(r"[\p{L}\d][\p{L}\d_.-]{1,30}+")
ROLE = regex.compile(
    r"\b(?:staff|writer|editor|correspondent|reporter|journalist(?:in)?|redakteur(?:in)?|"
    r"korrespondent(?:in)?|rédact(?:eur|rice)|envoyée? spéciale?|chefredakteur(?:in)?|"
    r"autor(?:in)?|author|redaktion|rédaction|symbolbild|foto|photo|bild)\b",
    regex.IGNORECASE,
)


# A job title or an organisation after a name ends the names: what follows is the person's
# role and employer ("Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa
# and MECLABS Institute", "Uta Staschewski, Projektleiterin der HSS"), in the six languages.
AFFILIATION = regex.compile(
    r"\b(?:director|directora?|directeur|directrice|direktor(?:in)?|direttor[ei]|manager|"
    r"marketing|head of|founder|co-founder|ceo|cto|cfo|coo|president|professor|"
    r"professeur|lecturer|specialist|expert|consultant|officer|attorney|analyst|"
    r"engineer|scientist|researcher|strategist|coordinator|executive|"
    r"geschäftsführer(?:in)?|projektleiter(?:in)?|leiterin|pressesprecher(?:in)?|"
    r"sprecherin|berater(?:in)?|rechtsanwalt|rechtsanwältin|responsable|responsabile|"
    r"gerente|adviseur|institute?|institut|university|universität|université|universidad|"
    r"università|inc|ltd|llc|gmbh|group|gruppe|groupe|grupo|gruppo)\b",
    regex.IGNORECASE,
)


def names_after(rest: str, *, handles: bool) -> tuple[str, ...]:
    tail = TAIL.search(rest)
    pieces = [_trim(piece) for piece in _SPLIT.split(rest[:tail.start()] if tail else rest)]
    role = next((n for n, piece in enumerate(pieces) if n and AFFILIATION.search(piece)), None)
    pieces = pieces[:role]
    names = [_name(piece, first=position == 0, handles=handles)
             for position, piece in enumerate(pieces)]
    # The names follow the lead word: "By logging in you agree to our Terms and Privacy
    # Policy" credits no one.
    return unique(name for name in names if name) if names and names[0] else ()


def _trim(piece: str) -> str:
    """Strip the punctuation around a name, but not the dot of "Jr." or "J."."""
    piece = piece.strip(" :,;")
    last = piece.rsplit(" ", 1)[-1]
    return piece[:-1] if piece.endswith(".") and len(last) > _MAX_INITIALS + 1 else piece


def _less_title(piece: str) -> str:
    """"Rechtsanwalt Sebastian Einbock", "Professor Jane Doe": a job title before a name is
    the person's role, not part of the name; a title alone or before one word stays."""
    title, _, rest = piece.partition(" ")
    if AFFILIATION.fullmatch(title) is None or len(rest.split()) < _MIN_TITLED_WORDS:
        return piece
    return rest if _NAME.fullmatch(rest) is not None else piece


def _name(piece: str, *, first: bool, handles: bool) -> str | None:
    piece = _less_title(piece)
    # A lead word inside the piece: a menu of filters ("By Gender & Age By Gender"), no name.
    if not piece or ROLE.search(piece) or NEWSROOM.fullmatch(piece) or _INNER_LEAD.search(
            piece):
        return None
    # "Written By Feb 11, 2019": the byline's name is missing and its date follows.
    if piece.rstrip(".").casefold() in MONTHS:
        return None
    if NEWS_AGENCIES.fullmatch(piece):
        return piece
    words = len(piece.split())
    if words == 1 and not (first and handles):
        return None  # "Von Anna Muster, Berlin": a place or a role, not a second author
    if _NAME.fullmatch(piece) is not None and words <= _MAX_NAME_WORDS:
        return _recase(piece)
    # "Author has 9.6K answers": a word of the language in lower case is no user name.
    return piece if words == 1 and _HANDLE.fullmatch(piece) and not (
        piece.islower() and piece in stop_words_of(_LANGUAGES)) else None


def _recase(name: str) -> str:
    """"ANNA MUSTER" as "Anna Muster"; a name printed in mixed case stays as it is."""
    if name.isupper() and len(name.replace(" ", "")) > _MAX_INITIALS:
        return " ".join(word.capitalize() for word in name.split())
    return " ".join(name.split())


def unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))

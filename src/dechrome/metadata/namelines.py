"""A name printed beside a date with no lead word: "Bettina Kugler 19.10.2019, 05:00 Uhr".

Many pages print the author without "Von"/"By", next to the date under the headline: on the
same line ("Swantje Schemmerling | 06.11.23", "25.10.2022 - Reiner Nagel") or on its own line
with a date line right above or below it. A label beside a date looks much the same
("Olympische Spiele 02.02.2022", "Berliner Zeitung 12.03.2020"), so the words must read as a
person's name: two to four capitalised words (initials and particles such as "von" allowed),
none of them a month or a weekday, a German abstract noun or adjective ("-ung", "-ische"), a
word of the headline or of the site's host name, or a word the article itself writes in lower
case ("Neue" in "neue Regeln"), and none but the first a common word of a major language (the
stop-word lists, which hold frequent first names such as "john").
"""

from __future__ import annotations

from collections.abc import Container
from urllib.parse import urlsplit

import regex

from dechrome.metadata.agency import NEWSROOM_ROLE
from dechrome.metadata.dateparse import MONTHS, WEEKDAYS, find_dates
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.firstpost import REPLY_HEADER
from dechrome.metadata.lowerwords import LowerWords
from dechrome.metadata.reldates import says_relative
from dechrome.metadata.site import host_label, less_outlet, site_letters
from dechrome.reasons import Rule
from dechrome.stopwords import stop_words_of

# Only the credit lines nearest the headline: further away a name beside a date is a teaser's.
_NEAREST_LINES = 6
_MIN_WORDS, _MAX_WORDS = 2, 4
_MAX_LINE_CHARS = 120
_LONG_WORD = 6
_MAX_NAMES_CHARS = 120
_DATE_REACH = 2
_SEVERAL = 2
_HEAD_BELOW = 3
# Months' names that are first names too ("Jan Bakker", "April Ryan", "August Müller"): as a
# name's first word they do not make it a date.
_MONTH_NAMES = frozenset({"jan", "april", "june", "august"})
# Names are split at commas and "and"; what follows a bar is a role ("| Guest Columnists").
_NAMES_SPLIT = regex.compile(r"\s?,\s(?:(?:and|und|y|e|et|en)\s)?|\s(?:and|und|y|e|et|en|&)\s")
_ROLE_TAIL = regex.compile(r"\s[|·•]\s")
# A byline's lead word: such a line is a byline's to read, not a line of names.
_LEAD = regex.compile(r"(?:by|von|par|por|door|di)\s", regex.IGNORECASE)
_NO_NAMES = regex.compile(r"[\d:;!?@#()\[\]/]")
# Polish's list (3,000 words, many of them names) would reject most names.
_LANGUAGES = ("German", "English", "French", "Spanish", "Italian", "Dutch", "Portuguese")
# What no name holds: digits, bars, bullets, commas, slashes, colons, brackets.
_NOT_IN_NAME = regex.compile(r"[\d|·•,/:()]")
# Digits and the words a printed date or time holds, and what separates it from the name.
_DATE_MATERIAL = regex.compile(
    r"\d{1,4}+(?:[./:h-]\d{1,4}+){0,2}+\.?|\p{L}{1,12}+\.?|[|·•/,–—:()-]",
    regex.IGNORECASE,
)
_DATE_WORDS = frozenset({
    *MONTHS, *WEEKDAYS, "am", "um", "on", "at", "le", "el", "il", "à", "a", "de", "del", "of",
    "the", "uhr", "pm", "hs", "h", "gmt", "utc", "cet", "cest", "ist", "est",
    "st", "nd", "rd", "th",  # "November 4th, 2025"
})
_DATE_LINE_RULES = (Rule.DATELINE, Rule.TIMESTAMP_LABEL)
# A capital inside a name after a short prefix: "McCarthy", "DeFino", "O'Brien". That form
# is tried first: the repetition of words below is possessive, so "De" must not end a word.
_PART = r"\p{Lu}(?:[\p{Ll}'’]{1,3}+\p{Lu}\p{Ll}{1,20}+|[\p{Ll}'’]{1,20}+)"
_WORD = rf"{_PART}(?:-{_PART})?"
_PARTICLES = ("von", "van", "der", "den", "de", "di", "da", "del", "du", "le", "la", "zu", "ten",
              "ter", "dos", "y")
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})"
_NAME = regex.compile(
    rf"{_WORD}(?:\s(?:{_WORD}|\p{{Lu}}\.|{_PARTICLE})){{0,4}}+(?<=\p{{Ll}})",
)
# German abstract nouns and adjectives: "Förderung", "Olympische", "Kirchliche".
_COMMON_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "isch", "ische",
                   "ischen", "ischer", "liche", "lichen", "licher")
_HOST_WORDS = regex.compile(r"[\p{L}]{3,}+")
# What a blog's meta line prints after the name, beside its date: "Zuletzt geändert am",
# "Updated", "0 Comments", "Schreibe einen Kommentar", "7 minutes read".
_AFTER_NAME = regex.compile(
    r"\s(?:zuletzt|aktualisiert|updated|last updated|mis à jour|actualizado|aggiornato|"
    r"bijgewerkt|schreibe|hinterlasse|leave a|post a|laisser un|deja un|lascia un|"
    r"\d{1,5}+\s(?:comments?|kommentare?|commentaires?|comentarios?|comment[io]|reacties?|"
    r"min(?:ute)?s?\.?\s(?:read|lesezeit|de lecture|de lectura|di lettura|leestijd)))\b",
    regex.IGNORECASE,
)
_MIN_CAPS_LETTERS = 4
# The parts of a meta line: "Name | date | category", "date - Name - 91 Ergänzungen".
_META_PARTS = regex.compile(r"\s[|·•–—-]\s")
_DIGIT = regex.compile(r"\d")
# A user name is one word of letters, digits and "_.-" ("HansEhrlich", "luizjr4", "mh").
_HANDLE = regex.compile(r"(?=(?:[\d_.-]{0,29}+\p{L}){3})[\p{L}\d_.-]{3,30}+")
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")



def name_pieces(text: str) -> list[str]:
    """The names of a line of names: split at commas and "and" ("A, B, and C", "A und B"),
    what follows a bar left out (a role, "| Guest Columnists")."""
    return [piece.strip() for piece in _NAMES_SPLIT.split(_ROLE_TAIL.split(text)[0])]

def name_beside_date(evidence: Evidence, lines: list[int], headline: str | None
                     ) -> tuple[tuple[str, ...], int | None]:
    """The name standing beside a date on one of the credit lines nearest the headline,
    and the line's block."""
    lower: LowerWords | None = None
    for index in lines[:_NEAREST_LINES]:
        name = _candidate(evidence, index)
        if name is None:
            continue
        if lower is None:
            lower = LowerWords(evidence.paragraphs)
        name = _cased(name)
        # "Elliot Brownstein Florida Today", "By Chris Pokorny @DawgsByNature" on the
        # outlet's site: the outlet and the lead word are no part of the name.
        name = less_outlet(name, host_label(evidence.url)) or name
        name = name.removeprefix("By ")  # "Di", "Von" may open a name ("Di Maio")
        if reads_as_name(name, lower, headline, evidence.url) or (
                _has_date(evidence.blocks[index].text)
                and reads_as_handle(name, lower, evidence.url)):
            return (name,), index
    return (), None


def names_on_own_line(evidence: Evidence, lines: list[int], headline: str | None,
                      ) -> tuple[tuple[str, ...], int | None]:
    """The names a line near the headline holds and nothing else ("Isabel Caro, Rocío
    Latorre y José Miguel Wilson", "Manoj Jain and Jagpreet Chhatwal | Guest Columnists"):
    between the headline and the article, a line of person's names is the byline."""
    first = evidence.first_kept()
    lower: LowerWords | None = None
    for index in _nearest(evidence, lines):
        text = evidence.blocks[index].text.strip()
        if len(text) > _MAX_NAMES_CHARS or _NO_NAMES.search(text) or _LEAD.match(text):
            continue
        pieces = [_cased(piece) for piece in name_pieces(text)]
        # "Audrey Huang, Print Managing Editor": a role after the name is no second name.
        pieces = pieces[:1] + [piece for piece in pieces[1:] if not NEWSROOM_ROLE.search(piece)]
        # "Brian Truitt USA TODAY": the outlet the URL's host spells signs the credit.
        signed = less_outlet(pieces[-1], host_label(evidence.url))
        pieces[-1] = signed or pieces[-1]
        # Several names in a row read as a byline by themselves ("Ibtisam Mahdi, Ruwaida
        # Kamal Amer"), even just under the first paragraph (a standfirst the body kept); one
        # name reads like any label in title case ("Stack Internal") unless a date is near.
        several = len(pieces) >= _SEVERAL or signed is not None
        reach = first + _HEAD_BELOW if several and first is not None else first
        if (reach is not None and index > reach) or not (several or _dated_near(evidence, index)):
            continue
        if lower is None:
            lower = LowerWords(evidence.paragraphs)
        if all(reads_as_name(piece, lower, headline, evidence.url) for piece in pieces):
            return tuple(dict.fromkeys(pieces)), index
    return (), None


def _nearest(evidence: Evidence, lines: list[int]) -> list[int]:
    """The nearest credit lines, then those by the first paragraph (menus may fill the
    nearest): "Manoj Jain and Jagpreet Chhatwal | Guest Columnists" under the standfirst."""
    first = evidence.first_kept()
    head = [] if first is None else [i for i in lines if first - 1 <= i <= first + _HEAD_BELOW]
    return list(dict.fromkeys([*lines[:_NEAREST_LINES], *head]))


def _dated_near(evidence: Evidence, index: int) -> bool:
    """A date stands within two lines: a byline is printed with the date it credits, a
    label ("Success Stories", "Teilen Twittern") is not."""
    near = range(max(0, index - _DATE_REACH), min(len(evidence.blocks), index + _DATE_REACH + 1))
    return any(i != index and evidence.own(i) and len(evidence.blocks[i].text) <= _MAX_LINE_CHARS
               and _has_date(evidence.blocks[i].text) for i in near) or _relative_line(
        evidence, index + 1)


def _candidate(evidence: Evidence, index: int) -> str | None:
    """The rest of the line once its date is taken out, or the line itself when a date line
    stands right above or below it."""
    text = evidence.blocks[index].text.strip()
    if len(text) > _MAX_LINE_CHARS or REPLY_HEADER.match(text):  # a reply's poster
        return None
    after = _AFTER_NAME.search(text)
    rest = _without_date(text[:after.start()] if after else text)
    if _has_date(text):
        return rest if rest != text else _part_beside_date(text) or _before_date(text)
    if _META_PARTS.search(text) and says_relative(text):
        # "Jacobo Betancur Peláez | Publicado hace 3 horas": a relative date in a part.
        return _part_beside_date(text)
    if rest == text and (any(_date_line(evidence, near) for near in (index - 1, index + 1))
                         or _relative_line(evidence, index + 1)):
        return text
    return None


def _part_beside_date(text: str) -> str | None:
    """Of a meta line cut into parts by bars or dashes, the first part without digits next
    to a part with a date: "Arne Sjöström | 29. Dezember 2022 | HR-Welt", "23.06.2016 um
    16:14 Uhr - Markus Reuter - 91 Ergänzungen", "Jacobo Betancur | Publicado hace 3 horas"."""
    parts = [part.strip() for part in _META_PARTS.split(text)]
    dated = [_has_date(part) or says_relative(part) for part in parts]
    for position, part in enumerate(parts):
        if part and not _DIGIT.search(part) and any(
                dated[near] for near in (position - 1, position + 1) if 0 <= near < len(parts)):
            return part
    return None


def _before_date(text: str) -> str | None:
    """The words before a line's first date when a label follows it with no separator
    ("Swantje Bernsmann 11/08/2020 Feelings"): the name a blog's meta line prints first."""
    dates = find_dates(text) or find_dates(text, day_first=True)
    head = text[:dates[0].start].strip(" |·•–—-,") if dates else ""
    return head if head and _DIGIT.search(head) is None else None


def _date_line(evidence: Evidence, index: int) -> bool:
    if not 0 <= index < len(evidence.blocks):
        return False
    text = evidence.blocks[index].text
    return evidence.removed_as(index, *_DATE_LINE_RULES) or (
        _has_date(text) and _without_date(text) == "")


def _relative_line(evidence: Evidence, index: int) -> bool:
    """"Publiziert vor einer Stunde", "Hace 13 horas" under a name date it as a byline. Only
    below it: above a line, "2 days ago" ends a teaser ("2 days ago" / "In Brief"); and only
    a line giving no date besides ("Nov 19, 2019 / Updated 14 hours ago" dates no name)."""
    if not 0 <= index < len(evidence.blocks):
        return False
    text = evidence.blocks[index].text
    return says_relative(text) and not _has_date(text)


def _has_date(text: str) -> bool:
    """Whether `text` prints a date in either reading of a slashed date: beside a name,
    "3/5/2022 22:41" is a date whether it means 3 May or 5 March."""
    return bool(find_dates(text) or ("/" in text and find_dates(text, day_first=True)))


def _without_date(text: str) -> str:
    """`text` less its date, time, weekday and separators: "Anna Muster | 12.07.2025, 16:29
    Uhr" gives "Anna Muster"; a text with anything else around the name gives itself."""
    kept = [match for match in _DATE_MATERIAL.finditer(text)
            if match[0][0].isalpha() and match[0].rstrip(".").casefold() not in _DATE_WORDS]
    if not kept:
        return ""
    start, end = kept[0].start(), kept[-1].end()
    # The name must stand in one piece: "Markus Elsberger Netzwerk, Windows 2" is no name.
    if _NOT_IN_NAME.search(text, start, end) is not None:
        return text
    # Digits glued to the name are a user name's: "luizjr4".
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end]


def _cased(name: str) -> str:
    """"LEONARDO GARCIA" as "Leonardo Garcia": a name printed in capitals reads as one."""
    if not name.isupper() or sum(map(str.isalpha, name)) < _MIN_CAPS_LETTERS:
        return name
    return " ".join(word.capitalize() for word in name.split())


def reads_as_handle(word: str, lower: Container[str], url: str | None) -> bool:
    """Whether `word`, printed alone beside a date ("HansEhrlich 17.10.2019, 13:56 Uhr",
    "luizjr4 January 28, 2024"), reads as a forum's or a blog's user name: a word no language
    spells, with a capital after a lower-case letter, a digit or "_". A capitalised word beside a
    date is a place or a section ("Berlin, 12.03.2020"), a word in lower case as often a
    weekday or a label ("domenica 13 luglio 2025", "publié le 3 mars"); the site's name
    ("LinkNaija" on linknaija.com) is the publisher's.
    """
    if _HANDLE.fullmatch(word) is None or word.endswith("."):  # "p.m." is the time's
        return False
    folded = word.casefold()
    host = (urlsplit(url).hostname or "") if url else ""
    if folded in MONTHS or folded in WEEKDAYS or folded in lower or folded in host or (
            folded in stop_words_of(_LANGUAGES)):
        return False
    return any(map(str.isdigit, word)) or "_" in word or bool(_INNER_CAPITAL.search(word))


def reads_as_name(name: str, lower: Container[str], headline: str | None,
                  url: str | None) -> bool:
    """Whether `name` reads as a person's name (see the module's docstring); `lower` holds
    the words the article writes in lower case (`LowerWords`)."""
    if _NAME.fullmatch(name) is None:
        return False
    words = [word for word in name.split() if word[0].isupper() and not word.endswith(".")]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    common = stop_words_of(_LANGUAGES)
    # On a person's own site ("Kristian Larsen" on kristian-larsen.com) the host spells the
    # name: its words are the author's, not an outlet's.
    own_site = url is not None and host_label(url) == site_letters(name)
    around = headline or "" if own_site else f"{headline or ''} {url or ''}"
    foreign = {word.casefold() for word in _HOST_WORDS.findall(around)}
    folded = [word.casefold() for word in words]
    # A particle between the first and the last word ("Edilson La Rosa", "Marco Di Martino") is
    # a common word, or a weekday's short form, but part of the name: it is not asked.
    checked = [(n, word) for n, word in enumerate(folded)
               if not (0 < n < len(folded) - 1 and word in _PARTICLES)]
    # Wikipedia's frequent words hold first names ("john", "maria"): only the later words of
    # a name must not be common words.
    return not any(
        (n and word in common) or (word in MONTHS and (n or word not in _MONTH_NAMES))
        or word in WEEKDAYS or word in lower or word in foreign
        or (len(word) > _LONG_WORD and word.endswith(_COMMON_ENDINGS))
        for n, word in checked
    )

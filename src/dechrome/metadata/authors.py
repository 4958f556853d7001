"""The authors: the names a byline or an agency tag credits, normalised.

"Von Anna Muster", "By Jane Doe and John Roe", "Par Jean Dupont et Marie Curie": the names
after the lead word, split at commas and "and"; what follows a bar, a date or a word such as
"am"/"on"/"le" is not a name. The lead word may follow a posting verb or a date ("Posted
11. April 2018 by Walter von Aachen", "12.07.2025 | Par Jean Dupont"); then a user name
("von gizzmo") counts too. A bare "Von X" needs a full name: "Von Sprachregeln, …" opens a
headline. A lead word alone on its line ("Von", "By :") credits the names on the next line.
An agency tag credits its initials or agency: "(lab)", "(dpa)".

A newsroom tag ("red", "Redaktion", "Staff") names no author: in "red, 20 Minuten" the
newsroom of the outlet 20 Minuten wrote the piece, so the outlet becomes the site name and
the authors stay empty. A single word after a comma ("Von Anna Muster, Berlin") is a place
or a role, unless it is a news agency. Only when no line credits anyone, a name printed
beside the date under the headline with no lead word counts, and only when its words read as
a person's name (see `namelines`): beside a date, "Pressemitteilung Aktuell" looks much like
"Bettina Kugler".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dechrome.metadata.agency import (
    NEWSROOM,
    dashed_agency,
    names_in_agency_tag,
    picture_source,
)
from dechrome.metadata.authorbox import names_confirmed_by_box
from dechrome.metadata.creditnames import ROLE, TAIL, names_after
from dechrome.metadata.dateparse import MONTHS, WEEKDAYS, find_dates, first_date
from dechrome.metadata.evidence import (
    BLOCK_LOCAL,
    CREDIT_RULES,
    Evidence,
    credit_lines,
    head_lines,
)
from dechrome.metadata.namelines import name_beside_date, names_on_own_line
from dechrome.metadata.reldates import says_relative
from dechrome.metadata.site import host_label, less_outlet
from dechrome.metadata.sources import Source
from dechrome.reasons import Rule

# A credit this many blocks below the last paragraph still signs the article ("(lab)").
_SIGNATURE_WINDOW = 3
# Italian "da" only after a word ("Pubblicato da X"): alone it opens a phrase ("Da La Nota").
# "Text & Fotos:", "Texte et photos :": the credit of a reporter who took the pictures too.
_LEAD_WORD = (r"von|by|par|por|door|di|(?<=\S\s)da|autor(?:in|en|innen|a|ka|e)?|authors?|"
              r"auteure?|texte?(?:\s(?:&|und|and|et|y|e|en|\+)\s(?:fotos?|photos?|bilder))?|"
              r"thread starter|started by|asked by")
_MENU_LEADS = frozenset({"by", "von", "par", "por", "door"})
# Forum labels of the user who opened the thread: a user name follows.
_STARTERS = frozenset({"thread starter", "started by", "asked by"})
_LEAD = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<word>{_LEAD_WORD})(?P<colon>\s{{0,3}}:)?\s{{1,3}}(?=\S)",
    regex.IGNORECASE,
)
# Text each lead word holds, in lower case: a line holding none opens no byline, and the
# lead regexes are not run on it (`test_metadata_authors` checks the marks).
_LEAD_MARKS = ("by", "di", "da", "von", "par", "por", "door", "aut", "text", "thread")
# "Text" alone is a menu item ("Texte", "Fotos"); only "Text:" announces a name.
_LEAD_ALONE_WORD = r"von|by|par|por|door|di|autor(?:in|en|innen|a|ka|e)?|authors?|auteure?"
# A lead word that ends its line ("Von", "By :", "10.12.2022 18:27 von"): the names stand on
# the next line.
_LEAD_ALONE = regex.compile(
    # Anchored: it is asked of whole lines only (scanned at every offset of a long run, the
    # lazy run of up to 60 characters would be tried at each).
    rf"^(?:(?P<before>.{{1,60}}?)\s)?(?:(?:{_LEAD_WORD})\s{{0,3}}:|{_LEAD_ALONE_WORD})",
    regex.IGNORECASE,
)
# "Posted", "Veröffentlicht am 12. Juni 2017", "Eingestellt": what may precede "von"/"by".
_POSTED = regex.compile(
    r"(?:posted|published|written|veröffentlicht|eingestellt|gespeichert|geschrieben|verfasst|"
    r"erstellt|publiziert|gepostet|publié|écrit|rédigé|publicado|escrito|pubblicato|scritto|"
    r"gepubliceerd|geschreven|"
    r"(?:ein |eine |dieser |blog[- ]?)?(?:beitrag|artikel|kolumne|interview)|"
    r"un article|(?:an? )?(?:article|column|interview)|text|words|post author|"
    r"\(?(?:additional )?reporting|a cura|testo|tekst|"
    r"(?:discussion|thread) in .{1,60}?)"
    r"(?:\s(?:am|on|le|at|um)?\s?.{0,50})?",
    regex.IGNORECASE,
)
_DATE_START = regex.compile(r"(?:\d|\p{L}{3,12}\.?,?\s\d)")
_MAX_DATE_CHARS = 60
_WORD = regex.compile(r"\p{L}+")
# The words a printed date and time may hold: month and weekday names, "um", "Uhr", "pm".
_DATE_WORDS = frozenset({
    *MONTHS, *WEEKDAYS, "am", "um", "on", "at", "le", "el", "il", "à", "a", "de", "of", "the",
    "uhr", "pm", "h", "m", "p",
})
# A lead word after a date: "von", "by", "par", "por", "door".
_AFTER_DATE_LEAD = regex.compile(r"[\s,|·•–—-]{1,4}+(?:von|by|par|por|door)\s{1,3}+(?=\S)",
                                 regex.IGNORECASE)
_DASHED_TAG = regex.compile(r"[–—-]\s?[\p{L}/]{2,30}+")
_COPIES = (Rule.EXACT_DUPLICATE, Rule.NEAR_DUPLICATE)


def read_authors(evidence: Evidence, lines: list[int] | None = None,
                 headline: str | None = None) -> tuple[str, ...]:
    """The names credited by the byline or agency tag nearest to the headline; failing
    those, a name printed beside the date under the headline, or a line of names alone.

    `lines` are the credit lines nearest to the headline first (default:
    `credit_lines(evidence)`, around the headline the context rules found).
    """
    return read_credits(evidence, lines, headline)[0]


def read_credits(evidence: Evidence, lines: list[int] | None = None,
                 headline: str | None = None,
                 ) -> tuple[tuple[str, ...], Source | None, int | None]:
    """`read_authors`'s names, how they were found, and the block they were read from."""
    lines = credit_lines(evidence) if lines is None else lines
    credited = _credited(evidence, lines)
    if credited[0]:
        return credited
    headline = headline or evidence.title
    beside, index = name_beside_date(evidence, lines, headline)
    if names_people(beside):
        return beside, Source.NAME_BESIDE_DATE, index
    beside, index = names_on_own_line(evidence, lines, headline)
    if names_people(beside):
        return beside, Source.NAME_LINE, index
    # Tried after a role line the two readers above took for a name ("Political Editor"
    # under "Andrew Woodcock"): that line is this reader's evidence, not a stop.
    beside, index, how = names_confirmed_by_box(evidence, headline)
    if names_people(beside):
        return beside, how, index
    return (), None, None


def names_people(names: tuple[str, ...]) -> bool:
    """Whether `names` holds names and none is a newsroom, a role or a label ("Staff
    Consortium", "Redaktion Wien", "Political Editor", "Last Modified"), nor a picture's
    source ("Wikimedia Commons" over a photo)."""
    return bool(names) and not any(
        ROLE.search(name) or any(map(NEWSROOM.fullmatch, name.split())) or TAIL.search(f" {name}")
        or picture_source(name) for name in names)


def _credited(evidence: Evidence, lines: list[int],
              ) -> tuple[tuple[str, ...], Source | None, int | None]:
    for index in _credit_blocks(evidence, lines):
        text = evidence.blocks[index].text
        if evidence.removed_as(index, Rule.AGENCY_TAG):
            names, how = names_in_agency_tag(text), Source.AGENCY_TAG
        elif _DASHED_TAG.fullmatch(text):
            names, how = dashed_agency(text), Source.AGENCY_TAG
        elif not may_lead(text):
            names = ()
        elif _lead_alone(text) and _plain_line(evidence, index + 1):
            names, how = names_after_lead(evidence.blocks[index + 1].text), Source.LEAD_ALONE
        elif not _filter_menu(evidence, index):
            names, how = names_in_byline(text, dated=_dated_next(evidence, index)), Source.BYLINE
        else:
            names = ()
        if names:
            # "By Jonathan Garber FOXBusiness": the outlet after the name is none of it.
            host = host_label(evidence.url)
            return tuple(less_outlet(name, host) or name for name in names), how, index
    return (), None, None


def _filter_menu(evidence: Evidence, index: int) -> bool:
    """"BY COMPANY TYPE" over "BY ROLE": lines that open with the same lead word one after
    the other are a menu of filters, not a byline."""
    lead = evidence.blocks[index].text.split(maxsplit=1)[:1]
    if not lead or lead[0].casefold() not in _MENU_LEADS:
        return False
    return any(0 <= near < len(evidence.blocks)
               and evidence.blocks[near].text.split(maxsplit=1)[:1] == lead
               for near in (index - 1, index + 1))


def names_in_byline(text: str, *, dated: bool = False) -> tuple[str, ...]:
    """"By Jane Doe and John Roe | 1.11.2024" gives ("Jane Doe", "John Roe"); so does
    "Posted 1.11.2024 by Jane Doe and John Roe". `dated`: the next line gives the date ("By
    GrinGEO" / "October 29, 2025"), so a user name counts as after a date on the line."""
    for lead in _openings(text):
        before = text[:lead.start()].strip()
        # After a posting verb, a date or "Autor:", or before a date ("von Thilo / 6.
        # November 2023"), a user name counts: "von gizzmo".
        handles = (dated or lead["colon"] is not None or bool(before) or lead["word"].casefold()
                   in _STARTERS or first_date(text[lead.end():]) is not None)
        names = names_after(text[lead.end():], handles=handles)
        # "Text by Hunter Dukes": the first lead word may be the posting word of a second.
        if names:
            return names
    return ()


def byline_tails(text: str) -> list[str]:
    """What follows each lead word of `text` that may open a byline: "Veröffentlicht am 8.
    Februar 2022 von PETA-Team" gives ["PETA-Team"]."""
    return [text[lead.end():] for lead in _openings(text)] if may_lead(text) else []


def _openings(text: str) -> Iterator[regex.Match[str]]:
    """The lead words of `text` with nothing before them but a posting verb, a date or a
    bar."""
    for lead in _LEAD.finditer(text):
        before = text[:lead.start()].strip()
        if not before or _POSTED.fullmatch(before) is not None or _dated_or_barred(before):
            yield lead


def names_after_date(text: str) -> tuple[str, ...]:
    """"1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.": the poster a lead word names right
    after a line's first date and its time, whatever stands before the date ("Stars
    06.11.2023 13:30 von Olga"). Asked only of the line that gave the page's date."""
    dates = find_dates(text) or find_dates(text, day_first=True)
    if not dates:
        return ()
    start = dates[0].start
    lead = _AFTER_DATE_LEAD.search(text, start, start + _MAX_DATE_CHARS)
    # Between the date and the lead word only the date and its time: "1.11.23 20:19 von".
    if lead is None or not all(word.casefold() in _DATE_WORDS
                               for word in _WORD.findall(text, start, lead.start())):
        return ()
    return names_after(text[lead.end():], handles=True)


def _dated_next(evidence: Evidence, index: int) -> bool:
    following = evidence.blocks[index + 1].text if index + 1 < len(evidence.blocks) else ""
    return len(following) <= _MAX_DATE_CHARS and (
        first_date(following) is not None or says_relative(following))


def may_lead(text: str) -> bool:
    """False when no lead word stands in `text`, so neither `_LEAD` nor `_LEAD_ALONE` can
    match it (their case-blind letters fold to no character outside ASCII)."""
    lowered = text.lower()
    return any(mark in lowered for mark in _LEAD_MARKS)


def names_after_lead(line: str) -> tuple[str, ...]:
    """The names on the line after a lead word that ended its own line ("Von" / "Anna
    Muster"): that line is a credit by where it stands, so a user name counts too."""
    return names_after(line, handles=True)


def _lead_alone(text: str) -> bool:
    """"Von", "By :", "10.12.2022 18:27 von": a lead word ending the line, after nothing or
    after a date or a posting verb."""
    match = _LEAD_ALONE.fullmatch(text.strip())
    if match is None:
        return False
    before = (match["before"] or "").strip()
    return not before or _POSTED.fullmatch(before) is not None or _dated_or_barred(before)


def _plain_line(evidence: Evidence, index: int) -> bool:
    """A line no rule judged chrome by its text ("Author" above "Recent Posts" heads a
    sidebar), and no other content's."""
    if index >= len(evidence.blocks):
        return False
    rule = evidence.removed.get(index)
    # A name printed twice ("Sara Zinnecker" in the byline and the author box) is a copy.
    if rule in _COPIES:
        return True
    return evidence.own(index) and (rule is None or rule not in BLOCK_LOCAL
                                    or rule in CREDIT_RULES)



def _dated_or_barred(prefix: str) -> bool:
    """A date (and nothing else) or a bar may stand before the lead word: "12.07.2025 | Par
    Jean Dupont", "October 19, 2019 by IWB"; not a teaser's opening "17.01.2019 Nur mit …"."""
    if prefix.endswith(("|", "·", "•", "/")):
        return True
    if len(prefix) > _MAX_DATE_CHARS or not _DATE_START.match(prefix) or not first_date(prefix):
        return False
    return all(word.casefold() in _DATE_WORDS for word in _WORD.findall(prefix))






def _credit_blocks(evidence: Evidence, lines: list[int]) -> list[int]:
    """The credit lines near the headline; then an agency tag signing the last paragraph
    ("(lab)") or standing anywhere in the body."""
    tags = [i for i, rule in evidence.in_order() if rule is Rule.AGENCY_TAG]
    last = evidence.last_kept()
    signing = [i for i in tags if last is None or i <= last + _SIGNATURE_WINDOW]
    return list(dict.fromkeys([*lines, *signing, *head_lines(evidence, lines)]))

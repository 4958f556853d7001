"""The author names a page's markup gives, as a reader would write them.

JSON-LD records and author meta tags are filled by templates, and carry what the template
had at hand: the byline's lead word ("By Jane Doe"), a degree after a comma ("Jane Doe,
PhD"), the outlet after the name ("Jane Doe, Courier" on courier.example), the account name
instead of the person ("jane.doe"), or a placeholder where no author was entered ("admin",
"No Author"). Each name is cleaned of those; a placeholder is no name at all.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dechrome.metadata.dateparse import WEEKDAYS

_LEAD = regex.compile(r"\A(?:von|by|par|por|door)\s{1,3}+(?=\p{Lu})", regex.IGNORECASE)
_DEGREE = regex.compile(
    r",\s{0,3}+(?:ph\.?\s?d|m\.?\s?d|mph|mba|msc|bsc|rdn?|rn|cpt|dvm|llm|jd)\.?\Z",
    regex.IGNORECASE,
)
_PLACEHOLDER = regex.compile(
    r"(?:no author|unknown|anonymous|anonym|n/a|none|\w{0,20}admin(?:istrator)?)",
    regex.IGNORECASE,
)
# "jane.doe", "jan_van_dijk": a user name made of the person's names (not a host name,
# "courier.de", whose last part is short).
_HANDLE = regex.compile(r"\p{Ll}{2,20}+(?:[._]\p{Ll}{1,20}+){0,2}[._]\p{Ll}{4,20}+")
# "AP Auto Writer", "Senior Editor": the role printed beside the name.
_ROLE = regex.compile(
    r"\b(?:writer|editor|correspondent|reporter|journalist|contributor|columnist|"
    r"redakteur(?:in)?|korrespondent(?:in)?|rédact(?:eur|rice))\b",
    regex.IGNORECASE,
)
_HANDLE_SEPARATOR = regex.compile(r"[._]")
_MAX_NAME_WORDS = 4
_TRAILING = WEEKDAYS | {"publiziert", "published", "posted", "veröffentlicht", "aktualisiert",
                        "updated", "publié", "publicado", "am", "on", "le"}
_PARTS = regex.compile(r"\s{0,3}+,\s{1,3}+|\s{1,3}+[-–|]\s{1,3}+")


def clean_names(names: tuple[str, ...], site: frozenset[str]) -> tuple[str, ...]:
    """`names` without lead words, degrees, the site's name beside them (`site`: the site's
    names as letters and digits, lower case) and placeholders; a user name made of the
    person's names as those names."""
    return tuple(dict.fromkeys(_cleaned(names, site)))


def _cleaned(names: tuple[str, ...], site: frozenset[str]) -> Iterator[str]:
    for given in names:
        name = _DEGREE.sub("", _LEAD.sub("", given.strip()))
        name = _without_site(_without_trailing_label(name), site)
        if not name or _PLACEHOLDER.fullmatch(name):
            continue
        if _HANDLE.fullmatch(name):
            yield " ".join(part.capitalize() for part in _HANDLE_SEPARATOR.split(name))
        else:
            yield name


def _without_trailing_label(name: str) -> str:
    """"Jane Doe Thursday", "Jane Doe Publiziert": the byline's next item, a weekday or a
    posting word, run into the name."""
    words = name.split()
    # A longer credit ends in its own words: "For The Mail On Sunday".
    if 1 < len(words) <= _MAX_NAME_WORDS and words[-1].rstrip(".,:").casefold() in _TRAILING:
        return " ".join(words[:-1])
    return name


def _without_site(name: str, site: frozenset[str]) -> str:
    """"Jane Doe, Courier" on the Courier's site is "Jane Doe", and so is "Jane Doe, Staff
    Writer"; "Courier" alone stays (a page may name its publisher as its author)."""
    parts = _PARTS.split(name)
    if len(parts) < 2:
        return name
    kept = [part for part in parts if _key(part) not in site and not _ROLE.search(part)]
    return ", ".join(kept) if kept and len(kept) < len(parts) else name


def _key(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())

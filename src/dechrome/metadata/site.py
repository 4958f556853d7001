"""The outlet: from the URL when the caller gives one, else from chrome that names it.

Chrome names the outlet in a few set phrases: the newsroom credit "red, 20 Minuten", the
team signing a comment policy ("das WELT-Team", "das krone.at-Forum"), the call to subscribe
to its channel ("Abonniere den WELT YouTube Channel"). Only chrome is read, never the body: an
article may well quote another outlet.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

import regex

from dechrome.html.grammar import key as letters_and_digits
from dechrome.metadata.evidence import Evidence
from dechrome.reasons import Rule

_HOST_PREFIX = regex.compile(r"^(?:www\d?|m|mobile|amp)\.")
# A top-level domain, with the second level of the country domains that have one
# ("co.uk", "com.au"); "bmel.de" keeps "bmel".
_TLD = regex.compile(r"(?:\.(?:co|com|org|net|gov|ac|edu|or|ne|go)(?=\.[a-z]{2}$))?\.[a-z]{2,6}+$")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e"})
_MIN_SITE_LETTERS = 3
_MAX_SITE_WORDS = 8
# Case-sensitive inside the case-insensitive phrases: each further word of a name is
# capitalised, and the channel words that follow are not part of it.
_OUTLET = (
    r"(?P<site>(?-i:\p{L}[\p{L}\d.&'’]{0,30}+(?:\s(?!YouTube|Channel|Kanal|Team|Forum)"
    r"[\p{Lu}\d][\p{L}\d.&'’]{0,30}+){0,2}))"
)
_PHRASES = regex.compile(
    rf"\b(?:das|dein|euer|ihr|the|l['’]équipe(?: de| d['’])?)\s{_OUTLET}[- ]"
    r"(?:team|forum|redaktion|community)\b"
    rf"|\b(?:abonniere|abonnieren sie|subscribe to)\s(?:den|die|das|the)?\s?{_OUTLET}"
    r"(?:['’]s)?\s(?:youtube[- ]?)?(?:channel|kanal)"
    rf"|\babonnez-vous à (?:la chaîne )?(?:youtube )?(?:de |d['’])?{_OUTLET}",
    regex.IGNORECASE,
)
_NEWSROOM_CREDIT = regex.compile(
    r"(?:red|redaktion|rédaction)\s?,\s?(?P<site>[\p{L}\d][\p{L}\d .'’-]{1,40}+)", regex.IGNORECASE
)
# Chrome where an outlet speaks of itself.
_SELF_CHROME = (
    Rule.SUBSCRIBE_CALL, Rule.SOCIAL_FOLLOW, Rule.LINK_LIST_ITEM, Rule.COMMENT_POLICY,
    Rule.NEWSLETTER, Rule.HEAD_CHROME, Rule.TAIL_CHROME, Rule.LOGIN_PROMPT, Rule.PAYWALL,
)


def read_sitename(evidence: Evidence) -> str | None:
    """The outlet's name: the URL's host, else what the chrome calls the outlet."""
    return site_from_url(evidence.url) or site_from_chrome(evidence)


def site_from_url(url: str | None) -> str | None:
    """"https://www.krone.at/3851437" gives "krone.at"."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _HOST_PREFIX.sub("", host.lower(), count=1)


def site_from_chrome(evidence: Evidence) -> str | None:
    """The outlet named by a newsroom credit, else by the outlet's own chrome."""
    for text in evidence.texts_removed_as(Rule.AGENCY_TAG):
        match = _NEWSROOM_CREDIT.fullmatch(text.strip())
        if match is not None:
            return match["site"].strip()
    for text in evidence.texts_removed_as(*_SELF_CHROME):
        match = _PHRASES.search(text)
        if match is not None:
            return match["site"]
    return None


def site_letters(text: str) -> str:
    """Letters and digits only, case and umlauts folded: what a site's name and its host
    share ("Rhein-Neckar Löwen", "rhein-neckar-loewen")."""
    # HTML mode's one definition of "letters and digits only", not a second copy of it.
    # Other accents go as a host drops them: "El País" on elpais.com.
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return letters_and_digits("".join(c for c in folded if not unicodedata.combining(c)))


def host_label(url: str | None) -> str | None:
    """"https://www.rhein-neckar-loewen.de/x" gives "rheinneckarloewen"."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    label = _TLD.sub("", host.lower()).rsplit(".", 1)[-1]
    letters = site_letters(label)
    return letters if len(letters) >= _MIN_SITE_LETTERS else None


def names_host(part: str, host: str) -> bool:
    """Whether a part of a few words names the site whose host label is `host`."""
    letters = site_letters(part)
    return len(letters) >= _MIN_SITE_LETTERS and len(part.split()) <= _MAX_SITE_WORDS and (
        host in letters or letters in host
    )

"""The thread starter a forum labels as such: "JosephF Discussion starter", "Dessalines OP".

Forum software marks the posts of the user who opened the thread, on the first post and on
each of that user's replies: "Discussion starter" or "Thread starter" after the user name,
"OP" beside it, or an "Original Poster" line right under the name line ("lowjhg" /
"Original Poster"). The starter is the page's author. The label is the software's, not the
site's, so it holds on every forum that runs it; a user name alone (lower case, digits)
counts only with the label beside it. "Thread starter" before the name is a byline's lead
word and read there (`authors`). The thread's header names the starter too, the date right
after the name: "Started by Biology Forums, June 04, 2024, 11:23:55 AM".
"""

from __future__ import annotations

import regex

from dechrome.metadata.authors import names_in_byline
from dechrome.metadata.dateparse import find_dates
from dechrome.metadata.evidence import Evidence
from dechrome.rules.gate import gate_of, gated_match

# The labels, in the languages forum software is most often run in; "OP" only in capitals
# (in lower case it is a word: "op" in Dutch).
_LABEL = (r"(?i:discussion starter|thread starter|topic starter|original poster|"
          r"themenstarter|threadstarter|topicstarter)|OP")
# A word of a user name or a person's name ("JosephF", "jan_van.dijk", "Dessalines").
_NAME_WORD = r"[\p{L}\d][\p{L}\d_.-]{0,29}+"
# A user name or a person's name of up to four words, then the label, then at most a few
# characters of badges ("Dessalines OP M A"). Anchored: asked of whole lines only; the lazy
# run of words is bounded, and a line is short.
_LABELLED = regex.compile(
    rf"(?P<user>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}?)"
    rf"\s{{1,3}}+(?:[·•|]\s{{1,3}}+)?(?P<label>{_LABEL})(?:\s[^\n]{{0,12}}+)?",
)
_LABEL_ALONE = regex.compile(rf"(?:{_LABEL})")
# German and Dutch forums print the label before the name: "Themenstarter Pepemaus" (the
# English "Thread starter X" is a byline's lead word, read in `authors`).
_LABEL_FIRST = regex.compile(
    r"(?i:themenstarter|threadstarter|topicstarter)(?:\s?:)?\s{1,3}+"
    rf"(?P<user>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}+)",
)
# The labels printed on a line of their own under the user name ("Thread starter" alone
# stands over it, a lead word).
_UNDER_NAME = regex.compile(r"(?i:original poster)|OP")
# A user name or a name alone on the line over an "Original Poster" line.
_NAME_ALONE = regex.compile(rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}+")
_MAX_CHARS = 80
# The thread's header: "Started by Biology Forums, June 04, 2024, 11:23:55 AM", "Discussion
# in ' Hosting Advice ' started by pelex, May 26, 2025." (a sentence, which the credit lines
# leave out).
_STARTED = regex.compile(r"(?:(?:discussion|thread|topic) in .{1,60}?\s)?started by\s",
                         regex.IGNORECASE)
_MAX_HEADER_CHARS = 120
# Most lines open with no header's words: their first characters rule them out.
_STARTED_GATE = gate_of(_STARTED)


def labelled_starter(evidence: Evidence) -> tuple[tuple[str, ...], int | None]:
    """The user the first starter label on the page names, and the label's block."""
    blocks = evidence.blocks
    for block in blocks:
        text = block.text.strip()
        if len(text) <= _MAX_HEADER_CHARS and (
                gated_match(_STARTED, _STARTED_GATE, text) is not None
                and evidence.own(block.index)):
            names = names_in_byline(text)
            if names and _dated_after(text, names[-1]):
                return names, block.index
        if len(text) > _MAX_CHARS or not _may_label(text) or not evidence.own(block.index):
            continue
        match = _LABELLED.fullmatch(text) or _LABEL_FIRST.fullmatch(text)
        if match is not None and _user(match["user"], match.groupdict().get("label") or ""):
            return (match["user"],), block.index
        if block.index and _UNDER_NAME.fullmatch(text) is not None:
            above = blocks[block.index - 1].text.strip()
            if len(above) <= _MAX_CHARS and _NAME_ALONE.fullmatch(above) is not None and (
                    evidence.own(block.index - 1)) and _user(above, text):
                return (above,), block.index
    return (), None


def _dated_after(text: str, name: str) -> bool:
    """Whether the date follows right after the name, as in a thread's header ("started by
    pelex, May 26, 2025"); "Started by accident, the fire ... on May 26" is a sentence."""
    end = text.find(name)
    if end < 0:
        return False
    rest = text[end + len(name):]
    gap = len(rest) - len(rest.lstrip(" ,-–—|·"))
    return any(date.start == gap for date in find_dates(rest))


def _may_label(text: str) -> bool:
    # Most lines hold no label: substring tests first, the patterns only then.
    folded = text.casefold()
    return "OP" in text or "starter" in folded or "poster" in folded


def _user(name: str, label: str) -> bool:
    """Whether `name` can be the user `label` marks: it holds a letter and is no label
    itself; beside "OP" only one word ("Reply to OP" is a button)."""
    return any(map(str.isalpha, name)) and _LABEL_ALONE.fullmatch(name) is None and (
        label != "OP" or " " not in name)

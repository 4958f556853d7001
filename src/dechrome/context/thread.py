"""Comment threads recognised by their shape, when no header names them.

A thread is a run of short "speaker" lines — "joetoronto says:", "2 days ago at 07:52 am",
"vor 3 Stunden", "Rating: 36 Votes", "Antworten" — each followed by a reader's text. Three of
them close together, after the article has begun, open a thread that runs to the page's end;
three ages alone do not (a teaser box inside the article dates its teasers so).

On a discussion page (a forum thread, a Q&A question, a link aggregator's item) the replies
are the page's content, not comments on it: there the rule finds no thread. The page says
what it is in its URL, in the paths forum and Q&A software gives its threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

import regex

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.reasons import Reason, Rule
from dechrome.rules.gate import gate_of, gated_match

_SPEAKER = regex.compile(
    r"^\S{1,40}+(?:\s\S{1,40}+){0,4}?\s(?:says|said|wrote|writes|sagt|schreibt|schrieb|meint|"
    r"dit|écrit|escribe|dice|scrive|zegt|schrijft|pisze|napisał)\s?:$",
    regex.IGNORECASE,
)
_AGO = regex.compile(
    r"^(?:(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"years?) ago(?: at \d{1,2}:\d{2}(?: ?[ap]m)?)?|vor (?:\d{1,3}|einer?|einem) (?:sekunden?|"
    r"minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|il y a \d{1,3} (?:secondes?|"
    r"minutes?|heures?|jours?|semaines?|mois|ans?)|hace \d{1,3} (?:segundos?|minutos?|horas?|"
    r"días?|semanas?|meses|años?))$",
    regex.IGNORECASE,
)
_ACTION = regex.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|odpowiedz|report|melden|"
    r"signaler|like|gefällt mir|j'aime|me gusta|rating: \d{1,6} votes?|\d{1,6} (?:likes?|votes?|"
    r"points?|upvotes?))$",
    regex.IGNORECASE,
)
# Only a speaker line ends in a colon (before `$`'s optional line break), and it must: a line
# is matched against its own kind's pattern, the speaker one's costing the most.
_AGO_OR_ACTION = regex.compile(
    "|".join(f"(?:{kind.pattern})" for kind in (_AGO, _ACTION)), regex.IGNORECASE
)
# The markers whose line need not end in a colon (as a "says:" line does), for a reader that
# tries them with other patterns in one match (`pagekind.frame`).
UNCOLONED_MARKERS = (_AGO, _ACTION)
# Most short lines open with no age and no action: their first characters rule them out.
_AGO_OR_ACTION_GATE = gate_of(_AGO_OR_ACTION)
# Forum and Q&A software names a thread's host or path so: "forum.x.org", "/threads/a-title.91732/",
# "/t/a-title/212419", "/topic/225132-a-title/", "viewtopic.php?t=1", "/questions/964/",
# "/r/sub/comments/1rl4mew/", "item?id=38778098". A section page ("/topic/headphones") has no id.
_DISCUSSION_HOST = regex.compile(r"^(?:forums?|community|discuss|discussions?|boards|answers)\.")
_DISCUSSION_PATH = regex.compile(
    r"/(?:threads?/|t/[^/]{1,300}+/\d|topics?/\d|questions/\d|comments/\w|discussions?/\d|"
    r"viewtopic\.php|showthread\.php|thread-\d|item\?id=\d|forums?/|boards/\d)",
    regex.IGNORECASE,
)
# A reply quotes a few paragraphs of the post it answers, not a whole thread.
_QUOTE_MAX_BLOCKS = 4
_MIN_MARKERS = 3
_WINDOW = 12
_MAX_MARKER_WORDS = 10


def is_speaker_line(text: str, words: int) -> bool:
    """A line that introduces or closes one reader comment."""
    if words > _MAX_MARKER_WORDS:
        return False
    if text.endswith((":", ":\n")):
        return _SPEAKER.match(text) is not None
    return gated_match(_AGO_OR_ACTION, _AGO_OR_ACTION_GATE, text) is not None


def is_age(text: str) -> bool:
    """A post's or a comment's age on its own line ("2 days ago", "vor 3 Stunden")."""
    return _AGO.match(text) is not None


def is_discussion_url(url: str | None) -> bool:
    """Whether the URL is a forum thread's or a Q&A question's (its replies are the page)."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    where = f"{parts.path}?{parts.query}" if parts.query else parts.path
    return (_DISCUSSION_HOST.match(parts.netloc.casefold().removeprefix("www.")) is not None
            or _DISCUSSION_PATH.search(where) is not None)


def quotes(page: Page, keys: Sequence[str]) -> frozenset[int]:
    """The positions in `page.kept_indices` of a discussion's quotes, given each kept block's
    copy key: the paragraphs a reply repeats from an earlier post, later copies in a short
    run (`pasted`). Dedup keeps them: on a forum thread a quote is the page's structure."""
    later, long_runs, kept = _later(keys), pasted(keys), page.kept_indices
    return frozenset(position for position, again in enumerate(later)
                     if again and position not in long_runs and page.prose[kept[position]])


def pasted(keys: Sequence[str]) -> frozenset[int]:
    """The positions of later copies among `keys` standing in a run of more than
    `_QUOTE_MAX_BLOCKS` consecutive ones: a reply quotes a few paragraphs, a page printing
    its thread twice repeats a long run."""
    found: set[int] = set()
    run: list[int] = []
    for position, again in enumerate([*_later(keys), False]):
        if again:
            run.append(position)
            continue
        if len(run) > _QUOTE_MAX_BLOCKS:
            found.update(run)
        run = []
    return frozenset(found)


def _later(keys: Sequence[str]) -> list[bool]:
    """Whether each key repeats one before it."""
    seen: set[str] = set()
    later = []
    for key in keys:
        later.append(key in seen)
        seen.add(key)
    return later


def _threads(page: Page) -> Iterator[int]:
    first = page.first_prose()
    if first is None or is_discussion_url(page.url):
        return
    words = page.words
    # A post's action ("Antworten") is a marker even when ui-label took the button out.
    buttons = {i for i, rule in page.removed.items() if rule is Rule.UI_LABEL}
    lines = sorted(buttons.union(page.kept_indices)) if buttons else page.kept_indices
    once = page.facts.once
    found = [i for i in lines if i > first and words[i] <= _MAX_MARKER_WORDS
             and once(_speaker, i)]
    # A marker line counts once however often it repeats ("Reply" under every post): the
    # copies exact-duplicate keeps as template lines are no more evidence than one.
    markers = sorted({page.facts.keys[i]: i for i in reversed(found)}.values())
    for position in range(len(markers) - _MIN_MARKERS + 1):
        run = markers[position : position + _MIN_MARKERS]
        if run[-1] - run[0] <= _WINDOW * (_MIN_MARKERS - 1) and not _times_only(page, run):
            yield from (i for i in page.kept_indices if i >= run[0])
            return


def _speaker(facts: Facts, index: int) -> bool:
    """`is_speaker_line` of block `index`, asked once per page: each round asks again."""
    return is_speaker_line(facts.blocks[index].text, facts.words[index])


def _times_only(page: Page, run: list[int]) -> bool:
    """Every marker is a bare age ("vor 14 Stunden"): the times of teasers in a box inside
    the article, not a thread, which also has a speaker or an action line ("Antworten")."""
    return all(_AGO.match(page.blocks[i].text) is not None for i in run)


RULES = (
    ContextRule(Rule.COMMENT_THREAD, Reason.COMMENTS, _threads, ("de", "en", "fr", "es"),
                "'joetoronto says:' … 'Rating: 36 Votes' … three speaker lines close together"),
)

"""A discussion's per-post furniture, recognised by its repetition.

Forum and Q&A software prints the same few short lines around every post: the poster's head
("alkersan January 3, 2025, 7:30pm 2"), a rank and its labels ("Senior Member", "Location"),
counts ("2 Likes", "Posts: 65703"), actions ("Reply with quote", "Report"). What marks them is
not their words but their recurrence: a line of one shape (the same template, its names and
figures varying) standing once per post, with the posts' own text between its copies. A line
an author writes recurs so only by accident; a label the template prints recurs with every
post. Only on a discussion page (`thread.is_discussion_url`), whose posts are its content: an
article's repeated structure (a question per guest, a step label per step) is its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise

import regex

from dechrome.context.base import ContextRule, Page
from dechrome.context.thread import is_age, is_discussion_url, is_speaker_line
from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import MONTHS, WEEKDAYS
from dechrome.reasons import Reason, Rule

# Furniture is a label or a head line; a post's own short reply ("Thanks, that fixed it.")
# ends like a sentence and is longer than a label.
_MAX_WORDS = 8
# A line mostly of figures (a poster's reputation and badges) may run longer.
_MAX_FIGURE_WORDS = 16
_FIGURE_WORD = regex.compile(r"(?<!\S)[^\s\d]{0,12}+\d\S{0,24}+")
# A label ends so, not a sentence: "Trophy Points:", "Click to expand...".
_LABEL_ENDS = (":", "…", "...")
# Three posts show a template; two copies are as often a menu printed above and below.
_MIN_COPIES = 3
# A figure: a count, a date's day or year, a time, a post number ("#12", "7:30pm", "2y").
_FIGURE = regex.compile(r"\d")
# A label the template prints word for word is short ("Share on other sites").
_LABEL_WORDS = 4
# Of the gaps between neighbouring copies, the share that must hold running text.
_SHARE = 2
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
# A head line names its poster before a date: the name varies, the date's shape does not.
_HEAD_FIGURES = 2
# Marks no dedup key can be (keys hold no spaces at either end).
_AGED, _COUNTS = " ago ", " counts "
# A label and the slot the template fills: "Reactions: ann, bob and 2 others", "Joined: Mon
# Dec 18, 2017", "Last edited by ann; Feb 17, 2026", "Originally Posted by bob". Its shape is
# the label alone: the names in its slot vary from post to post as a date's figures do.
_SLOT_LABEL = regex.compile(
    r"^(?<label>\p{L}[\p{L}'’]{0,20}+(?: [\p{L}\d,'’]{1,20}+){0,6}?)(?:(?<sep>:)\s|\sby\s)\S",
)
_SLOT_LABEL_WORDS = 3
_MIN_FIGURES = 3
# A poster's name is a word or a few.
_NAME_WORDS = 3
# The template's slot for a name, filled in two posts (a thread of two answers).
_SLOT_COPIES = 2
# A signature: a motto, a list of gear, a link line; not a word of thanks.
_SIG_MIN_WORDS, _SIG_MAX_WORDS = 3, 40


def _shape(page: Page, index: int) -> str:
    """The template of a line: figures and calendar words as '0', a poster's name before a
    date ("alkersan january 3 2025 7 30pm 2") as one 'N', a post's age ("2 days ago",
    "1 day ago", "vor 3 Stunden") and a line mostly of figures each as one mark."""
    text = page.blocks[index].text
    if is_age(text):
        return _AGED
    label = _slot_label(text)
    if label is not None:
        return label
    if page.words[index] > _MAX_WORDS:
        # A long line is one mostly of figures (`_candidate`): a poster's counts ("2,232 1
        # gold badge 20 20 silver badges", "1,922 16 16 silver badges"), whose words come
        # and go with the figures.
        return _COUNTS
    # A count's noun follows its figure: "1 like", "2 likes" are one template.
    marks = ["0" if t in _CALENDAR or _FIGURE.search(t) else t.removesuffix("s")
             for t in page.facts.keys[index].split()]
    head = marks.index("0") if "0" in marks else 0
    if head and marks.count("0") >= _HEAD_FIGURES:
        marks = ["N", *marks[head:]]
    return " ".join(marks)


def _slot_label(text: str) -> str | None:
    """The label before a template's slot, if the line opens with one of a few words: "join
    date:" for "Join Date: Aug 2008", "edited by" for "Edited June 19, 2024 by ann" (a
    credit's label ends where its slot's figures begin)."""
    match = _SLOT_LABEL.match(text)
    if match is None:
        return None
    words = regex.split(r"[\s,]++", match["label"].lower())
    cut = next((n for n, w in enumerate(words) if _FIGURE.search(w) or w in _CALENDAR),
               len(words))
    if not 0 < cut <= _SLOT_LABEL_WORDS:
        return None
    if match["sep"] == ":":
        # A label's own words hold no figure ("Chapter 1: Arrival" is a heading), and it is
        # capitalised: a line of code opens with a lower-case keyword ("try: run()").
        if cut < len(words) or not text[0].isupper():
            return None
        return " ".join(words) + ":"
    # "Post by ann » Feb 24, 2024" is a post's head, the poster and the date, which the
    # thread keeps; a credit has a label of its own ("Last edited by", "Edited <date> by").
    if cut == len(words) == 1:
        return None
    return " ".join(words[:cut]) + " by"


def _mostly_figures(text: str) -> bool:
    """At least three words, and half the words, hold a figure ("5,232" is one word here)."""
    figures = len(_FIGURE_WORD.findall(text))
    return figures >= _MIN_FIGURES and figures * 2 >= len(text.split())


def _candidate(page: Page, index: int) -> bool:
    """A short line that is not running text: a label ("Trophy Points:", "Click to
    expand..."), a count, a head line; a line of figures may be longer ("54.4k 37 gold badges
    142 silver badges"). Not a speaker line ("jtbell said:"): on a discussion page it credits
    the quote below it, which the post repeats as its own text."""
    text, words = page.blocks[index].text, page.words[index]
    if not 0 < words <= _MAX_FIGURE_WORDS or page.prose[index]:
        return False
    if (label := _slot_label(text)) is not None and label.endswith(" by"):
        # A credit may run long and end in a stop: "Last edited by ann on Tue Aug 27, 2019
        # 10:03 pm, edited 1 time in total."
        return True
    if words > _MAX_WORDS and not _mostly_figures(text):
        return False
    if ends_like_sentence(text) and not text.rstrip().endswith(_LABEL_ENDS):
        return False
    return not (text.rstrip().endswith(":") and is_speaker_line(text, words))


def _per_post(members: list[int], texts: list[int]) -> bool:
    """Whether the copies stand once per post, in three posts or more (`texts`: how many
    kept blocks of running text stand before each block): running text between at least
    half the neighbouring copies, as a post's text may be missing (a reply of a picture
    alone); a menu's lines stand all together."""
    if len(members) < _MIN_COPIES:
        return False
    apart = sum(texts[b] > texts[a] for a, b in pairwise(members))
    return apart * _SHARE >= len(members) - 1


def _running_text_before(page: Page) -> list[int]:
    """For each block, how many kept blocks of running text stand before it."""
    counts, seen, prose, alive = [], 0, page.prose, page.alive
    for i in range(len(prose)):
        counts.append(seen)
        seen += prose[i] and alive(i)
    return counts


def _label_like(page: Page, members: list[int]) -> bool:
    """A template's line: its copies vary in a figure or a name ("2 Likes", "4 Likes"), or
    are a label of a few words ("Reply with quote"). A longer line repeated word for word is
    a post's own text that replies quote (a heading, a line of code)."""
    keys = page.facts.keys
    if len({keys[i] for i in members}) > 1 or max(page.words[i] for i in members) <= _LABEL_WORDS:
        return True
    # A reply's subject echoes the thread's title ("Re: Turning off all LED of RPi 5").
    title = page.title
    return title is not None and keys[members[0]].endswith(keys[title.block])


def _furniture(page: Page) -> Iterator[int]:
    if not is_discussion_url(page.url) or page.first_prose() is None:
        return
    groups: dict[str, list[int]] = defaultdict(list)
    for i in page.kept_indices:
        if _candidate(page, i):
            groups[_shape(page, i)].append(i)
    texts = _running_text_before(page)
    recurring = {shape: members for shape, members in groups.items()
                 if _per_post(members, texts) and _label_like(page, members)}
    found = {i: shape for shape, members in recurring.items() for i in members}
    yield from found
    yield from _wedged(page, found)
    yield from _signatures(page, found)


def _signatures(page: Page, found: dict[int, str]) -> Iterator[int]:
    """A poster's signature: lines repeated word for word, each copy ending a post (the
    next line that is no such copy is furniture, the one before it no furniture), none
    opened by a speaker line. A line replies quote follows a speaker line ('jtbell said:')
    where it is quoted. Copies exact-duplicate took count: it keeps only the first."""
    keys = page.facts.keys
    dropped = [i for i, rule in page.removed.items() if rule is Rule.EXACT_DUPLICATE]
    lines = sorted({*page.kept_indices, *dropped})
    copies: dict[str, list[int]] = defaultdict(list)
    for i in lines:
        # A line ending in a colon introduces what follows ('Jeff said:'), it ends no post.
        if (i not in found and _SIG_MIN_WORDS <= page.words[i] <= _SIG_MAX_WORDS and keys[i]
                and not page.blocks[i].text.rstrip().endswith(":")):
            copies[keys[i]].append(i)
    repeated = {i for members in copies.values() if len(members) > 1 for i in members}
    position = {block: n for n, block in enumerate(lines)}
    for members in copies.values():
        if len(members) > 1 and all(_ends_post(page, lines, position[i], (repeated, found))
                                    for i in members):
            yield from (i for i in members if page.alive(i))


def _ends_post(page: Page, lines: list[int], at: int,
               marks: tuple[set[int], dict[int, str]]) -> bool:
    """Whether the line at `at` (a position in `lines`) ends a post: the run of repeated
    lines around it follows the post's own text and is followed by furniture (a poster's
    box repeats its labels before the text, not after it), and no speaker line opens it."""
    repeated, found = marks
    # Walked from `at` by position: slicing `lines` would copy it once per copy asked.
    after = next((lines[n] for n in range(at + 1, len(lines)) if lines[n] not in repeated),
                 None)
    before = next((lines[n] for n in range(at - 1, -1, -1) if lines[n] not in repeated), None)
    if after is None or after not in found or before is None or before in found:
        return False
    return not is_speaker_line(page.blocks[before].text, page.words[before])


def _wedged(page: Page, found: dict[int, str]) -> Iterator[int]:
    """A short line between two lines of furniture, in a slot the template repeats (between
    the same two shapes, in two posts or more), is the post head's too: the poster's name,
    which varies from post to post, between 'answered May 2, 2009 at 0:09' and the poster's
    counts. A short reply stands between a head line and an action
    once; the template's slot recurs with the posts."""
    slots: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in page.kept_indices:
        if (i not in found and i - 1 in found and i + 1 in found
                and page.words[i] <= _NAME_WORDS and _candidate(page, i)):
            slots[found[i - 1], found[i + 1]].append(i)
    for members in slots.values():
        if len(members) >= _SLOT_COPIES:
            yield from members


RULES = (
    ContextRule(Rule.POST_FURNITURE, Reason.POST_FURNITURE, _furniture, ("*",),
                "'alkersan January 3, 2025, 7:30pm 2' … '2 Likes' … once per post of a thread"),
)

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
from dechrome.context.thread import is_age, is_discussion_url
from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import MONTHS, WEEKDAYS
from dechrome.reasons import Reason, Rule

# Furniture is a label or a head line; a post's own short reply ("Thanks, that fixed it.")
# ends like a sentence and is longer than a label.
_MAX_WORDS = 8
# Three posts show a template; two copies are as often a menu printed above and below.
_MIN_COPIES = 3
# A figure: a count, a date's day or year, a time, a post number ("#12", "7:30pm", "2y").
_FIGURE = regex.compile(r"\d")
# A label the template prints word for word is short ("Share on other sites").
_LABEL_WORDS = 4
# Of the posts the steadiest template line marks, the share a line must stand beside.
_SHARE = 2
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
# A head line names its poster before a date: the name varies, the date's shape does not.
_HEAD_FIGURES = 2
# A mark no dedup key can be (keys hold no spaces at either end).
_AGED = " ago "


def _shape(page: Page, index: int) -> str:
    """The template of a line: figures and calendar words as '0', a poster's name before a
    date ("alkersan january 3 2025 7 30pm 2") as one 'N', a post's age ("2 days ago",
    "1 day ago", "vor 3 Stunden") as one mark."""
    if is_age(page.blocks[index].text):
        return _AGED
    marks = ["0" if t in _CALENDAR or _FIGURE.search(t) else t
             for t in page.facts.keys[index].split()]
    head = marks.index("0") if "0" in marks else 0
    if head and marks.count("0") >= _HEAD_FIGURES:
        marks = ["N", *marks[head:]]
    return " ".join(marks)


def _candidate(page: Page, index: int) -> bool:
    """A short line that is not running text: a label, a count, a head line. Not a speaker
    line ("jtbell said:"): on a discussion page it credits the quote below it, which the
    post repeats as its own text."""
    return (0 < page.words[index] <= _MAX_WORDS and not page.prose[index]
            and not ends_like_sentence(page.blocks[index].text))


def _per_post(members: list[int], texts: list[int]) -> bool:
    """Whether the copies stand one per post: running text between every two of them
    (`texts`: how many kept blocks of running text stand before each block)."""
    return len(members) >= _MIN_COPIES and all(
        texts[b] > texts[a] for a, b in pairwise(members))


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
    return (len({keys[i] for i in members}) > 1
            or max(page.words[i] for i in members) <= _LABEL_WORDS)


def _furniture(page: Page) -> Iterator[int]:
    if not is_discussion_url(page.url) or page.first_prose() is None:
        return
    groups: dict[str, list[int]] = defaultdict(list)
    for i in page.kept_indices:
        if _candidate(page, i):
            groups[_shape(page, i)].append(i)
    texts = _running_text_before(page)
    recurring = [members for members in groups.values()
                 if _per_post(members, texts) and _label_like(page, members)]
    if not recurring:
        return
    # The template's steadiest line stands once per post: a line that stands beside fewer
    # posts (a frequent poster's name, a line several replies quote) is theirs, not the
    # template's.
    posts = max(map(len, recurring))
    for members in recurring:
        if len(members) * _SHARE >= posts:
            yield from members


RULES = (
    ContextRule(Rule.POST_FURNITURE, Reason.POST_FURNITURE, _furniture, ("*",),
                "'alkersan January 3, 2025, 7:30pm 2' … '2 Likes' … once per post of a thread"),
)

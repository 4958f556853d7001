"""A box below the article: its heading, then only short lines to the run's end.

A teaser heading ("Related posts", "Lesen Sie auch") or an appeal ("Newsletter", "Subscribe",
"Donate now") inside an article is followed by more of the article: paragraphs of running
text. One below the article is followed by the box's titles and one-sentence blurbs, or by a
sign-up form's pitch, button and small print, and then by the page's footer. When every kept
block from such a heading to the end of the article's run is short, no paragraphs stand in
a row there and the run's running text stands mostly above the heading, the article ends at
the heading, and the box is outside it. A teaser box lists several stories: two of its lines
at least are titles. The evidence is the box's structure and position, not its words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Set

from dechrome.context.base import Page
from dechrome.features import is_sentence_like
from dechrome.reasons import Rule

_HEADINGS = frozenset({Rule.RELATED_SECTION, Rule.READ_ALSO})
# A sign-up or follow box's heading: its form holds a pitch, a button and small print.
_APPEALS = frozenset({Rule.NEWSLETTER, Rule.SUBSCRIBE_CALL, Rule.DONATION_APPEAL, Rule.APP_CALL,
                      Rule.SOCIAL_FOLLOW})
# A bare label: "Read also: <the linked story's title>" inside a paragraph run is a link.
_HEADING_MAX_WORDS = 8
# A teaser's title or blurb; an article's paragraph may be shorter, but not all of them
# below a heading while most of the article's text stands above it.
_ITEM_MAX_WORDS = 50
# A box lists several stories: so many of its lines are titles (no sentence).
_MIN_TITLES = 2
# A box's blurbs each follow their title; so many paragraphs in a row are the article's.
_PARAGRAPH_RUN = 3


def box_start(page: Page, span: tuple[int, int], absent: Set[int] = frozenset()) -> int | None:
    """The first teaser heading or appeal inside `span` below which the run holds only short
    blocks (below a teaser heading, `_MIN_TITLES` titles among them), no paragraphs in a row,
    and less running text than above it; None when there is none."""
    first, last = span
    headings = sorted(i for i, rule in page.removed.items()
                      if first < i < last and (rule in _HEADINGS or rule in _APPEALS)
                      and page.words[i] <= _HEADING_MAX_WORDS)
    if not headings:
        return None
    shown = page.kept_indices  # in page order: the span's part is a slice
    kept = [i for i in shown[bisect_left(shown, first):bisect_right(shown, last)]
            if i not in absent]
    for heading in headings:
        below = [i for i in kept if i > heading]
        if any(page.words[i] > _ITEM_MAX_WORDS for i in below) or _paragraph_run(page, below):
            continue
        if page.removed[heading] in _HEADINGS and sum(
                not is_sentence_like(page.blocks[i].text) for i in below) < _MIN_TITLES:
            continue
        above = sum(page.words[i] for i in kept if i < heading and page.prose[i])
        if above > 0 and above >= sum(page.words[i] for i in below if page.prose[i]):
            return heading
    return None


def _paragraph_run(page: Page, blocks: list[int]) -> bool:
    """Whether `_PARAGRAPH_RUN` of `blocks` in a row are sentences of running text."""
    run = 0
    for index in blocks:
        run = run + 1 if page.prose[index] and is_sentence_like(page.blocks[index].text) else 0
        if run == _PARAGRAPH_RUN:
            return True
    return False

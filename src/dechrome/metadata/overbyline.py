"""The heading beside the article's byline, when the browser title is the search engine's.

News pages often give the browser title a shorter, search-friendly wording ("11 things we
learned from Meghan and Harry's interview - CNN") than the heading they print over the
byline. When the context rules took a menu item or a related video for the headline, the
line beside a byline or dateline, at or above the first paragraph, that shares the title
line's subject is the page's headline.
"""

from __future__ import annotations

from collections.abc import Callable

from dechrome.features import dedup_key
from dechrome.metadata.evidence import BLOCK_LOCAL, Evidence
from dechrome.reasons import Rule

# Two words of three letters or more in common: one shared word ("energy") is a topic,
# not the same story.
_MIN_SHARED_WORDS = 2
_MIN_SHARED_LETTERS = 3
_MAX_HEADLINE_CHARS = 200
# How far above the first paragraph a heading over its byline may stand: related videos
# and teasers may come between (24 lines on edition.cnn.com).
_CREDIT_REACH = 30
_CREDIT_RULES = frozenset({Rule.BYLINE, Rule.DATELINE})


def line_over_byline(evidence: Evidence, title: str, headline: Callable[[str], bool],
                     ) -> int | None:
    """The line beside a byline or dateline, at or above the article's first paragraph,
    that shares two words or more with `title`, the title line less its site, when the
    context rules took a menu item for the headline: the browser title is the search
    engine's ("11 things we learned from Meghan and Harry's interview - CNN"), the heading
    over the byline the page's ("The royal split, racism and family struggles: 11 things
    we learned ..."). The nearest to the article that reads as a `headline`, and that no
    rule judging a line by its text alone removed, wins."""
    first_kept = evidence.first_kept()
    if first_kept is None:
        return None
    words = {word for word in dedup_key(title).split() if len(word) >= _MIN_SHARED_LETTERS}
    removed = evidence.removed
    for index in range(first_kept, max(first_kept - _CREDIT_REACH, 0), -1):
        if removed.get(index + 1) not in _CREDIT_RULES and (
                removed.get(index - 1) not in _CREDIT_RULES):
            continue
        text = evidence.blocks[index].text
        # A line chrome by its text ("For daily wit & wisdom, sign up for the Almanac
        # newsletter.") is no headline, whatever stands beside it.
        if len(text) > _MAX_HEADLINE_CHARS or removed.get(index) in BLOCK_LOCAL or (
                not headline(text)):
            continue
        if len(words & set(dedup_key(text).split())) >= _MIN_SHARED_WORDS:
            return index
    return None

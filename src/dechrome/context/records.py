"""Dated records after the article: teasers for other articles, readers' comments.

Each record is a short name line, then a date, then its text ("Tom Rogan", "Tuesday November 19,
2019", a teaser or a comment). A run of them below the article's running text is a list of
other things, not more of the article: the article's run ends at the first record. Not on a
discussion page, whose replies are its content (the region does not look for records there).
"""

from __future__ import annotations

from dechrome.context.base import Facts, Page
from dechrome.features import ends_like_sentence
from dechrome.reasons import Rule

# So many records close together, once the article has this many words of running text above
# them, end its run. A timeline's dates follow a paragraph, not a name, and a listing page has
# no article above its records.
_RECORD_DATES = frozenset({Rule.DATELINE, Rule.TIMESTAMP_LABEL})
_RECORD_NAME_WORDS = 5
_MIN_RECORDS = 3
_RECORD_SPACING = 8
_ARTICLE_ABOVE_WORDS = 150


def records_start(page: Page, start: int) -> int:
    """The name line of the first of `_MIN_RECORDS` dated records that follow the article's
    running text from `start` (`_ARTICLE_ABOVE_WORDS` of it between), or the page's end."""
    end = len(page.blocks)
    dates = sorted(i for i, rule in page.removed.items() if i > start and rule in _RECORD_DATES)
    if len(dates) < _MIN_RECORDS:
        return end
    names = [date - 1 for date in dates if _is_record(page, date)]
    above = page.facts.derived(_prose_words)
    for first, last in zip(names, names[_MIN_RECORDS - 1:], strict=False):
        if last - first <= _RECORD_SPACING * (_MIN_RECORDS - 1) and \
                above[first] - above[start] >= _ARTICLE_ABOVE_WORDS:
            return first
    return end


def _is_record(page: Page, date: int) -> bool:
    """A date between a kept name line (short, no sentence, no link) and kept text."""
    name, text = date - 1, date + 1
    if name < 0 or text >= len(page.blocks) or not (page.alive(name) and page.alive(text)):
        return False
    return (page.words[name] <= _RECORD_NAME_WORDS and not page.facts.links()[name]
            and not ends_like_sentence(page.blocks[name].text))


def _prose_words(facts: Facts) -> tuple[int, ...]:
    """Words of running text in the blocks before each index (a prefix sum)."""
    total, sums = 0, []
    for words, prose in zip(facts.words, facts.prose, strict=True):
        sums.append(total)
        total += words if prose else 0
    return tuple(sums)

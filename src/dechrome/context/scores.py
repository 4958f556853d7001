"""What each block adds to the article's run, or costs it (`region`).

Running text with the page language's share of stop words scores by its length; a short
line, a title-cased headline (a teaser's, however many stop words it has) or a link costs a
little; a line without letters (a figure, a time) costs least, as a table cell. A later copy
of a line costs what a removed line costs. In the article's lead short lines cost less, and
on a discussion page a post's chrome costs what they cost there.
"""

from __future__ import annotations

import regex

from dechrome.context.base import Facts, Page
from dechrome.context.numbered import listing_blocks
from dechrome.features import ends_like_sentence

_DENSE = 0.3
_SOMEWHAT_DENSE = 0.2
_LONG = 10
SHORT = 6
_MAX_CREDIT_WORDS = 100
REMOVED_COST = -0.2
_SHORT_DENSE = 0.25
_SHORT_DENSE_SCORE = -0.3
# A line without letters (a score, a figure, a time) is a table cell, not a menu entry.
_DATA_SCORE = -0.2
LETTER = regex.compile(r"\p{L}")
# A word of four letters and more: title case capitalises these, and only some in prose.
_LONG_WORD = regex.compile(r"\p{L}[\p{L}'’-]{3,40}+")
_TITLE_CASE_WORDS = 4
# A longer line with every long word capitalised is a list of names and roles, or German.
_TITLE_MAX_WORDS = 25
# A row of a table names things and gives their figures: more than one number is a row.
_TITLE_MAX_NUMBERS = 1
_NUMBER = regex.compile(r"\d++")
# Between its headline and its first paragraph an article has its lead: a standfirst, an info
# box, a list of ingredients or facts. Those short lines cost less there than a menu's lines
# cost anywhere (`region` caps what a stretch of them costs).
_LEAD_SHORT = -0.3
# On a discussion page a post's chrome costs what a lead's short line costs.
_POST_CHROME = _LEAD_SHORT


def block_score(page: Page, index: int) -> float:
    """What one kept block adds to the article run (positive) or costs it (negative)."""
    return page_scores(page, discussion=False)[index]


def page_scores(page: Page, *, discussion: bool) -> tuple[float, ...]:
    """Each block's score; after an earlier round of the context rules, with the copies
    scored as the body that round left reads them (`Page.gone`)."""
    if not page.gone:
        return page.facts.derived(_thread_scores if discussion else _scores)
    # Each rule of a round asks again, of the same blocks gone.
    known = page.facts.derived(_after_round)
    key = (page.gone, discussion)
    if key not in known:
        scores = _copies_as_removed(page.facts, list(page.facts.derived(_own_scores)),
                                    page.gone)
        known[key] = (tuple(max(score, _POST_CHROME) for score in scores) if discussion
                      else scores)
    return known[key]


def _after_round(_facts: Facts) -> dict[tuple[frozenset[int], bool | None], tuple[float, ...]]:
    return {}


def _own_scores(facts: Facts) -> tuple[float, ...]:
    # A line holding a link costs 1.0 more.
    return _listings_free(facts, [
        score - (1.0 if link else 0.0)
        for score, link in zip(facts.derived(_text_scores), facts.links(), strict=True)])


def _listings_free(facts: Facts, scores: list[float]) -> tuple[float, ...]:
    """A line of a line-numbered code listing (`numbered`) costs nothing: the listing is
    the article's, and the prose after it joins the run; it brings nothing either, so a
    listing alone is no article."""
    for index in facts.derived(listing_blocks):
        scores[index] = max(scores[index], 0.0)
    return tuple(scores)


def _text_scores(facts: Facts) -> tuple[float, ...]:
    """`_text_score` of each block, read by the scores and the lead scores."""
    return tuple(map(_text_score, facts.words, facts.density,
                     [block.text for block in facts.blocks]))


def _scores(facts: Facts) -> tuple[float, ...]:
    return _copies_as_removed(facts, list(facts.derived(_own_scores)))


def _copies_as_removed(facts: Facts, scores: list[float],
                       gone: frozenset[int] = frozenset()) -> tuple[float, ...]:
    """A later copy of a line costs what a removed line costs, whether exact-duplicate takes
    it (a copy) or keeps it (a template line between distinct content): the run is the same.
    A copy `gone` (outside the article, say) is no earlier copy: the body cleaned again
    reads the copy left as the first."""
    # The copies are the same for the page's and the lead's scores: found once for each.
    known = facts.derived(_copies)
    if gone not in known:
        known[gone] = _later_copies(facts.keys, gone)
    # A line of a code listing (`numbered`) repeats its numbers and its syntax: no copy.
    listing = facts.derived(listing_blocks)
    for index in known[gone]:
        if index not in listing:
            scores[index] = REMOVED_COST
    return tuple(scores)


def _copies(_facts: Facts) -> dict[frozenset[int], tuple[int, ...]]:
    return {}


def _later_copies(keys: tuple[str, ...], gone: frozenset[int]) -> tuple[int, ...]:
    """The blocks (but those `gone`) whose key a block before them (not gone) has."""
    seen: set[str] = set()
    found: list[int] = []
    for index, key in enumerate(keys):
        if index in gone:
            continue
        if key in seen:
            found.append(index)
        seen.add(key)
    return tuple(found)


def _thread_scores(facts: Facts) -> tuple[float, ...]:
    """On a discussion page each post has its chrome (a name, a post count, a number, a date):
    short lines between the posts cost little, so the replies join the question's run."""
    return tuple(max(score, _POST_CHROME) for score in _scores(facts))


def _has_letter(text: str) -> bool:
    """Whether `text` holds a letter (`LETTER`). An ASCII one's letters are those whose case
    changes: two case maps cost less than the pattern's search, over every block."""
    if text.isascii():
        return text.lower() != text.upper()
    return LETTER.search(text) is not None


def _is_title(text: str) -> bool:
    """A title-cased line without a sentence end ("Here's What Sugar Does to Your Brain"): a
    teaser's or a list's headline, not running text, however many stop words it has. One
    ending like a sentence ("...for All the Fish!", "Name, Role, zum Entwurf:") is a quote
    or an introduction as often. One with a colon inside names its parts ("Brand: A - Z
    Price: Low - High", "Name: Role"): labels and values, which a page's list may hold."""
    if (ends_like_sentence(text) or ":" in text
            or len(_NUMBER.findall(text)) > _TITLE_MAX_NUMBERS):
        return False
    long = _LONG_WORD.findall(text)
    return len(long) >= _TITLE_CASE_WORDS and all(word[0].isupper() for word in long)


def _text_score(words: int, density: float, text: str) -> float:
    if words >= _LONG and density >= _SOMEWHAT_DENSE:
        # A title (`_is_title`) has its stop words but is no running text: a short line.
        if words <= _TITLE_MAX_WORDS and _is_title(text):
            return _SHORT_DENSE_SCORE
        weight = 1.0 if density >= _DENSE else 1 / 3
        return weight * min(words, _MAX_CREDIT_WORDS) / _LONG
    if words >= SHORT and density >= _SOMEWHAT_DENSE and ends_like_sentence(text):
        return 0.5
    if words >= 3 and density >= _SHORT_DENSE:
        return _SHORT_DENSE_SCORE
    if not _has_letter(text):
        return _DATA_SCORE
    return -1.0 if words < SHORT else -0.5


def lead_scores(page: Page) -> tuple[float, ...]:
    """Each block's score in the article's lead, where a short line costs less."""
    if not page.gone:
        return page.facts.derived(_lead_copies)
    known, key = page.facts.derived(_after_round), (page.gone, None)
    if key not in known:
        known[key] = _copies_as_removed(page.facts, list(page.facts.derived(_own_lead_scores)),
                                        page.gone)
    return known[key]


def _lead_copies(facts: Facts) -> tuple[float, ...]:
    return _copies_as_removed(facts, list(facts.derived(_own_lead_scores)))


def _own_lead_scores(facts: Facts) -> tuple[float, ...]:
    return _listings_free(facts, [
        max(score, _LEAD_SHORT) - (1.0 if link else 0.0)
        for score, link in zip(facts.derived(_text_scores), facts.links(), strict=True)])

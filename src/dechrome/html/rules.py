"""Rules that read the markup: they judge extracted elements before the text passes run.

An HTML page says what text stood inside links, and which headline its `<title>` and `<h1>`
carry: evidence page text no longer has. These rules remove whole extracted elements; the
block-local and context rules then run on what is left, as in text mode.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dechrome.config import Config
from dechrome.features import dedup_key, ends_like_sentence, is_headline_like, word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES

if TYPE_CHECKING:
    from dechrome.html.extract import Unit

_TOP_BLOCKS = 3
_MIN_TITLE_WORDS = 3
# Short link lines are judged by the block rules (a "Read more" link, a source line).
_MIN_LINK_CHARS = 3
# A link text of this many times `prose_min_words` words is a paragraph, whatever its end.
_PARAGRAPH_FACTOR = 5
# A heading over a paragraph of this many times `prose_min_words` words heads article text
# (a teaser's heading stands over another heading, a date or a one-line blurb).
_HEADED_FACTOR = 1
# This many distinct bylines are a list's: each item (a post of a blog's index, a piece of
# a reading list) names its author and date. An article prints its own byline once, and an
# author box may repeat it.
_ITEM_BYLINES = 3
# The units a list of links is made of: its items, and the headings over them.
_LISTED = frozenset({"item", "head"})
# Paragraphs of running text after a list that make it a list inside the article.
_INSIDE_AFTER = 3


@dataclass(frozen=True, slots=True)
class Extracted:
    """What an HTML rule sees: the extracted units and the config."""

    units: Sequence[Unit]
    config: Config
    # On a page that is no article (a listing, a forum, a reference page) its lists and
    # headings of links are its content: link-dense leaves them (`mode.clean_html`).
    lists_kept: bool = False


@dataclass(frozen=True, slots=True)
class HtmlRule:
    """A named judgement of extracted elements (same fields as a context rule)."""

    name: Rule
    reason: Reason
    find: Callable[[Extracted], Iterable[int]]
    languages: tuple[str, ...]
    example: str


def _link_dense(page: Extracted) -> Iterator[int]:
    """Elements that are mostly link text, unless they read as running text: a sentence, or
    a paragraph far longer than any menu entry or teaser even when it does not end like one
    (a deals page or a reference list links whole paragraphs of the article), or a heading
    over a paragraph of running text (a listicle links the name of each item it describes);
    and the teasers (`_teaser`)."""
    limit = page.config.link_share_max
    if limit is None:
        return
    min_words = page.config.prose_min_words
    prose = _prose(page.units, limit, min_words)
    for index, unit in enumerate(page.units):
        if unit.kind in _LISTED and (page.lists_kept or _inside(prose, index)):
            # A list or a heading of links inside the article is its own (the checks a
            # tool makes, the modules a guide takes in turn, a reading list); the link
            # lists of a page's chrome stand before the article or after it, where at
            # most an author's note or a closing line follows.
            continue
        if (unit.link_chars >= _MIN_LINK_CHARS and unit.link_share >= limit
                and not _running_text(unit.text, min_words)
                and not _heads_prose(page.units, index, min_words)) or _teaser(
                    unit, limit, min_words):
            yield index


def _prose(units: Sequence[Unit], limit: float, min_words: int) -> list[int]:
    """The units of running text that is not link text, in order."""
    return [index for index, unit in enumerate(units)
            if unit.link_share < limit and _running_text(unit.text, min_words)]


def _inside(prose: list[int], index: int) -> bool:
    """Whether unit `index` has running text before it and `_INSIDE_AFTER` paragraphs of
    it after."""
    after = len(prose) - bisect_right(prose, index)
    return bool(prose) and prose[0] < index and after >= _INSIDE_AFTER


def teasers(page: Extracted) -> Iterator[int]:
    """The units of a teaser's shape (`_teaser`): a named chrome family, the evidence
    the do-no-harm fallback counts as strong (`dechrome.html.fallback`)."""
    limit = page.config.link_share_max
    if limit is None or not page.config.enabled(Rule.LINK_DENSE):
        return
    min_words = page.config.prose_min_words
    yield from (index for index, unit in enumerate(page.units)
                if _teaser(unit, limit, min_words))


def _heads_prose(units: Sequence[Unit], index: int, min_words: int) -> bool:
    """A heading followed by a paragraph of running text."""
    following = units[index + 1] if index + 1 < len(units) else None
    return (units[index].kind == "head" and following is not None and following.kind == "p"
            and word_count(following.text) >= _HEADED_FACTOR * min_words)


def _teaser(unit: Unit, limit: float, min_words: int) -> bool:
    """A list item that opens with a line of link text that is no sentence, and is short:
    a linked headline over a blurb, a teaser for another story (the blurb alone would not
    be link-dense; the article's own list items do not open with a whole line of link)."""
    if unit.kind != "item" or len(unit.line_links) < 2 or unit.line_links[0] < limit:
        return False
    first = unit.text.split("\n", 1)[0].removeprefix("- ")
    # A headline has words: a linked post number ("#3") or a name over a forum post is
    # no teaser's headline.
    return (word_count(first) >= _MIN_TITLE_WORDS and not _running_text(first, min_words)
            and word_count(unit.text) < _PARAGRAPH_FACTOR * min_words)


def _running_text(text: str, min_words: int) -> bool:
    words = word_count(text)
    if ends_like_sentence(text):
        return words >= min_words
    return words >= _PARAGRAPH_FACTOR * min_words


RULES: tuple[HtmlRule, ...] = (
    HtmlRule(Rule.LINK_DENSE, Reason.LINKS, _link_dense, ("*",),
             "a list item '- Pochettino fired by Tottenham' that is one link to another story"),
)


def judge(page: Extracted) -> dict[int, Rule]:
    """Unit index to the first HTML rule (enabled in the config) that removes it."""
    found: dict[int, Rule] = {}
    for rule in RULES:
        if page.config.enabled(rule.name):
            for index in rule.find(page):
                found.setdefault(index, rule.name)
    return found


def bylines_per_item(texts: Iterable[str]) -> bool:
    """Whether the blocks (by their texts) hold `_ITEM_BYLINES` distinct bylines (rule
    byline's test): the bylines of a list's items, its structure, not the article's."""
    rule = next(rule for rule in BLOCK_RULES if rule.name is Rule.BYLINE)
    found: set[str] = set()
    for text in texts:
        if rule.matches(text, word_count(text)):
            found.add(dedup_key(text))
            if len(found) >= _ITEM_BYLINES:
                return True
    return False


def title_copies(texts: Sequence[str], titles: Sequence[str]) -> Iterator[int]:
    """The blocks (by their `texts`) that repeat the headline the markup names.

    `titles` are the page's own statements of it: trafilatura's title, the `<h1>`s, the
    `<title>`. Anywhere, a block equal to one of them (up to case and punctuation); among the
    first blocks also a headline-like block that is a run of the `<title>` ("Headline" in
    "Opinion | Headline - Site").
    """
    keys = {key for key in map(dedup_key, titles) if key}
    framed = [f" {key} " for key in keys]
    for index, text in enumerate(texts):
        key = dedup_key(text)
        if key in keys or (index < _TOP_BLOCKS and is_headline_like(text)
                           and len(key.split()) >= _MIN_TITLE_WORDS
                           and any(f" {key} " in title for title in framed)):
            yield index

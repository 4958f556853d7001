"""The article's frame: what stands above its first and below its last paragraph.

Above the first paragraph of running text and below the last one, a page has menus, labels,
dates and link lists; a short line that still reads as a sentence is kept, everything else goes.
Below the last paragraph a line reads as a sentence by its words outside its URLs: a reference
("Holt, M. (2022). Flow temperatures. Building Journal. https://...") ends its sentence
before its address; a link's label ("Read more: https://...") does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dechrome.context.base import ContextRule, Page
from dechrome.context.confidence import grid_start
from dechrome.context.rows import lists_below
from dechrome.features import URL, is_sentence_like
from dechrome.reasons import Reason, Rule

# A footnote's link back to its mark in the text ("↩", "↩︎" with its text-style selector, "↑").
_BACK_LINK = " \u21a9\ufe0e\u2191"


def head_of(page: Page, kept: Sequence[int]) -> Iterator[int]:
    """The blocks among `kept` above its first prose block that do not read as sentences."""
    first = next((i for i in kept if page.prose[i]), None)
    if first is None:
        return
    yield from (i for i in kept if i < first and not is_sentence_like(page.blocks[i].text))


def tail_of(page: Page, kept: Sequence[int]) -> Iterator[int]:
    """The blocks among `kept` below its last prose block that do not read as sentences."""
    last = next((i for i in reversed(kept) if page.prose[i]), None)
    if last is None:
        return
    # A list of figure-bearing rows right below the last paragraph, or the list it
    # announces with a colon, is the article's (`rows`).
    end = lists_below(page, last, kept)
    yield from (i for i in kept if i > end and not _cites(page, i))


def _cites(page: Page, index: int) -> bool:
    """Whether block `index` reads as a sentence, a URL in it aside, and a footnote's
    back-link after its full stop ('… noobs. ↩'): footnotes stand below the last paragraph."""
    text = page.blocks[index].text.rstrip(_BACK_LINK)
    if is_sentence_like(text):
        return True
    return page.facts.links()[index] and is_sentence_like(URL.sub(" ", text).rstrip())


def _head(page: Page) -> Iterator[int]:
    """`head_of` the page, above a grid of items that stands before its first paragraph
    (`confidence.grid_start`): on a shop's category page the first paragraph is the blurb
    below the grid, and the grid is the page's content."""
    kept = page.kept_indices
    first = next((i for i in kept if page.prose[i]), None)
    if first is None:
        return
    top = grid_start(page, first)
    if top is None:
        yield from head_of(page, kept)
        return
    yield from (i for i in kept if i < top and not is_sentence_like(page.blocks[i].text))


def _tail(page: Page) -> Iterator[int]:
    return tail_of(page, page.kept_indices)


RULES = (
    ContextRule(Rule.HEAD_CHROME, Reason.PAGE_FRAME, _head, ("*",),
                "'Außenpolitik' between the headline and the first paragraph"),
    ContextRule(Rule.TAIL_CHROME, Reason.PAGE_FRAME, _tail, ("*",),
                "'Belgium' or 'Vorteilswelt' after the article's last paragraph"),
)

"""The article's frame: what stands above its first and below its last paragraph.

Above the first paragraph of running text and below the last one, a page has menus, labels,
dates and link lists; a short line that still reads as a sentence is kept, everything else goes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dechrome.context.base import ContextRule, Page
from dechrome.features import is_sentence_like
from dechrome.reasons import Reason, Rule


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
    yield from (i for i in kept if i > last and not is_sentence_like(page.blocks[i].text))


def _head(page: Page) -> Iterator[int]:
    return head_of(page, page.kept_indices)


def _tail(page: Page) -> Iterator[int]:
    return tail_of(page, page.kept_indices)


RULES = (
    ContextRule(Rule.HEAD_CHROME, Reason.PAGE_FRAME, _head, ("*",),
                "'Außenpolitik' between the headline and the first paragraph"),
    ContextRule(Rule.TAIL_CHROME, Reason.PAGE_FRAME, _tail, ("*",),
                "'Belgium' or 'Vorteilswelt' after the article's last paragraph"),
)

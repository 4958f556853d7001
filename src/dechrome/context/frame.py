"""The article's frame: what stands above its first and below its last paragraph.

Above the first paragraph of running text and below the last one, a page has menus, labels,
dates and link lists; a short line that still reads as a sentence is kept, everything else goes.
"""

from __future__ import annotations

from collections.abc import Iterator

from dechrome.context.base import ContextRule, Page
from dechrome.features import is_sentence_like
from dechrome.reasons import Reason, Rule


def _head(page: Page) -> Iterator[int]:
    first = page.first_prose()
    if first is None:
        return
    yield from (i for i in page.kept() if i < first and not is_sentence_like(page.blocks[i].text))


def _tail(page: Page) -> Iterator[int]:
    last = page.last_prose()
    if last is None:
        return
    yield from (i for i in page.kept() if i > last and not is_sentence_like(page.blocks[i].text))


RULES = (
    ContextRule(Rule.HEAD_CHROME, Reason.PAGE_FRAME, _head, ("*",),
                "'Außenpolitik' between the headline and the first paragraph"),
    ContextRule(Rule.TAIL_CHROME, Reason.PAGE_FRAME, _tail, ("*",),
                "'Belgium' or 'Vorteilswelt' after the article's last paragraph"),
)

"""A grid of items: a shop's category page or product list, printed as repeated short lines.

A category page prints each item as the same few short lines (a name, a price, a rating, an
"Add to cart"), one item after another; its running text, if any, is a paragraph or two for
search engines below the grid. The article's region (`region`) is then that paragraph, and
the frame rules see the grid as lines above or below the prose: yet the grid is the page.

The evidence is the pattern of the repetition: a price line (a short line with a currency
sign beside a number) that comes back `_MIN_ITEMS` times or more, each within `_MAX_PERIOD`
kept lines of the one before. The grid is the stretch from its first price line to its last,
grown by one item's lines on either side (the first item's name above its price, the last
one's rating and options below). It is content only where the page has no dominant prose:
its words outweigh the kept running text outside it. A shopping box beside an article
(three deals below a review) is shorter than the article, and goes as before.

Only a grid above the region speaks against it (`confidence.is_dominant`): a product page's
"similar items" below its description are a grid too, and are not its content. Head-chrome
spares the grid's lines (`frame`), which stand above the page's first paragraph, and
tail-chrome the lines below the last paragraph of a grid that began above the first.

Measured on the kept blocks only, so the body cleaned again, with the menus around the grid
gone, finds the same grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from dechrome.context.base import Facts, Page

# A currency sign beside a number: "$ 229.99", "€12,90", "12,90 €", "£899.00".
_PRICE = regex.compile(r"\p{Sc}\s?+\d{1,9}+|\d{1,9}+(?:[.,]\d{1,2}+)?+\s?+\p{Sc}")
# A price line is an item's line, not a sentence that quotes a price.
_MAX_ITEM_WORDS = 12
# An item prints at most so many lines between one price and the next.
_MAX_PERIOD = 10
# So many items in a row make a grid; three deals in a box beside an article do not.
_MIN_ITEMS = 4


def item_grid(page: Page) -> frozenset[int]:
    """The kept blocks of the page's item grids, when the grids' words outweigh the kept
    running text outside them; else none."""
    kept = _distinct(page)
    grid: set[int] = set()
    for first, last in _stretches(page, kept):
        grid.update(kept[first:last + 1])
    if not grid:
        return frozenset()
    words, prose = page.words, page.prose
    inside = sum(words[i] for i in grid)
    outside = sum(words[i] for i in kept if prose[i] and i not in grid)
    return frozenset(grid) if inside >= outside else frozenset()


def _distinct(page: Page) -> tuple[int, ...]:
    """The kept blocks but later copies of a kept line: exact-duplicate, which runs after the
    region is first judged, takes them, and the body cleaned again has none."""
    keys, seen = page.facts.keys, set[str]()
    found: list[int] = []
    for index in page.kept_indices:
        if keys[index] not in seen:
            seen.add(keys[index])
            found.append(index)
    return tuple(found)


def _stretches(page: Page, kept: Sequence[int]) -> list[tuple[int, int]]:
    """Each grid as the positions in `kept` of its first and last line."""
    # Each round of the context rules asks again, of the same blocks.
    facts = page.facts
    prices = [at for at, index in enumerate(kept) if facts.once(_is_price_line, index)]
    found: list[tuple[int, int]] = []
    start = 0
    for end in range(1, len(prices) + 1):
        if end < len(prices) and prices[end] - prices[end - 1] <= _MAX_PERIOD:
            continue
        if end - start >= _MIN_ITEMS:
            found.append(_grown(prices[start:end], len(kept)))
        start = end
    return found


def _grown(prices: list[int], size: int) -> tuple[int, int]:
    """The stretch from the first price line to the last, grown by one item's lines on
    either side (the shortest distance between two of its price lines, less one)."""
    margin = min(b - a for a, b in pairwise(prices)) - 1
    return max(prices[0] - margin, 0), min(prices[-1] + margin, size - 1)


def _is_price_line(facts: Facts, index: int) -> bool:
    return (facts.words[index] <= _MAX_ITEM_WORDS
            and _PRICE.search(facts.blocks[index].text) is not None)

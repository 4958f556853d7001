"""A line-numbered code listing: a documentation page's code printed with its line numbers.

Page text flattens such a listing to a bare number line before each line of code ("1",
"import os", "2", "3", "from x import y", ...). Neither reads as running text, so each costs
the article's run (`scores`) what a menu's line costs, and a long listing ends the run: the
prose after it (what to change in the code, how to run it) falls outside the article.

The evidence is the numbering's shape: bare numbers counting up by one from 1, each a line or
two below the one before, and among those steps both a number right below the last (an empty
line of code) and a number a line of code below the last. A pager ("1", "2", "3") prints its
numbers one under another only, and a list of ranked teasers ("1", a title, "2", a title)
never two numbers in a row.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from dechrome.context.base import Facts

_NUMBER = regex.compile(r"\d{1,4}")
# So many numbered lines make a listing: a shorter run is as often a ranked list's.
_MIN_LINES = 5
# A line of code between two numbers: at most so many blocks (a removed separator, ")", may
# stand beside it).
_MAX_BETWEEN = 2


def listing_blocks(facts: Facts) -> frozenset[int]:
    """The blocks of the page's line-numbered code listings: each from its "1" to the line
    of code after its last number (see the module)."""
    found: set[int] = set()
    numbers = [(i, int(block.text)) for i, block in enumerate(facts.blocks)
               if _NUMBER.fullmatch(block.text.strip()) is not None]
    run: list[int] = []
    for index, value in numbers:
        if run and value == int(facts.blocks[run[-1]].text) + 1 and \
                index - run[-1] - 1 <= _MAX_BETWEEN:
            run.append(index)
            continue
        _add_listing(facts, run, found)
        run = [index] if value == 1 else []
    _add_listing(facts, run, found)
    return frozenset(found)


def _add_listing(facts: Facts, run: list[int], found: set[int]) -> None:
    """Adds the listing numbered by `run` (its number lines' indices) to `found`, when the
    run is long enough and both kinds of step occur (see the module)."""
    if len(run) < _MIN_LINES:
        return
    steps = {after - before for before, after in pairwise(run)}
    if 1 not in steps or not steps - {1}:
        return
    found.update(range(run[0], min(run[-1] + 2, len(facts.blocks))))

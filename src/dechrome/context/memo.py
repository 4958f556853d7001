"""Measures of a page found once per state of its removals.

The context rules ask the same questions of a page again and again: the main region is
found before the headline is chosen, by exact-duplicate, by the teaser boxes and by
outside-article, in each round. Between two rules that removed nothing the answer is the same.
A page's removals only grow while the rules run (`pipeline._apply_context_rules` adds with
`setdefault`, and each round of headlines starts from a fresh copy): the same mapping with as
many entries holds the same removals, so (mapping, size) names one state. The mapping is kept
with each answer, so that its identity is never that of a later mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Any, TypeVar

from dechrome.context.base import Facts, Page

T = TypeVar("T")
Find = Callable[[Page, Set[int]], T]


def per_state(find: Find[T]) -> Find[T]:
    """`find(page, absent)`, found once for each state of the page's removals, `gone`
    blocks, headline, URL and `absent` blocks: all it may read beside the page's facts."""

    def remembered(page: Page, absent: Set[int] = frozenset()) -> T:
        removed, title = page.removed, page.title
        key = (find, id(removed), len(removed), page.gone, page.url,
               None if title is None else title.block, frozenset(absent))
        known: dict[tuple[Any, ...], tuple[object, T]] = page.facts.derived(_answers)
        found = known.get(key)
        if found is not None and found[0] is removed:
            return found[1]
        answer = find(page, absent)
        known[key] = (removed, answer)
        return answer

    remembered.__doc__ = find.__doc__
    return remembered


def _answers(_facts: Facts) -> dict[tuple[Any, ...], tuple[object, Any]]:
    return {}

"""Context rules, in the order they run after the block-local rules."""

from dechrome.context import (
    bio,
    boxes,
    counters,
    dedup,
    frame,
    headline,
    pairs,
    posts,
    region,
    site,
    teasers,
    thread,
)
from dechrome.context.base import ContextRule, Page, Title
from dechrome.context.headline import find_title, headline_left_below

CONTEXT_RULES: tuple[ContextRule, ...] = (
    *headline.RULES[:2],
    *site.RULES,
    *dedup.RULES,
    headline.RULES[2],
    *boxes.RULES,
    *thread.RULES,
    *posts.RULES,
    *region.RULES,
    *teasers.RULES,
    *pairs.RULES,
    *counters.RULES,
    *bio.RULES,
    *frame.RULES,
)

__all__ = ["CONTEXT_RULES", "ContextRule", "Page", "Title", "find_title", "headline_left_below"]

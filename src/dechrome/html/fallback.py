"""Do no harm: never end far below the extraction without strong evidence.

The rules that judge a block by its own text (a cookie notice, a share bar: a named chrome
family) or as a copy of another block are high-confidence. The others judge position and
structure (a run of short lines read as a comment thread, a box read as a summary, a
link-dense element); on a page unlike the news pages they were made on, a forum, a
product page, a documentation page, they can take the main content itself. When they
remove more than `Config.html_fallback_share` of the extraction's words, that is a
failure signal, not a result: the extraction is cleaned again with the high-confidence
rules only, and `Document.fallback` says why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dechrome.accounting import word_total
from dechrome.config import Config
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.rules import RULE_SET

HIGH_CONFIDENCE: frozenset[Rule] = frozenset(rule.name for rule in RULE_SET.rules) | {
    Rule.EXACT_DUPLICATE, Rule.NEAR_DUPLICATE, Rule.CONTAINED_DUPLICATE,
    Rule.TITLE_DUPLICATE, Rule.SITE_REPEATED,
}


def fallback_reason(document: Document, config: Config,
                    strong: frozenset[int] = frozenset()) -> str | None:
    """Why `document` must be cleaned again with the high-confidence rules only; None when
    the rules without strong evidence removed at most the configured share. The removals
    of the blocks in `strong` (a teaser's shape: a linked headline over a blurb) count as
    strong evidence whatever their rule, unless they are most of the extraction."""
    limit = config.html_fallback_share
    if limit is None:
        return None
    total = sum(word_total(block.text) for block in document.blocks)
    shaped = sum(word_total(removal.text) for removal in document.removals
                 if removal.block in strong)
    if 2 * shaped > total:
        # Teasers that are most of the page are its content: a topic page, a listing.
        strong = frozenset()
    weak: Counter[str] = Counter()
    for removal in document.removals:
        if removal.rule not in HIGH_CONFIDENCE and removal.block not in strong:
            weak[str(removal.rule)] += word_total(removal.text)
    removed = sum(weak.values())
    if not total or removed <= limit * total:
        return None
    rules = ", ".join(name for name, _ in weak.most_common())
    return (f"rules without strong evidence ({rules}) removed {removed} of the extraction's "
            f"{total} words: cleaned again with the high-confidence rules only")


def high_confidence(config: Config) -> Config:
    """`config` with only the high-confidence rules enabled."""
    return replace(config, rules=config.rules & HIGH_CONFIDENCE)

"""All block-local rules, family by family, in the order they are tried."""

from dechrome.rules import (
    comments,
    credits,
    footer,
    gallery,
    navigation,
    notices,
    player,
    related,
    subscribe,
    summary,
)
from dechrome.rules.base import BlockRule, all_rules
from dechrome.rules.prefilter import RuleSet

BLOCK_RULES: tuple[BlockRule, ...] = all_rules(
    subscribe.RULES,
    comments.RULES,
    gallery.RULES,
    player.RULES,
    related.RULES,
    footer.RULES,
    navigation.RULES,
    credits.RULES,
    notices.RULES,
    summary.RULES,
)

RULE_SET = RuleSet(BLOCK_RULES)

__all__ = ["BLOCK_RULES", "RULE_SET", "BlockRule", "RuleSet"]

"""Every rule dechrome knows, by name: the one place docs, config and tests look them up."""

from __future__ import annotations

from dechrome.context import CONTEXT_RULES, ContextRule
from dechrome.html.rules import RULES as HTML_RULES
from dechrome.html.rules import HtmlRule
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES, BlockRule

RuleSpec = BlockRule | ContextRule | HtmlRule

RULES: dict[Rule, RuleSpec] = {
    spec.name: spec for spec in (*BLOCK_RULES, *CONTEXT_RULES, *HTML_RULES)
}


def reason_of(rule: Rule) -> Reason:
    return RULES[rule].reason


def explain(rule: Rule) -> str:
    """One line on a rule: its reason, its languages and an example of what it removes."""
    spec = RULES[rule]
    languages = ", ".join(spec.languages)
    return f"{rule}: {spec.reason} [{languages}] e.g. {spec.example!r}"

"""Near-duplicate on a reference page: the per-item line that names its item in code is
structure and stays; the same line with a small edit is a copy and goes."""

from __future__ import annotations

import dechrome
from dechrome.context.items import marks as _marks
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES, removed_texts

HEADLINE = ARTICLES["en"].headline
FIRST, SECOND, THIRD = ARTICLES["en"].paragraphs[:3]
_RULES = frozenset(rule.name for rule in BLOCK_RULES) | {Rule.HEADLINE, Rule.NEAR_DUPLICATE}
_ITEM = ("{} is a directive available in the lifecycle meta-argument. Meta-arguments are "
         "built into the language and control how resources are created and destroyed.")


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks), config=dechrome.Config(rules=_RULES))


def _near(document: Document) -> list[str]:
    return [r.text for r in document.removals
            if r.rule is Rule.NEAR_DUPLICATE and r.reason is Reason.DUPLICATE]


def test_items_named_in_code_are_kept() -> None:
    items = [_ITEM.format(name) for name in ("prevent_destroy", "ignore_changes", "precondition",
                                             "postcondition")]
    document = _clean(HEADLINE, FIRST, *items, SECOND, THIRD)
    assert not _near(document)
    assert all(item not in removed_texts(document) for item in items)


def test_steps_that_differ_in_a_file_name_are_kept() -> None:
    step = ("Save your changes and run this command from your terminal in the directory "
            "that contains {}:")
    one, other = step.format("send_sms.js"), step.format("send_sms.php")
    assert not _near(_clean(HEADLINE, FIRST, one, SECOND, other, THIRD))


def test_a_copy_with_a_small_edit_still_goes() -> None:
    # The same item line again with a word dropped: it names the same item, a copy.
    full = _ITEM.format("prevent_destroy")
    edited = full.replace(" and destroyed", "")
    document = _clean(HEADLINE, FIRST, full, SECOND, edited, THIRD)
    assert _near(document) == [edited]


def test_identifier_marks() -> None:
    assert _marks("See send_sms.js and fooBar here") == {"send_sms.js": 1}
    # Glued words and a name glued to a figure are no names in code.
    assert not _marks("Seller: shopPromoted items")
    assert "bosco.0182Promoted" not in _marks("Seller: bosco.0182Promoted")
    assert _marks("precondition is set") == {"precondition": 1}
    assert _marks("The plan is set, they said.") == {}
    assert _marks("") == {}
    assert set(_marks("(((" * 1000 + "a_b" + ")))" * 1000)) == {"a_b"}

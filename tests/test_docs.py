"""docs/rules.md documents exactly the registered rules, and is what the generator renders."""

from __future__ import annotations

import regex

from dechrome import docgen
from dechrome.registry import RULES
from dechrome.rule_notes import NOTES
from tests.conftest import ROOT

REFERENCE = ROOT / "docs" / "rules.md"
_HEADING = regex.compile(r"^### (\S+)\s*$", regex.MULTILINE)


def _headings(text: str) -> list[str]:
    return _HEADING.findall(text)


def test_every_registered_rule_has_a_heading() -> None:
    missing = sorted(set(map(str, RULES)) - set(_headings(REFERENCE.read_text(encoding="utf-8"))))
    assert missing == [], f"docs/rules.md lacks '### name' for {missing}"


def test_every_heading_names_a_registered_rule() -> None:
    unknown = sorted(set(_headings(REFERENCE.read_text(encoding="utf-8"))) - set(map(str, RULES)))
    assert unknown == [], f"docs/rules.md documents rules that no longer exist: {unknown}"


def test_each_rule_is_documented_once() -> None:
    headings = _headings(REFERENCE.read_text(encoding="utf-8"))
    assert len(headings) == len(set(headings))


def test_every_registered_rule_has_a_description() -> None:
    assert sorted(set(map(str, RULES)) - set(NOTES)) == []


def test_no_description_for_a_rule_that_no_longer_exists() -> None:
    assert sorted(set(NOTES) - set(map(str, RULES))) == []


def test_reference_is_up_to_date() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == docgen.render(), (
        "docs/rules.md is stale: run `python -m dechrome.docgen > docs/rules.md`"
    )


def test_heading_check_sees_missing_and_extra_rules() -> None:
    """The heading parser itself: a rule named only in prose or in a deeper heading is no entry."""
    text = "## Block rules: x\n\n### subscribe-call\n\nsee also newsletter\n\n#### byline\n"
    assert _headings(text) == ["subscribe-call"]

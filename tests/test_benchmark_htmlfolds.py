"""benchmarks.htmlfolds: Config variants and the per-fold table of margins and pages below."""

from __future__ import annotations

from benchmarks.datasets import Page
from benchmarks.htmlfolds import fold_table, parse_variant
from benchmarks.ruleloss import FOLDS


def _page(ident: str, gold: str) -> Page:
    return Page(dataset="scrapinghub", id=ident, url=None, raw=b"", gold_body=gold)


def test_a_variant_names_its_config_fields_as_literals() -> None:
    assert parse_variant("nolead:recover_lead=False,html_fallback_share=None") == (
        "nolead", {"recover_lead": False, "html_fallback_share": None})
    assert parse_variant("plain") == ("plain", {})


def test_the_table_counts_a_page_far_below_the_reference_and_gives_the_margin() -> None:
    gold = "one two three four five six seven eight nine ten"
    pages = [_page("a", gold), _page("b", gold)]
    lines = fold_table(pages, [gold, "one two three four"], [gold, gold], 0.05)
    assert 2 <= len(lines) <= FOLDS + 1  # the folds the pages fall in, then the set
    assert lines[-1].startswith("all") and "below 1 (50.0%)" in lines[-1]
    assert "margin -" in lines[-1]

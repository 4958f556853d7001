"""The per-page views of a benchmark run (benchmarks/pagestats.py, pagetables.py): scores by
page type and site fold, per-document F1 against the reference, the word accounting."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from benchmarks import pagestats, pagetables, ruleloss
from benchmarks.datasets import DATASETS, Page, data_root, load_dataset
from benchmarks.ruleloss import FOLDS, fold_of, site_of
from benchmarks.runner import evaluate_all, run_tools
from benchmarks.tools import REFERENCE, Tool
from hypothesis import given
from hypothesis import strategies as st


@dataclass(frozen=True)
class _Removal:
    rule: str
    text: str


@dataclass(frozen=True)
class _Doc:
    """The Document fields the accounting reads."""

    text: str
    removals: tuple[_Removal, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()


def _page(pid: str, gold: str, url: str | None = None, kind: str | None = None) -> Page:
    return Page(dataset="t", id=pid, url=url, raw=b"", gold_body=gold, text=gold,
                page_type=kind)


# --- per-document F1 and the comparison with the reference -------------------------------


def test_doc_f1_with_shingle_counts() -> None:
    page = _page("a", "a b c d e")  # gold shingles: abcd, bcde
    assert pagestats.doc_f1(page, "a b c d e") == 1.0
    assert pagestats.doc_f1(page, "a b c d") == pytest.approx(2 / 3)  # tp 1, fn 1
    assert pagestats.doc_f1(page, "") == 0.0
    assert pagestats.doc_f1(_page("b", ""), "") == 1.0  # nothing to find, nothing found
    assert pagestats.doc_f1(_page("c", ""), "x") == 0.0


def test_doc_f1_with_chunk_counts_of_one_page() -> None:
    page = Page(dataset="trafilatura", id="p", url=None, raw=b"",
                gold_with=("kept text", "more text"), gold_without=("menu",))
    assert pagestats.doc_f1(page, "kept text more text") == 1.0
    assert pagestats.doc_f1(page, "kept text menu") == pytest.approx(2 / 4)  # tp1 fp1 fn1


def test_below_reference_needs_more_than_the_margin() -> None:
    pages = [_page("a", "a b c d e"), _page("b", "a b c d e"), _page("c", "a b c d e")]
    own = ["a b c d", "a b c d e", ""]
    reference = ["a b c d e", "a b c d", "a b c d"]
    # a: 0.667 vs 1.0 (below); b: better than the reference; c: 0 vs 0.667 (below)
    below = pagestats.below_reference(pages, own, reference)
    assert below == pytest.approx({"a": 1 / 3, "c": 2 / 3})
    assert list(pagestats.below_reference(pages, own, reference, margin=0.5)) == ["c"]
    assert pagestats.below_reference(pages, reference, reference) == {}


# --- groups: page types and site folds ---------------------------------------------------


def test_score_groups_by_page_type_largest_first() -> None:
    pages = [_page("1", "a b c d", kind="forum"), _page("2", "e f g h", kind="article"),
             _page("3", "i j k l", kind="article"), _page("4", "m n o p")]
    groups = pagestats.score_groups(pages, ["a b c d", "", "i j k l", "x"],
                                    lambda p: p.page_type)
    assert list(groups) == ["article", "forum"]  # the untyped page is left out
    count, scores = groups["article"]
    assert count == 2 and scores.recall == 0.5 and scores.precision == 1.0
    assert groups["forum"][1].f1 == 1.0


def test_folds_are_stable_and_keep_a_site_together() -> None:
    www = _page("1", "", url="https://www.example.co.uk/a")
    news = _page("2", "", url="http://news.example.co.uk/b/c?d=1")
    other = _page("3", "", url="https://blog.example.com/x")
    assert site_of(www) == site_of(news) == "example.co.uk"
    assert fold_of(www) == fold_of(news) == 4  # pinned: a changed hash reshuffles every fold
    assert fold_of(other) == 3
    assert fold_of(_page("no-url", "")) == fold_of(_page("no-url", "")) in range(FOLDS)


def test_fold_scores_cover_each_fold_once() -> None:
    pages = [_page(str(i), "a b c d", url=f"https://site{i}.com/") for i in range(40)]
    found = pagestats.fold_scores(pages, ["a b c d"] * 40)
    assert sorted(found) == list(range(FOLDS))
    assert sum(count for count, _ in found.values()) == 40
    assert all(scores.f1 == 1.0 for _, scores in found.values())


@pytest.mark.skipif(not data_root().is_dir(), reason="benchmark data not found")
@pytest.mark.parametrize("dataset", DATASETS)
def test_every_site_of_a_dev_set_is_in_one_fold_and_every_fold_has_pages(dataset: str) -> None:
    folds: dict[str, set[int]] = {}
    for page in load_dataset(dataset):
        folds.setdefault(site_of(page) or page.id, set()).add(fold_of(page))
    assert all(len(found) == 1 for found in folds.values())
    assert set().union(*folds.values()) == set(range(FOLDS))


# --- the accounting ----------------------------------------------------------------------


def test_unaccounted_is_multiset_difference_over_every_field() -> None:
    doc = _Doc(text="The storm hit the coast.", title="Storm warning",
               removals=(_Removal("menu-item", "Home News"),), authors=("Ann Lee",))
    assert pagestats.unaccounted("Storm warning. The storm hit the coast.", doc) == 0
    assert pagestats.unaccounted("Home News by Ann Lee", doc) == 1  # "by" is nowhere
    # "the" three times in the reference, twice in the Document: one left over
    assert pagestats.unaccounted("the the the", doc) == 1
    assert pagestats.unaccounted("coast coast, glued-words", doc) == 3
    assert pagestats.unaccounted("a b", None) == 2  # no Document (the tool raised)


def test_unaccounted_folds_case_and_compatibility_forms() -> None:
    doc = _Doc(text="The ﬁnal ＲＥＳＵＬＴ")  # a ligature and full-width letters
    assert pagestats.unaccounted("the final result", doc) == 0
    assert pagestats.unaccounted("the finals", doc) == 1
    # a soft hyphen or a zero-width joiner inside a word does not split it
    assert pagestats.unaccounted("Regie\u00adrung Fin\u200dal", _Doc(text="Regierung final")) == 0


def test_words_the_reference_glues_are_held_as_their_parts_but_not_the_reverse() -> None:
    doc = _Doc(text="Tariffs rose. Member of the club. html java json php", title="US")
    # trafilatura's text drops the space between two elements: "tariffsMember"
    assert pagestats.unaccounted("Tariffs rose.Member of the club.", doc) == 0
    assert pagestats.unaccounted("htmljavajsonphp", doc) == 0
    # text mode's reference is dechrome's own input: there every difference counts
    assert pagestats.unaccounted("htmljavajsonphp", doc, extracted=False) == 1
    # a part the reference needs elsewhere is no spare part: "rose" is used once already
    assert pagestats.unaccounted("Tariffs rose rosemember", doc) == 1
    assert pagestats.unaccounted("clubtariffs tariffs", doc) == 1
    # the Document glues what the reference sets apart: both words are missing
    assert pagestats.unaccounted("reported that", _Doc(text="reportedthat")) == 2


def test_charset_errors_of_the_reference_are_not_losses() -> None:
    # mojibake in the page that ftfy repairs, as dechrome does
    fixed = _Doc(text="They don\u2019t know")
    assert pagestats.unaccounted("They don\u00e2\u20ac\u2122t know", fixed) == 0
    # the page's UTF-8 read as Latin-1 with its control characters dropped: "groÃ\x9fen"
    doc = _Doc(text="Die großen Schafe, don\u2019t")
    assert pagestats.unaccounted("Die gro\u00c3en Schafe, don\u00e2t", doc) == 0
    # a word lost is still lost
    assert pagestats.unaccounted("Die gro\u00c3en wei\u00c3en Schafe", doc) == 1


def test_accounting_sums_words_and_names_pages() -> None:
    acc = pagestats.Accounting()
    acc.add("p1", "one two three", _Doc(text="one two three"))
    acc.add("p2", "four five six seven", _Doc(text="four"))
    acc.add("p3", "eight", None)
    assert (acc.words, acc.unaccounted, acc.pages) == (8, 4, 3)
    assert acc.share() == 0.5
    assert acc.worst() == [("p2", 3), ("p3", 1)]


# --- the run: Documents reach the hook from the timed call --------------------------------


def _document_tool(calls: list[str]) -> Tool:
    def document(page: Page) -> _Doc:
        calls.append(page.id)
        return _Doc(text=(page.text or "").split("|")[0],
                    removals=(_Removal("menu-item", "Menu"),))
    return Tool("dechrome-html", "html", lambda p: "unused", document=document)


def test_the_hook_gets_each_page_once_with_the_documents_of_the_timed_call() -> None:
    calls: list[str] = []
    seen: list[tuple[str, dict[str, str], list[str]]] = []
    pages = [_page(i, f"a b c {i}|Menu") for i in "xy"]
    ref = Tool(REFERENCE, "reference", lambda p: p.text)
    runs = run_tools([_document_tool(calls), ref], pages,
                     after_page=lambda p, out, docs: seen.append((p.id, out, list(docs))))
    assert calls == ["x", "y"]  # cleaned once per page, in the timed turn
    assert runs[0].outputs == ["a b c x", "a b c y"]
    assert seen[0] == ("x", {"dechrome-html": "a b c x", REFERENCE: "a b c x|Menu"},
                       ["dechrome-html"])


def test_inspector_measures_rules_and_accounting_with_or_without_the_reference() -> None:
    pages = [_page("x", "a b c d e f g|Menu"), _page("y", "h i j k l|Menu words")]
    for tools in ([_document_tool([])], [_document_tool([]), Tool(REFERENCE, "reference",
                                                                   lambda p: p.text)]):
        inspector = pagestats.inspector_for("html", tools)
        inspector.reference = Tool(REFERENCE, "reference", lambda p: p.text)
        results = evaluate_all(tools, pages, after_page=inspector)
        assert inspector.reference_outputs == ["a b c d e f g|Menu", "h i j k l|Menu words"]
        assert (inspector.accounting.unaccounted, inspector.accounting.by_page) == (1, {"y": 1})
        losses = inspector.losses["dechrome-html"]
        assert losses.rules["menu-item"].removed == losses.rules["menu-item"].gold == 2
        text = "\n".join(pagetables.accounting_parts(inspector, pages, results))
        assert "| 1 (6.67%) |" in text and "1 of 2" in text


def test_text_mode_has_no_accounting_and_rules_can_be_left_out() -> None:
    tools = [_document_tool([])]
    assert pagestats.inspector_for("text", tools).account_tool is None
    assert pagestats.inspector_for("html", tools, rules=False).rule_tools == ()


def test_tables_show_types_and_folds() -> None:
    pages = [_page("1", "a b c d", url="https://alpha.com/", kind="forum"),  # fold 1
             _page("2", "e f g h", url="https://gamma.net/", kind="article")]  # fold 0
    results = evaluate_all([Tool("first", "text", lambda p: "a b c d")], pages)
    types = pagetables.type_table(pages, results)
    assert "| forum | 1 | 1.000 / 1.000 / 1.000 |" in types
    assert "| article | 1 | 0.000 / 0.000 / 0.000 |" in types and "| all | 2 |" in types
    folds = pagetables.fold_table(pages, results).splitlines()
    assert folds[0] == "| tool | fold 0 (1) | fold 1 (1) | min | max | spread |"
    assert folds[2] == "| first | 0.000 | 1.000 | 0.000 | 1.000 | 1.000 |"


def test_text_mode_accounts_for_the_input_words() -> None:
    tool = Tool("dechrome", "text", lambda p: "unused",
                document=lambda p: _Doc(text="Body words", removals=(_Removal("menu-item",
                                                                               "Home"),)))
    inspector = pagestats.inspector_for("text", [tool])
    pages = [_page("x", "Home|Body words|Lost words")]
    results = evaluate_all([tool], pages, after_page=inspector)
    assert inspector.accounting.by_page == {"x": 2} and inspector.reference_outputs == []
    text = "\n".join(pagetables.accounting_parts(inspector, pages, results))
    assert "the page text given to dechrome | 5 |" in text and "below" not in text


def test_rule_table_lists_costly_rules_and_names_the_clean_ones() -> None:
    inspector = pagestats.inspector_for("html", [_document_tool([])])
    inspector.reference = Tool(REFERENCE, "reference", lambda p: p.text)
    pages = [_page("x", "a b c d e f g|Menu")]
    evaluate_all([_document_tool([])], pages, after_page=inspector)
    inspector.losses["dechrome-html"].rules["share-buttons"] = ruleloss.RuleLoss(7, 0)
    parts = pagetables.rules_parts(inspector)
    assert "| menu-item | 1 | 1 | 125.0 | 1.000 |" in parts[1]
    assert "share-buttons" not in parts[1]
    assert parts[2] == "Rules that removed no gold word (words removed): share-buttons (7)."


# --- properties of the accounting --------------------------------------------------------

_TEXT = st.lists(st.text(alphabet="abcXYZ äß1 .,\n", min_size=0, max_size=12), max_size=8)


@given(parts=_TEXT, cuts=st.lists(st.integers(0, 2), min_size=8, max_size=8))
def test_a_document_that_splits_its_input_accounts_for_every_word(
        parts: list[str], cuts: list[int]) -> None:
    """Each part goes to the body, a removal or the title: nothing is unaccounted."""
    body = [p for p, c in zip(parts, cuts, strict=False) if c == 0]
    removed = tuple(_Removal("menu-item", p) for p, c in zip(parts, cuts, strict=False)
                    if c == 1)
    title = " ".join(p for p, c in zip(parts, cuts, strict=False) if c == 2)
    doc = _Doc(text="\n\n".join(body), removals=removed, title=title)
    assert pagestats.unaccounted("\n".join(parts), doc) == 0


@given(parts=_TEXT, extra=st.text(alphabet="klmn", min_size=1, max_size=5))
def test_each_word_the_document_lacks_counts_once(parts: list[str], extra: str) -> None:
    doc = _Doc(text=" ".join(parts))
    assert pagestats.unaccounted(" ".join([*parts, extra, extra]), doc) == 2


def test_run_can_keep_the_held_out_folds_only() -> None:
    from benchmarks.cli import build_parser  # noqa: PLC0415

    args = build_parser().parse_args(["run", "--folds", "3,4", "--no-rules"])
    assert args.folds == {3, 4} and args.rules is False
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "--folds", "5"])


@pytest.mark.skipif(not data_root().is_dir(), reason="benchmark data not found")
def test_load_pages_filters_folds_before_the_limit() -> None:
    from benchmarks.cli import build_parser, load_pages  # noqa: PLC0415

    args = build_parser().parse_args(["run", "--folds", "4", "--limit", "5"])
    pages = load_pages("scrapinghub", args)
    assert len(pages) == 5 and {fold_of(page) for page in pages} == {4}

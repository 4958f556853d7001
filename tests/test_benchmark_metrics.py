"""Hand-computed cases for the benchmark metrics (benchmarks/metrics.py)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import metrics  # noqa: E402
from benchmarks.datasets import decode_html  # noqa: E402
from benchmarks.metrics import ChunkCounts, ShingleCounts  # noqa: E402

# --- shingles ---------------------------------------------------------------------------


def test_tokenize_keeps_case_and_drops_punctuation() -> None:
    assert metrics.tokenize("Hello, world! It's 2024…") == ["Hello", "world", "It", "s", "2024"]
    assert metrics.tokenize("Grüße aus Köln") == ["Grüße", "aus", "Köln"]
    assert metrics.tokenize("") == []


def test_shingles_of_short_and_empty_texts() -> None:
    assert metrics.shingles("") == Counter()
    assert metrics.shingles(" ... ") == Counter()
    assert metrics.shingles("one") == Counter({("one",): 1})
    assert metrics.shingles("a b c") == Counter({("a", "b", "c"): 1})
    assert metrics.shingles("a b c d") == Counter({("a", "b", "c", "d"): 1})
    assert metrics.shingles("a b c d e") == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    )


def test_shingle_counts_are_multisets() -> None:
    # gold: abcd, bcda, cdab, dabc, abcd (abcd twice); prediction: abcd once
    assert metrics.shingle_counts("a b c d a b c d", "a b c d") == ShingleCounts(1, 0, 4)
    # prediction repeats a shingle the gold has once: the extra one is a false positive
    assert metrics.shingle_counts("a b c d", "a b c d, a b c d") == ShingleCounts(1, 4, 0)


def test_shingle_counts_edge_cases() -> None:
    assert metrics.shingle_counts("a b c d e", "") == ShingleCounts(0, 0, 2)
    assert metrics.shingle_counts("", "x y") == ShingleCounts(0, 1, 0)
    assert metrics.shingle_counts("", "") == ShingleCounts(0, 0, 0)
    assert metrics.shingle_counts("a b", "a b c") == ShingleCounts(0, 1, 1)
    assert metrics.shingle_counts("a b", "a, b!") == ShingleCounts(1, 0, 0)
    assert metrics.shingle_counts("The cat sat on", "the cat sat on") == ShingleCounts(0, 1, 1)


def test_shingle_scores_average_per_document_then_harmonic_mean() -> None:
    counts = [
        ShingleCounts(1, 0, 4),  # precision 1, recall 0.2
        ShingleCounts(0, 0, 2),  # empty prediction: recall 0, not in the precision average
        ShingleCounts(0, 1, 0),  # empty gold: precision 0, not in the recall average
        ShingleCounts(0, 0, 0),  # both empty: in neither average
    ]
    scores = metrics.shingle_scores(counts)
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(0.1)
    assert scores.f1 == pytest.approx(2 * 0.5 * 0.1 / 0.6)
    assert scores.accuracy is None


def test_shingle_scores_not_a_mean_of_f1s() -> None:
    scores = metrics.shingle_scores([ShingleCounts(1, 0, 1), ShingleCounts(1, 3, 0)])
    assert scores.precision == pytest.approx((1 + 0.25) / 2)
    assert scores.recall == pytest.approx((0.5 + 1) / 2)
    assert scores.f1 == pytest.approx(2 * 0.625 * 0.75 / 1.375)


def test_shingle_scores_with_nothing_to_average() -> None:
    assert metrics.shingle_scores([]) == metrics.Scores(0.0, 0.0, 0.0)
    assert metrics.shingle_scores([ShingleCounts(0, 0, 3)]).f1 == 0.0


# --- chunks -----------------------------------------------------------------------------


def test_normalize_ws_folds_unicode_whitespace() -> None:
    assert metrics.normalize_ws("  a\n\tb\u00a0 c\u2009d  \r\n") == "a b c d"
    assert metrics.normalize_ws("") == ""


def test_chunk_counts_whitespace_folding_and_case() -> None:
    pred = "Hello   world.\nFoo bar\n\nFooter"
    counts = metrics.chunk_counts(
        pred, with_=["Hello world.", "foo bar"], without=["Foo \n bar", "nav", "Footer"]
    )
    # "foo bar" misses on case; "Foo  bar" and "Footer" are found although unwanted
    assert counts == ChunkCounts(tp=1, fp=2, fn=1, tn=1)


def test_chunk_counts_soft_hyphen_or_inner_space_is_a_miss() -> None:
    assert metrics.chunk_counts("Radon\u00adSituation", ["RadonSituation"], []).tp == 0
    assert metrics.chunk_counts("Radon -Situation", ["Radon-Situation"], []).fn == 1
    assert metrics.chunk_counts("", ["a"], ["b"]) == ChunkCounts(tp=0, fp=0, fn=1, tn=1)


def test_chunk_scores_sum_over_the_corpus() -> None:
    counts = [ChunkCounts(tp=3, fp=1, fn=1, tn=2), ChunkCounts(tp=1, fp=0, fn=3, tn=1)]
    scores = metrics.chunk_scores(counts)
    assert scores.precision == pytest.approx(4 / 5)
    assert scores.recall == pytest.approx(4 / 8)
    assert scores.f1 == pytest.approx(8 / (8 + 1 + 4))
    assert scores.accuracy == pytest.approx(7 / 12)
    assert metrics.chunk_scores([]) == metrics.Scores(0.0, 0.0, 0.0, 0.0)


# --- metadata ---------------------------------------------------------------------------


def test_title_lowercase_and_whitespace_folding() -> None:
    assert metrics.title_correct("Die  Stadt\nBerlin ", "die stadt berlin")
    assert not metrics.title_correct("Die Stadt", "Die Stadt | Zeitung")
    assert not metrics.title_correct("Die Stadt", None)


def test_author_names_split_and_normalised() -> None:
    names = metrics.author_names("A; B, C / D & E | F and G und H")
    assert names == frozenset("abcdefgh")
    assert metrics.author_names("Anna  Schmidt und Bernd Maier") == {"anna schmidt", "bernd maier"}
    assert metrics.author_names(["X Y", "Z, W"]) == {"x y", "z", "w"}
    assert metrics.author_names("Alexandra Sandmann") == {"alexandra sandmann"}
    assert metrics.author_names(None) == frozenset()


def test_authors_correct_compares_sets() -> None:
    assert metrics.authors_correct("Max Muster, Eva Frau", ("eva  frau", "MAX MUSTER"))
    assert metrics.authors_correct("Max Muster; Eva Frau", "Eva Frau and Max Muster")
    assert not metrics.authors_correct("Max Muster", ("Max Muster", "Other"))
    assert not metrics.authors_correct("Max Muster", None)
    assert not metrics.authors_correct("Max Muster", ())


def test_date_compares_first_ten_characters() -> None:
    assert metrics.date_correct("2022-03-01", "2022-03-01T10:00:00+01:00")
    assert not metrics.date_correct("2022-03-01", "2022-03-02")
    assert not metrics.date_correct("2022-03-01", None)


def test_has_gold() -> None:
    assert not metrics.has_gold(None)
    assert not metrics.has_gold("  ")
    assert not metrics.has_gold([])
    assert metrics.has_gold(["Anna"])


# --- decoding ---------------------------------------------------------------------------


def test_decode_html_utf8_else_detected() -> None:
    assert decode_html("Grüße".encode()) == "Grüße"
    latin1 = "<html><body><p>Die Straße führt über die Brücke nach Köln.</p></body></html>"
    assert "Straße" in decode_html(latin1.encode("latin-1"))


# --- the runner -------------------------------------------------------------------------


def test_tools_take_turns_page_by_page_in_rotating_order_and_errors_are_counted() -> None:
    from benchmarks.datasets import Page  # noqa: PLC0415
    from benchmarks.runner import run_tools  # noqa: PLC0415
    from benchmarks.tools import Tool  # noqa: PLC0415

    calls: list[str] = []

    def upper(page: Page) -> str:
        calls.append(f"upper:{page.id}")
        return (page.text or "").upper()

    def fails_on_b(page: Page) -> str:
        calls.append(f"fails:{page.id}")
        if page.id == "b":
            raise ValueError("bad page")
        return "ok"

    pages = [Page(dataset="t", id=i, url=None, raw=b"", lang=None, text=i) for i in "abc"]
    first, second = run_tools([Tool("upper", "text", upper), Tool("fails", "text", fails_on_b)],
                              pages)
    # Page by page, the first turn moving on by one tool with each page.
    assert calls == ["upper:a", "fails:a", "fails:b", "upper:b", "upper:c", "fails:c"]
    assert first.outputs == ["A", "B", "C"] and first.errors == 0
    assert second.outputs == ["ok", "", "ok"] and second.errors == 1
    assert second.first_error == "b: ValueError: bad page"


def test_no_tools_give_no_runs() -> None:
    from benchmarks.datasets import Page  # noqa: PLC0415
    from benchmarks.runner import run_tools  # noqa: PLC0415

    assert run_tools([], [Page(dataset="t", id="a", url=None, raw=b"", lang=None, text="a")]) == []

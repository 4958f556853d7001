"""Quality metrics, written from the definitions in ``shared/benchmarks/README.md``.

* scrapinghub: shingle precision/recall/F1 (as upstream ``evaluate.py``);
* trafilatura: chunk precision/recall/F1/accuracy (as upstream ``tests/evaluate.py``);
* metadata: title, author and date accuracy.

All functions are pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+")
_WS_RE = re.compile(r"\s+")
_NAME_SPLIT_RE = re.compile(r"[;,/&|]| and | und ")

Shingle = tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """Aggregate scores; ``accuracy`` is ``None`` where a metric has none."""

    precision: float
    recall: float
    f1: float
    accuracy: float | None = None


# --- shingle metric (scrapinghub) -------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Maximal runs of Unicode word characters; case kept, everything else dropped."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[Shingle]:
    """Multiset of ``n``-token shingles; 1..n-1 tokens give one short shingle, none give none."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class ShingleCounts:
    """Per-document shingle counts."""

    tp: int
    fp: int
    fn: int


def shingle_counts(gold: str, pred: str, n: int = 4) -> ShingleCounts:
    """TP = multiset intersection, FP = predicted excess, FN = gold excess."""
    gold_sh, pred_sh = shingles(gold, n), shingles(pred, n)
    tp = sum((gold_sh & pred_sh).values())
    return ShingleCounts(tp=tp, fp=sum(pred_sh.values()) - tp, fn=sum(gold_sh.values()) - tp)


def shingle_scores(counts: Sequence[ShingleCounts]) -> Scores:
    """Mean per-doc precision (docs whose prediction has shingles), mean per-doc recall
    (docs whose gold has shingles), F1 = harmonic mean of the two means."""
    precisions = [c.tp / (c.tp + c.fp) for c in counts if c.tp + c.fp > 0]
    recalls = [c.tp / (c.tp + c.fn) for c in counts if c.tp + c.fn > 0]
    precision = _mean(precisions)
    recall = _mean(recalls)
    return Scores(precision=precision, recall=recall, f1=harmonic(precision, recall))


# --- chunk metric (trafilatura) ---------------------------------------------------------


def normalize_ws(text: str) -> str:
    """Every run of Unicode whitespace becomes one space; ends stripped."""
    return _WS_RE.sub(" ", text).strip()


@dataclass(frozen=True)
class ChunkCounts:
    """Chunk confusion counts, addable so they sum over a corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: ChunkCounts) -> ChunkCounts:
        return ChunkCounts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )


def chunk_counts(pred: str, with_: Iterable[str], without: Iterable[str]) -> ChunkCounts:
    """Case-sensitive substring matching of whitespace-normalised chunks in the prediction."""
    text = normalize_ws(pred or "")
    found_with = [normalize_ws(chunk) in text for chunk in with_]
    found_without = [normalize_ws(chunk) in text for chunk in without]
    return ChunkCounts(
        tp=sum(found_with),
        fn=len(found_with) - sum(found_with),
        fp=sum(found_without),
        tn=len(found_without) - sum(found_without),
    )


def chunk_scores(counts: Iterable[ChunkCounts]) -> Scores:
    """Corpus-level precision, recall, F1 = 2TP/(2TP+FP+FN), accuracy = (TP+TN)/all."""
    total = sum(counts, ChunkCounts())
    return Scores(
        precision=_ratio(total.tp, total.tp + total.fp),
        recall=_ratio(total.tp, total.tp + total.fn),
        f1=_ratio(2 * total.tp, 2 * total.tp + total.fp + total.fn),
        accuracy=_ratio(total.tp + total.tn, total.tp + total.fp + total.fn + total.tn),
    )


# --- metadata ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lowercase and fold whitespace (runs to one space, ends stripped)."""
    return normalize_ws(text.lower())


def author_names(value: str | Sequence[str] | None) -> frozenset[str]:
    """Set of normalised names, split at ``; , / & |`` and the words "and"/"und"."""
    if value is None:
        return frozenset()
    parts = [value] if isinstance(value, str) else list(value)
    names: set[str] = set()
    for part in parts:
        for name in _NAME_SPLIT_RE.split(fold(part)):
            if name.strip():
                names.add(name.strip())
    return frozenset(names)


def has_gold(value: str | Sequence[str] | None) -> bool:
    """Whether a gold metadata value is non-empty (only those are scored)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return any(str(v).strip() for v in value)


def title_correct(gold: str, pred: str | None) -> bool:
    """Equal after lowercasing and whitespace folding."""
    return pred is not None and fold(gold) == fold(pred)


def authors_correct(gold: str | Sequence[str], pred: str | Sequence[str] | None) -> bool:
    """Same set of normalised names (and at least one)."""
    names = author_names(pred)
    return bool(names) and names == author_names(gold)


def date_correct(gold: str, pred: str | None) -> bool:
    """The first 10 characters (``YYYY-MM-DD``) are equal."""
    return pred is not None and pred[:10] == gold[:10]


# --- helpers ----------------------------------------------------------------------------


def harmonic(a: float, b: float) -> float:
    """Harmonic mean; 0.0 when both are 0."""
    return 2 * a * b / (a + b) if a + b > 0 else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0

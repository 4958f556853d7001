"""The quality ratchet: pinned minimum scores of dechrome per dataset, text and HTML mode.

``floors.json`` holds, per dataset, ``f1`` and ``recall`` floors and ``max_errors`` (the
most documents dechrome may raise on; ``null`` = not enforced). ``floors --raise``
re-measures and tightens any floor that improved, never loosens;
HTML mode's floors sit under ``html:DATASET`` and are measured on a fixed subset
(``HTML_SUBSET``: the first documents by id) so that the gate stays cheap in CI;
``floors --set DATASET.METRIC=VALUE --allow-lower`` is the only way to loosen one.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import DATASETS, load_dataset
from benchmarks.runner import evaluate
from benchmarks.textcache import atomic_write, attach_texts
from benchmarks.tools import TOOLS

FLOORS_PATH = Path(__file__).with_name("floors.json")
HTML_PREFIX = "html:"
# HTML mode runs trafilatura on every page (~0.1 s each): all of the small set, a fixed
# first part of the large one.
HTML_SUBSET: dict[str, int | None] = {"scrapinghub": None, "trafilatura": 200, "wcxb": 150}
SCORES = ("f1", "recall")
KEYS = (*SCORES, "max_errors")
Floors = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Measured:
    """dechrome's text-mode result on one full dataset."""

    dataset: str
    f1: float
    recall: float
    errors: int
    docs: int
    first_error: str | None = None


def measure(dataset: str) -> Measured:
    """Run dechrome alone in text mode over the whole dataset."""
    pages = load_dataset(dataset)
    attach_texts(pages)
    result = evaluate(TOOLS["dechrome"], pages)
    return Measured(
        dataset,
        result.scores.f1,
        result.scores.recall,
        result.run.errors,
        len(pages),
        result.run.first_error,
    )


def measure_html(dataset: str) -> Measured:
    """Run dechrome alone in HTML mode over the dataset's fixed HTML subset."""
    pages = load_dataset(dataset, limit=HTML_SUBSET[dataset])
    result = evaluate(TOOLS["dechrome-html"], pages)
    return Measured(
        HTML_PREFIX + dataset,
        result.scores.f1,
        result.scores.recall,
        result.run.errors,
        len(pages),
        result.run.first_error,
    )


def measure_all() -> list[Measured]:
    """Every gated measurement: text mode on each dataset, then HTML mode."""
    return [*map(measure, DATASETS), *map(measure_html, DATASETS)]


def load_floors(path: Path = FLOORS_PATH) -> Floors:
    with path.open(encoding="utf-8") as f:
        floors: Floors = json.load(f)
    return floors


def save_floors(floors: Floors, path: Path = FLOORS_PATH) -> None:
    atomic_write(path, json.dumps(floors, indent=2, sort_keys=True) + "\n")


def round_down(value: float) -> float:
    """Round down to 0.01 (with a little slack for float noise)."""
    return math.floor(value * 100 + 1e-9) / 100


def failures(m: Measured, floor: dict[str, Any]) -> list[str]:
    """Human-readable reasons ``m`` is below its floors (empty when it passes)."""
    found = [
        f"{m.dataset}: {key} {getattr(m, key):.4f} < floor {floor[key]:.2f}"
        for key in SCORES
        if getattr(m, key) < floor.get(key, 0.0)
    ]
    limit = floor.get("max_errors")
    if limit is not None and m.errors > limit:
        found.append(
            f"{m.dataset}: dechrome raised on {m.errors} documents (max {limit}); "
            f"first: {m.first_error}"
        )
    return found


def raise_floors(floors: Floors, measured: list[Measured]) -> list[str]:
    """Tighten floors in place where ``measured`` is better; the changes made."""
    changes = []
    for m in measured:
        floor = floors.setdefault(m.dataset, {"f1": 0.0, "recall": 0.0, "max_errors": None})
        for key in SCORES:
            new = round_down(getattr(m, key))
            if new > floor.get(key, 0.0):
                changes.append(f"{m.dataset}.{key}: {floor.get(key, 0.0):.2f} -> {new:.2f}")
                floor[key] = new
        limit = floor.get("max_errors")
        if m.errors < m.docs and (limit is None or m.errors < limit):
            changes.append(f"{m.dataset}.max_errors: {limit} -> {m.errors}")
            floor["max_errors"] = m.errors
    return changes


def set_floor(floors: Floors, assignment: str, allow_lower: bool) -> str:
    """Apply ``DATASET.KEY=VALUE``; loosening needs ``allow_lower``."""
    target, _, raw = assignment.partition("=")
    dataset, _, key = target.partition(".")
    if dataset.removeprefix(HTML_PREFIX) not in DATASETS or key not in KEYS or not raw:
        raise SystemExit(f"bad assignment {assignment!r}: want DATASET.{{{','.join(KEYS)}}}=V")
    floor = floors.setdefault(dataset, {"f1": 0.0, "recall": 0.0, "max_errors": None})
    old = floor.get(key)
    new = _parse_value(key, raw)
    if _loosens(key, old, new) and not allow_lower:
        raise SystemExit(f"{target}: {old} -> {new} loosens the gate; add --allow-lower")
    floor[key] = new
    return f"{target}: {old} -> {new}"


def _parse_value(key: str, raw: str) -> float | int | None:
    if key == "max_errors":
        return None if raw.lower() in ("none", "null") else int(raw)
    return float(raw)


def _loosens(key: str, old: Any, new: Any) -> bool:
    if key == "max_errors":
        return new is None or (old is not None and new > old)
    return bool(new < (old or 0.0))


def cli(args: argparse.Namespace) -> int:
    """``python -m benchmarks floors [--raise | --check | --set ...]``."""
    floors = load_floors()
    if args.assignments:
        for assignment in args.assignments:
            print(set_floor(floors, assignment, args.allow_lower))
        save_floors(floors)
        return 0
    if not (args.raise_ or args.check):
        print(json.dumps(floors, indent=2, sort_keys=True))
        return 0
    measured = measure_all()
    for m in measured:
        print(f"{m.dataset}: F1 {m.f1:.4f}, recall {m.recall:.4f}, errors {m.errors}/{m.docs}")
    if args.check:
        problems = [p for m in measured for p in failures(m, floors.get(m.dataset, {}))]
        print("\n".join(problems) or "all floors met")
        return 1 if problems else 0
    changes = raise_floors(floors, measured)
    save_floors(floors)
    print("\n".join(changes) or "no floor changed")
    return 0

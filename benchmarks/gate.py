"""The quality ratchet: pinned minimum scores of dechrome per dataset, text and HTML mode.

``floors.json`` holds, per dataset, ``f1`` and ``recall`` floors and ``max_errors`` (the
most documents dechrome may raise on; ``null`` = not enforced). HTML mode's entries sit
under ``html:DATASET`` and are measured on a fixed subset (``HTML_SUBSET``: the first
documents by id) so that the gate stays cheap in CI. They add two ceilings, measured in the
same run against ``trafilatura-html`` on the same pages (see ``benchmarks.pagestats``):
``max_unaccounted``, the words of trafilatura's extraction that dechrome's Document holds
nowhere, and ``max_below_share``, the share of pages whose doc F1 is more than 0.05 below
trafilatura's. ``floors --raise`` re-measures and tightens whatever improved (a floor goes
up, a ceiling down), never loosens; ``floors --set DATASET.KEY=VALUE --allow-lower`` is
the only way to loosen one.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import DATASETS, load_dataset
from benchmarks.pagestats import below_reference, inspector_for
from benchmarks.runner import evaluate, evaluate_all
from benchmarks.textcache import atomic_write, attach_texts
from benchmarks.tools import REFERENCE, TOOLS

FLOORS_PATH = Path(__file__).with_name("floors.json")
HTML_PREFIX = "html:"
# HTML mode runs trafilatura on every page (~0.1 s each): all of the small set, a fixed
# first part of the large one.
HTML_SUBSET: dict[str, int | None] = {"scrapinghub": None, "trafilatura": 200, "wcxb": 150}
SCORES = ("f1", "recall")
# Ceiling key -> the Measured field it caps (None there = not measured, not checked).
CEILINGS = {"max_unaccounted": "unaccounted", "max_below_share": "below_share"}
KEYS = (*SCORES, "max_errors", *CEILINGS)
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
    unaccounted: int | None = None
    below_share: float | None = None


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
    """Run dechrome-html beside trafilatura-html over the dataset's fixed HTML subset: one
    run gives the floors' scores and the ceilings' accounting."""
    pages = load_dataset(dataset, limit=HTML_SUBSET[dataset])
    tools = [TOOLS["dechrome-html"], TOOLS[REFERENCE]]
    inspector = inspector_for("html", tools, rules=False)
    own, reference = evaluate_all(tools, pages, after_page=inspector)
    below = below_reference(pages, own.run.outputs, reference.run.outputs)
    return Measured(
        HTML_PREFIX + dataset,
        own.scores.f1,
        own.scores.recall,
        own.run.errors,
        len(pages),
        own.run.first_error,
        unaccounted=inspector.accounting.unaccounted,
        below_share=len(below) / len(pages) if pages else 0.0,
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


def round_up(value: float) -> float:
    """Round up to 0.01 (with a little slack for float noise): a ceiling's rounding."""
    return math.ceil(value * 100 - 1e-9) / 100


def failures(m: Measured, floor: dict[str, Any]) -> list[str]:
    """Human-readable reasons ``m`` misses a floor or a ceiling (empty when it passes)."""
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
    for key, field in CEILINGS.items():
        value, ceiling = getattr(m, field), floor.get(key)
        if value is not None and ceiling is not None and value > ceiling + 1e-9:
            found.append(f"{m.dataset}: {field} {value:.4g} > ceiling {ceiling}")
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
        changes += _lower_ceilings(floor, m)
    return changes


def _lower_ceilings(floor: dict[str, Any], m: Measured) -> list[str]:
    """Set a missing ceiling, or lower one, to what ``m`` measured (a share rounded up)."""
    changes = []
    for key, field in CEILINGS.items():
        value = getattr(m, field)
        if value is None:
            continue
        new = value if isinstance(value, int) else round_up(value)
        old = floor.get(key)
        if old is None or new < old:
            changes.append(f"{m.dataset}.{key}: {old} -> {new}")
            floor[key] = new
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
    if key in SCORES:
        return float(raw)
    if raw.lower() in ("none", "null"):
        return None
    return float(raw) if key == "max_below_share" else int(raw)


def _loosens(key: str, old: Any, new: Any) -> bool:
    """A floor loosens going down; a ceiling (a ``max_`` key) going up or to none."""
    if key in SCORES:
        return bool(new < (old or 0.0))
    return (new is None and old is not None) or (None not in (old, new) and new > old)


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
        print(f"{m.dataset}: F1 {m.f1:.4f}, recall {m.recall:.4f}, errors {m.errors}/{m.docs}"
              + (f", unaccounted {m.unaccounted} words, {m.below_share:.1%} of pages > 0.05 "
                 "below trafilatura" if m.below_share is not None else ""))
    if args.check:
        problems = [p for m in measured for p in failures(m, floors.get(m.dataset, {}))]
        print("\n".join(problems) or "all floors met")
        return 1 if problems else 0
    changes = raise_floors(floors, measured)
    save_floors(floors)
    print("\n".join(changes) or "no floor changed")
    return 0

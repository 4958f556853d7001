"""Where HTML mode loses to trafilatura, page by page: ``python -m benchmarks.htmlloss``.

For each page: the doc F1 of dechrome-html and of trafilatura-html (``trafilatura.extract``
with its defaults, as the reference tool runs it), and for the gold shingles trafilatura
finds and dechrome's body lacks, where dechrome lost them: in its extraction (the units
never held them) or in the cleaning (the removal, by rule, whose text holds them).
Pages are listed worst first; ``--fold`` keeps one site-disjoint fold.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trafilatura

import dechrome
from benchmarks.datasets import DATASETS, Page, load_dataset
from benchmarks.metrics import shingle_counts, shingle_scores, shingles
from benchmarks.pagestats import unaccounted
from benchmarks.ruleloss import fold_of, gold_texts

_CACHE = Path(os.environ.get("HTMLLOSS_CACHE", "/tmp/htmlloss-cache"))


def reference_texts(dataset: str, pages: Sequence[Page]) -> dict[str, str]:
    """trafilatura.extract's text of each page, cached on disk between runs."""
    path = _CACHE / f"{dataset}.json"
    found: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}
    missing = [page for page in pages if page.id not in found]
    for page in missing:
        found[page.id] = trafilatura.extract(page.raw, url=page.url,
                                             include_comments=False) or ""
    if missing:
        _CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(found))
    return found


def doc_f1(gold: str, pred: str) -> float:
    counts = shingle_counts(gold, pred)
    tp, fp, fn = counts.tp, counts.fp, counts.fn
    if tp == 0:
        return 0.0 if (fp or fn) else 1.0
    return 2 * tp / (2 * tp + fp + fn)


def where_lost(gold: str, reference: str, document: Any) -> Counter[str]:
    """The gold shingles the reference holds and the body lacks, by where they went."""
    lost = (shingles(gold) & shingles(reference)) - shingles(document.text)
    blame: Counter[str] = Counter()
    for removal in document.removals:
        claimed = lost & shingles(removal.text)
        if claimed:
            blame[str(removal.rule)] += sum(claimed.values())
            lost -= claimed
    blame["extraction"] += sum(lost.values())
    return blame


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.htmlloss")
    parser.add_argument("--dataset", choices=DATASETS, default="wcxb")
    parser.add_argument("--fold", type=int, default=None)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--margin", type=float, default=0.05)
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="a Config field (a Python literal), e.g. recover_lead=False")
    args = parser.parse_args(argv)
    config = dechrome.Config(input="html", **{
        name: ast.literal_eval(value) for name, value in (item.split("=", 1) for item in args.set)})
    pages = load_dataset(args.dataset)
    if args.fold is not None:
        pages = [page for page in pages if fold_of(page) == args.fold]
    references = reference_texts(args.dataset, pages)
    rows, total, ours_counts, their_counts = [], Counter(), [], []
    for page in pages:
        gold = "\n".join(gold_texts(page))
        document = dechrome.clean(page.raw, url=page.url, config=config)
        ours_counts.append(shingle_counts(gold, document.text))
        their_counts.append(shingle_counts(gold, references[page.id]))
        ours, theirs = doc_f1(gold, document.text), doc_f1(gold, references[page.id])
        blame = where_lost(gold, references[page.id], document)
        blame["unaccounted-words"] = unaccounted(references[page.id], document)
        total += blame
        rows.append((ours - theirs, page.id, ours, theirs, blame, fold_of(page)))
    rows.sort()
    below = sum(1 for row in rows if row[0] < -args.margin)
    print(f"{len(rows)} pages; {below} ({below / max(len(rows), 1):.1%}) more than "
          f"{args.margin} below trafilatura")
    for name, counts in (("dechrome-html", ours_counts), ("trafilatura", their_counts)):
        scores = shingle_scores(counts)
        print(f"{name}: F1 {scores.f1:.3f} (P {scores.precision:.3f} / R {scores.recall:.3f})")
    for fold in sorted({row[5] for row in rows}):
        chosen = [i for i, page in enumerate(pages) if fold_of(page) == fold]
        ours = shingle_scores([ours_counts[i] for i in chosen]).f1
        theirs = shingle_scores([their_counts[i] for i in chosen]).f1
        print(f"fold {fold}: {len(chosen)} pages, dechrome-html {ours:.3f}, "
              f"trafilatura {theirs:.3f}")
    print("lost gold shingles by step:", dict(total.most_common()))
    for delta, page_id, ours, theirs, blame, fold in rows[:args.top]:
        print(f"{delta:+.3f} {page_id} f{fold} ours {ours:.3f} traf {theirs:.3f} "
              f"{dict(blame.most_common(4))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

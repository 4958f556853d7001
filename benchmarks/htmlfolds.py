"""HTML mode against the extractor it wraps, per site fold: ``python -m benchmarks.htmlfolds``.

For each Config variant (``--variant NAME:FIELD=VALUE,FIELD=VALUE``; the default Config is
always run as ``default``) and for trafilatura-html (``trafilatura.extract``, cached as
``benchmarks.htmlloss`` caches it): the set's metric (``benchmarks.runner.score``: shingles,
or chunks on the trafilatura set) on each site fold's pages (``benchmarks.ruleloss.fold_of``),
the margin of dechrome-html over trafilatura-html, and the share of pages whose own score is
more than ``--margin`` below trafilatura's, and the rules' gold loss
(``benchmarks.ruleloss``). ``--save`` keeps every page's output per variant.
"""

from __future__ import annotations

import argparse
import ast
import json
from collections.abc import Sequence
from typing import Any

import dechrome
from benchmarks.datasets import DATASETS, Page, load_dataset
from benchmarks.htmlloss import reference_texts
from benchmarks.ruleloss import FOLDS, Losses, fold_of, table
from benchmarks.runner import score


def parse_variant(spec: str) -> tuple[str, dict[str, Any]]:
    """``NAME:FIELD=VALUE,...`` (values are Python literals) as a name and Config fields."""
    name, _, fields = spec.partition(":")
    pairs = (item.split("=", 1) for item in fields.split(",") if item)
    return name, {field: ast.literal_eval(value) for field, value in pairs}


def fold_table(pages: Sequence[Page], outputs: Sequence[str], reference: Sequence[str],
               margin: float) -> list[str]:
    """One line per fold and one for the set: F1 of both tools, the margin, pages below."""
    lines = []
    groups = [[i for i, page in enumerate(pages) if fold_of(page) == fold]
              for fold in range(FOLDS)]
    for label, chosen in (*((f"fold {k}", g) for k, g in enumerate(groups)),
                          ("all", list(range(len(pages))))):
        if not chosen:  # a subset of the pages may leave a fold empty
            continue
        ours = score([pages[i] for i in chosen], [outputs[i] for i in chosen]).f1
        theirs = score([pages[i] for i in chosen], [reference[i] for i in chosen]).f1
        below = sum(1 for i in chosen
                    if score([pages[i]], [outputs[i]]).f1
                    < score([pages[i]], [reference[i]]).f1 - margin)
        lines.append(f"{label:7} {len(chosen):4} pages  dechrome {ours:.4f}  traf {theirs:.4f}"
                     f"  margin {ours - theirs:+.4f}  below {below} ({below / len(chosen):.1%})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.htmlfolds")
    parser.add_argument("--dataset", choices=DATASETS, action="append")
    parser.add_argument("--variant", action="append", default=[],
                        help="NAME:FIELD=VALUE,... e.g. nolead:recover_lead=False")
    parser.add_argument("--margin", type=float, default=0.05)
    parser.add_argument("--top-rules", type=int, default=5, help="rule-loss rows shown")
    parser.add_argument("--save", default=None, help="JSON file for every page's outputs")
    args = parser.parse_args(argv)
    variants = [("default", {}), *map(parse_variant, args.variant)]
    saved: dict[str, dict[str, dict[str, str]]] = {}
    for dataset in args.dataset or list(DATASETS):
        pages = load_dataset(dataset)
        texts = reference_texts(dataset, pages)
        reference = [texts[page.id] for page in pages]
        saved[dataset] = {}
        for name, fields in variants:
            config = dechrome.Config(input="html", **fields)
            losses, outputs = Losses(), []
            for page in pages:
                document = dechrome.clean(page.raw, url=page.url, config=config)
                losses.add(page, document)
                outputs.append(document.text)
            saved[dataset][name] = dict(zip((page.id for page in pages), outputs, strict=True))
            print(f"== {dataset} {name} {fields}", flush=True)
            print("\n".join(fold_table(pages, outputs, reference, args.margin)), flush=True)
            print(table(losses, args.top_rules), flush=True)
            if args.save:  # after each variant: a long run's pages can be read while it goes on
                with open(args.save, "w", encoding="utf-8") as handle:
                    json.dump(saved, handle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

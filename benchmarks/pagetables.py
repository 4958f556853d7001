"""Markdown tables of the per-page views (:mod:`benchmarks.pagestats`) of a run."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks import pagestats, ruleloss
from benchmarks.datasets import Page
from benchmarks.metrics import Scores
from benchmarks.report import md_table
from benchmarks.runner import ToolResult
from benchmarks.tools import REFERENCE


def _prf(scores: Scores) -> str:
    return f"{scores.precision:.3f} / {scores.recall:.3f} / {scores.f1:.3f}"


def type_table(pages: Sequence[Page], results: Sequence[ToolResult]) -> str:
    """Rows: page types (largest first), then all; cells: ``P / R / F1`` per tool."""
    per_tool = [pagestats.score_groups(pages, r.run.outputs, lambda p: p.page_type)
                for r in results]
    types = list(per_tool[0]) if per_tool else []
    header = ["page type", "pages"] + [f"{r.run.tool} (P / R / F1)" for r in results]
    rows = [[kind, str(per_tool[0][kind][0]), *(_prf(t[kind][1]) for t in per_tool)]
            for kind in types]
    rows.append(["all", str(len(pages)), *(_prf(r.scores) for r in results)])
    return md_table(header, rows)


def fold_table(pages: Sequence[Page], results: Sequence[ToolResult]) -> str:
    """Rows: tools; cells: F1 per site-disjoint fold, then the lowest, highest and spread."""
    per_tool = [pagestats.fold_scores(pages, r.run.outputs) for r in results]
    folds = list(per_tool[0]) if per_tool else []
    header = ["tool", *(f"fold {k} ({per_tool[0][k][0]})" for k in folds),
              "min", "max", "spread"]
    rows = []
    for result, found in zip(results, per_tool, strict=True):
        f1s = [found[k][1].f1 for k in folds]
        low, high = (min(f1s), max(f1s)) if f1s else (0.0, 0.0)
        rows.append([result.run.tool, *(f"{f:.3f}" for f in f1s),
                     f"{low:.3f}", f"{high:.3f}", f"{high - low:.3f}"])
    return md_table(header, rows)


def rules_parts(inspector: pagestats.Inspector) -> list[str]:
    """A heading line and the per-rule table for each tool whose Documents were seen."""
    parts = []
    for name, losses in inspector.losses.items():
        costly = sum(1 for loss in losses.rules.values() if loss.gold)
        parts += [f"Rule precision, {name} ({losses.gold_words} gold words; removed words "
                  "that are gold, per 1000 gold words and as a share of the rule's words):",
                  ruleloss.table(losses, top=costly)]
        clean = sorted((rule, loss.removed) for rule, loss in losses.rules.items()
                       if not loss.gold)
        if clean:
            parts.append("Rules that removed no gold word (words removed): "
                         + ", ".join(f"{rule} ({n})" for rule, n in clean) + ".")
    return parts


def accounting_parts(inspector: pagestats.Inspector, pages: Sequence[Page],
                     results: Sequence[ToolResult]) -> list[str]:
    """The reference's words the mode's dechrome tool holds nowhere and, in HTML mode, the
    pages where its F1 is more than the margin below the reference's. Empty when not
    measured."""
    own = next((r for r in results if r.run.tool == inspector.account_tool), None)
    if own is None:
        return []
    acc = inspector.accounting
    if inspector.mode == "text":
        source, heading = "the page text given to dechrome", "Text mode, the input's words:"
    else:
        ran = any(r.run.tool == REFERENCE for r in results)
        source = f"{REFERENCE}'s output ({'in the run' if ran else 'run untimed'})"
        heading = "HTML mode against trafilatura's extraction:"
    rows = [[f"words of {source}", str(acc.words)],
            [f"of them unaccounted in {own.run.tool}'s Document",
             f"{acc.unaccounted} ({acc.share():.2%})"],
            ["pages with any unaccounted word", f"{len(acc.by_page)} of {acc.pages}"]]
    below: dict[str, float] = {}
    if inspector.mode == "html":
        below = pagestats.below_reference(pages, own.run.outputs, inspector.reference_outputs)
        rows.append([f"pages with doc F1 > {pagestats.MARGIN} below {REFERENCE}",
                     f"{len(below)} of {len(pages)} ({_share(len(below), len(pages)):.1%})"])
    return [heading, md_table(["measure", "value"], rows), *_worst_lines(acc, below)]


def _worst_lines(acc: pagestats.Accounting, below: dict[str, float]) -> list[str]:
    """The pages to look at first: most unaccounted words, farthest below the reference."""
    lines = []
    if acc.by_page:
        lines.append("Most unaccounted words: "
                     + ", ".join(f"{page} ({n})" for page, n in acc.worst()) + ".")
    if below:
        farthest = sorted(below.items(), key=lambda item: (-item[1], item[0]))[:5]
        lines.append("Farthest below (doc F1 gap): "
                     + ", ".join(f"{page} ({gap:.3f})" for page, gap in farthest) + ".")
    return lines


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0

"""Markdown tables and the environment header of a benchmark report."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

from benchmarks import REPO_ROOT
from benchmarks.runner import LANGS, MetaAccuracy, ToolResult
from benchmarks.tools import REFERENCE

BASE_PACKAGES = ("html-text", "trafilatura", "lxml", "charset-normalizer")


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A GitHub Markdown table; first column left-aligned, the rest right-aligned."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def quality_table(results: Sequence[ToolResult]) -> str:
    """tool, precision, recall, F1, (accuracy), docs/s, speed vs reference, errors, (memory)."""
    ref = next((r.run.docs_per_s for r in results if r.run.tool == REFERENCE), None)
    has_acc = any(r.scores.accuracy is not None for r in results)
    has_mem = any(r.memory_mib is not None for r in results)
    header = ["tool", "precision", "recall", "F1"] + (["accuracy"] if has_acc else [])
    header += ["docs/s", f"speed vs {REFERENCE}", "errors"]
    header += ["peak RSS growth (MiB)"] if has_mem else []
    rows = []
    for r in results:
        s = r.scores
        row = [r.run.tool, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]
        row += [f"{s.accuracy:.3f}" if s.accuracy is not None else "-"] if has_acc else []
        row += [_num(r.run.docs_per_s), _num(r.run.docs_per_s / ref) + "x" if ref else "-"]
        row += [str(r.run.errors)]
        row += [f"{r.memory_mib:.1f}" if r.memory_mib is not None else "-"] if has_mem else []
        rows.append(row)
    return md_table(header, rows)


def _num(value: float) -> str:
    """Two decimals for small values, a thousands-separated integer from 100 on."""
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"


def lang_table(results: Sequence[ToolResult], counts: dict[str, int]) -> str:
    """Rows: languages; cells: ``recall / F1`` per tool."""
    langs = [lang for lang in (*LANGS, "other", "all") if lang in counts]
    header = ["lang", "docs"] + [f"{r.run.tool} (R / F1)" for r in results]
    rows = []
    for lang in langs:
        cells = [_rf(r, lang) for r in results]
        rows.append([lang, str(counts[lang]), *cells])
    return md_table(header, rows)


def _rf(result: ToolResult, lang: str) -> str:
    s = result.by_lang.get(lang)
    return f"{s.recall:.3f} / {s.f1:.3f}" if s else "-"


def meta_table(accuracies: dict[str, MetaAccuracy]) -> str:
    """Rows: tools; cells: ``accuracy (correct/scored)`` for title, author, date."""
    header = ["tool", "title", "author", "date", "errors"]
    rows = []
    for name, acc in accuracies.items():
        cells = [_acc_cell(acc.correct[f], acc.total[f]) for f in ("title", "author", "date")]
        rows.append([name, *cells, str(acc.errors)])
    return md_table(header, rows)


def _acc_cell(correct: int, total: int) -> str:
    return f"{correct / total:.3f} ({correct}/{total})" if total else "-"


def package_version(dist: str) -> str:
    """Installed version of a distribution; for dechrome also the in-tree one."""
    try:
        return version(dist)
    except PackageNotFoundError:
        pass
    if dist == "dechrome":
        module = sys.modules.get("dechrome")
        found = getattr(module, "__version__", None) if module else None
        return f"{found} (in-tree src/)" if found else "in-tree src/ (not installed)"
    return "not installed"


def git_revision() -> str:
    """``git describe --always --dirty`` of the repo, or a note when there is none."""
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "no commit yet"
    return out.stdout.strip() or "no commit yet"


def environment(command: str, packages: Iterable[str]) -> str:
    """The reproducibility header: command, date, machine, Python, package versions."""
    dists = sorted(set(BASE_PACKAGES) | set(packages))
    lines = [
        f"- command: `{command}`",
        f"- date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {_cpu_model()}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()})",
        f"- repo revision: {git_revision()}",
        "- packages: " + ", ".join(f"{d} {package_version(d)}" for d in dists),
    ]
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"

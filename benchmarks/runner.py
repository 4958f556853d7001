"""Running tools over a dataset: timing inside each call, errors counted, then scoring."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks import metrics
from benchmarks.datasets import MetaGold, Page
from benchmarks.metatools import MetaPrediction
from benchmarks.netguard import no_network
from benchmarks.tools import Tool, ToolUnavailable

LANGS = ("de", "en", "fr", "es", "it", "nl", "pl")
_WARMUP = Page(
    dataset="warmup",
    id="warmup",
    url=None,
    raw=b"<html><head><title>Warm up</title></head><body><p>"
    + b"This is the text of a short warm-up article. " * 8
    + b"</p></body></html>",
    lang=None,  # so tools that detect the language load their model while warming up
    text="Warm up\n\n" + "This is the text of a short warm-up article. " * 8,
)


@dataclass
class ToolRun:
    """One tool's pass over a dataset."""

    tool: str
    outputs: list[str]
    seconds: float
    errors: int = 0
    first_error: str | None = None

    @property
    def docs_per_s(self) -> float:
        return len(self.outputs) / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class ToolResult:
    """A scored tool run, with optional per-language scores and memory."""

    run: ToolRun
    scores: metrics.Scores
    by_lang: dict[str, metrics.Scores] = field(default_factory=dict)
    memory_mib: float | None = None


def unavailable_reason(tool: Tool) -> str | None:
    """Run the tool once on a tiny page (paying imports untimed); the reason it cannot
    run, or ``None``. Other warm-up failures are left to the per-document error count."""
    try:
        with no_network():
            tool.fn(_WARMUP)
    except (ToolUnavailable, ImportError) as exc:
        return f"{type(exc).__name__}: {exc}"
    except Exception:
        return None
    return None


def run_tool(tool: Tool, pages: Sequence[Page]) -> ToolRun:
    """Apply ``tool`` to every page; only the call itself is timed. A raising call is an
    error and its prediction counts as empty."""
    return run_tools([tool], pages)[0]


AfterPage = Callable[[Page, dict[str, str], dict[str, Any]], None]


def run_tools(tools: Sequence[Tool], pages: Sequence[Page], after_page: AfterPage | None = None
              ) -> list[ToolRun]:
    """Every tool on every page, taking turns page by page: a change in the machine's load
    (another process, a CPU's clock) then falls on all tools alike and leaves their speed
    ratios as they are, where tools run one after another would each meet another load.

    Which tool goes first moves on by one with each page. A tool that runs a page right
    after another finds the process as the other left it (the CPU's caches, the memory
    allocator's free blocks, the memoised helpers of a library both use): in a fixed order
    one tool would always be the one that comes after. On the trafilatura set, dechrome-html
    measured 0.79x of trafilatura-html when it went first and 0.87x when it went second.

    ``after_page``, untimed, gets each page once all tools have had it: the outputs by tool
    and the Documents of the tools that give one (``Tool.document``; a raising call gives
    none). The Documents are not kept, so memory stays that of one page."""
    if not tools:
        return []
    runs = [ToolRun(tool.name, [], 0.0) for tool in tools]
    turns = range(len(tools))
    with no_network():
        for number, page in enumerate(pages):
            documents: dict[str, Any] = {}
            for i in (*turns[number % len(tools):], *turns[:number % len(tools)]):
                _turn(tools[i], page, runs[i], documents)
            if after_page is not None:
                after_page(page, {run.tool: run.outputs[-1] for run in runs}, documents)
    return runs


def _turn(tool: Tool, page: Page, run: ToolRun, documents: dict[str, Any]) -> None:
    """One timed call; a raising call is an error and its prediction counts as empty."""
    start = time.perf_counter()
    out: Any = None
    try:
        if tool.document is not None:
            documents[tool.name] = document = tool.document(page)
            out = document.text
        else:
            out = tool.fn(page)
    except Exception as exc:
        run.errors += 1
        run.first_error = run.first_error or f"{page.id}: {type(exc).__name__}: {exc}"
    run.seconds += time.perf_counter() - start
    run.outputs.append("" if out is None else str(out))


def score(pages: Sequence[Page], outputs: Sequence[str]) -> metrics.Scores:
    """Shingle metric where pages have an ``articleBody``, else the chunk metric."""
    if not pages:
        return metrics.Scores(0.0, 0.0, 0.0)
    if pages[0].gold_body is not None:
        counts = [
            metrics.shingle_counts(p.gold_body or "", o)
            for p, o in zip(pages, outputs, strict=True)
        ]
        return metrics.shingle_scores(counts)
    return metrics.chunk_scores(
        metrics.chunk_counts(o, p.gold_with, p.gold_without)
        for p, o in zip(pages, outputs, strict=True)
    )


def score_by_lang(pages: Sequence[Page], outputs: Sequence[str]) -> dict[str, metrics.Scores]:
    """Scores per language in :data:`LANGS` (where present), then ``other`` and ``all``."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, page in enumerate(pages):
        groups[page.lang if page.lang in LANGS else "other"].append(i)
    result = {}
    for lang in (*LANGS, "other"):
        if groups.get(lang):
            idx = groups[lang]
            result[lang] = score([pages[i] for i in idx], [outputs[i] for i in idx])
    result["all"] = score(pages, outputs)
    return result


def evaluate(tool: Tool, pages: Sequence[Page], by_lang: bool = False) -> ToolResult:
    """Run and score one tool."""
    return evaluate_all([tool], pages, by_lang)[0]


def evaluate_all(tools: Sequence[Tool], pages: Sequence[Page], by_lang: bool = False,
                 after_page: AfterPage | None = None) -> list[ToolResult]:
    """Run the tools side by side (`run_tools`) and score each."""
    return [
        ToolResult(run=run, scores=score(pages, run.outputs),
                   by_lang=score_by_lang(pages, run.outputs) if by_lang else {})
        for run in run_tools(tools, pages, after_page)
    ]


@dataclass(frozen=True)
class MetaAccuracy:
    """Correct / scored counts per field (only pages with non-empty gold are scored)."""

    correct: dict[str, int]
    total: dict[str, int]
    errors: int


def meta_accuracy(pages: Sequence[Page], extract: Callable[[Page], MetaPrediction]) -> MetaAccuracy:
    """Title, author and date accuracy of ``extract`` over ``pages``."""
    correct = dict.fromkeys(("title", "author", "date"), 0)
    total = dict.fromkeys(("title", "author", "date"), 0)
    errors = 0
    with no_network():
        for page in pages:
            try:
                pred = extract(page)
            except Exception:
                pred, errors = MetaPrediction(), errors + 1
            for key, ok in _meta_checks(page.meta, pred).items():
                total[key] += 1
                correct[key] += ok
    return MetaAccuracy(correct, total, errors)


def _meta_checks(gold: MetaGold, pred: MetaPrediction) -> dict[str, bool]:
    checks = {}
    if gold.title and metrics.has_gold(gold.title):
        checks["title"] = metrics.title_correct(gold.title, pred.title)
    if gold.author and metrics.has_gold(gold.author):
        checks["author"] = metrics.authors_correct(gold.author, pred.authors)
    if gold.date and metrics.has_gold(gold.date):
        checks["date"] = metrics.date_correct(gold.date, pred.date)
    return checks

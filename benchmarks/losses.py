"""Where dechrome loses text on the trafilatura set: ``python -m benchmarks.losses``.

Lists each `with` chunk that the page text holds (identity finds it) but dechrome's body
lacks, with the removals (rule, block, text) of the blocks holding it, and counts the losses
by rule; ``--kept`` lists instead the `without` chunks the body keeps, with the blocks that
hold them. Text mode only: it reads the cached html_text inputs.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import dechrome
from benchmarks.datasets import Page, load_dataset
from benchmarks.metrics import normalize_ws
from benchmarks.textcache import attach_texts

# A block shorter than this matches too many chunks by chance ("Home", "1").
_MIN_BLOCK_CHARS = 4
_EDGE_CHARS = 20


@dataclass(frozen=True)
class Case:
    """One chunk with the blocks that hold (part of) it and their rules ('' = kept)."""

    page: str
    lang: str | None
    chunk: str
    blocks: tuple[tuple[int, str, str], ...]

    def rules(self) -> list[str]:
        return sorted({rule or "kept" for _, rule, _ in self.blocks}) or ["?"]


def _holds(block: str, chunk: str) -> bool:
    """The block holds the chunk, the chunk the block, or the chunk one end of the block."""
    if len(block) < _MIN_BLOCK_CHARS:
        return False
    return block in chunk or chunk in block or (
        len(block) > _EDGE_CHARS and (block[:_EDGE_CHARS] in chunk or block[-_EDGE_CHARS:]
                                      in chunk))


def _blocks_holding(document: Any, chunk: str, removed: bool) -> tuple[tuple[int, str, str], ...]:
    rules = {r.block: str(r.rule) for r in document.removals}
    found = []
    for block in document.blocks:
        text = normalize_ws(block.text)
        if _holds(text, chunk) and (block.index in rules) == removed:
            found.append((block.index, rules.get(block.index, ""), text))
    return tuple(found)


def cases(pages: Sequence[Page], kept: bool = False) -> Iterator[Case]:
    """The lost `with` chunks, or with `kept` the `without` chunks the body keeps."""
    for page in pages:
        text = page.text or ""
        document = dechrome.clean(text, url=page.url)
        body, source = normalize_ws(document.text), normalize_ws(text)
        for chunk in map(normalize_ws, page.gold_without if kept else page.gold_with):
            if (chunk in body) if kept else (chunk in source and chunk not in body):
                yield Case(page.id, page.lang, chunk, _blocks_holding(document, chunk, not kept))


def report(found: Sequence[Case], limit: int = 6) -> str:
    """Counts by rule, then each case with up to `limit` of its blocks."""
    counts = Counter(rule for case in found for rule in case.rules())
    lines = [f"{count:5d} {rule}" for rule, count in counts.most_common()]
    for case in found:
        lines.append(f"\n{case.page} [{case.lang}] {', '.join(case.rules())}")
        lines.append(f"   chunk: {case.chunk[:160]}")
        lines += [f"   {index} {rule or 'kept'}: {text[:140]}"
                  for index, rule, text in case.blocks[:limit]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.losses", description=__doc__)
    parser.add_argument("--kept", action="store_true", help="`without` chunks the body keeps")
    parser.add_argument("--lang", default=None, help="only pages of this language")
    parser.add_argument("--limit", type=int, default=None, help="first N documents")
    args = parser.parse_args(argv)
    pages = load_dataset("trafilatura", limit=args.limit)
    if args.lang:
        pages = [page for page in pages if page.lang == args.lang]
    attach_texts(pages)
    print(report(list(cases(pages, kept=args.kept))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

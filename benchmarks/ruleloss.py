"""Each rule's precision: the gold words it removes, ``python -m benchmarks.ruleloss``.

A rule is as good as the article text it leaves alone. For each page, the gold's 4-token
shingles (``\\w+`` tokens of ``articleBody``, or of each ``with`` chunk on the trafilatura
set) that the body lacks are the page's missing gold; each removal, in the order the
Document lists them, claims the missing shingles its text holds (a multiset, so a shingle
is charged once), and its gold words are the words those shingles cover. A removal of one
to three words is gold when that word sequence is missing from the body as a whole
sequence of the gold. Matching runs of words, not single words, keeps a common word in a
menu from counting as article text.

Per rule: the words it removed, the gold words among them per 1000 gold
words of the set, and the share of its removed words that are gold. ``dedup`` and ``all``
sum the rules of a family and every rule.

Sets are split into site-disjoint folds (``fold_of``: the page's registered domain,
hashed), so a change tuned on some folds can be judged on the others.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import tldextract

import dechrome
from benchmarks.datasets import DATASETS, Page, load_dataset
from benchmarks.metrics import tokenize
from benchmarks.textcache import attach_texts

FOLDS = 5
DEDUP_RULES = frozenset({"exact-duplicate", "near-duplicate", "contained-duplicate",
                         "title-duplicate", "site-repeated"})


@cache
def _domains() -> tldextract.TLDExtract:
    # The suffix list bundled with tldextract: nothing is fetched.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def site_of(page: Page) -> str:
    """The page's registered domain ('' when it has no URL)."""
    if not page.url:
        return ""
    parts = _domains()(page.url)
    return parts.top_domain_under_public_suffix or parts.domain


def fold_of(page: Page, folds: int = FOLDS) -> int:
    """A stable fold number from the page's site: every page of a site is in one fold."""
    key = site_of(page) or page.id
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest()) % folds


def gold_texts(page: Page) -> list[str]:
    """The texts the page's gold says are article text."""
    if page.gold_body is not None:
        return [page.gold_body]
    return list(page.gold_with)


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class _Missing:
    """The gold's word runs the body lacks, consumed as removals claim them."""

    gold: list[list[str]]
    body: list[str]
    runs: dict[int, Counter[tuple[str, ...]]] = field(default_factory=dict)

    def of_size(self, n: int) -> Counter[tuple[str, ...]]:
        if n not in self.runs:
            found: Counter[tuple[str, ...]] = Counter()
            for tokens in self.gold:
                found += ngrams(tokens, n)
            self.runs[n] = found - ngrams(self.body, n)
        return self.runs[n]

    def claim(self, words: list[str]) -> int:
        """How many of a removal's words are missing gold (and claim them)."""
        size = min(len(words), 4)
        if not size:
            return 0
        missing = self.of_size(size)
        covered = [False] * len(words)
        for i in range(len(words) - size + 1):
            run = tuple(words[i:i + size])
            if missing[run] > 0:
                missing[run] -= 1
                covered[i:i + size] = [True] * size
        return sum(covered)


@dataclass
class RuleLoss:
    """Words a rule removed over a set, and how many of them were gold."""

    removed: int = 0
    gold: int = 0

    def share(self) -> float:
        return self.gold / self.removed if self.removed else 0.0


@dataclass
class Losses:
    """Per-rule losses over a set of pages, and the set's gold word count."""

    gold_words: int = 0
    rules: dict[str, RuleLoss] = field(default_factory=dict)

    def add(self, page: Page, document: Any) -> None:
        gold = [tokenize(text) for text in gold_texts(page)]
        self.gold_words += sum(map(len, gold))
        missing = _Missing(gold, tokenize(document.text))
        for removal in document.removals:
            words = tokenize(removal.text)
            loss = self.rules.setdefault(str(removal.rule), RuleLoss())
            loss.removed += len(words)
            loss.gold += missing.claim(words)

    def per_thousand(self, loss: RuleLoss) -> float:
        return 1000 * loss.gold / self.gold_words if self.gold_words else 0.0

    def family(self, names: Iterable[str] | None) -> RuleLoss:
        chosen = self.rules if names is None else {n: self.rules[n] for n in names
                                                    if n in self.rules}
        return RuleLoss(sum(r.removed for r in chosen.values()),
                        sum(r.gold for r in chosen.values()))


def document_of(page: Page, mode: str) -> Any:
    if mode == "html":
        return dechrome.clean(page.raw, url=page.url, config=dechrome.Config(input="html"))
    return dechrome.clean(page.text or "", url=page.url)


def measure(pages: Sequence[Page], mode: str) -> Losses:
    losses = Losses()
    for page in pages:
        losses.add(page, document_of(page, mode))
    return losses


def table(losses: Losses, top: int | None = None) -> str:
    """Markdown: each rule with gold words removed, sorted by the gold it costs."""
    rows = ["| rule | words removed | gold words removed | per 1000 gold | share gold |",
            "|:---|---:|---:|---:|---:|"]
    ranked = sorted(losses.rules.items(), key=lambda item: (-item[1].gold, item[0]))
    named = [("dedup rules", losses.family(DEDUP_RULES)), ("all rules", losses.family(None))]
    for name, loss in [*named, *ranked[:top]]:
        rows.append(f"| {name} | {loss.removed} | {loss.gold} | "
                    f"{losses.per_thousand(loss):.1f} | {loss.share():.3f} |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ruleloss")
    parser.add_argument("--mode", choices=("text", "html"), default="text")
    parser.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    parser.add_argument("--fold", type=int, default=None, help="only this site fold (0-4)")
    parser.add_argument("--top", type=int, default=None, help="the N costliest rules")
    args = parser.parse_args(argv)
    for name in DATASETS if args.dataset == "all" else (args.dataset,):
        pages = load_dataset(name)
        if args.fold is not None:
            pages = [page for page in pages if fold_of(page) == args.fold]
        if args.mode == "text":
            attach_texts(pages)
        losses = measure(pages, args.mode)
        print(f"### {name}, {args.mode} mode ({len(pages)} pages, "
              f"{losses.gold_words} gold words)\n\n{table(losses, args.top)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well `Document.page_kind` names the page's kind: ``python -m benchmarks.kinds --mode
text|html``.

On wcxb (the gold's ``page_type``; ``blog`` counts as ``article``): precision and recall of
``article`` against the rest, per site-fold group (folds 0-2, where the tests were designed,
and 3-4, held out), and a confusion table over all kinds; on scrapinghub (every page an
article) the share called ``article``; on trafilatura (mostly articles, no gold kinds) the
same share, as a sanity check.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence

import dechrome
from benchmarks.datasets import Page, load_dataset
from benchmarks.report import md_table
from benchmarks.ruleloss import fold_of
from benchmarks.textcache import attach_texts
from dechrome.pagekind import KINDS

GROUPS = (("folds 0-2 (designed on)", (0, 1, 2)), ("folds 3-4 (held out)", (3, 4)),
          ("all", (0, 1, 2, 3, 4)))


def gold_kind(page: Page) -> str | None:
    """The page's gold kind; `blog` is an article."""
    return "article" if page.page_type == "blog" else page.page_type


def page_kinds(pages: Sequence[Page], mode: str) -> list[str]:
    """`Document.page_kind` of each page, cleaned as the mode's dechrome tool cleans it."""
    config = dechrome.Config(input="html" if mode == "html" else "text")
    if mode == "text":
        attach_texts(pages)
    return [dechrome.clean(page.raw if mode == "html" else page.text or "", url=page.url,
                           config=config).page_kind for page in pages]


def article_scores(golds: Sequence[str | None], kinds: Sequence[str]) -> tuple[float, float, int]:
    """Precision and recall of `article` against the rest, and the pages counted."""
    pairs = [(gold, kind) for gold, kind in zip(golds, kinds, strict=True) if gold is not None]
    hits = sum(1 for gold, kind in pairs if gold == kind == "article")
    called = sum(1 for _, kind in pairs if kind == "article")
    actual = sum(1 for gold, _ in pairs if gold == "article")
    return (hits / called if called else 0.0, hits / actual if actual else 0.0, len(pairs))


def article_table(pages: Sequence[Page], kinds: Sequence[str]) -> str:
    """Rows: fold groups; cells: article precision, recall, and all kinds' accuracy."""
    rows = []
    for name, folds in GROUPS:
        chosen = [i for i, page in enumerate(pages) if fold_of(page) in folds]
        golds = [gold_kind(pages[i]) for i in chosen]
        found = [kinds[i] for i in chosen]
        precision, recall, count = article_scores(golds, found)
        right = sum(1 for gold, kind in zip(golds, found, strict=True) if gold == kind)
        rows.append([name, str(count), f"{precision:.3f}", f"{recall:.3f}",
                     f"{right / count if count else 0.0:.3f}"])
    return md_table(["pages", "n", "article precision", "article recall", "all kinds accuracy"],
                    rows)


def confusion_table(pages: Sequence[Page], kinds: Sequence[str]) -> str:
    """Rows: gold kinds; columns: the kind dechrome named."""
    counts = Counter((gold_kind(page), kind) for page, kind in zip(pages, kinds, strict=True))
    golds = [kind for kind in KINDS if any(gold == kind for gold, _ in counts)]
    rows = [[gold, *(str(counts[(gold, kind)]) for kind in KINDS),
             str(sum(counts[(gold, kind)] for kind in KINDS))] for gold in golds]
    return md_table(["gold \\ named", *KINDS, "pages"], rows)


def kinds_parts(tool: str, pages: Sequence[Page], kinds: Sequence[str]) -> list[str]:
    """The tables of one tool's kinds on one set: against the gold page types where the
    pages have them; on scrapinghub (all articles) the share called article; elsewhere the
    count of each kind."""
    typed = [i for i, page in enumerate(pages) if page.page_type]
    if typed:
        chosen, named = [pages[i] for i in typed], [kinds[i] for i in typed]
        return [f"Page kinds, {tool}: `article` against the rest ({len(chosen)} pages):",
                article_table(chosen, named),
                f"Page kinds, {tool}, all kinds (rows: gold page type, `blog` as article; "
                "columns: `page_kind`):", confusion_table(chosen, named)]
    counts = Counter(kinds)
    listed = ", ".join(f"{kind} {n}" for kind, n in counts.most_common()) or "none"
    share = counts["article"] / len(kinds) if kinds else 0.0
    if pages and pages[0].dataset == "scrapinghub":
        return [f"Page kinds, {tool}: {share:.3f} of the pages called article (every page "
                f"of the set is one; {listed})."]
    if pages and pages[0].dataset == "trafilatura":
        # Mostly articles, ungraded: a sanity check that the article share does not fall.
        return [f"Page kinds, {tool}: {share:.3f} of the pages called article (most of the "
                f"set's pages are articles; no gold kinds; {listed})."]
    return [f"Page kinds, {tool}: {listed}."]


def report(mode: str, limit: int | None = None) -> str:
    """The Markdown section for one mode: wcxb, scrapinghub and trafilatura."""
    parts = [f"### Page kinds, {mode} mode (`python -m benchmarks.kinds --mode {mode}`)"]
    for name in ("wcxb", "scrapinghub", "trafilatura"):
        pages = load_dataset(name, limit=limit)
        parts += [f"{name}:", *kinds_parts(f"dechrome ({mode})", pages, page_kinds(pages, mode))]
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kinds", description=__doc__)
    parser.add_argument("--mode", choices=("text", "html"), default="text")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    args = parser.parse_args(argv)
    print(report(args.mode, args.limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Command line: ``python -m benchmarks run|floors|tools``."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import gate, memory
from benchmarks.datasets import DATASETS, Page, load_dataset
from benchmarks.kinds import kinds_parts
from benchmarks.metatools import META_TOOLS
from benchmarks.pagestats import Inspector, inspector_for
from benchmarks.pagetables import accounting_parts, fold_table, rules_parts, type_table
from benchmarks.report import environment, lang_table, meta_table, quality_table
from benchmarks.ruleloss import FOLDS, fold_of
from benchmarks.runner import LANGS, MetaAccuracy, ToolResult, evaluate_all, meta_accuracy
from benchmarks.runner import unavailable_reason as unavailable
from benchmarks.textcache import atomic_write, attach_texts
from benchmarks.tools import MODES, TOOLS, Tool, tools_for_mode

FOOTNOTES = """\
- scrapinghub: shingle metric (4-token `\\w+` shingles; precision and recall averaged per
  document, F1 = harmonic mean of the averages). trafilatura: `with`/`without` chunk
  matching after whitespace folding, counts summed over the corpus.
- Text-mode tools get `html_text.extract_text(html, guess_layout=True)` (cached, untimed);
  `trafilatura-html` (`trafilatura.extract`, no metadata) and `dechrome-html`
  (`dechrome.clean(raw, config=Config(input="html"))`, metadata included) get the original
  HTML bytes; the other HTML tools get the decoded HTML. docs/s = documents / seconds spent
  inside the tool's calls (one process; the tools take turns document by document, so a
  change in the machine's load falls on all of them alike, and which goes first moves on
  with each document, so that none always runs in the state another one left, warm caches
  and freed memory; after an untimed warm-up call); speed ratio =
  docs/s divided by that of trafilatura-html (>1 is faster).
- errors: documents on which the tool raised; its prediction then counts as empty.
- peak RSS growth (only with `--memory`): each tool re-run alone in a fresh subprocess with
  the inputs preloaded; kernel peak RSS (VmHWM, reset before the pass) minus RSS before it.
- per page type (wcxb): the gold's `page_type`; each type's row is the set's metric over
  that type's pages alone (shingle precision and recall averaged over them, F1 their
  harmonic mean), so the rows do not average to `all`.
- site-disjoint folds (`--folds 3,4` keeps only those folds' pages, to judge on folds a change
  was not tuned on): `benchmarks.ruleloss.fold_of`, the page's registered domain (public
  suffix list bundled with tldextract, nothing fetched; `www.` and other subdomains join
  their domain) hashed (blake2b) into 5 folds, so every page of a site is in one fold; a
  page without a URL (some trafilatura-set keys are labels) is placed by its id. Each cell
  is the set's metric on that fold's pages (chunk counts summed over the fold on the
  trafilatura set); spread = max - min. Folds hold 12 to 135 pages, so part of a spread is
  sampling noise: compare tools within a fold, and a change across all folds.
- rule precision (`benchmarks.ruleloss`, `--no-rules` leaves it out): from the Documents of
  the timed run (each dechrome tool hands its Document to an untimed hook after its page;
  no page is cleaned twice). Per page, the gold's 4-token `\\w+` shingles (case kept) that
  the body lacks are its missing gold; each removal, in the Document's order, claims the
  missing shingles its text holds (a multiset: a shingle is charged once) and its gold
  words are the words those shingles cover; a removal of 1-3 words counts when that whole
  run of words is missing. per 1000 gold = gold words removed per 1000 gold words of the
  set; share gold = gold words removed / words removed. `dedup rules` sums exact-, near-,
  contained-, title-duplicate and site-repeated; `all rules` every rule. On the trafilatura
  set the gold is only the `with` chunks, so a removal of article text outside them is not
  counted: there the figures are a lower bound.
- HTML mode against trafilatura's extraction (every set, when dechrome-html runs): the
  reference is trafilatura-html's output on the page, `trafilatura.extract(raw, url=url,
  include_comments=False)` (its defaults otherwise; the bare default would also keep
  comments), taken from the run, or run untimed in the same pass when it is not one of the
  tools. Words are `\\w+` tokens after dropping soft hyphens and zero-width joiners, NFKC
  and case folding. Unaccounted = the multiset of the reference's words minus the words the
  Document holds anywhere: body, title, summary, captions, authors, date, sitename, section,
  hashtags, categories, tags, links, and every removal's text. Words are matched by
  identity, not position, so a common word kept elsewhere covers a lost one (a lower bound
  of the loss), and two words dechrome glued together (`reportedthat`) count as
  unaccounted; on a page where dechrome-html raised, all the reference's words count. The
  reference's own defects are not charged: a word it glues where the page sets two apart
  (trafilatura's text drops the whitespace between elements: `tariffsMember`) is held when
  the Document holds both parts as words the reference does not itself need; and where the
  reference has letters beyond ASCII it is read as given, repaired by ftfy (mojibake in the
  page that dechrome repaired), or against the Document's text misread as trafilatura
  misreads a page (UTF-8 taken for Latin-1, C1 controls dropped), whichever the Document
  holds most of. Pages below: per-page F1
  = 2TP / (2TP + FP + FN) with the set's own counts (shingles on scrapinghub and wcxb, the
  page's `with`/`without` chunks on the trafilatura set; 1.0 when a page has nothing to
  count); a page counts when trafilatura-html's per-page F1 exceeds dechrome-html's by more
  than 0.05. The CI gate caps both on the HTML subsets (`benchmarks/gate.py`).
- page kinds (`benchmarks.kinds`): each dechrome tool's `Document.page_kind` from the same
  run. On wcxb against the gold's `page_type` (`blog` counts as `article`): precision and
  recall of `article` against the rest, by site-fold group (the tests were designed on folds
  0-2; 3-4 are held out), and the confusion over all kinds; on scrapinghub, where every page
  is an article, the share called article; elsewhere the count of each kind.
- text mode, the input's words: the same accounting with dechrome's own input (the page
  text) as the reference, so it checks that every input word is in the body, a metadata
  field or a removal (the markup the cleaning strips from page text, a leftover tag or
  comment, is a removal of rule `markup`). The page text is read with the repairs the
  cleaning makes to characters (`dechrome.normalize.characters`: mojibake, invisible
  characters, character references), so a word it only repaired is the same word; the
  Document's glued words get no credit.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="measure quality and speed")
    run.add_argument("--mode", choices=MODES, default="text")
    run.add_argument("--dataset", choices=(*DATASETS, "all"), default="all")
    run.add_argument("--limit", type=int, default=None, help="first N documents per set")
    run.add_argument("--tools", default=None, help="comma-separated tool names")
    run.add_argument("--by-lang", action="store_true", help="per-language table (trafilatura)")
    run.add_argument("--metadata", action="store_true", help="title/author/date accuracy")
    run.add_argument("--memory", action="store_true", help="peak RSS per tool (extra pass)")
    run.add_argument("--folds", type=_folds, default=None, metavar="K,K",
                     help="only the pages of these site folds (0-4), e.g. the held-out 3,4")
    run.add_argument("--no-rules", dest="rules", action="store_false",
                     help="leave out the per-rule precision table of the dechrome tools")
    run.add_argument("--write", type=Path, default=None, help="write a Markdown report")
    floors = sub.add_parser("floors", help="the dechrome quality ratchet (floors.json)")
    action = floors.add_mutually_exclusive_group()
    action.add_argument("--raise", dest="raise_", action="store_true", help="raise floors")
    action.add_argument("--check", action="store_true", help="fail if a floor or ceiling is missed")
    action.add_argument("--set", dest="assignments", nargs="+", metavar="DATASET.METRIC=V")
    floors.add_argument("--allow-lower", action="store_true",
                        help="permit loosening a floor or ceiling")
    sub.add_parser("tools", help="list the tools")
    probe = sub.add_parser("_memprobe", help=argparse.SUPPRESS)
    probe.add_argument("dataset")
    probe.add_argument("tool")
    probe.add_argument("--limit", type=int, default=None)
    return parser


def _folds(value: str) -> frozenset[int]:
    folds = frozenset(int(k) for k in value.split(",") if k.strip())
    if not folds or not folds <= set(range(FOLDS)):
        raise argparse.ArgumentTypeError(f"folds are 0-{FOLDS - 1}, comma-separated")
    return folds


def load_pages(name: str, args: argparse.Namespace) -> list[Page]:
    """The dataset's pages, only those of ``--folds`` if given, the first ``--limit``."""
    pages = load_dataset(name)
    if args.folds is not None:
        pages = [page for page in pages if fold_of(page) in args.folds]
    return pages[:args.limit]


def select_tools(mode: str, names: str | None) -> list[Tool]:
    """The requested (or the mode's default) tools that can run; skipped ones are noted."""
    if names:
        unknown = [n for n in names.split(",") if n not in TOOLS]
        if unknown:
            raise SystemExit(f"unknown tool(s): {', '.join(unknown)}; see `tools`")
        chosen = [TOOLS[n] for n in names.split(",")]
    else:
        chosen = tools_for_mode(mode)
    usable = []
    for tool in chosen:
        reason = unavailable(tool)
        if reason:
            print(f"skipping {tool.name}: {reason}", file=sys.stderr)
        else:
            usable.append(tool)
    return usable


def run_section(name: str, tools: Sequence[Tool], args: argparse.Namespace) -> str:
    """Measure all tools on one dataset; the Markdown section with its tables."""
    pages = load_pages(name, args)
    attach_texts(pages)
    for page in pages:
        _ = page.html  # decode before timing so no tool pays for it
    by_lang = args.by_lang and name == "trafilatura"
    inspector = inspector_for(args.mode, tools, rules=args.rules)
    results = evaluate_all(tools, pages, by_lang=by_lang, after_page=inspector)
    for tool, result in zip(tools, results, strict=True):
        run = result.run
        print(
            f"{name}: {tool.name}: {run.seconds:.1f} s, {run.errors} errors"
            + (f" (first: {run.first_error})" if run.first_error else ""),
            file=sys.stderr,
        )
        if args.memory:
            result.memory_mib = memory.probe(name, tool.name, args.limit)
    folds = f", folds {','.join(map(str, sorted(args.folds)))}" if args.folds else ""
    parts = [f"### {name} ({len(pages)} documents{folds})", quality_table(results)]
    parts += _page_parts(pages, results, inspector)
    if by_lang:
        parts += ["Per language, recall / F1:", lang_table(results, _lang_counts(pages))]
    if args.metadata and any(p.meta.title or p.meta.date for p in pages):
        parts += [
            "Metadata accuracy (pages with a non-empty gold value):",
            meta_table(_metadata(pages, args.mode)),
        ]
    return "\n\n".join(parts)


def _page_parts(pages: Sequence[Page], results: Sequence[ToolResult],
                inspector: Inspector) -> list[str]:
    """Per page type (where pages have one), per site fold, rule precision, accounting."""
    parts = []
    if results and any(page.page_type for page in pages):
        parts += ["Per page type, precision / recall / F1:", type_table(pages, results)]
    if results:
        parts += ["F1 per site-disjoint fold (pages per fold in the header):",
                  fold_table(pages, results)]
    for tool, (seen, named) in inspector.kinds.items():
        parts += kinds_parts(tool, seen, named)
    return parts + rules_parts(inspector) + accounting_parts(inspector, pages, results)


def _lang_counts(pages: Sequence[Page]) -> dict[str, int]:
    counts: dict[str, int] = {"all": len(pages)}
    for page in pages:
        key = page.lang if page.lang in LANGS else "other"
        counts[key] = counts.get(key, 0) + 1
    return counts


def _metadata(pages: Sequence[Page], mode: str) -> dict[str, MetaAccuracy]:
    """dechrome (in the run's mode, when it can run) against trafilatura on the HTML."""
    result = {}
    own = "dechrome-html" if mode == "html" else "dechrome"
    if unavailable(TOOLS[own]) is None:
        result[f"dechrome ({mode})"] = meta_accuracy(pages, META_TOOLS[own])
    result["trafilatura-html"] = meta_accuracy(pages, META_TOOLS["trafilatura-html"])
    return result


def cmd_run(args: argparse.Namespace, argv: Sequence[str]) -> int:
    tools = select_tools(args.mode, args.tools)
    datasets = DATASETS if args.dataset == "all" else (args.dataset,)
    body = "\n\n".join(run_section(name, tools, args) for name in datasets)
    print(body)
    if args.write:
        command = "python -m benchmarks " + shlex.join(argv)
        packages = [p for t in tools for p in t.packages]
        text = (
            f"# dechrome benchmarks ({args.mode} mode)\n\n"
            f"{environment(command, packages)}\n\n{body}\n\nNotes:\n\n{FOOTNOTES}"
        )
        atomic_write(args.write, text)
        print(f"wrote {args.write}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args, argv)
    if args.command == "floors":
        return gate.cli(args)
    if args.command == "_memprobe":
        memory.probe_main(args.dataset, args.tool, args.limit)
        return 0
    for tool in TOOLS.values():
        print(f"{tool.name:20} {tool.mode:10} {', '.join(tool.packages)}")
    return 0

"""The `dechrome` command: a thin shell around `dechrome.clean`.

Exit codes: 0 all inputs cleaned, 1 some input could not be read, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from dechrome import __version__, cli_corpus
from dechrome.config import Config
from dechrome.markdown import to_markdown
from dechrome.model import Document
from dechrome.pipeline import clean
from dechrome.profiles import SiteProfiles

EXIT_OK = 0
EXIT_UNREADABLE = 1
FORMATS = ("text", "markdown", "json")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dechrome", description="Clean scraped news text into the article body."
    )
    parser.add_argument("--version", action="version", version=f"dechrome {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean_parser = commands.add_parser("clean", help="clean page text files ('-' for stdin)")
    clean_parser.add_argument("files", nargs="*", metavar="FILE",
                              help="text file, - for stdin, or a directory of .txt/.html files")
    output = clean_parser.add_mutually_exclusive_group()
    output.add_argument("--format", choices=FORMATS, default="text",
                        help="text: title and body; markdown: YAML front matter with the "
                             "metadata, the title as heading, the body; json: the whole document")
    output.add_argument("--json", dest="format", action="store_const", const="json",
                        help="the same as --format json")
    clean_parser.add_argument("--explain", action="store_true",
                              help="after the text or Markdown, every removal with its rule "
                                   "and reason")
    clean_parser.add_argument("--url", default=None,
                              help="the page's URL, for its site name and date (never fetched)")
    clean_parser.add_argument("--site", default=None,
                              help="the page's site for --profiles, when no --url names it")
    clean_parser.add_argument("--input", choices=("auto", "text", "html"), default="auto",
                              help="page text or an HTML page; auto (the default) sniffs "
                                   "each input")
    cli_corpus.add_clean_arguments(clean_parser)
    cli_corpus.add_learn_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "learn":
        return cli_corpus.run_learn(args)
    if cli_corpus.wants_corpus(args):
        return cli_corpus.run_clean(args)
    if not args.files:
        parser.error("clean needs FILE arguments, a directory or --jsonl INPUT")
    if args.explain and args.format == "json":
        parser.error("--explain goes with text or Markdown; JSON already lists the removals")
    try:
        return _clean_files(args)
    except BrokenPipeError:
        # The reader went away (`dechrome clean … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _clean_files(args: argparse.Namespace) -> int:
    try:
        profiles = SiteProfiles.load(args.profiles).chrome() if args.profiles else None
    except (OSError, ValueError) as error:
        print(f"dechrome: cannot load profiles {args.profiles}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    config = Config(input=args.input)
    status = EXIT_OK
    many = len(args.files) > 1
    for name in args.files:
        raw = _read(name)
        if raw is None:
            status = EXIT_UNREADABLE
            continue
        document = clean(raw, url=args.url, config=config, profiles=profiles, site=args.site)
        if document.rejected:
            print(f"dechrome: {name}: nothing to clean: {document.rejected}", file=sys.stderr)
        _write(document, name, args, sys.stdout, many=many)
    return status


def _read(name: str) -> bytes | None:
    try:
        if name == "-":
            return sys.stdin.buffer.read()
        return Path(name).read_bytes()
    except OSError as error:
        print(f"dechrome: cannot read {name}: {error.strerror or error}", file=sys.stderr)
        return None


def _write(document: Document, name: str, args: argparse.Namespace, out: TextIO, *,
           many: bool) -> None:
    if args.format == "json":
        payload = {"file": name, **document.to_dict()}
        out.write(json.dumps(payload, ensure_ascii=False, indent=None if many else 2) + "\n")
        return
    if many:
        out.write(f"==> {name} <==\n")
    if args.format == "markdown":
        out.write(to_markdown(document))
    else:
        if document.title:
            out.write(f"# {document.title}\n\n")
        out.write(document.text + "\n")
    if args.explain:
        _write_explanation(document, out)
    if many:
        out.write("\n")


def _write_explanation(document: Document, out: TextIO) -> None:
    sources = document.sources()
    if sources:
        out.write(f"\n--- metadata from {len(sources)} places\n")
        for source in sources:
            text = source.text if len(source.text) <= 100 else source.text[:99] + "…"
            out.write(f"{source.explained()}\n" + (f"    {text}\n" if text else ""))
    out.write(f"\n--- {len(document.removals)} removals\n")
    for removal in document.removals:
        text = removal.text if len(removal.text) <= 100 else removal.text[:99] + "…"
        out.write(f"[{removal.rule}] block {removal.block}: {removal.explained()}\n"
                  f"    {text}\n")


if __name__ == "__main__":
    raise SystemExit(main())

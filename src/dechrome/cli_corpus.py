"""`dechrome clean --jsonl`, `dechrome clean DIR -o OUTDIR` and `dechrome learn`: corpora.

JSONL output keeps every field of the input record and adds the cleaned document under the key
`dechrome` (with `line`, the input line number); a line that could not be cleaned gets
`{"dechrome": {"line": n, "error": "..."}}` instead. Without --strict such lines are
counted and the run goes on (exit 0); with --strict the first one stops the run (exit 1)
and no output file is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dechrome import cli_formats
from dechrome.batch import Task, clean_many, is_error
from dechrome.config import Config
from dechrome.corpus_io import (
    Fields,
    JsonEntry,
    Record,
    Run,
    StrictError,
    atomic_output,
    clean_entries,
    open_input,
    output_path,
    read_records,
)
from dechrome.model import Document
from dechrome.pagekind import keep_kinds, parse_kinds
from dechrome.profiles import SiteProfiles, Thresholds

EXIT_OK, EXIT_ERROR = 0, 1
SUFFIXES = (".txt", ".html", ".htm")
__all__ = ["StrictError", "add_clean_arguments", "add_learn_parser", "run_clean", "run_learn"]


def add_clean_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jsonl", metavar="INPUT",
                        help="clean a JSONL corpus (.gz read through gzip, - for stdin)")
    parser.add_argument("-o", "--output", metavar="OUTPUT", default=None,
                        help="JSONL file (default stdout; .gz compresses), or the output "
                             "directory when cleaning a directory")
    cli_formats.add_format_arguments(parser)
    _add_corpus_arguments(parser)
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first malformed record (exit 1, no output)")
    parser.add_argument("--profiles", type=Path, default=None,
                        help="site profiles from `dechrome learn`, for rule site-repeated")
    parser.add_argument("--kinds", type=_kinds, default=None, metavar="KIND,...",
                        help="keep the bodies of these page kinds only (article, forum, "
                             "product, collection, listing, documentation, service, other); "
                             "other pages become records with their kind and no body")


def _kinds(value: str) -> frozenset[str]:
    try:
        return parse_kinds(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_learn_parser(commands: Any) -> None:
    parser = commands.add_parser("learn", help="learn site chrome from a JSONL corpus")
    parser.add_argument("--jsonl", metavar="INPUT", required=True)
    parser.add_argument("-o", "--output", type=Path, required=True, help="profiles JSON file")
    _add_corpus_arguments(parser)
    defaults = Thresholds()
    parser.add_argument("--min-docs", type=int, default=defaults.min_docs)
    parser.add_argument("--min-share", type=float, default=defaults.min_share)
    parser.add_argument("--prose-share", type=float, default=defaults.prose_share)
    parser.add_argument("--min-count", type=int, default=2,
                        help="leave out blocks seen in fewer documents (1 for exact shard merges)")


def _add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--url-field", default="url")
    parser.add_argument("--site-field", default="site")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")


def wants_corpus(args: argparse.Namespace) -> bool:
    formats = (args.jsonl, args.warc, args.parquet)
    return any(given is not None for given in formats) or (
        len(args.files) == 1 and Path(args.files[0]).is_dir())


def run_clean(args: argparse.Namespace) -> int:
    progress = Progress(sys.stderr)
    try:
        problem = cli_formats.format_error(args)
        if problem is not None:
            raise StrictError(problem)
        profiles = SiteProfiles.load(args.profiles) if args.profiles else None
        _clean_corpus(args, corpus_run(args, profiles), progress)
    except ImportError as error:
        print(f"dechrome: {error.name or error} is not installed: pip install "
              f"'dechrome[{'warc' if args.warc else 'parquet'}]'", file=sys.stderr)
        return EXIT_ERROR
    except (StrictError, OSError, ValueError) as error:
        print(f"dechrome: {error}", file=sys.stderr)
        return EXIT_ERROR
    progress.summary()
    return EXIT_OK


def _clean_corpus(args: argparse.Namespace, run: Run, progress: Progress) -> None:
    if args.warc is not None:
        pairs = cli_formats.warc_pairs(args, run, progress.skipped)
        write_jsonl(pairs, args.output, progress)
    elif args.parquet is not None:
        cli_formats.clean_parquet(args, run, progress.tick)
    elif args.jsonl is not None:
        with open_input(args.jsonl) as stream:
            records = read_records(stream, _fields(args))
            write_jsonl(clean_entries(records, run), args.output, progress)
    else:
        _clean_directory(Path(args.files[0]), args, run.profiles, progress)


def _fields(args: argparse.Namespace) -> Fields:
    return Fields(args.text_field, args.url_field, args.site_field)


def corpus_run(args: argparse.Namespace, profiles: SiteProfiles | None) -> Run:
    """The Run the arguments ask for (HTML mode is set by the formats that need it)."""
    config = Config(input=getattr(args, "input", "auto"))
    return Run(config, args.jobs, profiles, args.strict, getattr(args, "kinds", None))


def write_jsonl(pairs: Iterable[tuple[JsonEntry, Document]], output: str | None,
                progress: Progress) -> None:
    """One JSON line per entry to `output` (written atomically), or to stdout."""
    if output in (None, "-"):
        _write_lines(pairs, sys.stdout, progress)
        return
    with atomic_output(Path(output)) as out:
        _write_lines(pairs, out, progress)


def _write_lines(pairs: Iterable[tuple[JsonEntry, Document]], out: IO[str],
                 progress: Progress) -> None:
    for entry, document in pairs:
        out.write(json.dumps(entry.output(document), ensure_ascii=False) + "\n")
        progress.tick(document)


def _clean_directory(source: Path, args: argparse.Namespace, profiles: SiteProfiles | None,
                     progress: Progress) -> None:
    if args.output in (None, "-"):
        raise StrictError("cleaning a directory needs -o OUTPUT_DIRECTORY")
    target = Path(args.output)
    target.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in source.rglob("*")
                   if path.suffix.lower() in SUFFIXES and path.is_file())
    tasks = (_file_task(path) for path in files)
    config = Config(input=getattr(args, "input", "auto"))
    for path, document in zip(files, clean_many(tasks, config=config, jobs=args.jobs,
                                                 profiles=profiles),
                              strict=True):
        if args.strict and is_error(document):
            raise StrictError(f"{path}: {document.rejected}")
        kept = keep_kinds(document, getattr(args, "kinds", None))
        relative = path.relative_to(source).as_posix()
        destination = output_path(target, relative)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(destination) as out:
            json.dump({"file": relative, **kept.to_dict()}, out, ensure_ascii=False)
        progress.tick(kept)


def _file_task(path: Path) -> Task:
    try:
        return Task(path.read_bytes())
    except OSError as error:
        return Task(None, error=f"{path}: {error.strerror or error}")


def run_learn(args: argparse.Namespace) -> int:
    try:
        return _learn(args)
    except (OSError, ValueError) as error:
        print(f"dechrome: {error}", file=sys.stderr)
        return EXIT_ERROR


def _learn(args: argparse.Namespace) -> int:
    thresholds = Thresholds(args.min_docs, args.min_share, args.prose_share)
    skipped: list[str] = []
    with open_input(args.jsonl) as stream:
        records = read_records(stream, _fields(args))
        profiles = SiteProfiles.learn(_readable(records, skipped), thresholds=thresholds,
                                      jobs=args.jobs)
    for message in skipped[:10]:
        print(f"dechrome: skipped {message}", file=sys.stderr)
    with atomic_output(args.output) as out:
        json.dump(profiles.to_json(min_count=args.min_count), out, ensure_ascii=False,
                  sort_keys=True)
    chrome = profiles.chrome().sites
    print(f"dechrome: {len(chrome)} sites, {sum(len(c.keys) for c in chrome.values())} "
          f"chrome blocks, {len(skipped)} lines skipped -> {args.output}", file=sys.stderr)
    return EXIT_OK


def _readable(records: Iterable[Record], skipped: list[str]) -> Iterator[Task]:
    """The tasks of well-formed records; the errors of the others go to `skipped`."""
    for record in records:
        if record.task.error is None:
            yield record.task
        else:
            skipped.append(record.task.error)


@dataclass
class Progress:
    """Counts for the summary; a live line when the stream is a terminal."""

    stream: IO[str]
    documents: int = 0
    errors: int = 0
    rejected: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    shown: float = 0.0

    def tick(self, document: Document) -> None:
        self.documents += 1
        self.errors += is_error(document)
        self.rejected += document.rejected is not None and not is_error(document)
        self.kinds[document.page_kind] += not is_error(document)
        now = time.monotonic()
        if self.stream.isatty() and now - self.shown >= 0.5:
            self.shown = now
            self.stream.write(f"\r{self._line(now)}")
            self.stream.flush()

    def _line(self, now: float) -> str:
        rate = self.documents / max(now - self.started, 1e-9)
        line = (f"{self.documents} documents, {rate:.1f} docs/s, {self.errors} errors, "
                f"{self.rejected} rejected")
        skipped = sum(self.skipped.values())
        return f"{line}, {skipped} records skipped" if skipped else line

    def summary(self) -> None:
        start, end = ("\r", "\x1b[K\n") if self.stream.isatty() else ("", "\n")
        kinds = ", ".join(f"{kind} {count}" for kind, count in self.skipped.most_common())
        detail = f" ({kinds})" if kinds else ""
        pages = ", ".join(f"{kind} {n}" for kind, n in self.kinds.most_common() if n)
        detail += f"; page kinds: {pages}" if pages else ""
        self.stream.write(f"{start}dechrome: {self._line(time.monotonic())}{detail}{end}")

"""`dechrome clean --warc` and `dechrome clean --parquet`: corpora in the formats they live in.

Both run as `--jsonl` does: `--jobs` worker processes, error records naming the input
position (the WARC file, record number and offset; the Parquet row), `--strict` to stop at
the first (exit 1, no output file), atomic output and the summary line, which for WARC input
also counts the records skipped by kind.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dechrome.corpus_io import Fields, Run, clean_entries
from dechrome.model import Document

if TYPE_CHECKING:
    from dechrome.warc import WarcPage


def add_format_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warc", metavar="FILE", nargs="+",
                        help="clean the HTML responses of WARC files (plain or gzipped; a "
                             "directory of them; - for stdin) into JSONL; needs dechrome[warc]")
    parser.add_argument("--parquet", metavar="INPUT",
                        help="clean a Parquet file's --text-field column into -o OUTPUT.parquet "
                             "(its columns plus dechrome_* columns); needs dechrome[parquet]")


def format_error(args: argparse.Namespace) -> str | None:
    """Why the corpus arguments do not go together, or None."""
    given = [name for name in ("jsonl", "warc", "parquet") if getattr(args, name) is not None]
    if len(given) > 1:
        return "give one of --jsonl, --warc, --parquet"
    if args.parquet is not None and args.output in (None, "-"):
        return "--parquet needs -o OUTPUT.parquet"
    return None


def warc_pairs(args: argparse.Namespace, run: Run,
               skipped: Counter[str]) -> Iterator[tuple[WarcPage, Document]]:
    """Each HTML response of the `--warc` files with its Document, cleaned in HTML mode;
    other records are counted in `skipped`."""
    from dechrome.warc import iter_pages  # noqa: PLC0415  (optional extra)

    html = dataclasses.replace(run.config, input="html")
    return clean_entries(iter_pages(args.warc, skipped), dataclasses.replace(run, config=html))


def clean_parquet(args: argparse.Namespace, run: Run,
                  on_document: Callable[[Document], None]) -> None:
    from dechrome.parquet import clean_parquet as clean  # noqa: PLC0415  (optional extra)

    fields = Fields(args.text_field, args.url_field, args.site_field)
    clean(args.parquet, Path(args.output), fields, run, on_document=on_document)

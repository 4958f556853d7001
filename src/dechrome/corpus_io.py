"""Corpus files for the CLI: JSONL records in (plain, gzip or stdin), atomic files out.

Each JSONL line becomes a `Task`; a line that cannot be one (bad JSON, no text field, text
that is not a string, a record over `MAX_RECORD_BYTES`) becomes a Task with an error naming
the line, so the run goes on and the output says what happened to every line. WARC records
(`dechrome.warc`) and Parquet rows (`dechrome.parquet`) are entries of the same shape: a
Task, where it came from, and the output record for its Document.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import itertools
import json
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

from dechrome.batch import ERROR_PREFIX, Task, clean_many, is_error
from dechrome.config import Config
from dechrome.model import Document
from dechrome.pagekind import keep_kinds

if TYPE_CHECKING:
    from dechrome.profiles import SiteProfiles

MAX_RECORD_BYTES = 50 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields hold the page text, its URL and its site."""

    text: str = "text"
    url: str = "url"
    site: str = "site"


class Entry(Protocol):
    """One input of a corpus run: a JSONL line, a WARC record, a Parquet row."""

    @property
    def task(self) -> Task: ...

    @property
    def where(self) -> str:
        """Where it is in the input, for messages: "line 7", "crawl.warc.gz record 3"."""
        ...


class JsonEntry(Entry, Protocol):
    """An entry whose result is written as one JSON line."""

    def output(self, document: Document) -> dict[str, Any]:
        """The JSON output record for this entry's Document."""
        ...


E = TypeVar("E", bound=Entry)


@dataclass(frozen=True, slots=True)
class Record:
    """One input line: its number, the parsed object (None if unreadable) and its Task."""

    line: int
    data: dict[str, Any] | None
    task: Task

    @property
    def where(self) -> str:
        return f"line {self.line}"

    def output(self, document: Document) -> dict[str, Any]:
        """The input's fields, with the cleaned document (or the error) under `dechrome`."""
        return {**(self.data or {}), "dechrome": {"line": self.line, **cleaned_fields(document)}}


def cleaned_fields(document: Document) -> dict[str, Any]:
    """`Document.to_dict()`, or `{"error": message}` for an input that could not be cleaned."""
    if is_error(document):
        return {"error": (document.rejected or "")[len(ERROR_PREFIX):]}
    return document.to_dict()


@dataclass(frozen=True, slots=True)
class Run:
    """How a corpus run cleans: the Config, worker processes, learnt profiles, --strict, and
    the page kinds whose bodies are kept (`--kinds`; None keeps all)."""

    config: Config = field(default_factory=Config)
    jobs: int = 1
    profiles: SiteProfiles | None = None
    strict: bool = False
    kinds: frozenset[str] | None = None


class StrictError(Exception):
    """A malformed input under --strict."""


def clean_entries(entries: Iterable[E], run: Run) -> Iterator[tuple[E, Document]]:
    """Each entry with its Document, in input order. Entries wait in a queue no longer than
    the work in flight, since `clean_many` yields in order. Under `run.strict` the first
    entry that cannot be cleaned raises StrictError, before or after cleaning."""
    waiting: deque[E] = deque()

    def tasks() -> Iterator[Task]:
        for entry in entries:
            if run.strict and entry.task.error:
                raise StrictError(entry.task.error)
            waiting.append(entry)
            yield entry.task

    for document in clean_many(tasks(), config=run.config, jobs=run.jobs,
                               profiles=run.profiles):
        entry = waiting.popleft()
        if run.strict and is_error(document):
            raise StrictError(f"{entry.where}: {document.rejected}")
        yield entry, keep_kinds(document, run.kinds)


@contextlib.contextmanager
def open_input(name: str) -> Iterator[IO[bytes]]:
    """`-` for stdin; gzip input (by its magic bytes, stdin included) is decompressed."""
    with contextlib.ExitStack() as stack:
        stream = sys.stdin.buffer if name == "-" else stack.enter_context(open(name, "rb"))
        if stream.peek(2)[:2] == b"\x1f\x8b":
            stream = stack.enter_context(gzip.GzipFile(fileobj=stream, mode="rb"))
        yield stream


def read_records(stream: IO[bytes], fields: Fields,
                 limit: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """Every non-blank line of `stream` as a Record, in order."""
    for number, line in _lines(stream, limit):
        if line is None:
            yield _failed(number, None, f"record over {limit} bytes")
        elif line.strip():
            yield parse_record(number, line, fields)


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line longer than `limit`, which is never held whole."""
    for number in itertools.count(1):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def parse_record(number: int, line: bytes, fields: Fields) -> Record:
    try:
        data = json.loads(line)
    except ValueError as error:
        return _failed(number, None, f"bad JSON: {error}")
    if not isinstance(data, dict):
        return _failed(number, None, f"not a JSON object but a {type(data).__name__}")
    if fields.text not in data:
        return _failed(number, data, f"no {fields.text!r} field")
    text, url, site = data[fields.text], data.get(fields.url), data.get(fields.site)
    if not isinstance(text, str):
        return _failed(number, data, f"{fields.text!r} is a {type(text).__name__}, not text")
    url = url if isinstance(url, str) else None
    return Record(number, data, Task(text, url, site if isinstance(site, str) else None))


def _failed(number: int, data: dict[str, Any] | None, message: str) -> Record:
    return Record(number, data, Task(None, error=f"line {number}: {message}"))


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text stream whose file appears at `path` only when the block ends without error.

    It is written to a temporary file in the same directory, then renamed over `path`; an
    interrupted run leaves no file that looks complete. A `.gz` name is gzip-compressed.
    """
    with atomic_binary(path) as raw, _text(raw, path.suffix == ".gz") as text:
        yield text


@contextlib.contextmanager
def atomic_binary(path: Path) -> Iterator[IO[bytes]]:
    """`atomic_output` for bytes (a Parquet file): no compression, no text layer."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw:
            yield raw
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _text(raw: IO[bytes], compress: bool) -> io.TextIOWrapper:
    binary: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) if compress else raw
    return io.TextIOWrapper(binary, encoding="utf-8", newline="\n")


def output_path(directory: Path, relative: str, suffix: str = ".json") -> Path:
    """Where the output for input `relative` goes: always inside `directory`.

    Each part of the name is reduced to letters, digits, '.', '_' and '-', with no leading
    dot, so '..', absolute names and hidden files cannot steer it out.
    """
    parts = [_UNSAFE.sub("_", part).lstrip(".") or "_"
             for part in PurePath(relative).parts if part not in ("/", "\\", ".", "..")]
    target = directory.joinpath(*(parts or ["_"]))
    target = target.with_name(target.name + suffix)
    root = directory.resolve()
    if not target.resolve().is_relative_to(root):
        raise ValueError(f"output for {relative!r} would leave {directory}")
    return target

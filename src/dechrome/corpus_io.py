"""Corpus files for the CLI: JSONL records in (plain, gzip or stdin), atomic files out.

Each JSONL line becomes a `Task`; a line that cannot be one (bad JSON, no text field, text
that is not a string, a record over `MAX_RECORD_BYTES`) becomes a Task with an error naming
the line, so the run goes on and the output says what happened to every line.
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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Any

from dechrome.batch import Task

MAX_RECORD_BYTES = 50 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields hold the page text, its URL and its site."""

    text: str = "text"
    url: str = "url"
    site: str = "site"


@dataclass(frozen=True, slots=True)
class Record:
    """One input line: its number, the parsed object (None if unreadable) and its Task."""

    line: int
    data: dict[str, Any] | None
    task: Task


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
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw, _text(raw, path.suffix == ".gz") as text:
            yield text
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

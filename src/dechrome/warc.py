"""WARC in: the HTML responses of crawl files as pages to clean (extra `[warc]`: FastWARC).

    for page, document in dechrome.read_warc("crawl.warc.gz", jobs=2):
        print(page.uri, page.date, document.title)

Every `response` record whose HTTP status is 2xx and whose payload is HTML (by the HTTP
Content-Type, else by sniffing the payload) becomes a page, cleaned in HTML mode with the
record's target URI as its URL. FastWARC reads the records, gzipped or not, and undoes the
HTTP transfer and content encodings (chunked, gzip, deflate, brotli, zstd). The characters
come from the charset in the HTTP header when the bytes decode under it, else as for any
HTML page (the page's meta charset, UTF-8, detection).

Other records (requests, warcinfo, metadata, images, PDFs, redirects) are counted by kind in
the caller's `skipped` counter. A record that cannot be read (cut short, a bad gzip member,
an undecodable payload, over `MAX_RECORD_BYTES`) becomes a page whose Task carries an error
naming the file, the record number and its offset; after a bad gzip member the rest of that
file cannot be found again, so its error says so and reading goes on with the next file.
One record's bytes are held at a time, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dechrome.batch import Task
from dechrome.config import Config
from dechrome.corpus_io import MAX_RECORD_BYTES, Run, clean_entries, cleaned_fields
from dechrome.html.detect import looks_like_html
from dechrome.model import Document

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

    from dechrome.profiles import SiteProfiles

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Browsers read pages labelled Latin-1 or ASCII as windows-1252, its superset (WHATWG).
_BROWSER_CHARSETS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                     "us-ascii": "cp1252", "ascii": "cp1252"}


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One response record of a WARC file, as an entry to clean (or an error to report).

    `number` counts the file's records from 1; `offset` is where the record starts in the
    file (in the compressed bytes for a gzipped WARC: the offset a CDX index gives).
    `truncated` is the record's WARC-Truncated header: the crawler kept only the start of
    the payload (Common Crawl cuts at 1 MiB), so the page may lack its end.
    """

    file: str
    number: int
    offset: int
    record_id: str | None
    uri: str | None
    date: str | None
    task: Task
    truncated: str | None = None

    @property
    def where(self) -> str:
        return f"{self.file} record {self.number} (offset {self.offset})"

    def output(self, document: Document) -> dict[str, Any]:
        """The WARC fields beside the cleaned document (or the error) under `dechrome`."""
        return {"warc_file": self.file, "warc_record": self.number, "warc_offset": self.offset,
                "warc_record_id": self.record_id, "warc_target_uri": self.uri,
                "warc_date": self.date, "warc_truncated": self.truncated,
                "dechrome": cleaned_fields(document)}


def read_warc(sources: str | Path | Iterable[str | Path], *, jobs: int = 1,
              config: Config | None = None, profiles: SiteProfiles | None = None,
              skipped: Counter[str] | None = None) -> Iterator[tuple[WarcPage, Document]]:
    """Each HTML response of the WARC files (or directories of them, `-` for stdin) with its
    cleaned Document, in file order. Unreadable records come with an error Document
    (`dechrome.batch.is_error`); skipped records are counted in `skipped` by kind."""
    html = dataclasses.replace(config or Config(), input="html")
    return clean_entries(iter_pages(sources, skipped), Run(html, jobs, profiles))


def iter_pages(sources: str | Path | Iterable[str | Path],
               skipped: Counter[str] | None = None) -> Iterator[WarcPage]:
    """The pages of the WARC files, not yet cleaned (see `read_warc`)."""
    counts = skipped if skipped is not None else Counter()
    for name in warc_files(sources):
        with _open(name) as stream:
            yield from file_pages(name, stream, counts)


def warc_files(sources: str | Path | Iterable[str | Path]) -> Iterator[str]:
    """The files named, a directory standing for its `*.warc` and `*.warc.gz` files (sorted,
    recursively)."""
    names = [sources] if isinstance(sources, str | Path) else sources
    for name in names:
        path = Path(name)
        if str(name) != "-" and path.is_dir():
            yield from sorted(str(found) for found in path.rglob("*")
                              if found.is_file() and found.name.endswith((".warc", ".warc.gz")))
        else:
            yield str(name)


@contextlib.contextmanager
def _open(name: str) -> Iterator[IO[bytes] | _Pipe]:
    if name == "-":
        yield _Pipe(sys.stdin.buffer)
        return
    with open(name, "rb") as stream:
        yield stream


class _Pipe:
    """A read-only stream that counts its position: FastWARC 2.0 panics when it asks a pipe
    for its position (Illegal seek), and does not when the stream answers itself."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw, self.position = raw, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position

    def close(self) -> None:
        """The caller's stream (stdin) stays open."""


def file_pages(name: str, stream: IO[bytes] | _Pipe, skipped: Counter[str]) -> Iterator[WarcPage]:
    """The pages of one open WARC stream (gzipped or not), `name` naming it in errors."""
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (optional extra)

    # The HTTP part is parsed per record, after checking that the block is whole.
    records = iter(ArchiveIterator(stream, parse_http=False))
    number, offset = 0, 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except OSError as error:  # FastWARC cannot resync after a bad gzip member
            where = f"{name} record {number + 1} (after offset {offset})"
            failure = Task(None, error=f"{where}: {error}; the rest of the file is not read")
            yield WarcPage(name, number + 1, offset, None, None, None, failure)
            return
        number, offset = number + 1, record.stream_pos
        kind = str(record.record_type)
        if kind != "response":
            skipped[kind] += 1
            continue
        page = _page(name, number, record, skipped)
        if page is not None:
            yield page


def _page(name: str, number: int, record: WarcRecord,
          skipped: Counter[str]) -> WarcPage | None:
    """The page of one response record, None when it is skipped."""
    headers = record.headers
    uri = headers.get("WARC-Target-URI")
    # The record's header fields, with a task that says the payload is not read yet; every
    # path below replaces the task (with the payload or with the reason it is unreadable).
    found = WarcPage(name, number, record.stream_pos, record.record_id, uri,
                     headers.get("WARC-Date"), Task(None, uri, error="payload not read"),
                     headers.get("WARC-Truncated"))
    declared = record.content_length
    if declared > MAX_RECORD_BYTES:
        return _failed(found, f"record of {declared} bytes over {MAX_RECORD_BYTES}")
    block = record.reader.read()
    if len(block) < declared:
        return _failed(found, f"truncated: {len(block)} of {declared} bytes")
    try:
        return _html_page(found, block, skipped)
    except (OSError, ValueError) as error:  # a bad HTTP header, a broken gzip payload
        return _failed(found, f"unreadable HTTP payload: {error}")


def _html_page(found: WarcPage, block: bytes, skipped: Counter[str]) -> WarcPage | None:
    from fastwarc.warc import WarcRecord, WarcRecordType  # noqa: PLC0415  (optional extra)

    http = WarcRecord()
    http.init_headers(WarcRecordType.response)
    http.set_bytes_content(block)
    http.is_http = True
    http.parse_http(auto_decode="all")
    status = http.http_headers.status_code
    if status is None or not 200 <= status < 300:
        skipped[f"HTTP {status}" if status is None else f"HTTP {status // 100}xx"] += 1
        return None
    kind = http.http_content_type
    if kind is not None and kind.lower() not in HTML_TYPES:
        skipped[kind.lower()] += 1
        return None
    payload = http.reader.read()
    if kind is None and not looks_like_html(payload):
        skipped["not HTML"] += 1
        return None
    return dataclasses.replace(found, task=Task(decoded(payload, http.http_charset), found.uri))


def decoded(payload: bytes, charset: str | None) -> str | bytes:
    """The payload's characters under the HTTP charset when it names a known encoding the
    bytes decode under; else the bytes, for the page's own declaration or detection."""
    if not charset:
        return payload
    name = _BROWSER_CHARSETS.get(charset.strip().lower(), charset.strip())
    try:
        return payload.decode(codecs.lookup(name).name)
    except (LookupError, UnicodeDecodeError):
        return payload


def _failed(found: WarcPage, message: str) -> WarcPage:
    return dataclasses.replace(found, task=Task(None, found.uri, error=f"{found.where}: {message}"))

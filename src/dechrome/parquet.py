"""Parquet in and out (extra `[parquet]`: pyarrow).

    dechrome.parquet.clean_parquet("pages.parquet", "clean.parquet", Fields("html", "url"))

The input is read in batches of `BATCH_ROWS` rows, cleaned (in worker processes with
`Run.jobs`), and each batch is written as one row group of the output: the input's columns
and the `CLEANED` columns, in the input's row order. At most the batches whose rows are in
flight are held, so memory follows the batch size and the input's row groups (pyarrow decodes
a row group's column chunks whole), not the file size.

A row whose text is null or not text gets `dechrome_error` naming its row (0-based, as in
the table); under `Run.strict` the first such row stops the run and no file is written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dechrome.batch import ERROR_PREFIX, Task, is_error
from dechrome.corpus_io import Fields, Run, atomic_binary, clean_entries
from dechrome.model import Document

if TYPE_CHECKING:
    from collections.abc import Callable

BATCH_ROWS = 256
# The columns added to every row, with their Arrow types. An input column of the same name
# is replaced, as `--jsonl` replaces an input's `dechrome` field.
CLEANED: dict[str, pa.DataType] = {
    "dechrome_text": pa.string(), "dechrome_title": pa.string(), "dechrome_date": pa.string(),
    "dechrome_authors": pa.list_(pa.string()), "dechrome_language": pa.string(),
    "dechrome_sitename": pa.string(), "dechrome_section": pa.string(),
    "dechrome_summary": pa.string(), "dechrome_mode": pa.string(),
    "dechrome_removals": pa.int32(), "dechrome_rejected": pa.string(),
    "dechrome_error": pa.string(), "dechrome_page_kind": pa.string(),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One input row as an entry to clean: its index in the file and its Task."""

    row: int
    task: Task

    @property
    def where(self) -> str:
        return f"row {self.row}"


def clean_parquet(source: str | Path, target: str | Path, fields: Fields | None = None,
                  run: Run | None = None,
                  on_document: Callable[[Document], None] | None = None) -> None:
    """Clean the `fields.text` column of `source` into `target` (written atomically).

    `on_document` sees each Document as its row is written (the CLI's progress line).
    """
    fields, run = fields or Fields(), run or Run()
    reader = pq.ParquetFile(source)
    names = reader.schema_arrow.names
    if fields.text not in names:
        raise ValueError(f"{source} has no column {fields.text!r} (columns: {names})")
    kept = [name for name in names if name not in CLEANED]
    schema = pa.schema([*(reader.schema_arrow.field(name) for name in kept),
                        *(pa.field(name, kind) for name, kind in CLEANED.items())])
    batches: deque[pa.RecordBatch] = deque()
    rows = _rows(reader, fields, batches)
    with atomic_binary(Path(target)) as out, pq.ParquetWriter(out, schema) as writer:
        documents: list[Document] = []
        for _, document in clean_entries(rows, run):
            documents.append(document)
            if on_document is not None:
                on_document(document)
            if len(documents) == batches[0].num_rows:
                writer.write_batch(_output(batches.popleft().select(kept), documents, schema))
                documents = []


def _rows(reader: pq.ParquetFile, fields: Fields,
          batches: deque[pa.RecordBatch]) -> Iterator[Row]:
    """Each row's entry; a batch joins `batches` before its first row is handed out."""
    start = 0
    for batch in reader.iter_batches(batch_size=BATCH_ROWS):
        if batch.num_rows == 0:
            continue
        batches.append(batch)
        texts = batch.column(fields.text).to_pylist()
        urls = _column(batch, fields.url)
        sites = _column(batch, fields.site)
        for offset, text in enumerate(texts):
            yield Row(start + offset, _task(start + offset, text, urls[offset], sites[offset]))
        start += batch.num_rows


def _column(batch: pa.RecordBatch, name: str) -> list[Any]:
    if name not in batch.schema.names:
        return [None] * batch.num_rows
    return [value if isinstance(value, str) else None for value in batch.column(name).to_pylist()]


def _task(row: int, text: object, url: str | None, site: str | None) -> Task:
    if not isinstance(text, str | bytes):
        kind = "null" if text is None else f"a {type(text).__name__}, not text"
        return Task(None, url, error=f"row {row}: text is {kind}")
    return Task(text, url, site)


def _output(batch: pa.RecordBatch, documents: list[Document],
            schema: pa.Schema) -> pa.RecordBatch:
    cleaned = [_cleaned_row(document) for document in documents]
    arrays = [*batch.columns,
              *(pa.array([row[name] for row in cleaned], type=kind)
                for name, kind in CLEANED.items())]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _cleaned_row(document: Document) -> dict[str, Any]:
    if is_error(document):
        row = dict.fromkeys(CLEANED)
        row["dechrome_error"] = (document.rejected or "")[len(ERROR_PREFIX):]
        return row
    return {"dechrome_text": document.text, "dechrome_title": document.title,
            "dechrome_date": document.date, "dechrome_authors": list(document.authors),
            "dechrome_language": document.language, "dechrome_sitename": document.sitename,
            "dechrome_section": document.section, "dechrome_summary": document.summary,
            "dechrome_mode": document.mode, "dechrome_removals": len(document.removals),
            "dechrome_rejected": document.rejected, "dechrome_error": None,
            "dechrome_page_kind": document.page_kind}

"""`dechrome clean --parquet` on Parquet files the tests write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

import pyarrow as pa
import pyarrow.parquet as pq

from dechrome import cli, parquet
from dechrome.corpus_io import Fields, Run
from tests.corpus_pages import site_items
from tests.warc_files import LEAD, article

PAGE_TEXT = site_items(2)[0]["text"]


def _input(path: Path, rows: int = 6) -> Path:
    """Rows: an HTML page, a null, page text, an empty string, an HTML page with no
    article, then more HTML pages; an input column `dechrome_text` the output replaces."""
    html = article("Strom wird teurer")
    texts = [html, None, PAGE_TEXT, "", "<html><body><nav>Start</nav></body></html>"]
    texts += [html] * (rows - len(texts))
    table = pa.table({
        "id": list(range(rows)),
        "html": texts,
        "url": [f"https://example.de/{n}" for n in range(rows)],
        "dechrome_text": ["stale"] * rows,
    })
    pq.write_table(table, path, row_group_size=2)
    return path


def _clean(tmp_path: Path, *extra: str) -> tuple[int, Path]:
    out = tmp_path / "out.parquet"
    status = cli.main(["clean", "--parquet", str(_input(tmp_path / "in.parquet")),
                       "--text-field", "html", "-o", str(out), *extra])
    return status, out


def test_rows_keep_their_columns_and_order_and_gain_the_cleaned_ones(tmp_path: Path) -> None:
    status, out = _clean(tmp_path)
    assert status == 0
    table = pq.read_table(out)
    assert table.column_names == ["id", "html", "url", *parquet.CLEANED]
    rows = table.to_pylist()
    assert [row["id"] for row in rows] == list(range(6))
    assert rows[0]["dechrome_text"].startswith(LEAD)
    assert rows[0]["dechrome_title"] == "Strom wird teurer"
    assert rows[0]["dechrome_mode"] == "html"
    assert rows[0]["dechrome_language"] == "de"
    assert rows[0]["dechrome_removals"] >= 1  # the navigation
    assert rows[0]["dechrome_error"] is None
    assert rows[1]["dechrome_error"] == "row 1: text is null"
    assert rows[1]["dechrome_text"] is None
    assert rows[2]["dechrome_mode"] == "text" and rows[2]["dechrome_text"]
    assert rows[3]["dechrome_rejected"] == "empty input"
    assert rows[4]["dechrome_rejected"] == "no article text found in the HTML"
    assert rows[5]["dechrome_text"] == rows[0]["dechrome_text"]
    assert "stale" not in table.column("dechrome_text").to_pylist()


def test_strict_stops_at_the_null_row_and_writes_nothing(tmp_path: Path) -> None:
    status, _ = _clean(tmp_path, "--strict")
    assert status == 1
    assert sorted(os.listdir(tmp_path)) == ["in.parquet"]


def test_batches_stream_in_order_with_workers(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = _input(tmp_path / "in.parquet", rows=11)
    monkeypatch.setattr(parquet, "BATCH_ROWS", 3)
    written = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.parquet"
        parquet.clean_parquet(source, out, Fields("html"), Run(jobs=jobs))
        written.append(pq.read_table(out))
    assert written[0].equals(written[1])
    assert written[0].column("id").to_pylist() == list(range(11))
    assert pq.ParquetFile(tmp_path / "out1.parquet").metadata.num_row_groups == 4  # 3+3+3+2


def test_a_missing_text_column_is_an_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.parquet"
    assert cli.main(["clean", "--parquet", str(_input(tmp_path / "in.parquet")),
                     "-o", str(out)]) == 1
    assert "has no column 'text'" in capsys.readouterr().err
    assert not out.exists()


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["clean", "--parquet", "in.parquet"]) == 1
    assert "--parquet needs -o OUTPUT.parquet" in capsys.readouterr().err

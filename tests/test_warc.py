"""`dechrome clean --warc` and `dechrome.read_warc` on WARC files the tests write."""

from __future__ import annotations

import gc
import io
import json
import os
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")

import dechrome
from dechrome import cli
from dechrome.batch import is_error
from dechrome.html.detect import decode_html
from dechrome.warc import decoded, iter_pages
from tests.warc_files import (
    CHROME,
    DATE,
    EXPECTED,
    LEAD,
    POLISH_LEAD,
    SKIPPED,
    article,
    crawl,
    polish_article,
    record_id,
    response,
    write_warc,
)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_html_responses_are_cleaned_and_the_cut_record_is_an_error(
        tmp_path: Path, compress: bool, capsys: pytest.CaptureFixture[str]) -> None:
    name = "crawl.warc.gz" if compress else "crawl.warc"
    source = write_warc(tmp_path / name, crawl(), compress=compress)
    out = tmp_path / "out.jsonl"
    assert cli.main(["clean", "--warc", str(source), "-o", str(out)]) == 0
    records = _records(out)
    assert [r["warc_record"] for r in records] == [*EXPECTED, 10]
    for found in records[:-1]:
        assert found["warc_target_uri"] == EXPECTED[found["warc_record"]]
        assert found["warc_record_id"] == record_id(found["warc_record"])
        assert found["warc_date"] == DATE
        assert found["warc_truncated"] == ("length" if found["warc_record"] == 9 else None)
        cleaned = found["dechrome"]
        assert cleaned["mode"] == "html"
        assert cleaned["url"] == found["warc_target_uri"]
        assert "Start" not in cleaned["text"]
        assert CHROME not in cleaned["text"]
        if found["warc_record"] == 4:  # ISO-8859-2, given only in the HTTP header
            assert cleaned["text"].startswith(POLISH_LEAD)
            assert cleaned["title"] == "Prąd drożeje"
        else:
            assert cleaned["text"].startswith(LEAD)
            assert cleaned["title"] == "Strom wird teurer"
    cut = records[-1]
    assert cut["warc_target_uri"] == "https://example.de/cut"
    offset = cut["warc_offset"]
    assert cut["dechrome"]["error"].startswith(f"{source} record 10 (offset {offset}): truncated")
    assert "text" not in cut["dechrome"]
    summary = capsys.readouterr().err
    assert "5 documents" not in summary and "6 documents" in summary
    assert "1 errors" in summary
    assert "4 records skipped (warcinfo 1, request 1, image/png 1, HTTP 3xx 1)" in summary


def test_the_http_charset_decides_when_the_page_declares_none() -> None:
    polish = polish_article()
    assert decoded(polish.encode("iso-8859-2"), "iso-8859-2") == polish
    assert POLISH_LEAD not in (decode_html(polish.encode("iso-8859-2")) or "")  # detection
    page = article("Gas wird teurer").encode("cp1252")
    assert decoded(page, "windows-1252") == page.decode("cp1252")
    assert decoded(page, "ISO-8859-1") == page.decode("cp1252")  # as browsers read Latin-1
    assert decoded(page, "utf-8") == page  # does not decode: left to the page and detection
    assert decoded(page, "no-such-charset") == page
    assert decoded(page, None) == page


def test_library_read_warc_counts_skips_and_yields_errors(tmp_path: Path) -> None:
    source = write_warc(tmp_path / "crawl.warc.gz", crawl(), compress=True)
    skipped: Counter[str] = Counter()
    pairs = list(dechrome.read_warc(source, skipped=skipped))
    assert skipped == Counter(SKIPPED)
    assert [page.number for page, _ in pairs] == [*EXPECTED, 10]
    assert [is_error(document) for _, document in pairs] == [False] * 5 + [True]
    for page, document in pairs[:-1]:
        assert document.text.startswith(POLISH_LEAD if page.number == 4 else LEAD)


def test_jobs_give_the_same_output_and_a_directory_reads_every_warc(tmp_path: Path) -> None:
    crawls = tmp_path / "crawls"
    crawls.mkdir()
    write_warc(crawls / "a.warc", crawl(), compress=False)
    write_warc(crawls / "b.warc.gz", crawl(), compress=True)
    (crawls / "notes.txt").write_text("not a WARC")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert cli.main(["clean", "--warc", str(crawls), "-o", str(out), "--jobs", jobs]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    files = [r["warc_file"] for r in _records(tmp_path / "out1.jsonl")]
    assert files == [str(crawls / "a.warc")] * 6 + [str(crawls / "b.warc.gz")] * 6


def test_strict_stops_at_the_cut_record_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_warc(tmp_path / "crawl.warc", crawl(), compress=False)
    out = tmp_path / "out.jsonl"
    assert cli.main(["clean", "--warc", str(source), "-o", str(out), "--strict"]) == 1
    assert sorted(os.listdir(tmp_path)) == ["crawl.warc"]
    assert "record 10" in capsys.readouterr().err


def test_a_bad_gzip_member_ends_its_file_with_an_error_and_the_next_file_is_read(
        tmp_path: Path) -> None:
    good = write_warc(tmp_path / "good.warc.gz", crawl()[:2], compress=True)
    data = bytearray(write_warc(tmp_path / "bad.warc.gz", crawl()[:4], compress=True)
                     .read_bytes())
    second = data.index(b"\x1f\x8b", 10)
    data[second + 20:second + 40] = b"\x00" * 20  # damage the second member's deflate data
    (tmp_path / "bad.warc.gz").write_bytes(bytes(data))
    pages = list(iter_pages([tmp_path / "bad.warc.gz", good]))
    assert [(page.file, page.number) for page in pages] == [
        (str(tmp_path / "bad.warc.gz"), 2), (str(good), 2)]
    assert pages[0].task.error is not None
    assert "record 2 (after offset 0)" in pages[0].task.error
    assert "the rest of the file is not read" in pages[0].task.error


def test_a_gzip_member_cut_short_is_an_error(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "crawl.warc.gz", crawl()[:2], compress=True).read_bytes()
    (tmp_path / "crawl.warc.gz").write_bytes(whole[:-200])
    pages = list(iter_pages(tmp_path / "crawl.warc.gz"))
    assert len(pages) == 1
    assert "truncated" in (pages[0].task.error or "")


def test_a_broken_content_encoding_is_an_error_record(tmp_path: Path) -> None:
    broken = response(2, "https://example.de/x", b"not gzip at all",
                      {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    pages = list(iter_pages(write_warc(tmp_path / "x.warc", [broken], compress=False)))
    assert len(pages) == 1
    assert "unreadable HTTP payload" in (pages[0].task.error or "")


def test_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> None:
    data = write_warc(tmp_path / "crawl.warc.gz", crawl(), compress=True).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert cli.main(["clean", "--warc", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["warc_record"] for line in lines] == [*EXPECTED, 10]
    assert {line["warc_file"] for line in lines} == {"-"}


def _peak_reading(path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    count = sum(1 for _ in iter_pages(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count > 0
    return peak


def test_reading_holds_one_record_at_a_time(tmp_path: Path) -> None:
    records = crawl()[1:-1]
    small = write_warc(tmp_path / "small.warc.gz", records * 5, compress=True)
    large = write_warc(tmp_path / "large.warc.gz", records * 100, compress=True)
    _peak_reading(small)  # first use: FastWARC and the sniffing patterns load
    # 20 times the records: the peak of Python memory must not follow (holding the 500
    # pages, as a list would, peaks at ~650 kB against ~80 kB for 25).
    assert _peak_reading(large) < 2 * _peak_reading(small) + 64 * 1024


def test_without_fastwarc_the_cli_says_which_extra_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = write_warc(tmp_path / "crawl.warc", crawl(), compress=False)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # as if it were not installed
    assert cli.main(["clean", "--warc", str(source), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "pip install 'dechrome[warc]'" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()

"""dechrome.datatrove in a datatrove pipeline on the local executor, reading a test crawl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("warcio")  # datatrove's WarcReader (its `io` extra)
pytest.importorskip("fastwarc")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter

from dechrome.datatrove import DechromeExtractor, DechromeWarcReader, rule_families
from tests.warc_files import (
    CHROME,
    EXPECTED,
    LEAD,
    POLISH_LEAD,
    article,
    crawl,
    record_id,
    response,
    write_warc,
)

NAV_ONLY = b"<html><body><nav><a href='/'>Start</a> <a href='/a'>Archiv</a></nav></body></html>"


def _crawl_folder(tmp_path: Path) -> Path:
    """The test crawl, gzipped, with a page that has no article (dechrome rejects it) before
    the record that is cut short."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    records = crawl()
    nav = response(11, "https://example.de/nav", NAV_ONLY, {"Content-Type": "text/html"})
    write_warc(folder / "crawl.warc.gz", [*records[:-1], nav, records[-1]], compress=True)
    return folder


def _run(tmp_path: Path, reader: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The documents written and each step's statistics."""
    out, logs = tmp_path / "out", tmp_path / "logs"
    # A generous timeout: the test judges what is extracted, not how fast.
    pipeline = [reader, DechromeExtractor(timeout=60), JsonlWriter(str(out), compression=None)]
    LocalPipelineExecutor(pipeline=pipeline, tasks=1, logging_dir=str(logs)).run()
    documents = [json.loads(line) for path in sorted(out.glob("*.jsonl"))
                 for line in path.read_text(encoding="utf-8").splitlines()]
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    return documents, [step["stats"] for step in stats]


def _check_cleaned(document: dict[str, Any], number: int) -> None:
    metadata = document["metadata"]
    assert document["id"] == record_id(number)
    assert metadata["url"] == EXPECTED[number]
    assert document["text"].startswith(POLISH_LEAD if number == 4 else LEAD)
    assert CHROME not in document["text"]
    assert metadata["dechrome_title"] == ("Prąd drożeje" if number == 4 else "Strom wird teurer")
    assert metadata["dechrome_language"] == ("pl" if number == 4 else "de")
    assert metadata["date"] == "2026-12-06T10:00:00Z"  # the crawl date is kept
    if number != 4:
        assert metadata["dechrome_removals"] == {"headline": 1, "subscribe": 1}


def test_dechrome_replaces_the_trafilatura_step_after_datatrove_warc_reader(
        tmp_path: Path) -> None:
    pytest.importorskip("magic")  # datatrove's reader sniffs with libmagic, a system library
    documents, (read, extracted, _) = _run(tmp_path, WarcReader(str(_crawl_folder(tmp_path))))
    # datatrove's reader skips the request, warcinfo and PNG, but passes the 301 page and
    # the cut record on (it checks neither status nor length).
    assert read["documents"]["total"] == 8
    assert extracted["total"] == 8
    assert extracted["dropped"] == extracted["rejected"] == 2  # the 301 page, the nav page
    numbers = [int(document["id"][-13:-1]) for document in documents]
    assert numbers == [*EXPECTED, 10]
    for document, number in zip(documents[:-1], numbers, strict=False):
        _check_cleaned(document, number)
    assert documents[-1]["text"].startswith(LEAD)  # the cut page, cleaned as far as it goes


def test_dechrome_warc_reader_reports_errors_and_skips(tmp_path: Path) -> None:
    reader = DechromeWarcReader(str(_crawl_folder(tmp_path)))
    documents, (read, extracted, _) = _run(tmp_path, reader)
    assert read["error"] == 1  # the cut record
    assert {key: value for key, value in read.items() if key.startswith("skipped")} == {
        "skipped warcinfo": 1, "skipped request": 1, "skipped image/png": 1,
        "skipped HTTP 3xx": 1}
    assert extracted["total"] == 6
    assert extracted["dropped"] == extracted["rejected"] == 1  # the nav page
    assert extracted["forwarded"] == 5
    numbers = [int(document["id"][-13:-1]) for document in documents]
    assert numbers == list(EXPECTED)
    for document, number in zip(documents, numbers, strict=True):
        _check_cleaned(document, number)


def test_every_rule_has_a_family() -> None:
    from dechrome.registry import RULES  # noqa: PLC0415

    families = rule_families()
    assert set(families) == {str(rule) for rule in RULES}
    assert families["newsletter"] == "subscribe"
    assert families["exact-duplicate"] == "dedup"
    assert families["link-dense"] == "html"


def test_extract_alone_gives_the_body() -> None:
    body = DechromeExtractor().extract(article("Strom wird teurer"))
    assert body.startswith(LEAD)
    assert CHROME not in body

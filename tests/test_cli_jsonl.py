"""`dechrome clean --jsonl`, directories and `dechrome learn`."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from dechrome import cli
from dechrome.corpus_io import atomic_output, output_path
from tests.corpus_pages import ABOUT, site_items

ITEMS = site_items(6)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _corpus(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": n, **item}) for n, item in enumerate(ITEMS[:2])]
    lines += ["{not json", json.dumps({"id": 9}), json.dumps({"id": 10, "text": 5}), "[1]"]
    return _write(tmp_path / "in.jsonl", lines)


def test_records_keep_their_fields_and_errors_name_the_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert cli.main(["clean", "--jsonl", str(_corpus(tmp_path)), "-o", str(out)]) == 0
    records = _records(out)
    assert [r.get("id") for r in records] == [0, 1, None, 9, 10, None]
    assert records[0]["url"] == ITEMS[0]["url"]
    assert records[0]["dechrome"]["text"]
    assert records[0]["dechrome"]["line"] == 1
    errors = [r["dechrome"]["error"] for r in records[2:]]
    assert errors[0].startswith("line 3: bad JSON")
    assert errors[1:] == ["line 4: no 'text' field", "line 5: 'text' is a int, not text",
                          "line 6: not a JSON object but a list"]


def test_strict_fails_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert cli.main(["clean", "--jsonl", str(_corpus(tmp_path)), "-o", str(out),
                     "--strict"]) == 1
    assert os.listdir(tmp_path) == ["in.jsonl"]


def test_an_interrupted_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as out:
        out.write("half a record")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_an_oversized_record_is_an_error_and_the_run_goes_on(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dechrome.corpus_io.MAX_RECORD_BYTES", 1000)
    monkeypatch.setattr("dechrome.corpus_io.read_records.__defaults__", (1000,))
    lines = [json.dumps({"text": "x" * 5000}), json.dumps({"text": "Short text."})]
    out = tmp_path / "out.jsonl"
    cli.main(["clean", "--jsonl", str(_write(tmp_path / "in.jsonl", lines)), "-o", str(out)])
    records = _records(out)
    assert records[0]["dechrome"]["error"] == "line 1: record over 1000 bytes"
    assert records[1]["dechrome"]["line"] == 2


def test_gzip_input_from_stdin_with_two_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = gzip.compress("".join(json.dumps(item) + "\n" for item in ITEMS).encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    assert cli.main(["clean", "--jsonl", "-", "--jobs", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["url"] for line in lines] == [item["url"] for item in ITEMS]


def test_a_directory_gives_one_file_per_input(tmp_path: Path) -> None:
    source = tmp_path / "pages"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_text(ITEMS[0]["text"], encoding="utf-8")
    (source / "sub" / "b c.html").write_text(ITEMS[1]["text"], encoding="utf-8")
    (source / "skip.bin").write_bytes(b"\0")
    target = tmp_path / "out"
    assert cli.main(["clean", str(source), "-o", str(target)]) == 0
    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert written == ["a.txt.json", "sub/b_c.html.json"]
    assert json.loads((target / "a.txt.json").read_text(encoding="utf-8"))["file"] == "a.txt"


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/passwd", "..", ".hidden", "a/../../b"])
def test_output_names_never_leave_the_directory(tmp_path: Path, name: str) -> None:
    path = output_path(tmp_path, name)
    assert path.resolve().is_relative_to(tmp_path.resolve())
    assert not path.name.startswith(".")


def test_learn_then_clean_with_profiles(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "in.jsonl", [json.dumps(item) for item in ITEMS])
    profiles, out = tmp_path / "profiles.json", tmp_path / "out.jsonl"
    assert cli.main(["learn", "--jsonl", str(corpus), "-o", str(profiles)]) == 0
    assert json.loads(profiles.read_text(encoding="utf-8"))["version"] == 1
    assert cli.main(["clean", "--jsonl", str(corpus), "-o", str(out),
                     "--profiles", str(profiles)]) == 0
    cleaned = [r["dechrome"] for r in _records(out)]
    assert all(ABOUT not in c["paragraphs"] and c["site"] == "example.com" for c in cleaned)


def test_single_file_clean_uses_profiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _write(tmp_path / "in.jsonl", [json.dumps(item) for item in ITEMS])
    profiles = tmp_path / "profiles.json"
    assert cli.main(["learn", "--jsonl", str(corpus), "-o", str(profiles)]) == 0
    page = tmp_path / "page.txt"
    page.write_text(ITEMS[0]["text"], encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["clean", str(page), "--json", "--url", ITEMS[0]["url"]]) == 0
    assert ABOUT in json.loads(capsys.readouterr().out)["paragraphs"]
    assert cli.main(["clean", str(page), "--json", "--url", ITEMS[0]["url"],
                     "--profiles", str(profiles)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert ABOUT not in document["paragraphs"]
    site_removals = [r for r in document["removals"] if r["rule"] == "site-repeated"]
    assert site_removals
    assert all(r["detail"] == f"learnt chrome of {document['site']}" for r in site_removals)
    assert cli.main(["clean", str(page), "--explain", "--url", ITEMS[0]["url"],
                     "--profiles", str(profiles)]) == 0
    assert f"(learnt chrome of {document['site']})" in capsys.readouterr().out


@pytest.mark.parametrize("content", ["{not json", "[]", '{"version": 1, "sites": {"a": 3}}'])
def test_bad_profiles_file_is_a_clear_error(tmp_path: Path, content: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path / "page.txt", ["Ein Satz über nichts Besonderes."])
    profiles = _write(tmp_path / "profiles.json", [content])
    assert cli.main(["clean", str(page), "--profiles", str(profiles)]) == 1
    assert "cannot load profiles" in capsys.readouterr().err

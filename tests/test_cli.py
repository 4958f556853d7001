"""The command line: output modes, stdin, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dechrome.cli import main
from tests.conftest import SEEDS

SEED = sorted(SEEDS.glob("*.txt"))[2]


def test_clean_prints_title_and_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Lawrow: Nordkorea unterstützt Kriegsziele\n\n")
    assert "Loading..." not in out
    assert "Russlands Außenminister Sergej Lawrow hat bei seinem Besuch" in out


def test_json_output_is_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--json", str(SEED)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["title"] == "Lawrow: Nordkorea unterstützt Kriegsziele"
    assert {"rule": "player-timecode", "reason": "video or audio player text"}.items() <= (
        payload["removals"][5].items()
    )


def test_explain_names_rule_and_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "[comment-policy]" in out
    assert "comment section, comment policy or login prompt" in out


def test_unreadable_file_exits_one_and_others_still_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", str(tmp_path / "missing.txt"), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "cannot read" in captured.err and "missing.txt" in captured.err
    assert "==> " in captured.out and "Kriegsziele" in captured.out


def test_python_dash_m_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dechrome", "clean", "-"], input=SEED.read_bytes(),
        capture_output=True, check=False,
    )
    assert result.returncode == 0
    assert "Kriegsziele" in result.stdout.decode("utf-8")


def test_bad_usage_exits_two() -> None:
    result = subprocess.run([sys.executable, "-m", "dechrome", "frobnicate"],
                            capture_output=True, check=False)
    assert result.returncode == 2

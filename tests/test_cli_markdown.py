"""`dechrome clean --format markdown`: YAML front matter, the title as heading, the body."""

from __future__ import annotations

import json

import pytest

from dechrome.cli import main
from tests.conftest import SEEDS

SEED_002 = next(SEEDS.glob("002_*.txt"))
SEED_001 = next(SEEDS.glob("001_*.txt"))


def test_markdown_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "markdown", "--url", "https://www.krone.at/3851437",
                 str(SEED_002)]) == 0
    out = capsys.readouterr().out
    front, _, article = out.removeprefix("---\n").partition("---\n")
    assert front.splitlines() == [
        'title: "Lawrow: Nordkorea unterstützt Kriegsziele"',
        'date: "2025-07-12T16:29"',
        'sitename: "krone.at"',
        'section: "Außenpolitik"',
        'language: "de"',
        'url: "https://www.krone.at/3851437"',
    ]
    assert article.startswith("\n# Lawrow: Nordkorea unterstützt Kriegsziele\n\n"
                              "Russlands Außenminister Sergej Lawrow hat")
    assert "Loading..." not in article and "12.07.2025" not in article


def test_front_matter_values_are_quoted_scalars(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "markdown", str(SEED_001)]) == 0
    front = capsys.readouterr().out.split("---\n")[1]
    summary = next(line for line in front.splitlines() if line.startswith("summary: "))
    assert json.loads(summary.removeprefix("summary: ")).count("\n") == 1
    assert 'sitename: "20 Minuten"' in front


def test_lists_are_block_sequences(capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("000_*.txt"))
    assert main(["clean", "--format", "markdown", str(seed)]) == 0
    front = capsys.readouterr().out.split("---\n")[1]
    assert 'hashtags:\n  - "weltnachrichtensender"\n  - "ukraine"' in front


def test_json_alias_and_format_json_agree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--json", str(SEED_002)]) == 0
    alias = json.loads(capsys.readouterr().out)
    assert main(["clean", "--format", "json", str(SEED_002)]) == 0
    assert json.loads(capsys.readouterr().out) == alias
    assert {"title", "date", "authors", "sitename", "section", "language", "summary",
            "captions", "url", "hashtags"} <= alias.keys()
    assert alias["date"] == "2025-07-12T16:29"


def test_explain_with_json_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["clean", "--format", "json", "--explain", str(SEED_002)])
    assert exit_info.value.code == 2
    assert "--explain" in capsys.readouterr().err

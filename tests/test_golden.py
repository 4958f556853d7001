"""Golden fixtures: each input's expected title, body and removals, checked by hand.

Inputs: the five seeds (seeds/), synthetic pages (fixtures/synthetic/), negative cases that
must survive untouched (fixtures/negative/), repeats, both the copies that go and the
structure that stays (fixtures/dedup/: a forum reply's quote stays, a thread printed twice
goes once), and pages whose blocks are judged in context (fixtures/context/: a reading list,
a documentation page, a forum thread, a product spec grid around a short blurb, the list
under a colon heading below a product's blurb, that are the page's content, a list below the last
paragraph that continues its topic, references (each ending in its URL) after the last
paragraph, a table after a divider line, tour dates right below the last paragraph, a table
below its header's cells, a section of serving tips below a recipe's nutrition table; a comment
thread and related links after an article that are not, nor a pager and dated teasers below
it, nor teaser titles under a 'Read more:' heading,
nor comments dated '1 year ago' under their header, nor an author box under its name line
with teaser titles below it; a service page's sections beside a consent dialog, which stay,
and the dialog below an article, which does not keep the menu above it), where a
`<stem>.url` beside the input gives the page's URL. The expected output of `<group>/<stem>.txt` is
`fixtures/<group>/<stem>.json`. After a deliberate change, `DECHROME_REGEN=1 pytest
tests/test_golden.py` rewrites them; read the diff sentence by sentence before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import dechrome
from tests.conftest import FIXTURES, SEEDS

CASES = sorted(
    [("seeds", path) for path in SEEDS.glob("*.txt")]
    + [(group, path) for group in ("synthetic", "negative", "dedup")
       for path in (FIXTURES / group).glob("*.txt")]
    + [("context", path) for path in (FIXTURES / "context").glob("*.txt")]
)


def _expected_path(group: str, source: Path) -> Path:
    return FIXTURES / group / f"{source.stem}.json"


def _observed(document: dechrome.Document) -> dict[str, Any]:
    return {
        "title": document.title,
        "paragraphs": list(document.paragraphs),
        "removals": [{"rule": str(r.rule), "text": r.text} for r in document.removals],
    }


@pytest.mark.parametrize(("group", "source"), CASES, ids=[f"{g}/{p.stem}" for g, p in CASES])
def test_golden(group: str, source: Path) -> None:
    url_path = source.with_suffix(".url")
    url = url_path.read_text(encoding="utf-8").strip() if url_path.exists() else None
    observed = _observed(dechrome.clean(source.read_text(encoding="utf-8"), url=url))
    expected_path = _expected_path(group, source)
    if os.environ.get("DECHROME_REGEN"):
        expected_path.write_text(json.dumps(observed, ensure_ascii=False, indent=2) + "\n",
                                 encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert observed["title"] == expected["title"]
    assert observed["paragraphs"] == expected["paragraphs"]
    assert observed["removals"] == expected["removals"]


def test_there_are_five_seeds_with_fixtures() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    assert all(_expected_path("seeds", seed).exists() for seed in seeds)


@pytest.mark.parametrize("source", sorted((FIXTURES / "negative").glob("*.txt")),
                         ids=lambda path: path.stem)
def test_negative_articles_survive_untouched(source: Path) -> None:
    """An article about newsletters, comments or galleries loses nothing but its headline."""
    headline, _, body = source.read_text(encoding="utf-8").partition("\n")
    document = dechrome.clean(source.read_text(encoding="utf-8"))
    assert document.title == headline.strip()
    assert list(document.paragraphs) == [p for p in body.strip().split("\n\n") if p]
    assert [r.rule for r in document.removals] == [dechrome.Rule.HEADLINE]


def test_every_seed_sentence_appears_once() -> None:
    """No paragraph of any seed's body is kept twice."""
    for seed in sorted(SEEDS.glob("*.txt")):
        paragraphs = dechrome.clean(seed.read_text(encoding="utf-8")).paragraphs
        assert len(paragraphs) == len(set(paragraphs)), seed.name


@pytest.mark.parametrize(("group", "source"), CASES, ids=[f"{g}/{p.stem}" for g, p in CASES])
def test_golden_body_cleaned_again_is_unchanged(group: str, source: Path) -> None:
    """Cleaning twice changes nothing, on every fixture (fixtures/context/ holds pages whose
    second cleaning once took a headline the first had left: a teaser's headline above the
    article's own, a table of contents first in the body)."""
    url_path = source.with_suffix(".url")
    url = url_path.read_text(encoding="utf-8").strip() if url_path.exists() else None
    once = dechrome.clean(source.read_text(encoding="utf-8"), url=url).text
    assert dechrome.clean(once, url=url).text == once

"""Golden metadata fixtures per pattern and language (`fixtures/metadata/<pattern>_<lang>.txt`).

Patterns: `byline` (a lead word and names, with a date line), `dateline` (a labelled or bare
date line under the headline), `relative` ("vor 3 Stunden" under the headline, the header's
date of the day above it), `agency` ("(dpa/lab)" closing the article), `agency-dash` ("—
dpa/lab"), `reporting` ("(Reporting by ...; Editing by ...)"), `echo-site` (the title line
"Headline | Site" and the headline again), `echo` (the title line without a site, printed
again), `kicker` (a topic label above the headline), `author-box` (a name line over the
article that an author box below confirms), `name-role` (a name line over its newsroom role),
`post-meta` (a post footer "Posted by X on <date>" out of the credit lines' reach, the only
date). Languages: de, en, fr, es, it, nl. Each
`.json` holds the expected title, date and authors, and how each was found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dechrome
from tests.conftest import FIXTURES

METADATA = FIXTURES / "metadata"
CASES = sorted(METADATA.glob("*.txt"))


def test_every_pattern_in_every_language() -> None:
    stems = {path.stem for path in CASES}
    for pattern in ("byline", "dateline", "relative", "agency", "agency-dash", "echo-site",
                    "echo", "kicker", "author-box", "name-role", "post-meta"):
        for language in ("de", "en", "fr", "es", "it", "nl"):
            assert f"{pattern}_{language}" in stems


@pytest.mark.parametrize("source", CASES, ids=lambda path: path.stem)
def test_metadata_fixture(source: Path) -> None:
    expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    document = dechrome.clean(source.read_text(encoding="utf-8"))
    assert document.title == expected["title"]
    assert document.date == expected["date"]
    assert list(document.authors) == expected["authors"]
    assert {found.field: found.how for found in document.sources()} == expected["how"]


@pytest.mark.parametrize("source", CASES, ids=lambda path: path.stem)
def test_evidence_points_at_the_line_read(source: Path) -> None:
    document = dechrome.clean(source.read_text(encoding="utf-8"))
    for found in document.sources():
        assert found.block is not None
        assert document.blocks[found.block].text == found.text
    assert set(document.to_dict()["evidence"]) == {found.field for found in document.sources()}

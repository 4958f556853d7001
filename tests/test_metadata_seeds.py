"""The metadata of each seed, checked by hand against the page text.

Choices worth knowing:
- 000 is a WELT video description: the headline opens the run-on line and is repeated; the
  only date is "Video 2025 erstellt", a year, so there is no date; "PUTINS KRIEG" is the
  rubric in capitals that opens the headline; the outlet names itself ("das WELT-Team",
  "Abonniere den WELT YouTube Channel").
- 001: "21.11.2024" belongs to a slide of the gallery "Die Bilder des Tages" (another story)
  and "Akt." carries no date, so there is no date. "red, 20 Minuten" is the newsroom credit of
  the outlet 20 Minuten: it names no author (authors stay empty) and gives the site name.
  The summary box "Auf den Punkt gebracht" is the summary, one item per line.
- 002: the label "Außenpolitik" between the headline and "12.07.2025 16:29" is the section;
  the quoted overline „Grüße von Putin“ is not. The comment policy names "krone.at".
- 003: "(lab)" are the editor's initials closing the article; the lead paragraph before
  "Moskau – …" is the teaser (it stays in the body and is also the summary).
- 004: "am 1. November" in the body has no year and is about the events, not the article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import dechrome
from tests.conftest import SEEDS

EXPECTED: dict[str, dict[str, Any]] = {
    "000": {
        "title": "PUTINS KRIEG: Donnerschlag! Nordkorea schickt 30.000 Soldaten als Hilfe für "
                 "Russland in Ukraine",
        "date": None, "authors": (), "sitename": "WELT", "section": "PUTINS KRIEG",
        "language": "de", "summary": None, "captions": (),
        "hashtags": ("weltnachrichtensender", "ukraine", "russland", "nordkorea", "krieg"),
    },
    "001": {
        "title": "Nordkorea versichert Russland Unterstützung bis zu Sieg",
        "date": None, "authors": (), "sitename": "20 Minuten", "section": "Ukraine-Krieg",
        "language": "de",
        "summary": "Nordkoreas Außenministerin Choe Son Hui hat Russland im Ukraine-Krieg ihre "
                   "Unterstützung bis zum Sieg zugesichert und betonte die engen Beziehungen "
                   "zwischen beiden Ländern\nBerichten zufolge befinden sich rund 8.000 "
                   "nordkoreanische Soldaten in der russischen Region Kursk nahe der Grenze zur "
                   "Ukraine, um Moskau im Kampf gegen ukrainische Truppen zu unterstützen",
        "captions": ("Blumen und Blutversprechen: Nordkoreas Außenministerin Choe Son Hui traf "
                     "sich mit ihrem russischen Amtskollegen Sergei Lawrow.",),
        "hashtags": (),
    },
    "002": {
        "title": "Lawrow: Nordkorea unterstützt Kriegsziele",
        "date": "2025-07-12T16:29", "authors": (), "sitename": "krone.at",
        "section": "Außenpolitik", "language": "de", "summary": None, "captions": (),
        "hashtags": (),
    },
    "003": {
        "title": "Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum "
                 "Sieg“",
        "date": None, "authors": ("lab",), "sitename": None, "section": None,
        "language": "de",
        "summary": "Nordkorea hat das Bündnis mit Russland im Ukraine-Krieg nochmal bekräftigt. "
                   "Das Land hatte zuvor tausende Soldaten zur Kriegsunterstützung entsandt.",
        "captions": (), "hashtags": (),
    },
    "004": {
        "title": "Krieg in der Ukraine: Nordkorea wird Russland bis zu seinem „Sieg“ gegen Kiew "
                 "unterstützen, kündigt Pjöngjang an",
        "date": None, "authors": (), "sitename": None, "section": None, "language": "de",
        "summary": None, "captions": (), "hashtags": (),
    },
}


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
@pytest.mark.parametrize("field", ["title", "date", "authors", "sitename", "section",
                                   "language", "summary", "captions", "hashtags"])
def test_seed_metadata(prefix: str, field: str) -> None:
    document = dechrome.clean(_seed(prefix).read_text(encoding="utf-8"))
    assert getattr(document, field) == EXPECTED[prefix][field]


def test_every_seed_has_expected_metadata() -> None:
    assert sorted(path.name[:3] for path in SEEDS.glob("*.txt")) == sorted(EXPECTED)


def test_a_url_gives_the_site_name() -> None:
    document = dechrome.clean(_seed("002").read_text(encoding="utf-8"),
                              url="https://www.krone.at/3851437")
    assert document.sitename == "krone.at"
    assert document.date == "2025-07-12T16:29"

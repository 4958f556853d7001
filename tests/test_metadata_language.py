"""The language of the body, ISO 639-1, only when the detector is sure."""

from __future__ import annotations

import pytest

from dechrome.metadata.language import detect, read_language
from tests.metadata_pages import BODY, clean


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_language_of_the_body(language: str) -> None:
    assert clean(language).language == language


def test_the_body_decides_not_the_chrome() -> None:
    document = clean("fr", "Teilen", "Zum Artikel", tail=("Mehr zum Thema",))
    assert document.language == "fr"


@pytest.mark.parametrize("text", ["", "   ", "OK", "12.07.2025 16:29", "\x00\x01\ud800"])
def test_too_little_text_is_no_language(text: str) -> None:
    assert read_language((text,)) is None


def test_lone_surrogates_and_controls_do_not_break_the_detector() -> None:
    paragraphs = tuple(f"{paragraph}\ud800\x85" for paragraph in BODY["de"])
    assert read_language(paragraphs) == "de"


def test_detect_maps_legacy_codes() -> None:
    assert detect("שלום לכולם, זהו טקסט בעברית שנכתב כדי לבדוק את זיהוי השפה של המערכת.") == "he"

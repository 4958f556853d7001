"""The summary: a summary box's items, else a teaser the page sets apart from the body."""

from __future__ import annotations

import dechrome
from tests.metadata_pages import BODY, HEADLINE, clean

TEASER = {
    "de": "Das Kabinett hat sich nach langem Streit geeinigt. Kritik kommt von den Verbänden.",
    "en": "The cabinet agreed after a long dispute. Industry groups are critical.",
    "fr": "Le cabinet s'est mis d'accord après un long différend. Les fédérations critiquent.",
}
OPENER = {"de": "Berlin – ", "en": "LONDON (Reuters) - ", "fr": "Paris (AFP) – "}


def _teaser_page(language: str) -> str:
    first, second = BODY[language]
    return "\n\n".join([HEADLINE[language], TEASER[language], OPENER[language] + first, second])


def test_teaser_before_a_dateline_opener() -> None:
    for language in ("de", "en", "fr"):
        document = dechrome.clean(_teaser_page(language))
        assert document.summary == TEASER[language], language
        assert document.paragraphs[0] == TEASER[language]  # a teaser stays article text


def test_teaser_set_apart_by_a_picture() -> None:
    first, second = BODY["de"]
    text = "\n".join([HEADLINE["de"], TEASER["de"], HEADLINE["de"],
                      "Die Ministerin stellt das Gesetz in Berlin vor.", "REUTERS", first, second])
    assert dechrome.clean(text).summary == TEASER["de"]


def test_summary_box_items_one_per_line() -> None:
    box = "\n".join(["Auf den Punkt gebracht", "• Das Gesetz gilt ab nächstem Jahr",
                     "• Verbände kritisieren die späte Förderung"])
    document = clean("de", tail=(box,))
    assert document.summary == ("Das Gesetz gilt ab nächstem Jahr\n"
                                "Verbände kritisieren die späte Förderung")
    assert "Das Gesetz gilt ab nächstem Jahr" not in document.text


def test_english_and_french_boxes() -> None:
    english = clean("en", tail=("Key points\n- The law takes effect next year",))
    assert english.summary == "The law takes effect next year"
    french = clean("fr", tail=("L'essentiel\n• La loi entre en vigueur l'an prochain",))
    assert french.summary == "La loi entre en vigueur l'an prochain"


def test_no_teaser_no_box_no_summary() -> None:
    for language in ("de", "en", "fr"):
        assert clean(language).summary is None

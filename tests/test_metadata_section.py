"""The section: a kicker label, a label between headline and date line, a rubric in capitals."""

from __future__ import annotations

import dechrome
from dechrome.metadata.section import is_label
from tests.metadata_pages import BODY, HEADLINE, clean


def test_kicker_above_the_headline() -> None:
    text = "\n\n".join(["Ukraine-Krieg", HEADLINE["de"], *BODY["de"]])
    assert dechrome.clean(text).section == "Ukraine-Krieg"


def test_label_between_headline_and_date_line() -> None:
    assert clean("de", "Außenpolitik", "12.07.2025 16:29").section == "Außenpolitik"
    assert clean("en", "Politics", "Nov 1, 2024").section == "Politics"
    assert clean("fr", "International", "1er novembre 2024").section == "International"


def test_rubric_in_capitals_opening_the_headline() -> None:
    headline = "PUTINS KRIEG: Nordkorea schickt Soldaten"
    assert dechrome.clean("\n\n".join([headline, *BODY["de"]])).section == "PUTINS KRIEG"


def test_a_quoted_overline_is_no_section() -> None:
    text = "\n\n".join(["„Grüße von Putin“", HEADLINE["de"], *BODY["de"]])
    assert dechrome.clean(text).section is None


def test_no_label_no_section() -> None:
    assert clean("de").section is None
    assert clean("en", "By Jane Doe").section is None
    assert clean("fr", "Par Jean Dupont").section is None


def test_what_a_label_is() -> None:
    assert is_label("Außenpolitik")
    assert is_label("Krieg in Nahost")
    assert not is_label("„Grüße von Putin“")
    assert not is_label("Lesezeit: 4 Min.")
    assert not is_label("Das ist ein ganzer Satz.")

"""Bad input never crashes: it gets a clean empty result with a reason, or a clear error."""

from __future__ import annotations

import dataclasses

import pytest

import dechrome
from dechrome.model import Block, Removal, new_block, new_removal
from dechrome.reasons import Reason, Rule


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty input"),
        ("   \n\n\t  ", "empty input"),
        (b"", "empty input"),
        (b"\x00\x01\x02binary\x00\x00" * 100, "binary input, not text"),
        ("\x00" * 50, "binary input, not text"),
    ],
    ids=["empty", "whitespace", "empty-bytes", "binary-bytes", "nul-string"],
)
def test_unusable_input_is_rejected_with_a_reason(raw: str | bytes, reason: str) -> None:
    document = dechrome.clean(raw)
    assert document.rejected == reason
    assert document.text == ""
    assert document.to_dict()["rejected"] == reason


def test_oversized_input_is_rejected_not_cleaned() -> None:
    config = dataclasses.replace(dechrome.Config(), max_input_chars=1000)
    document = dechrome.clean("Wort " * 1000, config=config)
    assert document.rejected is not None
    assert "max_input_chars" in document.rejected


def test_latin1_bytes_are_decoded() -> None:
    raw = "Überschrift der Meldung\n\nDie Bürgermeisterin äußerte sich am Montag " \
          "ausführlich zu den Plänen für das neue Schwimmbad in der Stadt.".encode("latin-1")
    document = dechrome.clean(raw)
    assert document.rejected is None
    assert "Bürgermeisterin äußerte" in document.text


def test_mojibake_is_repaired_and_named() -> None:
    broken = "Die BÃ¼rgermeisterin Ã¤uÃŸerte sich am Montag zu den PlÃ¤nen fÃ¼r das Bad."
    document = dechrome.clean(broken)
    assert "Bürgermeisterin äußerte" in document.text
    assert "encoding" in document.repairs


def test_curly_quotes_are_kept() -> None:
    text = "„Wir bleiben“, sagte sie am Freitag in Berlin vor den versammelten Journalisten."
    assert dechrome.clean(text).text == text


def test_html_remnants_are_unwrapped_never_shown() -> None:
    raw = ('<strong>Heute:</strong> Die Stadt <a href="https://example.org/a">plant</a> ein '
           "neues Bad &amp; einen Park, sagte der Bürgermeister am Montag.")
    document = dechrome.clean(raw)
    assert document.text == ("Heute: Die Stadt plant ein neues Bad & einen Park, sagte der "
                             "Bürgermeister am Montag.")
    assert "markup" in document.repairs
    assert document.links == ("https://example.org/a",)


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        dechrome.clean(42)  # type: ignore[arg-type]


def test_hashtags_and_links_are_unique_and_in_order() -> None:
    raw = "Text #eins und #zwei https://a.example/x, dann #eins https://b.example/y."
    document = dechrome.clean(raw)
    assert document.hashtags == ("eins", "zwei")
    assert document.links == ("https://a.example/x", "https://b.example/y")


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        dechrome.Config().max_input_chars = 3  # type: ignore[misc]


def test_disabling_one_rule_keeps_its_blocks() -> None:
    raw = ("Titel der Meldung\n\nDer Minister sagte am Freitag in Berlin, dass die Gespräche "
           "weitergehen würden.\nAnzeige\nDie Opposition kritisierte die Pläne am Abend scharf und "
           "kündigte an, im Parlament dagegen zu stimmen.")
    assert "Anzeige" not in dechrome.clean(raw).text
    config = dechrome.Config().without(dechrome.Rule.AD_LABEL)
    assert "Anzeige" in dechrome.clean(raw, config=config).paragraphs


def test_the_fast_builders_make_what_the_constructors_make() -> None:
    assert [field.name for field in dataclasses.fields(Block)] == list(Block.__slots__)
    assert [field.name for field in dataclasses.fields(Removal)] == list(Removal.__slots__)
    block = new_block((3, "Text", 2, 17, True, False))
    assert block == Block(3, "Text", 2, 17, True, False)
    assert repr(block) == repr(Block(3, "Text", 2, 17, True, False))
    assert hash(block) == hash(Block(3, "Text", 2, 17, True, False))
    removal = new_removal(Rule.MENU_ITEM, Reason.NAVIGATION, 3, "Home")
    assert removal == Removal(Rule.MENU_ITEM, Reason.NAVIGATION, 3, "Home")
    assert removal.detail == ""

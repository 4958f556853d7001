"""A byline that credits only the newsroom gives the newsroom, said to be one
(`newsroom-credit`), when no line credits a person."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.newsroom import _DESK_WORD, _END
from tests.metadata_pages import page


def _credits(language: str, *head: str) -> tuple[tuple[str, ...], list[str]]:
    document = dechrome.clean(page(language, *head))
    return document.authors, [found.how for found in document.sources()
                              if found.field == "authors"]


@pytest.mark.parametrize(("language", "line", "desk"), [
    ("de", "von Redaktion, 24. Januar 2022", "Redaktion"),
    ("de", "Veröffentlicht am 8. Februar 2022 von PETA-Team", "PETA-Team"),
    ("de", "von auto-motor.at Redaktion", "auto-motor.at Redaktion"),
    ("en", "by HLNF Staff Report", "HLNF Staff Report"),
    ("en", "By Staff and news service reports", "Staff and news service reports"),
    ("fr", "Par La Rédaction | 12 juillet 2025", "La Rédaction"),
    ("es", "Por Redacción, 12 de julio de 2025", "Redacción"),
    ("it", "Di Redazione | 12 luglio 2025", "Redazione"),
    ("nl", "Door Redactie, 12 juli 2025", "Redactie"),
])
def test_a_newsroom_credit(language: str, line: str, desk: str) -> None:
    assert _credits(language, line) == ((desk,), ["newsroom-credit"])


@pytest.mark.parametrize(("language", "line", "desk"), [
    # The byline reader takes a desk with a name of words in capitals for names already.
    ("es", "Por Redacción El Tiempo, 12 de julio de 2025", "Redacción El Tiempo"),
    ("nl", "Door Redactie Binnenland", "Redactie Binnenland"),
])
def test_a_named_desk(language: str, line: str, desk: str) -> None:
    assert _credits(language, line)[0] == (desk,)


@pytest.mark.parametrize(("language", "lines", "names"), [
    # A person credited beside the newsroom, or on another line, is the author.
    ("en", ("By Jane Doe, Staff Writer",), ("Jane Doe",)),
    ("de", ("Von Anna Muster", "von Redaktion, 24. Januar 2022"), ("Anna Muster",)),
    # No lead word: a label ("Redaktion" in a menu), or a sentence's "by our editors".
    ("de", ("Redaktion",), ()),
    ("en", ("Products are chosen independently by our editors.",), ()),
    ("en", ("By Friday, the team had left",), ()),  # the words after "By" name no newsroom
])
def test_no_newsroom_credit(language: str, lines: tuple[str, ...],
                            names: tuple[str, ...]) -> None:
    assert _credits(language, *lines)[0] == names


@pytest.mark.parametrize("text", ["redaktion" * 5000, "x" * 20 + "Redaktion" * 3000,
                                  "a, " * 20_000, "team " * 20_000])
def test_adversarial_desks(text: str) -> None:
    # No match inside a long word; the scans stay linear.
    assert _DESK_WORD.search(text) is None or text.startswith("team")
    _END.search(text)
    # One word of 300 letters, 60 words, or no newsroom's word: no newsroom.
    assert dechrome.clean(page("de", f"von {text[:300]}")).authors == ()

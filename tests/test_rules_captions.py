"""credited-caption: a caption that closes with its picture's credit."""

from __future__ import annotations

import pytest

from dechrome.reasons import Rule
from dechrome.rules import BLOCK_RULES

_RULE = next(rule for rule in BLOCK_RULES if rule.name is Rule.CREDITED_CAPTION)


def _test(text: str) -> bool:
    return bool(_RULE.test(text))


@pytest.mark.parametrize("text", [
    "Plague can be easily vaccinated (Image: GETTY)",
    "The protests kicked off in June (Image: getty )",
    "Vicente Aguiar loads trims into his truck. (AP Photo/Alan Diaz, File)",
    # the credit without brackets, after a sentence end or a dash, or led by '©'
    "Die lachende Menge wird zum Mob. Bild: Anna Muster/Theater Musterstadt",
    "Puerto de Montevideo. Foto: Archivo El País.",
    "A fracking site in Pennsylvania © Jane Doe",
    "Cyber-Attacken nehmen weiter zu. – © Max Muster – stock.adobe.com",
    # a source in brackets that names a photo agency is the picture's
    "Neue Seminare starten im März. (Quelle: Muster/Unsplash/Verband)",
    "Vertreter der Verbände sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend)",
])
def test_a_caption_closing_with_its_credit(text: str) -> None:
    assert _test(text)


@pytest.mark.parametrize("text", [
    # a credit alone: a gallery's slide ends with it, a caption above it is that picture's
    "(Image credit: Blue Origin)",
    # a source cited in brackets is the article's own
    "Prices rose by a third last year (Source: Destatis)",
    # a credit in brackets inside a sentence
    "The picture (Photo: AP) shows the crowd outside the court.",
    # a label inside prose, a source after a sentence, a copyright year
    "Das zeigt das Bild: Eine Stadt in Trümmern.",
    "Die Zahl der Anträge stieg. Quelle: Destatis",
    "HR Journal © 2023",
    # a credit that runs on past a short name is text, not a credit
    "Er sprach lange. Foto: Das war der Moment, in dem sich alles änderte und niemand mehr",
])
def test_not_a_credited_caption(text: str) -> None:
    assert not _test(text)

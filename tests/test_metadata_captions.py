"""The captions: image captions the caption rule took out of the body, not gallery slides."""

from __future__ import annotations

import dechrome
from tests.metadata_pages import BODY, HEADLINE

CAPTION = {
    "de": "Die Ministerin stellt das Gesetz in Berlin vor.",
    "en": "The minister presents the law in London.",
    "fr": "La ministre présente la loi à Paris.",
}


def _pictured(language: str, credit: str) -> str:
    first, second = BODY[language]
    return "\n\n".join([HEADLINE[language], first, f"{CAPTION[language]}\n{credit}", second])


def test_caption_above_a_photo_credit() -> None:
    for language, credit in (("de", "Foto: dpa"), ("en", "REUTERS"), ("fr", "AFP")):
        document = dechrome.clean(_pictured(language, credit))
        assert document.captions == (CAPTION[language],), language
        assert CAPTION[language] not in document.text


def test_no_picture_no_captions() -> None:
    for language in ("de", "en", "fr"):
        text = "\n\n".join([HEADLINE[language], *BODY[language]])
        assert dechrome.clean(text).captions == ()

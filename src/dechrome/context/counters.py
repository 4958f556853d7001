"""Slide captions that open with the gallery's counter: "1 of 4 Grass Valley's Dionicio …".

A gallery flattened into text prints each slide as one line, its counter glued to its caption
("2 of 4 A shopper looks at extension cords …", "3/28 photos © Shutterstock"). One sentence
can open with "1 of 4" ("1 of 4 adults has …"); several slides of one gallery cannot be told
from the article by one line, but they count through the same total: that is the evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from dechrome.context.base import ContextRule, Page
from dechrome.reasons import Reason, Rule
from dechrome.rules.gallery import COUNT_OF, SLIDE_LABEL

_MAX_WORDS = 80
_COUNTED = regex.compile(
    rf"(?:(?:{SLIDE_LABEL}|picture)\s)?(\d{{1,3}}+)\s?({COUNT_OF})\s?(\d{{1,3}}+)\s\S",
    regex.IGNORECASE,
)
# Slides of one gallery: so many different numbers out of one total. A slash takes more, and
# a larger total: "1/2 teaspoon" and "3/4 cup" are a recipe's amounts.
_WORD_SLIDES = 2
_SLASH_SLIDES, _SLASH_MIN_TOTAL = 3, 5


def _counter(text: str) -> tuple[int, bool, int] | None:
    """(number, by slash, total) of a counter opening `text`, when it counts within its total."""
    found = _COUNTED.match(text)
    if found is None:
        return None
    number, total = int(found.group(1)), int(found.group(3))
    return (number, found.group(2) == "/", total) if 0 < number <= total else None


def _slide_captions(page: Page) -> Iterator[int]:
    galleries: dict[tuple[bool, int], dict[int, list[int]]] = defaultdict(dict)
    # Read once: this walks every kept block of every page, each round.
    words, blocks = page.words, page.blocks
    for index in page.kept_indices:
        if not 2 < words[index] <= _MAX_WORDS:
            continue
        counter = _counter(blocks[index].text)
        if counter is not None:
            number, slash, total = counter
            galleries[(slash, total)].setdefault(number, []).append(index)
    for (slash, total), slides in galleries.items():
        enough = (len(slides) >= _SLASH_SLIDES and total >= _SLASH_MIN_TOTAL if slash
                  else len(slides) >= _WORD_SLIDES)
        if enough:
            yield from (index for blocks in slides.values() for index in blocks)


RULES = (
    ContextRule(Rule.SLIDE_CAPTION, Reason.GALLERY, _slide_captions, ("*",),
                "'1 of 4 Grass Valley's Dionicio Torres looks at …', '2 of 4 A shopper …'"),
)

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

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.reasons import Reason, Rule
from dechrome.rules.gallery import COUNT_OF, SLIDE_LABEL
from dechrome.rules.gate import gate_of, gated_match

_MAX_WORDS = 80
_COUNTED = regex.compile(
    rf"(?:(?:{SLIDE_LABEL}|picture)\s)?(\d{{1,3}}+)\s?({COUNT_OF})\s?(\d{{1,3}}+)\s\S",
    regex.IGNORECASE,
)
# Most lines open with no counter: their first characters rule them out (`rules.gate`).
_COUNTED_GATE = gate_of(_COUNTED)
# Slides of one gallery: so many different numbers out of one total. A slash takes more, and
# a larger total: "1/2 teaspoon" and "3/4 cup" are a recipe's amounts.
_WORD_SLIDES = 2
_SLASH_SLIDES, _SLASH_MIN_TOTAL = 3, 5


def _counter(text: str) -> tuple[int, bool, int] | None:
    """(number, by slash, total) of a counter opening `text`, when it counts within its total."""
    found = gated_match(_COUNTED, _COUNTED_GATE, text)
    if found is None:
        return None
    number, total = int(found.group(1)), int(found.group(3))
    return (number, found.group(2) == "/", total) if 0 < number <= total else None


def _slide_captions(page: Page) -> Iterator[int]:
    galleries: dict[tuple[bool, int], dict[int, list[int]]] = defaultdict(dict)
    alive = page.alive
    for index, counter in page.facts.derived(_counters):
        if alive(index):
            number, slash, total = counter
            galleries[(slash, total)].setdefault(number, []).append(index)
    for (slash, total), slides in galleries.items():
        enough = (len(slides) >= _SLASH_SLIDES and total >= _SLASH_MIN_TOTAL if slash
                  else len(slides) >= _WORD_SLIDES)
        if enough:
            yield from (index for blocks in slides.values() for index in blocks)


def _counters(facts: Facts) -> tuple[tuple[int, tuple[int, bool, int]], ...]:
    """Each block of the page that opens with a counter (`_counter`), in page order, with
    it: read once per page, where each round of the context rules walks every kept block."""
    words, blocks = facts.words, facts.blocks
    found = ((index, _counter(blocks[index].text)) for index in range(len(blocks))
             if 2 < words[index] <= _MAX_WORDS)
    return tuple((index, counter) for index, counter in found if counter is not None)


RULES = (
    ContextRule(Rule.SLIDE_CAPTION, Reason.GALLERY, _slide_captions, ("*",),
                "'1 of 4 Grass Valley's Dionicio Torres looks at …', '2 of 4 A shopper …'"),
)

"""The cheap tests that spare a pattern's search answer as the pattern does.

Each gate (`rules.gate`, and the plain tests before a few hot patterns) is a necessary
condition: a text it rules out is one the pattern never matches, so the outputs are the
pattern's own (the DEV pages' Documents are identical with and without them).
"""

from __future__ import annotations

import string
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dechrome.context import bio, confidence, counters, scores, thread
from dechrome.features import _SENTENCE_END, ends_like_sentence
from dechrome.metadata import dates, starter
from dechrome.rules.gate import gate_of, gated_match

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DIGIT = regex.compile(r"\d")
_GATED = {
    "gallery counter": (counters._COUNTED, counters._COUNTED_GATE),
    "comment age or action": (thread._AGO_OR_ACTION, thread._AGO_OR_ACTION_GATE),
    "forum starter header": (starter._STARTED, starter._STARTED_GATE),
    "publication label": (dates._PUBLISHED, dates._PUBLISHED_GATE),
}
# Lines each pattern matches: their gate must admit them.
_MATCHING = [
    "2 of 4 A shopper looks at extension cords", "Bild 3 von 10 Die Brücke", "FOTO 1/12 x",
    "3 days ago", "An hour ago", "vor 2 Stunden", "il y a 3 jours", "Reply", "12 likes",
    "Rating: 36 Votes", "Started by Biology Forums, June 04, 2024",
    "Discussion in ' Hosting Advice ' started by pelex, May 26, 2025.",
    "Published: 12.03.2021", "Veröffentlicht am 3. Mai 2021", "Datum: 2021-03-01",
]
_PIECES = st.sampled_from([
    "a", "A", "an", "one", "3", "12", "٣", " ", "  ", ":", "/", "of", "von", "ago", "days",
    "Bild", "İmage", "ſlide", "foto", "Reply", "started by", "Thread in", "topic in", "x",
    "Published", "posted", "veröffentlicht", "datum", "é", "\u0307", "-", "Rating: ",
])
_TEXTS = st.one_of(st.lists(_PIECES, max_size=8).map("".join), st.text(max_size=12))


@pytest.mark.parametrize("name", sorted(_GATED))
def test_each_hot_pattern_has_a_gate(name: str) -> None:
    assert _GATED[name][1] is not None


@pytest.mark.parametrize("text", _MATCHING)
def test_a_gate_admits_the_lines_its_pattern_matches(text: str) -> None:
    matched = [name for name, (pattern, _) in _GATED.items() if pattern.match(text)]
    assert matched, text
    for name in matched:
        pattern, gate = _GATED[name]
        assert gated_match(pattern, gate, text) is not None, (name, text)


@FAST
@given(_TEXTS)
def test_a_gated_match_is_the_match(text: str) -> None:
    for pattern, gate in _GATED.values():
        assert (gated_match(pattern, gate, text) is None) == (pattern.match(text) is None)


def test_no_gate_for_an_opening_it_cannot_read() -> None:
    assert gate_of(regex.compile(r"\w+ says")) is None
    assert gate_of(regex.compile(r"(?:reply|\W)")) is None


def test_ends_like_sentence_answers_as_the_search_whatever_ascii_character_ends() -> None:
    for code in range(128):
        for head in ("", "Satz.", "Satz. ", "Satz!\"", "Satz.\n", "Satz😉"):
            text = head + chr(code)
            assert ends_like_sentence(text) == (_SENTENCE_END.search(text) is not None), text


def test_no_letter_is_a_digit() -> None:
    # The plain tests before the digit searches of line shapes and page-kind lines.
    letters = (chr(code) for code in range(sys.maxunicode + 1) if chr(code).isalpha())
    assert not any(_DIGIT.match(char) for char in letters)


@FAST
@given(st.text(alphabet=string.ascii_letters + string.digits + " _éß٣²", max_size=30))
def test_line_shapes_answer_as_the_digit_searches(key: str) -> None:
    key = " ".join(key.split())
    tokens = key.split()
    expected = (None if not _DIGIT.search(key) or len(tokens) > confidence._GRID_LINE_WORDS
                else " ".join("0" if _DIGIT.search(token) else token for token in tokens))
    assert confidence._shape(key, items=False) == expected


def test_an_ascii_text_holds_a_letter_as_the_pattern_finds_one() -> None:
    for code in range(128):
        for text in (chr(code), f"1 {chr(code)} 2"):
            assert scores._has_letter(text) == (scores.LETTER.search(text) is not None)
    assert scores._has_letter("12 € – 3") is False
    assert scores._has_letter("12 é") is True


@FAST
@given(st.lists(st.sampled_from(["Karina", "Cohen", "K.", "Éva", "ÉVA", "von", "O’Neil", " ",
                                 "Sam", "x" * 21, "-", "1", "\n"]), max_size=6).map("".join))
def test_a_name_line_passes_the_plain_tests(text: str) -> None:
    if bio._PERSON.match(text):
        assert bio._may_be_person(text)


def test_the_longest_name_line_passes_the_plain_tests() -> None:
    longest = "Ab" + "c" * 20 + " D." + (" E" + "f" * 20) * 2
    assert bio._PERSON.match(longest) and bio._PERSON.match(longest + "\n")
    assert bio._may_be_person(longest + "\n")

"""`Document.source_words`, summed from the blocks' counts, is the normalised text's count
(`accounting.word_total`), also where a run-on line is cut inside a word."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.accounting import unaccounted, word_total
from dechrome.normalize import normalise

_TEXT = dechrome.Config(input="text")
# A run-on line (over `runon_min_chars`, with a hashtag) whose hashtag is longer than the
# hashtag-run pattern's bound: segment cuts it inside the word.
_LONG_TAG = ("A sentence of running text that goes on for a while here. " * 5
             + "#" + "x" * 150 + " and more words after it.")
_LONG_URL = ("Read the whole story at https://example.com/" + "a" * 2100
             + " Then a sentence follows. #news")


def _counts(raw: str) -> tuple[int, int]:
    document = dechrome.clean(raw, config=_TEXT)
    return document.source_words, word_total(normalise(raw).text)


def test_long_hashtag_cut_inside_a_word_counts_once() -> None:
    found, expected = _counts(f"Headline here\n\n{_LONG_TAG}\n\nLast line.")
    assert found == expected


def test_long_url_cut_inside_a_word_counts_once() -> None:
    found, expected = _counts(f"Headline here\n\n{_LONG_URL}\n\nLast line.")
    assert found == expected


def test_casefolded_words_count_as_written() -> None:
    # İ, ß and the ligature ﬁ casefold to several characters, all word characters.
    found, expected = _counts("İstanbul straße ﬁnal\n\nGroß İzmir Straße, a line.")
    assert found == expected == 8


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab #İß.-/:\t ")) , max_size=400),
                max_size=6))
def test_source_words_is_the_texts_count(lines: list[str]) -> None:
    found, expected = _counts("\n".join(lines))
    assert found == expected


def test_two_held_words_run_together_are_accounted() -> None:
    # An extractor's text glues neighbouring elements ("repairrepair" for a list item and
    # a table cell); the Document, read from the elements, holds both words.
    document = dechrome.clean("Repair shop\n\nWe repair bicycles every day of the week.")
    assert not unaccounted("repairshop", document)
    assert not unaccounted("bicyclesevery", document)


def test_a_word_that_is_no_two_held_words_stays_unaccounted() -> None:
    document = dechrome.clean("Repair shop\n\nWe repair bicycles every day of the week.")
    assert unaccounted("repairshops", document) == Counter({"repairshops": 1})
    assert unaccounted("tandem", document) == Counter({"tandem": 1})


def test_three_held_words_run_together_are_accounted() -> None:
    # A badge, a brand and a product's name in three elements: "Top RatedGregoryMaven".
    document = dechrome.clean("Top Rated\n\nGregory\n\nMaven 45 Pack, a light pack for long walks.")
    assert not unaccounted("Top RatedGregoryMaven 45 Pack", document)


def test_single_letters_do_not_make_a_word_held() -> None:
    # The Document holds "a", "b" and "c": a word of them is no run of words it prints.
    document = dechrome.clean("Item a, item b and item c are the three options we sell.")
    assert unaccounted("abcab", document) == Counter({"abcab": 1})
    assert unaccounted("itemsell", document) == Counter()


def test_a_long_run_of_letters_is_judged_in_linear_time() -> None:
    # Adversarial: a token of 60,000 characters made of held pieces but one stray letter.
    document = dechrome.clean("ab cd and more words to hold")
    token = "abcd" * 15000 + "x"
    assert unaccounted(token, document) == Counter({token: 1})
    assert not unaccounted("abcd" * 20, document)

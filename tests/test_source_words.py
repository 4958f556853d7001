"""`Document.source_words`, summed from the blocks' counts, is the normalised text's count
(`accounting.word_total`), also where a run-on line is cut inside a word; with the markup
normalisation stripped, the input's. `accounting.unaccounted` finds every input word."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.accounting import unaccounted, word_total, words
from dechrome.normalize import characters, normalise
from dechrome.reasons import Reason, Rule

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


# --- what the cleaning only normalised or stripped is accounted for ----------------------

_MARKUP_PAGE = ("Council approves the new budget\n\n"
                '<p class="byline">By Ann Lee</p>\n\n'
                "The council approved the budget on Tuesday after a long debate about schools.\n"
                '<iframe width="476" height="267" src="https://example.com/embed/1"></iframe>\n'
                "<!-- ad slot 3 -->The vote was close, and the mayor said she was pleased.")


def test_markup_left_in_page_text_is_a_removal_of_rule_markup() -> None:
    document = dechrome.clean(_MARKUP_PAGE, config=_TEXT)
    markup = [removal for removal in document.removals if removal.rule is Rule.MARKUP]
    assert [removal.text for removal in markup] == [
        "<!-- ad slot 3 -->", '<p class="byline">', "</p>",
        '<iframe width="476" height="267" src="https://example.com/embed/1">', "</iframe>"]
    assert all(removal.reason is Reason.MARKUP and removal.block == -1 for removal in markup)
    assert not unaccounted(_MARKUP_PAGE, document)
    # The input's words: the text's and the stripped markup's.
    assert document.source_words == word_total(characters(_MARKUP_PAGE))


def test_a_word_lost_beside_markup_is_still_reported() -> None:
    document = dechrome.clean(_MARKUP_PAGE, config=_TEXT)
    assert unaccounted(_MARKUP_PAGE + "\nvanished", document) == Counter({"vanished": 1})
    assert unaccounted("<em>vanished</em>", document) == Counter({"vanished": 1, "em": 2})


def test_invisible_characters_inside_a_word_split_no_word() -> None:
    # A soft hyphen or a zero-width (non-)joiner shows nothing: normalisation drops it, and
    # the accounting reads the word as the page shows it.
    raw = ("Ein Not\u00adsatz mit regis\u00adtriertem Namen und das \u200ciPhone 11\u200c.\n\n"
           "Ein zweiter Absatz mit mehr Text.")
    assert words("Not\u00adsatz \u200ciPhone Zu\u200bkunft") == words("Notsatz iphone Zukunft")
    assert not unaccounted(raw, dechrome.clean(raw, config=_TEXT))


def test_a_word_the_cleaning_repaired_is_the_same_word() -> None:
    # Mojibake that ftfy repairs and character references are read as the cleaning reads them.
    raw = ("We donâ€™t know yet, said the head of the cityâ€™s council.\n\n"
           "Caf&eacute; owners &amp; traders met on Tuesday.")
    document = dechrome.clean(raw, config=_TEXT)
    assert "don’t" in document.text and "Café owners & traders" in normalise(raw).text
    assert not unaccounted(raw, document)


def test_a_word_a_tag_split_is_the_word_the_page_shows() -> None:
    # A drop cap: the page shows "With", the stripped tags leave it whole.
    raw = "<b>W</b>ith a drop cap the first word of the article is set apart from the rest."
    document = dechrome.clean(raw, config=_TEXT)
    assert document.text.startswith("With a drop cap")
    assert not unaccounted(raw, document)
    assert unaccounted(raw + " <b>T</b>o", document) == Counter({"t": 1, "o": 1, "b": 2})


def test_a_page_text_of_markup_alone_is_rejected_with_its_markup_removed() -> None:
    raw = '<p class="byline"></p>\n<!-- ad slot -->'
    document = dechrome.clean(raw, config=_TEXT)
    assert document.rejected == "empty input" and not document.paragraphs
    assert [(removal.rule, removal.text) for removal in document.removals] == [
        (Rule.MARKUP, "<!-- ad slot -->"), (Rule.MARKUP, '<p class="byline">'),
        (Rule.MARKUP, "</p>")]
    assert not unaccounted(raw, document) and document.source_words == 6


def test_a_placeholder_in_angle_brackets_is_article_text_not_markup() -> None:
    # Documentation prints placeholders and type parameters in angle brackets: they are no
    # element, so they stay in the body and nothing is recorded as markup.
    raw = ("To undo it, run git revert <commit> and then cat <path to file(s)> again.\n\n"
           "A Vec<T> holds values of one type; read them from <stdin> line by line.")
    document = dechrome.clean(raw, config=_TEXT)
    assert "git revert <commit> and then cat <path to file(s)>" in document.text
    assert "A Vec<T> holds values" in document.text and "from <stdin> line" in document.text
    assert not [removal for removal in document.removals if removal.rule is Rule.MARKUP]


def test_custom_and_namespaced_elements_are_markup() -> None:
    # A comment form's typography may curl an attribute's quotes.
    raw = ('<my-player data-id="7">The mayor spoke for an hour on Tuesday evening.</my-player>'
           "<o:p></o:p>\n\nShe said the <a href=” https://example.com/b”>budget</a> would "
           "pass before the summer break.")
    document = dechrome.clean(raw, config=_TEXT)
    assert [removal.text for removal in document.removals if removal.rule is Rule.MARKUP] == [
        '<my-player data-id="7">', "</my-player>", "<o:p>", "</o:p>",
        "<a href=” https://example.com/b”>", "</a>"]
    assert "The mayor spoke" in document.text and "<" not in document.text


@given(st.sampled_from(["<span ", "<a href=", "<b x=' ", '<i y="', "<o:p "]),
       st.sampled_from(["a ", "a=b ", "= ", "'", '"', "<", "x" * 50 + " "]))
@settings(max_examples=20, deadline=None)
def test_unclosed_tags_with_long_attribute_runs_are_read_in_linear_time(opening: str,
                                                                        unit: str) -> None:
    # Possessive, bounded attribute runs: no backtracking over an unclosed tag.
    raw = "A sentence of the article comes first here. " + opening + unit * 5000
    normalised = normalise(raw)
    assert normalised.text.startswith("A sentence of the article")

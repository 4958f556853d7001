"""The fast paths answer as the plain computations they stand for.

The prefilter names every rule that matches a block (a superset), and `first_matches` finds the
rule a plain walk through the registry finds. The normalisation gates cover their steps'
characters; skipping settled steps, ASCII lines in ftfy and text that is already folded change
no output; the gate of `find_urls` and the stop-word count agree with their plain forms.
"""

from __future__ import annotations

import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable

import ftfy
import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dechrome import normalize
from dechrome.features import (
    _SENTENCE_END,
    URL,
    WORD,
    ascii_words,
    ends_like_sentence,
    find_urls,
    holds_url,
    may_hold_url,
    tokenize,
    word_count,
)
from dechrome.html.extract import Unit
from dechrome.html.mode import _normalised_texts
from dechrome.metadata import dates, lowerwords
from dechrome.rules import BLOCK_RULES, RULE_SET, BlockRule, credits
from dechrome.rules.openings import openings
from dechrome.stopwords import _index, best_list
from tests.rule_examples import MORE, NEGATIVE, POSITIVE

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES = sorted(
    {text for table in (POSITIVE, MORE) for by_language in table.values()
     for texts in by_language.values() for text in texts}
    | {text for pair in NEGATIVE.values() for text in pair}
    | {rule.example for rule in BLOCK_RULES}
)
_FRAGMENTS = sorted({word for text in EXAMPLES for word in text.split()})


def dotted_capital_i(text: str) -> str:
    """'İ', which the regex module's case-blind 'i' matches but which casefolds to two."""
    return text.replace("i", "İ")


_CASES = (str, str.upper, str.lower, str.title, str.swapcase, dotted_capital_i)
blocks = st.tuples(
    st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=6), min_size=1, max_size=8),
    st.sampled_from(_CASES),
).map(lambda drawn: drawn[1](" ".join(drawn[0])))
_ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _plain_first(text: str) -> BlockRule | None:
    words = len(tokenize(text))
    return next((rule for rule in BLOCK_RULES if rule.matches(text, words)), None)


def _assert_candidates_cover(text: str) -> None:
    candidates = RULE_SET.candidates(text)
    for position, rule in enumerate(BLOCK_RULES):
        if rule.test(text):
            assert candidates >> position & 1, f"{rule.name} matches {text!r} unnamed"


@pytest.mark.parametrize("case", _CASES, ids=lambda case: case.__name__)
def test_prefilter_names_every_rule_that_matches_an_example(case: Callable[[str], str]) -> None:
    for text in EXAMPLES:
        _assert_candidates_cover(case(text))


def test_the_prefilter_reads_an_opening_of_every_rule() -> None:
    """No rule's alternatives are left to a fallback regex, which would be tried on nearly
    every block of every page (prev-next's hint opening with a space did so)."""
    unread = [rule.name for rule in BLOCK_RULES for need in rule.needs() or ()
              if openings(need.source, anchored=need.anchored).rest]
    assert unread == []


@pytest.mark.parametrize("text", [" next", "\u00a0Older | Newer »", "\tPrevious", "Politik (12)",
                                  "Zurück zur Übersicht", "‹ Vorherige Seite"])
def test_prefilter_names_the_rules_of_lines_read_by_their_hints(text: str) -> None:
    assert _plain_first(text) is not None
    _assert_candidates_cover(text)
    active = RULE_SET.select(frozenset(rule.name for rule in BLOCK_RULES))
    assert active.first_matches([text], [len(tokenize(text))]) == [_plain_first(text)]


def test_first_matches_finds_the_rule_a_plain_walk_finds() -> None:
    active = RULE_SET.select(frozenset(rule.name for rule in BLOCK_RULES))
    words = [len(tokenize(text)) for text in EXAMPLES]
    assert active.first_matches(EXAMPLES, words) == [_plain_first(text) for text in EXAMPLES]


@FAST
@given(st.lists(blocks, min_size=1, max_size=6))
def test_prefilter_on_mixed_fragments(texts: list[str]) -> None:
    for text in texts:
        _assert_candidates_cover(text)
    active = RULE_SET.select(frozenset(rule.name for rule in BLOCK_RULES))
    found = active.first_matches(texts, [len(tokenize(text)) for text in texts])
    assert found == [_plain_first(text) for text in texts]


def test_openings_expand_groups_classes_and_optional_parts() -> None:
    found = openings(r"(?:wir|ich) erhalte(?:n)? eine", anchored=False)
    assert found.literals == {"wir erhalte eine", "wir erhalten eine", "ich erhalte eine",
                              "ich erhalten eine"}
    assert openings(r"s[ií]guenos\b", anchored=False).literals == {"siguenos", "síguenos"}
    assert openings(r"e-?mail").literals == {"email", "e-mail"}
    assert openings(r"(?:foto)?galería\s?:").literals == {"galería", "fotogalería", "galería:",
                                                           "fotogalería:"}


def test_openings_stop_where_a_part_may_repeat() -> None:
    assert openings(r"a{2,3}b|c+d|(?:ef)*g|h{1}i|k.l").literals == {"a", "c", "ef", "g", "hi",
                                                                  "k"}


def test_openings_name_lead_classes_only_for_anchored_patterns() -> None:
    anchored = openings(r"(?:\d{1,6} )?kommentare?")
    assert anchored.literals == {"kommentar", "kommentare"}
    assert anchored.leads == {r"\d"}
    assert openings(r"\W++").leads == {r"\W"}
    assert openings(r"\d{2} Kommentare", anchored=False).rest == (r"\d{2} Kommentare",)


def test_unread_alternatives_are_returned_whole() -> None:
    found = openings(r"abc|(?x) a b|\p{Lu}\w+|x{a}")
    assert found.literals == {"abc"}
    assert found.rest == (r"(?x) a b", r"\p{Lu}\w+", r"x{a}")


@pytest.mark.parametrize(("pattern", "gates"), [
    (normalize._INVISIBLE, normalize._INVISIBLE_GATES),
    (normalize._CONTROL, normalize._CONTROL_GATES),
    (normalize._LINE_BREAKS, normalize._LINE_BREAK_GATES),
    (normalize._C1, normalize._C1_GATES),
])
def test_each_gate_set_covers_its_step(
    pattern: regex.Pattern[str], gates: str
) -> None:
    for char in pattern.findall(_ALL_CHARACTERS):
        assert normalize._holds(char[:1], gates), f"{char[:1]!r} passes the gates"


def test_the_space_gates_cover_every_python_space() -> None:
    spaces = [char for char in _ALL_CHARACTERS if char.isspace() and char not in " \n"]
    assert all(normalize._holds(char, normalize._SPACE_GATES) for char in spaces)


_TRICKY = ["Ã©", "â€™", "Â ", "ß“", "\x85", "\x93", "\u200b", "\xad", "\r\n", "\r", "\u2028",
           "\x0b", "\x01", "\t", "  ", " \n", "\n\n\n", "\xa0", "\u3000", "<p>", "<b>", "&amp;",
           "&lt;p&gt;", "<!--", "-->", "e\u0301", "Ä", "https://a.de/x", "WwW.b.de", "abc", "\n"]
raw_texts = st.lists(st.sampled_from(_TRICKY) | st.text(max_size=5), max_size=30).map("".join)


def _plain_fold(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    folded: list[str] = []
    for line in lines:
        if line or (folded and folded[-1]):
            folded.append(line)
    while folded and not folded[-1]:
        folded.pop()
    return "\n".join(folded)


_PLAIN_HINT = regex.compile(normalize._MOJIBAKE_HINT.pattern + "|[\u0080-\u009f]")
_PLAIN_STEPS = (
    ("line-breaks", lambda text: normalize._LINE_BREAKS.sub("\n", text)),
    ("invisible-characters", lambda text: normalize._INVISIBLE.sub("", text)),
    ("encoding", lambda text: ftfy.fix_text(text, normalize._FTFY)
     if _PLAIN_HINT.search(text) else text),
    ("markup", normalize.strip_markup),
    ("c1-controls", lambda text: normalize._C1.sub("", text)),
    ("unicode-nfc", lambda text: unicodedata.normalize("NFC", text)),
    ("whitespace", _plain_fold),
)


def _plain_normalise(text: str) -> tuple[str, tuple[str, ...]]:
    repairs: list[str] = []
    for _ in range(normalize._MAX_ROUNDS):
        done = []
        for name, step in _PLAIN_STEPS:
            fixed = step(text)
            if fixed != text:
                done.append(name)
                text = fixed
        repairs.extend(name for name in done if name not in repairs)
        # Folding whitespace can free mojibake that ftfy read as text beside a no-break space.
        freed = "whitespace" in done and normalize._MOJIBAKE_HINT.search(text) is not None
        if not normalize._RESHAPING.intersection(done) and not freed:
            break
    return text, tuple(repairs)


@FAST
@given(raw_texts)
@example("\xa0\u00c3\u00a9")
def test_normalise_answers_as_the_plain_rounds_of_every_step(raw: str) -> None:
    if normalize.looks_binary(raw):
        return
    normalised = normalize.normalise(raw)
    assert (normalised.text, normalised.repairs) == _plain_normalise(raw)


@FAST
@given(raw_texts)
def test_fold_whitespace_answers_as_the_plain_fold(text: str) -> None:
    assert normalize.fold_whitespace(text) == _plain_fold(text)


@FAST
@given(st.text(alphabet=string.printable.replace("\r", "").replace("\x0b", "")
               .replace("\x0c", "")))
def test_ftfy_leaves_ascii_lines_alone(text: str) -> None:
    assert ftfy.fix_text(text, normalize._FTFY) == text


@FAST
@given(raw_texts)
def test_find_urls_answers_as_the_plain_scan(text: str) -> None:
    plain = [match.group().rstrip(".,;:!?)]}'\"") for match in URL.finditer(text)]
    assert find_urls(text) == plain


@FAST
@given(st.sets(st.sampled_from(["de", "la", "the", "und", "est", "and", "die", "el", "x", "zu",
                                "og", "och", "il", "en", "het", "a", "w", "nie", "que"])))
def test_best_list_counts_each_distinct_word_once(words: set[str]) -> None:
    index = _index()
    hits = [0] * len(index.names)
    for token, count in Counter(words).items():
        for position in index.languages_of.get(token, ()):
            hits[position] += count
    expected = (None if not any(hits) else
                index.names[max(range(len(hits)), key=hits.__getitem__)])
    assert best_list(words)[0] == expected


def _counted_best(words: set[str]) -> str | None:
    """`best_list`'s choice counted one list at a time (the plain form of its packed sum)."""
    index = _index()
    hits = [len(stop_list & words) for stop_list in index.lists]
    return None if not any(hits) else index.names[max(range(len(hits)), key=hits.__getitem__)]


@FAST
@given(st.lists(st.sampled_from(sorted(_index().words)), max_size=400).map(set),
       st.sets(st.text(max_size=5), max_size=20))
def test_best_list_packed_counts_are_each_lists_hits(stop_words: set[str], other: set[str]) -> None:
    assert best_list(stop_words | other)[0] == _counted_best(stop_words | other)


def test_best_list_counts_a_whole_list_without_overflow() -> None:
    """A page holding every word of the longest list: its counter reaches the list's size."""
    index = _index()
    longest = max(index.lists, key=len)
    assert best_list(set(longest))[1] == longest
    assert best_list(set(longest))[0] == _counted_best(set(longest))


def test_casefolding_keeps_each_characters_word_ness() -> None:
    """So a block counts as many words casefolded as not: measures reuse the casefolded
    tokens' count where `features.word_count` is asked of the text as printed."""
    for char in _ALL_CHARACTERS:
        folded = char.casefold()
        assert folded, f"{char!r} casefolds to nothing"
        assert {WORD.match(part) is not None for part in folded} == {
            WORD.match(char) is not None}, f"{char!r} changes word-ness when casefolded"


@FAST
@given(st.one_of(raw_texts, st.text(alphabet=string.printable), st.lists(
    st.text(alphabet=string.printable + "éßİ\u0307_中-·"), max_size=5).map("\n".join)))
def test_word_count_answers_as_the_pattern(text: str) -> None:
    assert word_count(text) == len(WORD.findall(text))


@FAST
@given(st.text(max_size=6), st.lists(st.sampled_from(
    [".", "!", "…", ":", ";", "\"", "”", ")", "]", " ", "\n", "😉", "a", "«"]), max_size=12))
def test_ends_like_sentence_answers_as_the_whole_text_search(head: str, tail: list[str]) -> None:
    text = head + "".join(tail)
    assert ends_like_sentence(text) == (_SENTENCE_END.search(text) is not None)


def test_ends_like_sentence_reads_the_longest_ending() -> None:
    for closers in range(9):
        for mark in (".", "😉"):
            for end in ("", "\n"):
                text = "Satz" + mark + "”" * closers + end
                assert ends_like_sentence(text) == (_SENTENCE_END.search(text) is not None)


def test_word_count_splits_ascii_words_as_the_pattern_does() -> None:
    for code in range(128):
        text = f"ab{chr(code)}cd"
        assert word_count(text) == len(WORD.findall(text)), repr(chr(code))


@FAST
@given(raw_texts)
def test_may_hold_url_is_false_only_where_url_cannot_match(text: str) -> None:
    assert may_hold_url(text) or URL.search(text) is None
    assert holds_url(text) == (URL.search(text) is not None)


def test_the_publication_label_gate_reads_every_label() -> None:
    found = openings(dates._PUBLISHED.pattern, anchored=True)
    assert not found.leads and not found.rest
    assert dates._PUBLISHED_GATE is not None


_WORDISH = ["neue", "Neue", "regeln", "straße", "-", " ", "\n", "a", "é", "x-y", "ab", "İ",
            "zz" * 11, "zz" * 10, "1", "Ab", "bc", ".", "@", "/", ":"]  # and addresses
paragraph_lists = st.lists(st.lists(st.sampled_from(_WORDISH), max_size=8).map("".join),
                           max_size=4)


@FAST
@given(paragraph_lists, st.lists(st.sampled_from(_WORDISH), min_size=1, max_size=3).map("".join))
def test_lower_words_asked_one_by_one_answer_as_the_whole_set(
    paragraphs: list[str], word: str
) -> None:
    for asked in (word, word.casefold()):
        assert (asked in lowerwords.LowerWords(paragraphs)) == (
            asked in lowerwords.lower_words(paragraphs))


def test_every_byline_lead_word_holds_a_word_of_the_byline_gate() -> None:
    lead = regex.search(r"\(\?i:(\(\?:von[^\n]*?)\)\\s\{1,3\}", credits._BYLINE.pattern)
    assert lead is not None
    found = openings(lead.group(1), anchored=True)
    assert found.literals and not found.leads and not found.rest
    assert all(credits._BYLINE_LEAD.search(literal) for literal in found.literals)


def test_ascii_words_are_the_word_pattern_on_ascii() -> None:
    ascii_text = "".join(map(chr, range(128)))
    for text in (ascii_text, ascii_text.casefold(), string.printable, "a_b 1.2 x-y\tz", "",
                 " ", "__", "Ab9_ z", "\x00a\x7fb"):
        assert ascii_words(text) == WORD.findall(text)
    assert all(ascii_words(char) == WORD.findall(char) for char in ascii_text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_words_match_the_word_pattern_on_any_ascii_text(text: str) -> None:
    assert ascii_words(text) == WORD.findall(text)


# Words and whitespace alone: texts whose one repair is the fold.
_spaced_words = st.lists(st.sampled_from(["word", "Wort", " ", "  ", "\t", "\n", "\n\n\n",
                                          "\u00a0", "x."]), max_size=12).map("".join)


@FAST
@given(st.lists((raw_texts | _spaced_words).map(str.strip).filter(bool), min_size=1, max_size=6))
def test_html_units_normalise_as_each_unit_alone(texts: list[str]) -> None:
    # HTML mode normalises the extracted units joined when that needs at most a whitespace
    # fold: the result must be what normalising each unit on its own gives (as HTML mode
    # does, keeping text that looks like markup: on a page it is text the page shows).
    units = tuple(Unit("p", text, 0) for text in texts)
    if any(normalize.looks_binary(text) for text in texts):
        return
    alone = [normalize.normalise(text, markup=False) for text in texts]
    repairs = list(dict.fromkeys(name for found in alone for name in found.repairs))
    links = list(dict.fromkeys(link for found in alone for link in found.links))
    found_texts, found_repairs, found_links = _normalised_texts(units)
    assert found_texts == [found.text for found in alone]
    assert sorted(found_repairs) == sorted(repairs)
    assert list(dict.fromkeys(found_links)) == links


_CASE_BLIND_URL = regex.compile(URL.pattern.replace(
    "[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\\.", "https?://|www\\."), regex.IGNORECASE)


def test_the_spelt_out_url_opening_holds_what_the_case_blind_one_matches() -> None:
    # Each letter's class is every character the case-blind letter matches, no more.
    assert _CASE_BLIND_URL.pattern != URL.pattern
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter, spelt in {"h": "hH", "t": "tT", "p": "pP", "s": "sSſ", "w": "wW"}.items():
        assert set(regex.compile(letter, regex.IGNORECASE).findall(every)) == set(spelt)


@settings(max_examples=400)
@given(st.lists(st.sampled_from([
    "http://", "HTTPS://", "httpſ://", "Www.", "wWw.", "www", "ſ", "x.org/a", " ", "\n", "«",
    "İ", "hTtP://é.de", "://", "a", ".", "/"]), max_size=12).map("".join)
    | st.text(max_size=60))
def test_urls_are_found_as_the_case_blind_pattern_finds_them(text: str) -> None:
    spans = [match.span() for match in URL.finditer(text)]
    assert spans == [match.span() for match in _CASE_BLIND_URL.finditer(text)]


def test_a_long_run_of_url_openings_is_read_in_linear_time() -> None:
    text = "http:/" * 20_000 + "wwW" * 20_000 + "http://" + "a" * 5_000
    assert [len(match.group()) for match in URL.finditer(text)] == [2007]

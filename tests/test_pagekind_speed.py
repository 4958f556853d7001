"""The shortcuts the page-kind measures take for speed read the same as the patterns they
stand in for: a sentence end read from the line's last characters, the plain tests before
the code pattern, the lines read once per distinct text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dechrome.features import ends_like_sentence
from dechrome.pagekind.frame import SENTENCE_TAIL, _may_end, measure_frame
from dechrome.pagekind.signals import _CODE, _MAX_CODE_WORDS, _is_code

_ENDS = st.sampled_from([".", "!", "?", "…", ":", ";", "\"", "'", "”", "»", ")", "]", " ",
                         "😉", "🙂", "a", "1", "-", "\u00a0", "’", "\x1c", "\r"])
_LINE = st.builds(lambda body, tail: (body + "".join(tail)).strip(),
                  st.text(max_size=60), st.lists(_ENDS, max_size=9))
_CODEISH = st.lists(st.sampled_from(["x", "=", "(", ")", "{", "}", ";", "<", "a", ">", "/",
                                     " ", "def ", "import ", "$ ", "from ", "=>", "pip ",
                                     "git ", "1"]), max_size=20).map("".join)


@settings(max_examples=400)
@given(_LINE)
def test_a_sentence_end_is_read_from_the_last_characters(line: str) -> None:
    whole = ends_like_sentence(line)
    assert ends_like_sentence(line[-SENTENCE_TAIL:]) == whole
    # The plain test of the last character never rules out a line that ends a sentence.
    if whole and line:
        assert _may_end(line)


@settings(max_examples=400)
@given(_CODEISH | st.text(max_size=80))
def test_the_plain_tests_before_the_code_pattern_rule_out_no_code(line: str) -> None:
    stripped = line.strip()
    expected = (bool(stripped) and len(stripped.split()) <= _MAX_CODE_WORDS
                and _CODE.search(stripped) is not None)
    assert _is_code(line) == expected


@given(st.lists(st.sampled_from([
    "jane wrote:", "2 days ago", "Reply", "$24.00", "Add to cart", "Get started", "Home",
    "May 3, 2024", "Click to expand...",
    "I think the second option is better because it lasts much longer than the first.",
]), max_size=25))
def test_repeated_lines_count_as_often_as_they_stand(lines: list[str]) -> None:
    # Each distinct line is read once: its repeats must still count each time.
    once = measure_frame(lines)
    twice = measure_frame(lines + lines)
    assert twice.prices == 2 * once.prices and twice.carts == 2 * once.carts
    assert twice.calls == 2 * once.calls and twice.speakers == 2 * once.speakers

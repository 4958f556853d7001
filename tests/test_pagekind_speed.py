"""The shortcuts the page-kind measures take for speed read the same as the patterns they
stand in for: the plain test of a line's last character before the sentence-end pattern, the
plain tests before the code pattern, one match before the short-line patterns, the lines
read once per distinct text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dechrome.context.thread import is_speaker_line
from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import first_date
from dechrome.pagekind.frame import (
    _AGE,
    _CALL,
    _CART,
    _DIGIT,
    _FORUM_CHROME,
    _HEAD_WORDS,
    _MAX_SHORT_CHARS,
    _OPEN_HEADS,
    _OPENS,
    _POST_WORDS,
    _PRICE,
    _ends_sentence,
    _may_open,
    _read_line,
    measure_frame,
)
from dechrome.pagekind.signals import (
    _CJK,
    _CJK_CHARS_PER_WORD,
    _CODE,
    _MAX_CODE_WORDS,
    _WIDE,
    _is_code,
    _words,
)

_ENDS = st.sampled_from([".", "!", "?", "…", ":", ";", "\"", "'", "”", "»", ")", "]", " ",
                         "😉", "🙂", "a", "1", "-", "\u00a0", "’", "\x1c", "\r"])
_LINE = st.builds(lambda body, tail: (body + "".join(tail)).strip(),
                  st.text(max_size=60), st.lists(_ENDS, max_size=9))
_CODEISH = st.lists(st.sampled_from(["x", "=", "(", ")", "{", "}", ";", "<", "a", ">", "/",
                                     " ", "def ", "import ", "$ ", "from ", "=>", "pip ",
                                     "git ", "1"]), max_size=20).map("".join)


@settings(max_examples=400)
@given(_LINE)
def test_the_plain_test_of_the_last_character_rules_out_no_sentence_end(line: str) -> None:
    # The plain test of the last character never rules out a line that ends a sentence.
    assert _ends_sentence(line) == ends_like_sentence(line)


@settings(max_examples=400)
@given(_LINE | st.text(min_size=70, max_size=120) | st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(st.sampled_from(["a", "word", "longer-word", "x" * 30]), max_size=14),
    st.sampled_from(["", ".", "!", ":"])))
def test_a_line_is_running_text_short_or_neither_as_its_whole_reading_says(line: str) -> None:
    # The end of a line is looked at only where the words or length need it: the reading
    # is the one from every measure taken in full.
    words = len(line.split())
    if words >= _POST_WORDS and ends_like_sentence(line):
        expected = (words, False)
    elif words > _HEAD_WORDS or len(line) > _MAX_SHORT_CHARS:
        expected = (0, False)
    else:
        expected = (0, True)
    fact = _read_line(line)
    assert (fact.words, fact.short) == expected


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
    assert measure_frame(["", *lines]) == measure_frame(lines)
    # Each distinct line is read once: its repeats must still count each time, but for
    # speaker lines, which count once each (a label repeated word for word is a widget's).
    once = measure_frame(lines)
    twice = measure_frame(lines + lines)
    assert twice.prices == 2 * once.prices and twice.carts == 2 * once.carts
    assert twice.calls == 2 * once.calls and twice.speakers == once.speakers


def _read_slowly(line: str) -> tuple[bool, ...]:
    """What `frame._read_line` says of a short line, from every pattern without a gate."""
    words = len(line.split())
    digit = _DIGIT.search(line) is not None
    chrome = _FORUM_CHROME.match(line) is not None
    speaker = is_speaker_line(line, words)
    return (chrome, digit and _PRICE.search(line) is not None,
            not chrome and _CART.match(line) is not None,
            not chrome and _CALL.match(line) is not None and _CART.match(line) is None,
            speaker, speaker and _AGE.match(line) is None,
            digit and first_date(line) is not None)


_SHORT_LINES = st.sampled_from([
    "jane wrote:", "Jane Doe says:", "2 days ago", "vor 3 Stunden", "Reply", "Antworten",
    "12 likes", "Rating: 36 Votes", "$24.00", "24,00 €", "EUR 12", "Add to cart", "Sold out",
    "Get started", "Request a demo", "May 3, 2024", "03.05.2024", "2024-05-03", "Home",
    "Click to expand...", "Joined: 2019", "Posts: 1,204", "12 replies", "Page 2 of 9",
    "Call now", "one hour ago", "il y a 2 jours", "ADD TO CART", "İn stock", "REPLY",
    "Vor einer Stunde", "Thread Starter", "ʀeply", "GEFÄLLT MIR", "Rating: 3 votes",
]) | st.text(max_size=40).map(str.strip).filter(bool)


@settings(max_examples=400)
@given(_SHORT_LINES)
def test_the_gated_short_line_reads_as_every_pattern_would(line: str) -> None:
    fact = _read_line(line)
    if not fact.short:
        return
    assert (fact.chrome, fact.price, fact.cart, fact.call, fact.speaker, fact.named,
            fact.dated) == _read_slowly(line)


# Lines opening as `_OPENS`'s phrases do, in any case, with what may follow them.
_OPENING_LINES = st.builds(
    lambda head, cases, tail: "".join(
        char.upper() if upper else char for char, upper in zip(head, cases, strict=False)
    ) + head[len(cases):] + tail,
    st.sampled_from(sorted(_OPEN_HEADS or ())) | st.sampled_from([
        "add to cart", "click to expand...", "members online", "an hour ago", "j'aime",
        "il y a 3 jours", "hace 2 días", "gefällt mir", "do koszyka", "répondre",
    ]),
    st.lists(st.booleans(), max_size=30),
    st.sampled_from(["", " ", "x", " now", "\u0307", "s", ":"]),
)


def test_the_opening_gate_has_the_openings_of_every_phrase() -> None:
    # The gate is read from the pattern; were it not, every line would pass it.
    assert _OPEN_HEADS is not None and "add " in _OPEN_HEADS


@settings(max_examples=600)
@given(_OPENING_LINES | st.text(max_size=30))
def test_the_opening_gate_rules_out_no_line_the_pattern_matches(line: str) -> None:
    assert _may_open(line) == (_OPENS.match(line) is not None)


def test_no_character_below_the_wide_range_is_chinese_or_japanese() -> None:
    # The range gate before `_CJK` must hold every character `_CJK` matches.
    below = [chr(code) for code in range(0x2E80) if not 0xD800 <= code < 0xE000]
    assert _CJK.search("".join(below)) is None
    assert _WIDE.search("\u2e7f" * 10_000 + "é") is None  # a long text without one: no match


@settings(max_examples=300)
@given(st.text(max_size=80) | st.builds(
    lambda a, b: a + b, st.text(max_size=20),
    st.text(alphabet="日本語のテキストです。漢字カタカナ", max_size=40)))
def test_word_counts_read_as_counting_the_scripts_everywhere(text: str) -> None:
    spaced = len(text.split())
    cjk = len(_CJK.findall(text)) // _CJK_CHARS_PER_WORD
    expected = spaced if text.isascii() else max(spaced, cjk)
    assert _words(text) == expected

"""The fast context passes answer as the plain definitions they stand for.

Near duplicates are found by prefix filtering instead of comparing every block with every
earlier one that shares a trigram; contained lines by Aho-Corasick instead of the holders of
each line's rarest trigram. Both are checked here against those plain walks, on blocks drawn
from a few words so that repeats, near repeats and full postings are common. The substring
gate before the URL regex must never hide a URL, nor the date forms' marks a date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dechrome.config import Config
from dechrome.context import headline, tail, teasers, thread
from dechrome.context.base import Facts, Page
from dechrome.context.dedup import RULES, apart, is_heading
from dechrome.context.similar import Shingled, near_losers
from dechrome.features import URL, may_hold_url
from dechrome.metadata import dateparse
from dechrome.metadata.language import _ANY_CONTROL, _CONTROLS
from dechrome.model import Block
from dechrome.reasons import Rule

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_MAX_POSTINGS = 24
_THRESHOLDS = st.sampled_from([0.8, 0.8, 0.5, 0.9, 1.0, 0.0, -1.0, 1.5, 1 / 3, float("nan")])


def _plain_near(blocks: Sequence[Shingled], threshold: float,
                distinct: Callable[[int, int], bool] | None = None) -> Iterator[int]:
    """The pairwise walk: each block against every earlier standing block sharing a trigram
    whose postings (capped at 24) hold it, but those `distinct` tells apart from it."""
    postings: dict[object, list[int]] = defaultdict(list)
    seen: dict[int, tuple[frozenset[object], int]] = {}
    gone: set[int] = set()
    for index, mine, words in blocks:
        seen[index] = (mine, words)
        candidates = {other for gram in mine for other in postings[gram] if other not in gone}
        for other in sorted(candidates):
            theirs, their_words = seen[other]
            if len(mine & theirs) / len(mine | theirs) >= threshold and (
                distinct is None or not distinct(index, other)
            ):
                loser = other if their_words < words else index
                gone.add(loser)
                yield loser
                break
        if index not in gone:
            for gram in mine:
                if len(postings[gram]) < _MAX_POSTINGS:
                    postings[gram].append(index)


_shingled = st.lists(
    st.tuples(st.integers(1, 3), st.frozensets(st.integers(0, 30), max_size=14),
              st.integers(0, 20)),
    max_size=70,
).map(lambda drawn: [(sum(step for step, _, _ in drawn[: n + 1]), grams, words)
                     for n, (_, grams, words) in enumerate(drawn)])


@MANY
@given(_shingled, _THRESHOLDS)
def test_near_losers_match_the_pairwise_walk(blocks: list[Shingled], threshold: float) -> None:
    assert list(near_losers(blocks, threshold)) == list(_plain_near(blocks, threshold))


@MANY
@given(_shingled, _THRESHOLDS)
def test_near_losers_say_whether_any_pair_reaches_the_threshold(
    blocks: list[Shingled], threshold: float
) -> None:
    """The walk's value says whether a pair reached the threshold; when none did, the
    near-duplicate rule asks no subset of the blocks again (`copies.settled`)."""
    walk = near_losers(blocks, threshold)
    while True:
        try:
            next(walk)
        except StopIteration as stop:
            reached = stop.value
            break
    pairs = any(
        mine & theirs and len(mine & theirs) / len(mine | theirs) >= threshold
        for n, (_, mine, _) in enumerate(blocks) for _, theirs, _ in blocks[:n]
    )
    assert reached == (pairs or threshold <= 0)


def test_near_losers_respect_full_postings() -> None:
    # 25 blocks fill the postings of trigram 0: a later block sharing only it is compared with
    # none of those after the 24th, as in the pairwise walk.
    blocks = [(i, frozenset({0, 100 + i}), 5) for i in range(30)]
    blocks.append((40, frozenset({0, 129}), 9))
    assert list(near_losers(blocks, 0.3)) == list(_plain_near(blocks, 0.3))


def _plain_contained(page: Page) -> Iterator[int]:
    """Lines of 3 to 60 words that a longer kept block holds word for word, unless their
    rarest trigram stands in more than 24 kept blocks, or they stand more than once (a
    template line exact-duplicate kept)."""
    minimum = page.config.contained_min_words
    assert minimum is not None
    kept, keys = page.kept(), page.facts.keys
    frequency = Counter(gram for i in kept for gram in page.facts.trigrams(i))
    standing = Counter(keys[i] for i in kept)
    for index in kept:
        if not max(minimum, 3) <= page.words[index] <= 60 or standing[keys[index]] > 1:
            continue
        if min(frequency[gram] for gram in page.facts.trigrams(index)) > _MAX_POSTINGS:
            continue
        if is_heading(page, index):
            continue
        if any(len(keys[other]) > len(keys[index]) and f" {keys[index]} " in f" {keys[other]} "
               for other in kept):
            yield index


def _page(lines: list[list[int]], gone: set[int], config: Config) -> Page:
    tokens = [[f"w{word}" for word in line] for line in lines]
    # Every other line ends like a sentence: headings are no contained duplicates, sentences are.
    blocks = tuple(Block(i, " ".join(words) + ("." if i % 2 else ""), i, 0)
                   for i, words in enumerate(tokens))
    facts = Facts(blocks, tuple(map(len, tokens)), tuple(" ".join(t) for t in tokens),
                  tuple(False for _ in tokens), tuple(0.0 for _ in tokens))
    removed = {i: Rule.MENU_ITEM for i in gone if i < len(blocks)}
    return Page(facts, removed, None, config)


_lines = st.lists(st.lists(st.integers(0, 6), max_size=12) | st.lists(st.integers(0, 3),
                  min_size=20, max_size=70), min_size=1, max_size=60)
_finders = {rule.name: rule.find for rule in RULES}


@MANY
@given(_lines, st.sets(st.integers(0, 60)), st.sampled_from([1, 3, 5, 8]))
def test_contained_matches_the_plain_definition(
    lines: list[list[int]], gone: set[int], minimum: int
) -> None:
    page = _page(lines, gone, Config(contained_min_words=minimum))
    found = list(_finders[Rule.CONTAINED_DUPLICATE](page))
    assert found == list(_plain_contained(page))


@MANY
@given(_lines, st.sets(st.integers(0, 60)), st.sampled_from([2, 5, 8]), _THRESHOLDS)
def test_near_duplicate_rule_matches_the_pairwise_walk(
    lines: list[list[int]], gone: set[int], minimum: int, threshold: float
) -> None:
    page = _page(lines, gone, Config(near_duplicate_min_words=minimum,
                                     near_duplicate_threshold=threshold))
    blocks = [(i, page.facts.trigrams(i), page.words[i]) for i in page.kept()
              if page.words[i] >= minimum]
    # Lines (not paragraphs) with distinct content between them are no copies.
    assert list(_finders[Rule.NEAR_DUPLICATE](page)) == list(
        _plain_near(blocks, threshold, apart(page)))


_URLISH = st.lists(st.sampled_from(["www.", "WwW.", "wW.", "Ww", "http", "://", "HTTPS:/", "x",
                                    " ", ".", "w", "W", "/", ":"]), max_size=8).map("".join)


@MANY
@given(_URLISH | st.text(max_size=30))
def test_url_gate_never_hides_a_url(text: str) -> None:
    if URL.search(text) is not None:
        assert may_hold_url(text)


def test_language_control_gate_is_exact() -> None:
    # The detector translates controls away only when the gate finds one: it must find them all.
    for code in range(0x3000):
        assert (code in _CONTROLS) == (_ANY_CONTROL.match(chr(code)) is not None), hex(code)


_DATEISH = st.lists(st.sampled_from(["12.", "7.", "2025", "1999", "2110", "-", "/", "11", "Nov",
                                     "Mai", "1er", "novembre", "1st", " ", ",", "T10:30", "0",
                                     "3", "21", "um 16:29", "pm", "of ", "de ", "mayo",
                                     "\u00a0", "\t", "x2024"]),
                    max_size=10).map("".join)


@MANY
@given(_DATEISH)
def test_date_marks_skip_no_date(text: str) -> None:
    for day_first in (False, True):
        plain = sorted((date for pattern in dateparse._PATTERNS.items()
                        for date in dateparse._matches(pattern, text, day_first=day_first)),
                       key=lambda date: date.start)
        assert dateparse.find_dates(text, day_first=day_first) == plain


_MARKER_PARTS = st.sampled_from([
    "joe", "Jo Ann", " ", "says", "SAYS", "sagt", "wrote", ":", ":\n", "\n", "2 days ago",
    "vor 3 Stunden", "il y a 2 jours", "Reply", "Antworten", "Rating: 36 Votes", "12 likes",
    "at 07:52 am", "ago", "x:", "ſays", "K", "é",
])


@MANY
@given(st.lists(_MARKER_PARTS | st.text(max_size=4), max_size=8).map("".join))
def test_speaker_line_split_by_its_colon_answers_as_the_union(text: str) -> None:
    """`is_speaker_line` matches only its own kind's pattern (by the line's last colon): it
    must answer as one union of the three kinds would."""
    union = regex.compile("|".join(f"(?:{kind.pattern})" for kind in (
        thread._SPEAKER, thread._AGO, thread._ACTION)), regex.IGNORECASE)
    assert thread.is_speaker_line(text, 0) == (union.match(text) is not None)


def test_speaker_lines_with_every_ending_answer_as_the_union() -> None:
    union = regex.compile("|".join(f"(?:{kind.pattern})" for kind in (
        thread._SPEAKER, thread._AGO, thread._ACTION)), regex.IGNORECASE)
    for line in ("joe says", "Jo Ann wrote", "2 days ago", "Reply", "vor 3 Stunden", "x"):
        for ending in ("", ":", ":\n", "\n", " :", ": ", "::", ":\n\n"):
            text = line + ending
            assert thread.is_speaker_line(text, 0) == (union.match(text) is not None), text


@MANY
@given(_lines, st.sets(st.integers(0, 60)), st.sets(st.integers(0, 60)),
       st.sampled_from(sorted(_finders)), _THRESHOLDS)
def test_dedup_rules_asked_again_after_more_removals_answer_as_anew(
    lines: list[list[int]], gone: set[int], more: set[int], name: Rule, threshold: float
) -> None:
    """A rule that found no candidate is not asked again of the same, grown, removals
    (`copies.settled`): its answer then is the answer of a page measured anew."""
    config = Config(contained_min_words=3, near_duplicate_min_words=2,
                    near_duplicate_threshold=threshold)
    page = _page(lines, gone, config)
    list(_finders[name](page))
    grown = page.removed
    assert isinstance(grown, dict)
    for index in more:
        if index < len(lines):
            grown.setdefault(index, Rule.MENU_ITEM)
    again = list(_finders[name](Page(page.facts, grown, None, config)))
    assert again == list(_finders[name](_page(lines, set(grown), config)))


def _plain_around(facts: Facts, alive: list[int], counts: Counter[str],
                  lines: list[int]) -> set[int]:
    """The lines with distinct content between each and its next copy, by walking on."""
    keys = facts.keys
    def distinct(n: int) -> bool:
        index = alive[n]
        return counts[keys[index]] == 1 and (facts.prose[index] or facts.words[index] >= 4)
    around = set()
    for index in lines:
        start = alive.index(index) + 1
        end = next((n for n in range(start, len(alive)) if keys[alive[n]] == keys[index]),
                   len(alive))
        if any(distinct(n) for n in range(start, end)):
            around.add(index)
    return around


@MANY
@given(_lines, st.sets(st.integers(0, 60)), st.data())
def test_lines_recurring_around_content_match_the_walk(
    lines: list[list[int]], gone: set[int], data: st.DataObject
) -> None:
    page = _page(lines, gone, Config())
    alive = page.kept()
    chosen = sorted(data.draw(st.sets(st.sampled_from(alive))) if alive else set())
    counts = Counter(map(page.facts.keys.__getitem__, alive))
    found = headline._recurring_around_content(page.facts, alive, counts, chosen)
    assert found == _plain_around(page.facts, alive, counts, chosen)


def _prose_facts(lines: list[list[int]]) -> Facts:
    """Facts of lines of words long enough to be topic words; every other line is prose."""
    tokens = tuple([f"topic{word}" for word in line] for line in lines)
    blocks = tuple(Block(i, " ".join(words) + ".", i, 0) for i, words in enumerate(tokens))
    return Facts(blocks, tuple(map(len, tokens)), tuple(" ".join(t) for t in tokens),
                 tuple(i % 2 == 1 for i in range(len(tokens))), tuple(0.0 for _ in tokens),
                 tokens)


@MANY
@given(_lines, st.lists(st.sets(st.integers(0, 60)), min_size=2, max_size=5),
       st.integers(0, 60), st.integers(0, 60))
def test_topic_words_asked_in_several_states_answer_as_anew(
    lines: list[list[int]], states: list[set[int]], first: int, last: int
) -> None:
    """The topic found once for the paragraphs a span counts (`tail.topic_words`) is the
    topic of every state of the page that counts the same ones, and only of those."""
    facts = _prose_facts(lines)
    for gone in states:
        removed = {i: Rule.MENU_ITEM for i in gone if i < len(lines)}
        for span in ((0, len(lines) - 1),
                     (min(first, last) % len(lines), max(first, last) % len(lines))):
            fresh = Page(_prose_facts(lines), removed, None, Config())
            assert tail.topic_words(Page(facts, removed, None, Config()), span) == (
                tail.topic_words(fresh, span))


def _title_head_walk(words: list[str]) -> int:
    """`teasers._title_head` without its shortcut for a lower-case word near the start."""
    length, small = 0, 0
    for index, word in enumerate(words[:teasers._HEAD_MAX + 1]):
        if index and teasers._SENTENCE_WORD.search(words[index - 1]):
            break
        letter = teasers._first_letter(word)
        if letter and not teasers._CAPITAL_START.match(letter):
            break
        small += index > 0 and teasers._EDGES.sub("", word).casefold() in teasers._TITLE_SMALL
        length = index + 1
    return length if small and teasers._HEAD_MIN <= length <= teasers._HEAD_MAX else 0


_TITLE_WORDS = st.sampled_from(["Ford", "Recalls", "of", "Of", "the", "The", "at", "At", "a",
                                "U.S.", "B.", "said.", "'Quoted", "—", "1", "Élan", "émigré",
                                "x", "Rhee", "in", "In", "$690"])


@settings(max_examples=600)
@given(st.lists(_TITLE_WORDS | st.text(min_size=1, max_size=4).filter(str.strip).map(str.strip),
                max_size=30))
def test_the_title_head_shortcut_answers_as_the_walk(words: list[str]) -> None:
    words = [word for word in words if word and not any(c.isspace() for c in word)]
    assert teasers._title_head(words) == _title_head_walk(words)

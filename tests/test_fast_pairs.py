"""The shortcuts of teaser-pairs and author-bio answer as the plain walks they stand for.

teaser-pairs reads the page's headline lines once per page and starts items only near one
(a line's word count read before its measure);
author-bio reads its notes once per page and tests a name line's position only. Both are
checked here against the walks over every kept position, on pages drawn from a few line
shapes (headlines, leads, dates, paragraphs, name lines, notes) with blocks removed at random.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dechrome.config import Config
from dechrome.context import bio, pairs
from dechrome.context.base import Facts, Page
from dechrome.model import Block
from dechrome.reasons import Rule

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LINES = (
    ("Storm cuts power to thousands across the valley", False),
    ("More than 12,000 homes lost power on Sunday.", True),
    ("A family bakery took the top prize. It opened in 1990.", True),
    ("5 hours ago", False),
    ("Dec 18, 2025", False),
    ("By Jane Doe", False),
    ("See https://example.com/story for the whole story here", False),
    ("Costs and funding", False),
    ("Is the plan worth what it costs the city", False),
    ("The council will vote on the final route in March, after a second round of public "
     "meetings in each district, and the department has promised to publish the cost "
     "estimates for each of the three lines well before that vote takes place and after.", True),
    ("Karina Cohen", False),
    ("VP - Technology", False),
    ("Karina Cohen is the owner of a small agency in Boston.", True),
    ("Jane Doe is a senior reporter covering energy.", True),
    ("jane doe is a senior reporter covering energy.", True),
    ("1. Jane Doe is a senior reporter covering energy.", True),
    ("Who is the author? Jane Doe is.", True),
    ("2h ago", False),
    ("Dec 2025", False),
)
# Single lines and the items of a box (a headline over its lead, a date above or below).
_PIECES = st.sampled_from([(0, 1), (0, 2, 3), (4, 0, 1), (17, 18, 0, 1), (10, 12),
                           (10, 11, 12)]) | st.tuples(st.integers(0, len(_LINES) - 1))
_page_lines = st.lists(_PIECES, max_size=16).map(lambda pieces: [i for p in pieces for i in p])


def _page(lines: Sequence[int], gone: set[int]) -> Page:
    texts = [_LINES[i][0] for i in lines]
    tokens = tuple(text.casefold().split() for text in texts)
    blocks = tuple(Block(i, text, i, 0) for i, text in enumerate(texts))
    facts = Facts(blocks, tuple(map(len, tokens)), tuple(" ".join(t) for t in tokens),
                  tuple(_LINES[i][1] for i in lines), tuple(0.0 for _ in tokens), tokens)
    removed = {i: Rule.MENU_ITEM for i in gone if i < len(lines)}
    return Page(facts, removed, None, Config())


def _plain_head(page: Page, index: int) -> bool:
    text = page.blocks[index].text
    return (pairs._HEAD_MIN <= page.words[index] <= pairs._HEAD_MAX
            and pairs._OPENS.match(text) is not None and pairs._HEAD_END.search(text) is None
            and not page.facts.links()[index])


def _plain_runs(page: Page, kept: Sequence[int]) -> Iterator[tuple[int, int, list[int]]]:
    """`pairs._runs` trying an item at every position."""
    position = 0
    while position < len(kept):
        start, heads = position, []
        while (item := pairs._item(page, kept, position)) is not None:
            heads.append(kept[item[0]])
            position = item[1]
        if len(heads) >= pairs._MIN_ITEMS:
            yield start, position, heads
        position = position + 1 if position == start else position


@MANY
@given(_page_lines, st.sets(st.integers(0, 40)))
def test_teaser_runs_match_the_walk_over_every_position(lines: list[int], gone: set[int]
                                                        ) -> None:
    page = _page(lines, gone)
    assert [i for i in range(len(lines)) if pairs._is_head(page, i)] == [
        i for i in range(len(lines)) if _plain_head(page, i)]
    # A lead's word count is read before the measure: it answers as the measure alone.
    assert [pairs._is_lead(page, i) for i in range(len(lines))] == [
        pairs._lead_at(page.facts, i) for i in range(len(lines))]
    kept = page.kept_indices
    assert list(pairs._runs(page, kept)) == list(_plain_runs(page, kept))


def _plain_bio(page: Page) -> Iterator[int]:
    """`bio._bio` testing every kept block as a note and every position as a name line."""
    kept = page.kept_indices
    notes = [i for i in kept[1:] if page.words[i] <= bio._MAX_WORDS
             and bio._BIO.match(page.blocks[i].text) is not None
             and bio.is_author_bio(page.blocks[i].text)]
    last = kept[-bio._LAST_BLOCKS:]
    lone = len(notes) == 1 and bio._below_most_prose(page, (notes[0],))
    yield from (i for i in notes if i in last or lone)
    found = [box for position in range(len(kept) - 1)
             if (box := bio._box_at(page, kept, position))]
    if len(found) == 1 and bio._below_most_prose(page, found[0]):
        yield from found[0]


@MANY
@given(_page_lines, st.sets(st.integers(0, 40)))
def test_author_notes_match_the_walk_over_every_position(lines: list[int], gone: set[int]
                                                         ) -> None:
    page = _page(lines, gone)
    assert list(bio._bio(page)) == list(_plain_bio(page))


@settings(max_examples=600)
@given(st.text(max_size=60))
def test_a_bio_opens_with_no_ascii_but_a_capital(text: str) -> None:
    """The first-character test before the pattern rules out no note the pattern reads."""
    first = text[:1]
    if first.isascii() and not "A" <= first <= "Z":
        assert bio._BIO.match(text) is None


@given(_page_lines)
def test_once_measures_each_block_once_whatever_it_answers(lines: list[int]) -> None:
    """`Facts.once` remembers every answer, a None or a False too, per block."""
    facts = _page(lines, set()).facts
    asked: list[int] = []

    def measure(_facts: Facts, index: int) -> bool | None:
        asked.append(index)
        return None if index % 3 == 0 else index % 3 == 1

    for _ in range(2):
        answers = [facts.once(measure, i) for i in range(len(lines))]
        assert answers == [None if i % 3 == 0 else i % 3 == 1 for i in range(len(lines))]
    assert asked == list(range(len(lines)))

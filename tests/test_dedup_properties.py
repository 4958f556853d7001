"""Deduplication removes copies, not structure: properties checked with hypothesis.

A page is drawn from distinct paragraphs, template lines (a question asked of every guest, a
label per item) and pasted runs. Whatever else the rules do, no dedup rule takes a template
line that stands between distinct paragraphs; a run pasted a second time goes once; and
cleaning twice changes nothing.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.features import dedup_key

_DEDUP = frozenset({dechrome.Rule.EXACT_DUPLICATE, dechrome.Rule.NEAR_DUPLICATE,
                    dechrome.Rule.CONTAINED_DUPLICATE, dechrome.Rule.TITLE_DUPLICATE})
_PARAGRAPHS = [
    "The committee will publish its findings next month after hearing from witnesses.",
    "Schools across the region closed on Tuesday as temperatures climbed above forty degrees.",
    "Der Minister sagte am Freitag in Berlin, dass die Verhandlungen weitergehen würden.",
    "La réunion a duré plus de trois heures selon les témoins présents dans la salle.",
    "Engineers raised the flood barriers by another half metre before the rain arrived.",
    "Dock workers will return on Wednesday after the union accepted the new pay offer.",
    "My grandmother kept her notes in the margins of every novel she ever owned and read.",
    "Blend a handful of spinach, one ripe pear and a cup of cold water until smooth.",
]
_TEMPLATES = ["What are you reading now?", "Portion: 1 green, 1 red", "Drink within 30 minutes",
              "Pros", "Key developments:", "Was lesen Sie gerade?"]
_HEADLINE = "Three guests on the week that changed their plans"
_INTRO = ("We asked each of our guests the same questions about their work, their reading and "
          "the plans they had to change this year.")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# One language per page: a paragraph in another language is weak evidence of the article, and
# where the article's region ends is not what these properties are about.
_ENGLISH = [p for p in _PARAGRAPHS if p.isascii() and not p.startswith(("Der ", "La "))]
distinct_paragraphs = st.lists(st.sampled_from(_ENGLISH), min_size=2, max_size=6, unique=True)


def _dedup_removed(document: dechrome.Document) -> list[str]:
    return [r.text for r in document.removals if r.rule in _DEDUP]


@FAST
@given(distinct_paragraphs, st.sampled_from(_TEMPLATES), st.booleans())
def test_a_template_line_between_distinct_paragraphs_survives(
    paragraphs: list[str], template: str, all_rules: bool
) -> None:
    # Each paragraph under its template line: an interview's question, a day's portion line.
    page = "\n".join([_HEADLINE, _INTRO, *(f"{template}\n{p}" for p in paragraphs)])
    _assert_every_copy_stays(page, template, len(paragraphs), all_rules=all_rules)


@FAST
@given(distinct_paragraphs, st.integers(0, 4), st.booleans())
def test_a_pasted_run_is_removed_once(paragraphs: list[str], cut: int, all_rules: bool) -> None:
    # The run (two or more blocks) is pasted again right after itself; the rest follows.
    run, rest = paragraphs[: max(2, cut)], paragraphs[max(2, cut):]
    page = "\n".join([*run, *run, *rest])
    config = dechrome.Config() if all_rules else dechrome.Config(rules=frozenset())
    document = dechrome.clean(page, config=config)
    keys = [dedup_key(p) for p in document.paragraphs]
    assert len(keys) == len(set(keys))
    if not all_rules:
        assert list(document.paragraphs) == [*run, *rest]
        assert [r.rule for r in document.removals] == [dechrome.Rule.EXACT_DUPLICATE] * len(run)


@FAST
@given(st.lists(st.sampled_from(_ENGLISH + _TEMPLATES + ["Share", "Menu", "Search"]),
                max_size=20))
# A paragraph's first copy goes as a copy: the body cleaned again scores the region without
# it, and the first cleaning's second round of context rules must read it the same way.
@example([_PARAGRAPHS[2], _PARAGRAPHS[0], _PARAGRAPHS[2], _PARAGRAPHS[3], _TEMPLATES[0],
          _TEMPLATES[1], _PARAGRAPHS[1]])
# The body's first line and a later copy of it: a second cleaning reads the pair as a title
# line and its echo, so the first takes them for the headline once its own headline is gone.
@example([_TEMPLATES[1], _TEMPLATES[0], _TEMPLATES[5], _TEMPLATES[0], _TEMPLATES[1]])
# A page of labels alone, its first line repeated: once that headline is gone, a second
# cleaning takes the next line the body repeats with nothing distinct between its copies.
@example([_TEMPLATES[5], _TEMPLATES[5], _TEMPLATES[1], _TEMPLATES[0], _TEMPLATES[2],
          _TEMPLATES[0]])
def test_cleaning_a_page_of_repeats_twice_changes_nothing(blocks: list[str]) -> None:
    # One language: a paragraph in another language right under the headline is kept as its
    # standfirst, which the body cleaned again (headline gone) no longer has (a known limit,
    # docs/rules.md outside-article). A template line whose first copy falls outside the
    # article is scored as the body cleaned again reads it, in any language (the examples).
    once = dechrome.clean("\n".join(blocks)).text
    assert dechrome.clean(once).text == once


_FORUM_URL = "https://forum.example.org/threads/three-guests-on-the-week.48213/"
_REPLY = "I agree with this, and I would add that it took far longer than anyone expected."


@FAST
@given(distinct_paragraphs, st.data(), st.booleans())
def test_a_reply_quoting_a_post_keeps_its_quote_on_a_discussion_page(
    paragraphs: list[str], data: st.DataObject, all_rules: bool
) -> None:
    # A reply quotes a paragraph of the thread, then answers: on a forum thread the quote is
    # the page's structure; a page printing its thread twice is a copy (tests/test_rules_context).
    quoted = data.draw(st.sampled_from(paragraphs))
    page = "\n".join([_HEADLINE, _INTRO, *paragraphs, "reader wrote:", quoted, _REPLY])
    config = dechrome.Config() if all_rules else dechrome.Config(rules=frozenset())
    document = dechrome.clean(page, url=_FORUM_URL, config=config)
    assert quoted not in _dedup_removed(document)
    if not all_rules:
        assert document.paragraphs.count(quoted) == 2


_NOTE = ("This estimate covers the cost of labour and a standard charger, with wiring of up "
         "to twenty feet from the panel and a permit where one is needed.")
_ITEM_TITLES = ["Home charging station", "Panel upgrade", "Outdoor lighting", "Ceiling fan"]


@FAST
@given(st.lists(st.tuples(st.integers(100, 9999), st.integers(1, 9)), min_size=2, max_size=4,
                unique_by=(lambda item: item[0], lambda item: item[1])),
       st.booleans())
def test_a_note_under_each_item_of_a_list_survives(
    items: list[tuple[int, int]], all_rules: bool
) -> None:
    # Each item: its title, its price line (the same words, its own figures), the list's note.
    lines = [f"{_ITEM_TITLES[n % len(_ITEM_TITLES)]} {n}\n${price}.00 for level {level} charger"
             f"\n{_NOTE}" for n, (price, level) in enumerate(items)]
    page = "\n".join([_HEADLINE, _INTRO, *lines, _PARAGRAPHS[0]])
    _assert_every_copy_stays(page, _NOTE, len(items), all_rules=all_rules)


@FAST
@given(distinct_paragraphs, st.booleans())
def test_a_note_pasted_in_a_run_goes(paragraphs: list[str], all_rules: bool) -> None:
    # The note and the paragraph after it, printed again after distinct content: a pasted run.
    first, *rest = paragraphs
    page = "\n".join([_HEADLINE, _INTRO, _NOTE, first, *rest, _NOTE, first])
    config = dechrome.Config() if all_rules else dechrome.Config(rules=frozenset())
    document = dechrome.clean(page, config=config)
    assert document.paragraphs.count(_NOTE) == 1


_LABELS = ["Honoree", "Winner", "Finalist", "Verified purchase", "Pros"]
_NAMES = ["Sete Apartment", "Central Park Loft", "Harbour House", "Garden Pavilion",
          "North Wing", "Blue Kitchen"]


@FAST
@given(st.lists(st.sampled_from(_NAMES), min_size=3, max_size=6, unique=True),
       st.sampled_from(_LABELS), st.booleans())
def test_a_label_over_each_item_right_under_the_headline_survives(
    names: list[str], label: str, all_rules: bool
) -> None:
    # A list right under the headline: the label heads each item (its name, its vote line:
    # distinct content), and no paragraph follows it closely, so the label is the list's
    # structure, not a byline printed again. The paragraph after the list ends the page.
    page = "\n".join([_HEADLINE, *(f"{label}\n{name}\n{n + 1} votes from the jury panel"
                                   for n, name in enumerate(names)), _PARAGRAPHS[0]])
    _assert_every_copy_stays(page, label, len(names), all_rules=all_rules)


@FAST
@given(st.permutations(_ENGLISH), st.integers(3, 4), st.booleans())
def test_a_paragraph_restated_after_the_article_develops_survives(
    paragraphs: list[str], gap: int, all_rules: bool
) -> None:
    # The author restates a paragraph: after the intro, with distinct paragraphs between
    # and neighbours of its own (a key figure at the top, explained again in its section).
    restated, *rest = paragraphs
    page = "\n".join([_HEADLINE, _INTRO, restated, *rest[:gap], restated, *rest[gap:]])
    _assert_every_copy_stays(page, restated, 2, all_rules=all_rules)


def _assert_every_copy_stays(page: str, line: str, copies: int, *, all_rules: bool) -> None:
    """No dedup rule removes `line`; with `Config.rules` empty, each of its `copies` stays
    in the body."""
    config = dechrome.Config() if all_rules else dechrome.Config(rules=frozenset())
    document = dechrome.clean(page, config=config)
    assert line not in _dedup_removed(document)
    if not all_rules:
        assert document.paragraphs.count(line) == copies

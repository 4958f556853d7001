"""Deduplication removes copies, not structure: repeats with nothing distinct between them.

A paragraph copied whole, a run of blocks pasted again, chrome printed twice: one copy stays.
A line that recurs between distinct content is the page's structure and stays (a question
asked of every guest, a label or a portion line per item, a refrain); so do items that differ
in a figure or a name, a heading that a longer block repeats, a paragraph the author restates
once the article has developed (`restated`), and on a discussion page the paragraphs a reply
quotes from an earlier post (a short run; a thread printed twice goes once).

The first, fullest occurrence stays. Near repeats are found by prefix filtering: with a
block's word trigrams in one order (rarest on the page first), two blocks whose Jaccard
similarity reaches the threshold share a trigram among the first few of each, so only blocks
sharing such a trigram are compared. Contained repeats are found by one Aho-Corasick pass of
the candidate lines over the page. A page with many blocks costs little more than one with few.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Generator, Iterator, Sequence
from itertools import pairwise

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.context.copies import copy_counts, distinct_prefix, repeats, settle, settled
from dechrome.context.items import marks_of, per_item, substituted
from dechrome.context.region import main_region
from dechrome.context.restated import restated
from dechrome.context.similar import MAX_POSTINGS, SHINGLE, Joined, near_losers
from dechrome.context.thread import is_discussion_url, pasted, quotes
from dechrome.features import ends_like_sentence
from dechrome.reasons import Reason, Rule

# Longer blocks are paragraphs in their own right; a repeated one is an exact or near repeat.
_NEEDLE_MAX_WORDS = 60

# A line printed right under the headline is the article's own (its byline, its date), even
# when a later copy stands inside the main region.
_BYLINE_WINDOW = 6
# A list has three items or more; a byline or a menu stands once more in the footer.
_ITEMS_MIN = 3
_TEMPLATE_MAX_WORDS = 10
# The note under each entry of a list (`_entry_note`): a short paragraph, and entries of a
# few blocks each (a title, a figure, a line or two).
_NOTE_MAX_WORDS = 40
_ENTRY_MAX_BLOCKS = 8
_OPENING_QUOTES = frozenset("\"'„“”«»‹›‚‘’")
_CLOSING_QUOTES = frozenset("\"'“”«»‹›‘’")


def _exact(page: Page) -> Iterator[int]:
    """Copies, not structure: of each set of identical blocks, the copies with nothing
    distinct between them (`_clusters`), all but one; of a paragraph, every copy but one.

    Of each cluster of copies, the one kept is the first inside the main region when one
    stands there and rule outside-article takes what lies outside it, else the first: a
    teaser or a menu above the article may print a line of it first.
    """
    if settled(page, Rule.EXACT_DUPLICATE):
        return
    kept = page.kept_indices
    repeated = list(repeats(page).values())
    if not repeated:
        settle(page, Rule.EXACT_DUPLICATE)
        return
    distinct = distinct_prefix(page)
    span = main_region(page) if page.config.enabled(Rule.OUTSIDE_ARTICLE) else None
    title = page.title.block if page.title is not None else None
    # A discussion's quotes are its structure (`thread.quotes`).
    quoted = quotes(page, copy_counts(page)[0]) if is_discussion_url(page.url) else frozenset()
    for group in repeated:
        indices = [kept[position] for position in group]
        if _under_headline(page, title, indices[0]) and not _heads_items(page, group, distinct):
            yield from indices[1:]
            continue
        # A paragraph under each item of a list is the list's note (`items.per_item`).
        whole = not (_template_like(page, indices[0]) or _refrain(page, indices[0])
                     or per_item(page, group, distinct) or _entry_note(page, group, distinct))
        if whole and restated(page, group, distinct, span):
            # The author's repetition inside the article (`restated`): every copy stays.
            continue
        for cluster in ([group] if whole else _clusters(group, distinct)):
            members = [kept[position] for position in cluster if position not in quoted]
            if not members:
                continue
            inside = [i for i in members if span is not None and span[0] <= i <= span[1]]
            keep = inside[0] if inside else members[0]
            yield from (i for i in members if i != keep)


def _template_like(page: Page, index: int) -> bool:
    """A line that may recur as structure: a label, a portion line, a question; not running
    text, and not a long line without a sentence end (a caption or a banner under each
    picture), whose every copy but one goes wherever it stands."""
    if page.prose[index]:
        return False
    return (page.words[index] <= _TEMPLATE_MAX_WORDS
            or ends_like_sentence(page.blocks[index].text))


def _refrain(page: Page, index: int) -> bool:
    """A short paragraph the config reads as structure where distinct content stands
    between its copies (`Config.refrain_max_words`): a reference page's note per entry."""
    most = page.config.refrain_max_words
    return most is not None and page.prose[index] and page.words[index] <= most


def _entry_note(page: Page, group: list[int], distinct: list[int]) -> bool:
    """Whether the copies of a short paragraph, at positions `group` of `page.kept_indices`,
    are the note under each entry of a list (the terms under each coupon): `_ITEMS_MIN`
    copies or more, at most `_NOTE_MAX_WORDS` words, each copy at most `_ENTRY_MAX_BLOCKS`
    blocks after the one before, with distinct lines between (an entry's title, its
    figures) and no distinct running text. A line printed before each paragraph of an
    article, a post or a run printed again, a paragraph pasted twice in a row: copies."""
    kept = page.kept_indices
    if (len(group) < _ITEMS_MIN or not page.prose[kept[group[0]]]
            or page.words[kept[group[0]]] > _NOTE_MAX_WORDS):
        return False
    keys, counts = copy_counts(page)
    return all(last - first <= _ENTRY_MAX_BLOCKS and distinct[last] - distinct[first + 1] > 0
               and not any(page.prose[kept[position]] and counts[keys[position]] == 1
                           for position in range(first + 1, last))
               for first, last in pairwise(group))


def _under_headline(page: Page, title: int | None, index: int) -> bool:
    """A name or a date between the headline and the first paragraph (a byline): its later
    copies go wherever they stand. Not a sentence (an interview's first question), nor a
    line below the first paragraph (a template line)."""
    if title is None or not 0 < index - title <= _BYLINE_WINDOW:
        return False
    return (not ends_like_sentence(page.blocks[index].text)
            and not any(page.prose[i] for i in range(title + 1, index) if page.alive(i)))


def _heads_items(page: Page, group: list[int], distinct: list[int]) -> bool:
    """Whether a line under the headline, at positions `group` of `page.kept_indices`, is
    the label over each item of a list rather than a byline: its first `_ITEMS_MIN` copies
    follow each other within `_BYLINE_WINDOW` blocks (one per item), distinct content
    splits its copies into `_ITEMS_MIN` or more, and no paragraph follows it closely
    (a badge over each expert's profile; `_clusters` then keeps one copy of each). A
    byline, or a menu line printed again in a sidebar or the footer, does not recur item
    by item."""
    if len(group) < _ITEMS_MIN or any(
            last - first > _BYLINE_WINDOW for first, last in pairwise(group[:_ITEMS_MIN])):
        return False
    apart = sum(distinct[last] - distinct[first + 1] > 0 for first, last in pairwise(group))
    kept = page.kept_indices
    return apart >= _ITEMS_MIN - 1 and not any(
        page.prose[i] for i in kept[group[0] + 1:group[0] + 1 + _BYLINE_WINDOW])


def _clusters(group: list[int], distinct: list[int]) -> Iterator[list[int]]:
    """The positions of `group` split wherever distinct content stands between two
    neighbouring copies (`distinct`: prefix counts of such blocks by position)."""
    cluster = [group[0]]
    for previous, position in pairwise(group):
        if distinct[position] - distinct[previous + 1] > 0:
            yield cluster
            cluster = []
        cluster.append(position)
    yield cluster


def _near(page: Page) -> Iterator[int]:
    threshold = page.config.near_duplicate_threshold
    if threshold is None or settled(page, Rule.NEAR_DUPLICATE):
        return
    minimum, facts = page.config.near_duplicate_min_words, page.facts
    reached = yield from near_losers(
        [(i, facts.trigrams(i), facts.words[i]) for i in page.kept_indices
         if facts.words[i] >= minimum],
        threshold,
        apart(page),
    )
    if not reached:
        settle(page, Rule.NEAR_DUPLICATE)


def apart(page: Page) -> Callable[[int, int], bool]:
    """Which two similar blocks of `page` are no copies of each other (`_not_copies`).

    The distinct content between blocks is counted on the first pair asked about (most
    pages have no similar pair), of `page.kept_indices` as near-duplicate read them first.
    """

    panels = page.facts.panels

    keys = page.facts.keys

    def not_copies(one: int, other: int) -> bool:
        if panels and panels[one] != panels[other]:
            return True
        if keys[one] == keys[other]:
            # The same text twice: exact-duplicate judged the pair, and kept both.
            return True
        return _not_copies(page, distinct_prefix(page), one, other)

    return not_copies


def _not_copies(page: Page, distinct: list[int], one: int, other: int) -> bool:
    """Two similar blocks that are not copies: two items that differ in a figure or a name,
    two lines (not paragraphs, but for refrains, `_refrain`) with distinct content between
    them, or a discussion's quote."""
    if substituted(marks_of(page, one), marks_of(page, other)):
        return True
    if (page.prose[one] or page.prose[other]) and not (
            _refrain(page, one) and _refrain(page, other)):
        # On a discussion page a reply quotes the post it answers (`thread.quotes`).
        return is_discussion_url(page.url) and bisect_left(
            page.kept_indices, max(one, other)) not in pasted(copy_counts(page)[0])
    kept = page.kept_indices
    first, last = sorted((bisect_left(kept, one), bisect_left(kept, other)))
    return distinct[last] - distinct[first + 1] > 0


def _contained(page: Page) -> Iterator[int]:
    minimum = page.config.contained_min_words
    if minimum is None or settled(page, Rule.CONTAINED_DUPLICATE):
        return
    kept = page.kept_indices
    fewest, words, once = max(minimum, SHINGLE), page.words, page.facts.once
    # A line kept in more than one place is one exact-duplicate read as structure (a
    # template line per item, between distinct content): a longer block holding its words
    # ("... available in Spanish, Portuguese and French.") makes none of its copies a copy.
    keys, counts = copy_counts(page)
    needles = [i for i, key in zip(kept, keys, strict=True)
               if fewest <= words[i] <= _NEEDLE_MAX_WORDS and counts[key] == 1
               and not once(_heading, i)]
    if not needles:
        settle(page, Rule.CONTAINED_DUPLICATE)
        return
    panels = page.facts.panels
    if not any(panels):
        # Fewer kept blocks hold fewer needles, and hold them in fewer places.
        if not (yield from contained_in(page, kept, needles)):
            settle(page, Rule.CONTAINED_DUPLICATE)
        return
    # A sentence of one tab panel is held against its own panel's text only; a line with
    # a scope of its own (a line of code, below 0) against none.
    for panel in sorted({panels[index] for index in needles if panels[index] >= 0}):
        yield from contained_in(page, [i for i in kept if panels[i] == panel],
                                [i for i in needles if panels[i] == panel])


def is_heading(page: Page, index: int) -> bool:
    """A heading or a label, not a sentence: a longer block holding it (a table of contents
    on one line, a teaser, a breadcrumb) is what repeats it, so it is no copy."""
    return _heading(page.facts, index)


def _heading(facts: Facts, index: int) -> bool:
    text = facts.blocks[index].text
    quoted = text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES  # a pull quote
    return facts.headline_like(index) and not ends_like_sentence(text) and not quoted


def contained_in(page: Page, kept: Sequence[int], needles: list[int]
                 ) -> Generator[int, None, bool]:
    """The `needles` that stand word for word inside a longer block of `kept`.

    A needle whose trigrams each stand in more than `MAX_POSTINGS` blocks is a boilerplate
    line, not a repeat, and stays. Returns (the generator's value) whether any is held.
    """
    keys = page.facts.keys
    text = Joined([keys[index] for index in kept])
    held = text.held({keys[index] for index in needles})
    if not held:
        return False
    holders: dict[str, set[int]] = {gram: set() for key in held for gram in _trigrams(key)}
    text.collect(holders)
    for index in needles:
        if keys[index] in held and min(
            len(holders[gram]) for gram in _trigrams(keys[index])
        ) <= MAX_POSTINGS:
            yield index
    return True


def _trigrams(key: str) -> list[str]:
    words = key.split()
    return list(map(" ".join, zip(words, words[1:], words[2:], strict=False)))


RULES = (
    ContextRule(Rule.EXACT_DUPLICATE, Reason.DUPLICATE, _exact, ("*",),
                "the same paragraph a second time, or a line again with nothing distinct "
                "between (case and punctuation aside)"),
    ContextRule(Rule.NEAR_DUPLICATE, Reason.DUPLICATE, _near, ("*",),
                "the same paragraph with small edits (word-trigram Jaccard ≥ 0.8)"),
    ContextRule(Rule.CONTAINED_DUPLICATE, Reason.DUPLICATE, _contained, ("*",),
                "a sentence that stands word for word inside a longer kept paragraph"),
)

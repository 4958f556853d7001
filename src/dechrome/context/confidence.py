"""Whether the article's region is the page's main content, or only its longest sentence.

The region (`region`) is the run of blocks whose scores add up most: on a news page that is
the article, and the lines outside it are menus, teasers and footers. A shop's product page,
a category grid or a listing has no such run: its content is a grid of short items (names,
prices, specs, card titles), and the best run is one blurb among them. Removing everything
outside that run keeps a sentence and loses the page.

The region is trusted when it holds a fair share of the page's words, or when its running
text is long enough to be an article on its own. A weak region that holds a small share of
the page is no evidence of where the content ends: outside-article then keeps the page's
lines, and the frame rules (head-chrome, tail-chrome) and the block rules still take the
chrome they recognise by its own shape. The verdict must hold when the body is cleaned
again, so it is measured on what a second cleaning weighs: the page between its first and
its last running text (the frame rules take the rest), the region without its lead, and
the longest stretch of running text as well as the region (which blurb scores best may
change once the chrome around it is gone).

A shop's category page is a grid of items and, at its foot, a blurb about the category or its
questions and answers: a run of text long enough to be trusted, below the page's content. The
items print the same lines with other figures (a price, a count of reviews, a capacity), one
item after another; when such a grid outweighs the run above which it stands, the run is not
the page's main content either (`has_grid_above`).

A consent dialog's settings (a paragraph per kind of cookie) are no main content either: on
a page of short items they are its longest run of text. A run that is mostly such a dialog
is trusted only for the part above the dialog, when that part is strong on its own (an
article the run crossed the footer from).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

import regex

from dechrome.context.base import Facts, Page

# A region holding this share of the page's kept words is the page's main content whatever
# its strength: an article with a long menu around it holds more. Chosen on site folds 0-2
# (0.08, 0.1, 0.13, 0.16, 0.2): 0.2 costs the trafilatura set there, and 0.16 and 0.1 leave
# more pages that a second cleaning changes.
_MIN_SHARE = 0.13
# A region whose blocks score this much (about 120 words of running text) is an article
# however long the page around it is (a long comment section, a footer of link lists).
# 20 kept a few more grids (wcxb F1 +0.0005), but more of those pages changed when cleaned
# again (their run found elsewhere once the grid's chrome was gone).
_STRONG_SCORE = 12.0
# A consent dialog's settings (one paragraph per kind of cookie) read as running text, and on
# a page of short items (a shop's grid, a service's sections, a front page's teasers) they are
# its longest run. The word is the same in the languages the cookie rules know ("Cookies",
# "cookie", "cookies"), so its stem is the evidence: a dialog names it in a block per purpose,
# and those blocks are most of its text; an article that mentions cookies, or a run that took
# a dialog in after the article, names them in a smaller part of its text (on the DEV pages:
# dialogs' runs 0.33 to 1.0 of their running text's words, an article's run that crossed
# its footer into a dialog 0.16).
_CONSENT_STEM = "cookie"
_CONSENT_BLOCKS = 3
_CONSENT_SHARE = 0.25
# A grid's item prints the same lines with other figures: so many copies of one shape.
# Chosen on site folds 0-2 (3, 4, 5, 7): 4 and 3 tie there, 7 loses; 4 is the stricter.
_GRID_COPIES = 4
# An item's line is short; a longer one is running text (a review, a blurb).
_GRID_LINE_WORDS = 12
_DIGIT = regex.compile(r"\d")


def is_dominant(page: Page, span: tuple[int, int], scores: tuple[float, ...]) -> bool:
    """Whether the kept blocks of `span` are the page's main content: a run of text scoring
    `_STRONG_SCORE` (`scores`, by block), or `_MIN_SHARE` of the page's kept words; never a
    consent dialog (`is_consent_box`), nor a blurb below a grid of items (`has_grid_above`)."""
    if is_consent_box(page, span):
        # A dialog the run took in below an article (across the footer's walls) leaves the
        # article before it: trusted when that part is strong on its own.
        return _strength(page, (span[0], _first_naming(page, span) - 1), scores) >= _STRONG_SCORE
    # Most pages are articles: their run is strong, and the page need not be read.
    if not (_strength(page, span, scores) >= _STRONG_SCORE or _holds_a_share(page, span)):
        return False
    return not has_grid_above(page, span)


def is_strong(page: Page, span: tuple[int, int], scores: tuple[float, ...]) -> bool:
    """Whether the kept blocks of `span` score `_STRONG_SCORE`: an article on their own."""
    return _strength(page, span, scores) >= _STRONG_SCORE


def _strength(page: Page, span: tuple[int, int], scores: tuple[float, ...]) -> float:
    removed = page.removed
    # The positive scores only (a block costing the run counts 0 here), without a call to
    # `max` per block.
    return sum(score for i in range(span[0], span[1] + 1)
               if i not in removed and (score := scores[i]) > 0)


def _holds_a_share(page: Page, span: tuple[int, int]) -> bool:
    """Whether the region `span`, or the page's longest stretch of running text, holds
    `_MIN_SHARE` of the kept words between the page's first and last running text."""
    first, last = span
    inside = total = longest = run = 0
    words, prose = page.words, page.prose
    kept = page.kept_indices
    # The page between its first and its last running text: the frame rules take the
    # lines above and below it, so a second cleaning weighs the region against this part.
    top = next((i for i in kept if prose[i]), first)
    bottom = next((i for i in reversed(kept) if prose[i]), last)
    low, high = min(top, first), max(bottom, last)
    for index in kept:
        if not low <= index <= high:
            continue
        total += words[index]
        run = run + words[index] if prose[index] else 0
        longest = run if run > longest else longest
        if first <= index <= last:
            inside += words[index]
    # The longest stretch of running text counts as the region would: which of a page's
    # blurbs scores best may change once its chrome is gone, and the verdict must not.
    return max(inside, longest) >= _MIN_SHARE * total


def is_consent_box(page: Page, span: tuple[int, int]) -> bool:
    """Whether the kept blocks of `span` are mostly a consent dialog's: `_CONSENT_BLOCKS` or
    more of them name cookies (`_CONSENT_STEM`), and they hold `_CONSENT_SHARE` of its running
    text's words. Read from the kept blocks only: a second cleaning, without the banner the
    cookie rules took, must judge the run the same."""
    words, prose = page.words, page.prose
    naming = naming_words = prose_words = 0
    for index in _kept_in(page, span):
        if _names_cookies(page, index):
            naming += 1
            naming_words += words[index]
        prose_words += words[index] if prose[index] else 0
    return naming >= _CONSENT_BLOCKS and naming_words >= _CONSENT_SHARE * prose_words


def _kept_in(page: Page, span: tuple[int, int]) -> list[int]:
    kept = page.kept_indices
    return list(kept[bisect_left(kept, span[0]):bisect_right(kept, span[1])])


def _names_cookies(page: Page, index: int) -> bool:
    return index in page.facts.derived(_blocks_naming_cookies)


def _blocks_naming_cookies(facts: Facts) -> frozenset[int]:
    """The blocks with a word that opens with `_CONSENT_STEM`, found once per document: a
    key is its words joined by single spaces, so such a word opens the key or follows a
    space."""
    inner = f" {_CONSENT_STEM}"
    return frozenset(index for index, key in enumerate(facts.keys)
                     if _CONSENT_STEM in key and (key.startswith(_CONSENT_STEM) or inner in key))


def _first_naming(page: Page, span: tuple[int, int]) -> int:
    return next(i for i in _kept_in(page, span) if _names_cookies(page, i))


def has_grid_above(page: Page, span: tuple[int, int]) -> bool:
    """Whether a grid of items (`grid_start`) stands above the region `span` and outweighs
    it: the kept words from its first item to the region are more than the region's own. A
    shop's category page prints its items and then a blurb or its questions and answers,
    whose run of text is the longest."""
    # A shop's lines of figures only ("$19.95", "$24.95 - $39.95") count here: the grid's
    # weight, not where its first item begins, is asked.
    start = grid_start(page, span[0], items=False)
    if start is None:
        return False
    kept, words = page.kept_indices, page.words
    grid = sum(words[i] for i in kept[bisect_left(kept, start):bisect_left(kept, span[0])])
    return grid > sum(words[i] for i in _kept_in(page, span))


def grid_start(page: Page, end: int, *, items: bool = True) -> int | None:
    """The first line of a grid among the kept lines before `end`, or None: lines of one
    shape with a figure in it (a price, a rating, a count; `_shape`) recur `_GRID_COPIES`
    times or more, apart from each other (`_apart`). With `items`, a grid of named items:
    a shape of figures only ("32 : 2", "+61") is a table's row, as in a league table
    above a match report."""
    kept = page.kept_indices
    above = kept[:bisect_left(kept, end)]
    shapes: dict[str, list[int]] = {}
    # Each block's shape is its text's alone: read once per page, not per question asked.
    of_block = page.facts.derived(_item_shapes if items else _line_shapes)
    for position, index in enumerate(above):
        shape = of_block[index]
        if shape is not None:
            shapes.setdefault(shape, []).append(position)
    firsts = [_first_item(found) for found in shapes.values() if _apart(found) >= _GRID_COPIES]
    return above[min(firsts)] if firsts else None


def _first_item(positions: list[int]) -> int:
    """Where the grid's first item begins: its line of the shape stands as far into it as the
    items after it are long (the gap between the shape's first two copies)."""
    return max(0, positions[0] - (positions[1] - positions[0] - 1))


def _apart(positions: list[int]) -> int:
    """How many of a shape's copies (by position among the kept lines) stand apart from the
    copy before them: an item's other lines stand between, where a menu of versions
    ("Engine 28 release notes", "Engine 27 release notes") lists them one under another."""
    return 1 + sum(1 for before, after in pairwise(positions)
                   if after - before > 1)


def line_shape(facts: Facts, index: int) -> str | None:
    """`_shape` of block `index`, lines of figures only counted."""
    return facts.derived(_line_shapes)[index]


def _item_shapes(facts: Facts) -> tuple[str | None, ...]:
    """`_shape` of every block, lines of figures only left out: the line shapes, less those
    whose every mark is a figure ("0 0"; no other mark holds a '0', `_shape`)."""
    return tuple(None if shape is None or not shape.strip("0 ") else shape
                 for shape in facts.derived(_line_shapes))


def _line_shapes(facts: Facts) -> tuple[str | None, ...]:
    """`_shape` of every block, lines of figures only counted; once per distinct key (menus
    and grids repeat their lines)."""
    shapes = {key: _shape(key, items=False) for key in set(facts.keys)}
    return tuple(map(shapes.__getitem__, facts.keys))


def _shape(key: str, *, items: bool) -> str | None:
    """A short line's shape, its figures as '0' ("0 0 reviews", "0 fl oz"); None for a line
    without a figure or a long one, and with `items` for one of figures only."""
    # A key of letters only (its words joined by spaces) holds no digit, no letter being
    # one: most lines, whose search is spared.
    if key.replace(" ", "").isalpha() or not _DIGIT.search(key):
        return None
    tokens = key.split()
    if len(tokens) > _GRID_LINE_WORDS:
        return None
    # A word of letters only holds no digit (no letter is one): its search is spared.
    marks = ["0" if not token.isalpha() and _DIGIT.search(token) else token
             for token in tokens]
    return " ".join(marks) if not items or any(mark != "0" for mark in marks) else None

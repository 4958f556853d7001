"""Items of a list, told from copies: blocks that differ in a figure or a name, and a
paragraph repeated once per item.

A list of items (trips, price reports, webcams, products) prints the same note under each
item. Its copies stand apart, each after its own item, and the item around each copy has the
same shape with other figures and names ("Trip Details: An 8-day journey featuring 10
meals ...", "Trip Details: A 6-day journey featuring 8 meals ..."). A description pasted
twice has nothing of its own between its copies, and a teaser that echoes the lead stands
beside other lines than the lead does. Split from `dechrome.context.dedup`, which keeps the
rules themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from dechrome.context.base import Facts, Page
from dechrome.features import words as word_list

# What clings to a word in running text but is no part of a name in code.
_TOKEN_EDGE = "\"'()[]{}<>,;:!?.…“”„‘’«»*`"
# Two items' lines of the same shape share this much of their words, figures aside.
_SHAPE_OVERLAP = 0.5


def per_item(page: Page, group: Sequence[int], distinct: Sequence[int]) -> bool:
    """Whether the copies of a paragraph, at positions `group` of `page.kept_indices`
    (`distinct`: prefix counts of distinct content by position), are one note per item of a
    list: each apart from the next by distinct content and in no run printed again, and the
    lines beside the first two copies of the same shape (`_siblings`). The count of copies
    alone decides nothing: keeping every copy that recurs three times or more, whatever
    stands beside it, was measured neutral (wcxb text F1 0.776 either way, listing pages
    +0.005, forum and documentation -0.001)."""
    kept = page.kept_indices
    if any(distinct[last] - distinct[first + 1] <= 0 or _in_run(page, first, last)
           for first, last in pairwise(group)):
        return False
    first, last = group[0], group[1]
    return any(_siblings(page, kept[first + step], kept[last + step])
               for step in _steps(first, last, len(kept)))


def _steps(first: int, last: int, size: int) -> tuple[int, ...]:
    """The offsets (-1, 1) from positions `first` and `last` that stay among `size`."""
    return tuple(step for step in (-1, 1) if first + step >= 0 and last + step < size)


def _in_run(page: Page, first: int, last: int) -> bool:
    """Whether the copies at positions `first` and `last` of `page.kept_indices` stand in a
    run of paragraphs printed again (a disclaimer of three paragraphs under each promoted
    item, a post printed twice): beside each stands the same paragraph. A label beside
    each ("Reported by:") is the item's template, no run."""
    kept, keys, prose = page.kept_indices, page.facts.keys, page.prose
    return any(keys[kept[first + step]] == keys[kept[last + step]] and prose[kept[first + step]]
               for step in _steps(first, last, len(kept)))


def _siblings(page: Page, one: int, other: int) -> bool:
    """Two lines of the same shape with their own figures or names: "$151.68 for level 1
    charger", "$1,053.23 for level 2 charger"; not one line twice."""
    if page.facts.keys[one] == page.facts.keys[other]:
        return False
    if not substituted(marks_of(page, one), marks_of(page, other)):
        return False
    mine, theirs = _shape(page, one), _shape(page, other)
    union = mine | theirs
    return bool(union) and len(mine & theirs) / len(union) >= _SHAPE_OVERLAP


def _shape(page: Page, index: int) -> frozenset[str]:
    """A line's words but its figures."""
    facts = page.facts
    found = facts.tokens[index] if facts.tokens else facts.keys[index].split()
    return frozenset(word for word in found if not word[:1].isdigit())


def substituted(mine: Counter[str], theirs: Counter[str]) -> bool:
    """Whether each of two similar blocks has a figure or a name the other lacks (`_marks`):
    two items of a list ("item 11111 ...", "item 22222 ..."), not a copy with small edits. A
    copy cut short lacks some of the full one's, but has none of its own."""
    return bool(mine - theirs) and bool(theirs - mine)


def marks_of(page: Page, index: int) -> Counter[str]:
    """`_marks` of block `index`, found once per page: a block of a list is compared with
    each of its similar neighbours."""
    return page.facts.once(_block_marks, index)


def _block_marks(facts: Facts, index: int) -> Counter[str]:
    return marks(facts.blocks[index].text)


def marks(text: str) -> Counter[str]:
    """A block's figures (words that start with a digit) and names (capitalised words but
    the first, which a sentence capitalises anyway; a first word in lower case, and names
    in code wherever they stand, `_identifier`: the per-item line of a reference page
    names its item in code, "prevent_destroy is a directive ...", "... send_sms.js")."""
    found = word_list(text)
    counted = Counter(word for word in found[1:] if word[0].isdigit() or word[0].isupper())
    if found and found[0][0].islower():
        # A line opening in lower case opens with a name in code ("precondition is ...").
        counted[found[0]] += 1
    counted.update(core for core in (token.strip(_TOKEN_EDGE) for token in text.split())
                   if _identifier(core))
    return counted


def _identifier(core: str) -> bool:
    """A name in code: snake_case or a dotted name (a file, a module), each part opening
    with a letter. Not camelCase: a page's words glued together look the same
    ("shopnamePromoted items ...")."""
    if len(core) < 3 or ("_" not in core and "." not in core):
        return False
    return all(part[:1].isalpha() or part[:1] == "_" for part in core.split("."))

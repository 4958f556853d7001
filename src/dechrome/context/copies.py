"""What the dedup rules share of a page's kept blocks: each block's copy key and how often
it stands, the distinct content before each position, and which rules found nothing to
remove among them. Measured once per set of kept blocks and shared by the rules that read
the same blocks (exact-duplicate, near-duplicate and contained-duplicate, in both rounds
of the context rules)."""

from __future__ import annotations

from collections import Counter
from itertools import accumulate

from dechrome.context.base import Facts, Page
from dechrome.reasons import Rule

# A block standing once on the page with this many words (or running text) is distinct
# content: a line repeated on both sides of it is structure (a question asked of each guest,
# a label per item), not a copy. Menus, separators and counters have fewer.
_DISTINCT_MIN_WORDS = 4


def copy_counts(page: Page) -> tuple[list[str], Counter[str]]:
    """Each kept block's copy key (`_copy_keys`), in the order of `page.kept_indices`, and
    how often each stands."""
    last = _last_kept(page)
    if "counts" not in last:
        keys = list(map(page.facts.derived(_copy_keys).__getitem__, page.kept_indices))
        last["counts"] = keys, Counter(keys)
    return last["counts"]  # type: ignore[return-value]


def repeats(page: Page) -> dict[str, list[int]]:
    """The positions in `page.kept_indices` of each kept text that stands more than once,
    case and punctuation aside, in the order the texts first stand."""
    keys, counts = copy_counts(page)
    repeats: dict[str, list[int]] = {}
    if len(counts) < len(keys):
        for position, key in enumerate(keys):
            if counts[key] > 1:
                repeats.setdefault(key, []).append(position)
    return repeats


def _last_kept(page: Page) -> dict[str, object]:
    """What the dedup rules measured of the last kept blocks asked about: both depend on
    them alone, and the rules after one that removed nothing see the same blocks (the
    same tuple, `Page.with_kept`)."""
    last = page.facts.derived(_kept_memo)
    if last.get("kept") is not page.kept_indices:
        last.clear()
        last["kept"] = page.kept_indices
    return last


def _kept_memo(_facts: Facts) -> dict[str, object]:
    return {}


def _copy_keys(facts: Facts) -> tuple[str, ...]:
    """What makes blocks copies of each other: the dedup key, else (no word) the text; in
    distinct tab panels (`Facts.panels`), the same text is each panel's own."""
    found = tuple(key or block.text for key, block in zip(facts.keys, facts.blocks, strict=True))
    if not any(facts.panels):
        return found
    return tuple(f"{key}\x00{panel}" if panel else key
                 for key, panel in zip(found, facts.panels, strict=True))


def distinct_prefix(page: Page) -> list[int]:
    """How many blocks of distinct content (`_content`, on the page once) stand
    before each position of `page.kept_indices`."""
    (keys, counts), last = copy_counts(page), _last_kept(page)
    if "distinct" not in last:
        content = page.facts.derived(_content)
        last["distinct"] = list(accumulate(
            (counts[key] == 1 and content[index]
             for key, index in zip(keys, page.kept_indices, strict=True)), initial=0))
    return last["distinct"]  # type: ignore[return-value]


def _content(facts: Facts) -> tuple[bool, ...]:
    """Whether each block, standing once on the page, is distinct content: running text, or
    a line of `_DISTINCT_MIN_WORDS` words or more."""
    return tuple(prose or words >= _DISTINCT_MIN_WORDS
                 for prose, words in zip(facts.prose, facts.words, strict=True))


def settled(page: Page, rule: Rule) -> bool:
    """Whether `rule`, asked before of the same removals (`settle`), found that nothing
    on the page is a candidate: the removals only grow while the context rules run (each
    round of headlines starts from a copy), so the blocks kept now are among those kept
    then, and a subset of blocks without a repeat (a similar pair, a contained line) has
    none. The second round of the context rules (`pipeline._context_pass`) asks again."""
    found = page.facts.derived(_quiet).get(id(page.removed))
    return found is not None and found[0] is page.removed and rule in found[1]


def settle(page: Page, rule: Rule) -> None:
    """Note that `rule` found no candidate among the blocks kept now (`settled`)."""
    quiet = page.facts.derived(_quiet)
    found = quiet.get(id(page.removed))
    if found is None or found[0] is not page.removed:
        # The mapping is kept with the note, so that no later mapping takes its identity.
        found = quiet[id(page.removed)] = (page.removed, set())
    found[1].add(rule)


def _quiet(_facts: Facts) -> dict[int, tuple[object, set[Rule]]]:
    return {}

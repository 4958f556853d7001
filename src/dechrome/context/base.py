"""What a context rule sees: all blocks, what earlier rules removed, and the headline."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import Any, TypeVar

from dechrome.config import Config
from dechrome.features import HEADLINE_MAX_WORDS as _HEADLINE_WORDS
from dechrome.features import holds_url
from dechrome.model import Block, SiteChrome
from dechrome.reasons import Reason, Rule

T = TypeVar("T")
_NEW = object.__new__
# A measure not taken yet (`Facts.once`): a measure may be None.
_UNKNOWN: Any = object()


@dataclass(frozen=True, slots=True)
class Title:
    """The headline found in the page: its text and every block that repeats it."""

    text: str
    block: int
    copies: tuple[int, ...]


@dataclass(frozen=True)
class Facts:
    """What is measured once per block and shared by every context rule.

    Attributes:
        blocks: every block of the document.
        words: word count per block.
        keys: the case- and punctuation-blind form of each block (`features.dedup_key`).
        prose: whether each block reads as running article text.
        density: share of each block's words that are stop words of the page's language
            (`stopwords.best_list`); running text has about a third, menus almost none.
        tokens: each block's casefolded words (`features.tokenize`, the key split at its
            spaces), when the caller has them; read-only.
        texts: each block's position among the page's distinct texts, when the caller has
            them: blocks of one text share their trigrams, and so do the Facts of one page
            measured again with other stop words (the caller passes the same `_trigrams`).
        panels: each block's tab panel on an HTML page (1, 2, ...; 0 outside any), when
            known: a page that shows one panel at a time prints what the panels share once
            per panel (the same steps beside each language's code), so a copy in another
            panel is that panel's own text, no repeat (`context.dedup`). Below 0, a scope of
            one block: a line of a code listing, which repeats its lines as syntax.
    """

    blocks: tuple[Block, ...]
    words: tuple[int, ...]
    keys: tuple[str, ...]
    prose: tuple[bool, ...]
    density: tuple[float, ...]
    tokens: tuple[list[str], ...] = ()
    texts: tuple[int, ...] = ()
    panels: tuple[int, ...] = ()
    _trigrams: dict[int, frozenset[int]] = field(default_factory=dict, repr=False,
                                                             compare=False)
    _derived: dict[Callable[[Facts], Any], Any] = field(default_factory=dict, repr=False,
                                                         compare=False)

    def derived(self, compute: Callable[[Facts], T]) -> T:
        """`compute(self)`, computed once per document: a measure some rules share."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]  # type: ignore[no-any-return]

    def once(self, measure: Callable[[Facts, int], T], index: int) -> T:
        """`measure(self, index)`, computed once per block and document: a measure of one
        block that rules ask of the same blocks again (each round of the context rules)."""
        memo = self._derived.get(_memo)
        known: dict[int, T] = (self.derived(_memo) if memo is None else memo)[measure]
        found = known.get(index, _UNKNOWN)
        if found is _UNKNOWN:
            found = known[index] = measure(self, index)
        return found  # type: ignore[return-value]

    def links(self) -> tuple[bool, ...]:
        """Whether each block holds a URL (`features.holds_url`), measured once."""
        return self.derived(_links)

    def headline_like(self, index: int) -> bool:
        """`features.is_headline_like` of block `index`, from the measures: its word count
        is the same whether or not the text is casefolded (casefolding keeps each
        character's word-ness, `tests/test_fast_paths.py`)."""
        return (not self.blocks[index].text.endswith(".")
                and 0 < self.words[index] <= _HEADLINE_WORDS and not self.links()[index])

    def trigrams(self, index: int) -> frozenset[int]:
        """The hashes of the block's word trigrams (computed on first use: only some rules
        need them). Sets of ints intersect faster than sets of tuples; two different
        trigrams of one page sharing a 64-bit hash is not a practical concern."""
        key = self.texts[index] if self.texts else index
        found = self._trigrams.get(key)
        if found is None:
            # The caller's token strings have their hashes computed already: cheaper sets.
            tokens = self.tokens[index] if self.tokens else self.keys[index].split()
            found = frozenset(map(hash, zip(tokens, tokens[1:], tokens[2:], strict=False)))
            self._trigrams[key] = found
        return found


def _memo(_facts: Facts) -> dict[Callable[[Facts, int], Any], dict[int, Any]]:
    return defaultdict(dict)


def _links(facts: Facts) -> tuple[bool, ...]:
    return tuple(holds_url(block.text) for block in facts.blocks)


@dataclass(frozen=True)
class Page:
    """A read-only view of one document between context rules.

    Attributes:
        facts: the per-block measurements.
        removed: block index to the rule that removed it so far.
        title: the headline, when one was found.
        config: the run's configuration.
        profile: the learnt chrome of the page's site, when the caller passed profiles.
        url: the page's URL, when the caller gave it (never fetched).
        gone: blocks an earlier round of the context rules took out; the main region is
            found as if they were not in the text, as a second cleaning of the body finds it.
    """

    facts: Facts
    removed: Mapping[int, Rule]
    title: Title | None
    config: Config
    profile: SiteChrome | None = None
    url: str | None = None
    gone: frozenset[int] = frozenset()

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.facts.blocks

    @property
    def words(self) -> tuple[int, ...]:
        return self.facts.words

    @property
    def prose(self) -> tuple[bool, ...]:
        return self.facts.prose

    def density_of(self, index: int) -> float:
        return self.facts.density[index]

    def alive(self, index: int) -> bool:
        return index not in self.removed

    @functools.cached_property
    def kept_indices(self) -> tuple[int, ...]:
        return tuple(filterfalse(self.removed.__contains__, range(len(self.facts.blocks))))

    def again(self) -> Page:
        """A new view of the same fields, without what this one found (`kept_indices`):
        the context rules get one each, and the constructor of a frozen dataclass sets each
        field through `object.__setattr__`, at twice the cost of copying them."""
        made = _NEW(Page)
        made.__dict__.update(self.__dict__)
        made.__dict__.pop("kept_indices", None)
        return made

    def with_kept(self, kept: tuple[int, ...] | None) -> Page:
        """This view, told its `kept_indices` when a view of the same removals found them
        (the rules before removed nothing: most rules, on most pages)."""
        if kept is not None:
            self.__dict__["kept_indices"] = kept
        return self

    def found_kept(self) -> tuple[int, ...] | None:
        """`kept_indices`, if a rule asked for them."""
        return self.__dict__.get("kept_indices")

    def kept(self) -> list[int]:
        return list(self.kept_indices)

    def first_prose(self) -> int | None:
        return next((i for i in self.kept_indices if self.prose[i]), None)

    def last_prose(self) -> int | None:
        return next((i for i in reversed(self.kept_indices) if self.prose[i]), None)

    def removed_as(self, index: int, *rules: Rule) -> bool:
        return self.removed.get(index) in rules

    def removed_by(self, *rules: Rule) -> list[int]:
        """The blocks removed so far by one of `rules`, in page order."""
        return sorted(index for index, rule in self.removed.items() if rule in rules)


Finder = Callable[[Page], Iterable[int]]


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A named judgement of blocks in the light of their neighbours and the whole page.

    Attributes:
        name: the stable rule name.
        reason: why the blocks it finds are not article text.
        find: the indices of still-kept blocks this rule removes.
        languages: '*' when the rule knows no phrases of its own.
        example: a short description of a case, shown in the docs.
    """

    name: Rule
    reason: Reason
    find: Finder
    languages: tuple[str, ...]
    example: str

"""What a context rule sees: all blocks, what earlier rules removed, and the headline."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from dechrome.config import Config
from dechrome.model import Block
from dechrome.reasons import Reason, Rule


@dataclass(frozen=True, slots=True)
class Title:
    """The headline found in the page: its text and every block that repeats it."""

    text: str
    block: int
    copies: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """A read-only view of one document between context rules.

    Attributes:
        blocks: every block of the document.
        words: word count per block.
        prose: whether each block reads as running article text.
        removed: block index to the rule that removed it so far.
        title: the headline, when one was found.
        config: the run's configuration.
    """

    blocks: tuple[Block, ...]
    words: tuple[int, ...]
    prose: tuple[bool, ...]
    removed: Mapping[int, Rule]
    title: Title | None
    config: Config

    def alive(self, index: int) -> bool:
        return index not in self.removed

    def kept(self) -> list[int]:
        return [block.index for block in self.blocks if block.index not in self.removed]

    def first_prose(self) -> int | None:
        return next((i for i in self.kept() if self.prose[i]), None)

    def last_prose(self) -> int | None:
        return next((i for i in reversed(self.kept()) if self.prose[i]), None)

    def removed_as(self, index: int, *rules: Rule) -> bool:
        return self.removed.get(index) in rules


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

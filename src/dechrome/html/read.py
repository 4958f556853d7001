"""Block texts read from a tree as a browser lays them out, correct by construction.

A block's text is its own text and every descendant's text and tail, in document order.
Inline elements (links, emphasis, spans) never split a block; a block element starts and
ends one (the inline text around a nested block forms blocks of its own, as a browser
draws it); a line-break element (`<br>`, trafilatura's `<lb>`) is the one line break
inside a block. Every run of whitespace, newlines included, is one space, except inside
preformatted elements, whose lines stay lines. Nothing is dropped but the elements that
hold no visible text (scripts, styles) and whitespace.

One reader serves both trees dechrome reads: the page's HTML (`HTML`) and trafilatura's
extraction (`EXTRACTED`, its XML: `p`, `head`, `list`/`item`, `table`/`row`/`cell`, `lb`).
The page's HTML goes to its faster copy for that grammar, `readplain.read_plain`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from dechrome.html.grammar import EXTRACTED, Grammar, Read, key, overlay, tag_of
from dechrome.html.readplain import read_plain

# Punctuation that closes on the word before it: no space goes before it.
_CLOSING = tuple(".,;:!?)]}")


@dataclass(slots=True)
class _Run:
    """The block being read: its lines so far (each a list of raw pieces) and link chars."""

    tag: str
    prefix: str = ""
    lines: list[list[str]] = field(default_factory=lambda: [[]])
    link_chars: int = 0

    def add(self, text: str, *, linked: bool, preformatted: bool) -> None:
        if linked:
            self.link_chars += len(key(text))
        if not preformatted:
            self.lines[-1].append(text)
            return
        first, *rest = text.split("\n")
        self.lines[-1].append(first)
        self.lines += [[line] for line in rest]

    def empty(self) -> bool:
        return not any("".join(pieces).strip() for pieces in self.lines)

    def done(self) -> Read | None:
        texts = (" ".join("".join(pieces).split()) for pieces in self.lines)
        text = "\n".join(line for line in texts if line)
        return Read(self.tag, self.prefix + text, self.link_chars) if text else None


def read_blocks(root: etree._Element, grammar: Grammar) -> list[Read]:
    """The blocks of `root` in document order (a block with no visible text is left out)."""
    if not grammar.flat and not grammar.prefixes and grammar.inline is None:
        return read_plain(root, grammar)
    return _Reader(grammar).read(root)


def render(element: etree._Element, grammar: Grammar = EXTRACTED) -> str:
    """One element's text as one block: its blocks' texts, one per line."""
    return "\n".join(found.text for found in read_blocks(element, grammar))


def fold(text: str) -> str:
    """`text` with every run of whitespace one space, as HTML reads it."""
    return " ".join(text.split())


class _Reader:
    """One walk over a tree. Iterative, so that deep trees never reach the recursion
    limit: a stack of the open elements, each with its children's iterator."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.runs: list[_Run] = []
        self.out: list[Read] = []
        self.links = 0
        self.pre = 0
        self.flat = 0

    def read(self, root: etree._Element) -> list[Read]:
        self.runs.append(_Run(tag_of(root)))
        stack = [self._enter(root)]
        while stack:
            element, children, block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                self._leave(element, block, tail=bool(stack))
            elif tag_of(child) and tag_of(child) not in self.grammar.skip and not (
                    self.grammar.overlays and overlay(child)):
                stack.append(self._enter(child))
            elif child.tail:
                # A skipped element, a comment or a processing instruction: only its tail
                # is text.
                self._add(child.tail)
        while self.runs:
            self._flush(self.runs.pop())
        return self.out

    def _enter(self, element: etree._Element
               ) -> tuple[etree._Element, Iterator[etree._Element], bool]:
        tag = tag_of(element)
        block = tag in self.grammar.blocks
        prefix = self.grammar.prefixes.get(tag, "")
        block = block and not self.flat
        if (tag in self.grammar.blocks and self.flat) or self.grammar.spaced(tag):
            self._add(" ")
        self.flat += tag in self.grammar.flat
        if block:
            # The inline text before a nested block is a block of its own, drawn before it;
            # a marker with no text yet after it goes to the nested block's text.
            parent = self.runs[-1]
            inherited = parent.prefix if parent.empty() else ""
            self._flush(parent)
            self.runs[-1] = _Run(parent.tag)
            # A block's prefix (a list marker) goes before its text, if it has any.
            self.runs.append(_Run(tag, prefix or inherited))
            prefix = ""
        elif tag in self.grammar.breaks:
            self.runs[-1].lines.append([])
        self.links += tag in self.grammar.links
        self.pre += tag in self.grammar.preformatted
        if prefix or element.text:
            self._add(prefix + (element.text or ""))
        return element, iter(element), block

    def _leave(self, element: etree._Element, block: bool, *, tail: bool) -> None:
        tag = tag_of(element)
        self.links -= tag in self.grammar.links
        self.pre -= tag in self.grammar.preformatted
        self.flat -= tag in self.grammar.flat
        if block:
            self._flush(self.runs.pop())
        elif tag in self.grammar.breaks and element.text:
            # A parsed page's line break holds no text; a built tree's may: it ends apart
            # from the tail (the words of both stay words).
            self._add(" ")
        elif (tag in self.grammar.blocks and self.flat) or (
                self.grammar.spaced(tag) and not (element.tail or " ").startswith(_CLOSING)):
            self._add(" ")
        if tail and element.tail:
            self._add(element.tail)

    def _add(self, text: str) -> None:
        self.runs[-1].add(text, linked=self.links > 0, preformatted=self.pre > 0)

    def _flush(self, run: _Run) -> None:
        found = run.done()
        if found is not None:
            self.out.append(found)

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
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from lxml import etree

_NOT_KEY = regex.compile(r"[\W_]++")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Punctuation that closes on the word before it: no space goes before it.
_CLOSING = tuple(".,;:!?)]}")


def key(text: str) -> str:
    """What a text and its source share whatever the rendering: letters and digits."""
    return _NOT_KEY.sub("", text)


@dataclass(frozen=True, slots=True)
class Grammar:
    """Which tags do what in a tree.

    Attributes:
        blocks: elements that start and end a block.
        breaks: elements that break the line inside a block.
        skip: elements whose content is never text (their tail is).
        preformatted: elements whose newlines are line breaks.
        links: elements whose text is link text.
        flat: elements inside which blocks do not split (a table cell stays on its row's
            line, as trafilatura's text output has it); a nested block is set off by a space.
        prefixes: text put before an element's own text (a list item's marker).
        inline: when given, the only elements outside the roles above that run on with the
            text around them; any other element stands apart from it by a space (None:
            every other element is inline, as a browser draws an unknown tag).
    """

    blocks: frozenset[str]
    breaks: frozenset[str]
    skip: frozenset[str]
    preformatted: frozenset[str]
    links: frozenset[str]
    flat: frozenset[str] = frozenset()
    prefixes: dict[str, str] = field(default_factory=dict)
    inline: frozenset[str] | None = None

    def spaced(self, tag: str) -> bool:
        """Whether `tag` stands apart from the text around it without starting a block."""
        return self.inline is not None and tag not in self.inline and not (
            tag in self.blocks or tag in self.breaks or tag in self.skip
            or tag in self.preformatted or tag in self.links or tag in self.flat)


HTML = Grammar(
    blocks=frozenset({
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }),
    breaks=frozenset({"br"}),
    skip=frozenset({"head", "script", "style", "template", "noscript", "svg", "title",
                    "select", "option", "textarea", "iframe", "object"}),
    preformatted=frozenset({"pre", "textarea", "listing", "plaintext", "xmp"}),
    links=frozenset({"a"}),
)
EXTRACTED = Grammar(
    # trafilatura leaves some HTML in its tree (`div`, a table's `tr`, `td`, `th`).
    blocks=frozenset({"body", "doc", "main", "p", "head", "quote", "list", "item", "table",
                      "row", "div", "tr"}),
    breaks=frozenset({"lb"}),
    skip=frozenset({"graphic"}),
    preformatted=frozenset({"code"}),
    links=frozenset({"ref"}),
    flat=frozenset({"cell", "td", "th"}),
    prefixes={"item": "- ", "cell": " | ", "td": " | ", "th": " | "},
    # trafilatura's text output runs on only its own inline elements; the HTML it leaves
    # in its tree (an `article` or `section` column, a `contrib-group` author of a
    # reference list, an `amp-` element) stands apart by a space, as the page's whitespace
    # between them, which the tree no longer holds, set it apart.
    inline=frozenset({"hi", "ref", "del", "code"}),
)


@dataclass(frozen=True, slots=True)
class Read:
    """One block: the tag of the element that opened it, its text (lines joined by "\\n"),
    and how many of its letters and digits stood inside links."""

    tag: str
    text: str
    link_chars: int


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
        return _read_plain(root, grammar)
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
        self.runs.append(_Run(_tag(root)))
        stack = [self._enter(root)]
        while stack:
            element, children, block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                self._leave(element, block, tail=bool(stack))
            elif _tag(child) and _tag(child) not in self.grammar.skip:
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
        tag = _tag(element)
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
        tag = _tag(element)
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


def _read_plain(root: etree._Element, grammar: Grammar) -> list[Read]:
    """`_Reader`'s reading for a grammar with no flat elements and no prefixes (the page's
    HTML), in one loop over lxml's own walk: a page has thousands of elements, and its
    reading was a third of HTML mode's own time. With neither, only the innermost open
    block's run ever receives text, so its lines, its link chars and the open blocks' tags
    are the whole state."""
    out: list[Read] = []
    tags = [_tag(root)]
    lines: list[list[str]] = [[]]
    linked = links = pre = heads = 0
    blocks, skip = grammar.blocks, grammar.skip
    walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        tag = element.tag if isinstance(element.tag, str) else ""
        skipped = element is not root and (not tag or tag in skip)
        if event == "start" and skipped:
            walk.skip_subtree()
            continue
        if event == "start":
            if tag in blocks:
                _emit(tags[-1], lines, linked, out)
                tags.append(tag)
                lines, linked = [[]], 0
            elif tag in grammar.breaks:
                lines.append([])
            heads += tag in _HEADINGS
            links += tag in grammar.links and not (heads and _anchor(element))
            pre += tag in grammar.preformatted
            text = element.text
        else:  # the end of an element read, or a skipped one's, a comment's, an instruction's
            if not skipped:
                links -= tag in grammar.links and not (heads and _anchor(element))
                heads -= tag in _HEADINGS
                pre -= tag in grammar.preformatted
                if tag in blocks:
                    _emit(tags.pop(), lines, linked, out)
                    lines, linked = [[]], 0
                elif tag in grammar.breaks and element.text:
                    lines[-1].append(" ")  # as `_Reader._leave`
            text = element.tail if element is not root else None
        if text:
            linked += len(key(text)) if links else 0
            _put(text, lines, preformatted=pre > 0)
    _emit(tags[-1], lines, linked, out)
    return out


def _anchor(element: etree._Element) -> bool:
    """A link to a place on the same page (`href="#..."`): in a heading, the heading's own
    permalink, which leads nowhere else; its text is the heading's, not link text."""
    return (element.get("href") or "").startswith("#")


def _put(text: str, lines: list[list[str]], *, preformatted: bool) -> None:
    """`_Run.add`'s placing of a text, on a run's lines."""
    if not preformatted:
        lines[-1].append(text)
        return
    first, *rest = text.split("\n")
    lines[-1].append(first)
    lines += [[line] for line in rest]


def _emit(tag: str, lines: list[list[str]], linked: int, out: list[Read]) -> None:
    """`_Run.done`'s block, put out if it has text."""
    if len(lines) == 1:  # most runs: one line, often nothing (the space between two blocks)
        text = " ".join("".join(lines[0]).split()) if lines[0] else ""
    else:
        texts = (" ".join("".join(pieces).split()) for pieces in lines)
        text = "\n".join(line for line in texts if line)
    if text:
        out.append(Read(tag, text, linked))


def _tag(element: etree._Element) -> str:
    """The element's tag; "" for comments and processing instructions."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""

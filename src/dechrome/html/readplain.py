"""The page's HTML read in one loop over lxml's own walk (`read_plain`).

A page has thousands of elements, and its reading was a third of HTML mode's own time.
`dechrome.html.read._Reader` reads any grammar; this loop reads one with no flat elements
and no prefixes, as `_Reader` does (a property test holds the two equal), and adds one thing
the extraction never has: a heading's own `#` permalink is not link text.
"""

from __future__ import annotations

from lxml import etree

from dechrome.html.grammar import Grammar, Read, key, tag_of

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def read_plain(root: etree._Element, grammar: Grammar) -> list[Read]:
    """`_Reader`'s reading for a grammar with no flat elements and no prefixes (the page's
    HTML), in one loop over lxml's own walk: a page has thousands of elements, and its
    reading was a third of HTML mode's own time. With neither, only the innermost open
    block's run ever receives text, so its lines, its link chars and the open blocks' tags
    are the whole state."""
    out: list[Read] = []
    tags = [tag_of(root)]
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

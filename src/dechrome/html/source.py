"""The page's own text, block by block, to hold the extraction against.

trafilatura's extraction says what the article is but not where each piece stood in the
page. Its texts are found again in the page's blocks (read by `dechrome.html.read`) by
their letters and digits, which no rendering changes: that tells how much of each piece
stood inside links, and which paragraphs of the page lie between two extracted pieces.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from dechrome.features import ends_like_sentence, word_count
from dechrome.html.grammar import HTML, Read, key
from dechrome.html.read import read_blocks

Span = tuple[int, int]


class PageText:
    """The page's blocks and their keys laid end to end."""

    def __init__(self, tree: HtmlElement) -> None:
        body = tree.find(".//body")
        self.blocks: list[Read] = read_blocks(body if body is not None else tree, HTML)
        self.keys = [key(block.text) for block in self.blocks]
        self.ends: list[int] = []
        end = 0
        for found in self.keys:
            end += len(found)
            self.ends.append(end)
        self.text = "".join(self.keys)

    def locate(self, texts: Sequence[str]) -> list[Span | None]:
        """Where each text stands in the page, looked for in order (a text not found, or
        with no letters or digits, stands nowhere)."""
        spans: list[Span | None] = []
        hint = 0
        for text in texts:
            wanted = key(text)
            start = self.text.find(wanted, hint) if wanted else -1
            if start < 0 and wanted:
                start = self.text.find(wanted)
            if start < 0:
                spans.append(None)
                continue
            hint = start + len(wanted)
            spans.append((start, hint))
        return spans

    def link_share(self, span: Span | None) -> float:
        """The share of the span's letters and digits inside links: each block it covers
        lends its own share in proportion to the part of it covered."""
        if span is None or span[1] <= span[0]:
            return 0.0
        start, stop = span
        found = 0.0
        for index in range(bisect_right(self.ends, start), len(self.blocks)):
            block_start = self.ends[index] - len(self.keys[index])
            if block_start >= stop:
                break
            overlap = min(stop, self.ends[index]) - max(start, block_start)
            if overlap > 0 and self.keys[index]:
                found += self.blocks[index].link_chars * overlap / len(self.keys[index])
        return min(found / (stop - start), 1.0)

    def linked_paragraphs(self, after: Span, before: Span, min_words: int) -> Iterator[Read]:
        """The `<p>` blocks wholly between two extracted pieces that are mostly link text and
        read as running text: a sentence of the article set as one link, which trafilatura
        drops as a link farm."""
        for index in range(bisect_right(self.ends, after[1] - 1) + 1, len(self.blocks)):
            block_start = self.ends[index] - len(self.keys[index])
            if self.ends[index] > before[0]:
                break
            block = self.blocks[index]
            if (block.tag == "p" and block_start >= after[1] and self.keys[index]
                    and 2 * block.link_chars >= len(self.keys[index])
                    and ends_like_sentence(block.text) and word_count(block.text) >= min_words):
                yield block

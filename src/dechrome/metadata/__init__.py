"""Metadata read from the page text itself: what a cleaned page says about the article.

Each field has its own small extractor module; `read` runs them on the evidence the cleaning
left: every block, which rule removed which, the kept paragraphs and the URL when known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dechrome.model import Block
from dechrome.reasons import Rule


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the extractors may look at.

    Attributes:
        blocks: every block of the normalised input.
        removed: block index to the rule that removed it.
        paragraphs: the kept body paragraphs.
        title: the headline the context rules found, if any.
        url: the page's URL when the caller gave one.
    """

    blocks: tuple[Block, ...]
    removed: Mapping[int, Rule]
    paragraphs: tuple[str, ...]
    title: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Metadata:
    """The fields a Document carries besides its body (None or empty when absent)."""

    title: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    section: str | None = None
    language: str | None = None
    summary: str | None = None
    captions: tuple[str, ...] = ()


def read(evidence: Evidence) -> Metadata:
    """Every field from its own extractor."""
    return Metadata(title=evidence.title)

"""Metadata extractors (title, authors, date) compared on the trafilatura set."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import trafilatura

from benchmarks.datasets import Page
from benchmarks.tools import dechrome_clean, text_of


@dataclass(frozen=True)
class MetaPrediction:
    """What a tool says about a page; ``None`` where it says nothing."""

    title: str | None = None
    authors: tuple[str, ...] | None = None
    date: str | None = None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def dechrome_meta(page: Page) -> MetaPrediction:
    """``doc.title``, ``doc.authors`` (tuple of str) and ``doc.date`` (ISO), if present."""
    doc = dechrome_clean(text_of(page), page.url)
    authors = getattr(doc, "authors", None)
    if isinstance(authors, str):
        authors = (authors,)
    return MetaPrediction(
        title=_opt_str(getattr(doc, "title", None)),
        authors=tuple(str(a) for a in authors) if authors is not None else None,
        date=_opt_str(getattr(doc, "date", None)),
    )


def dechrome_html_meta(page: Page) -> MetaPrediction:
    """The same fields from dechrome in HTML mode (``Config(input="html")``)."""
    from benchmarks.htmltools import dechrome_html_document  # noqa: PLC0415  (import cycle)

    doc = dechrome_html_document(page)
    return MetaPrediction(
        title=_opt_str(doc.title),
        authors=tuple(str(a) for a in doc.authors),
        date=_opt_str(doc.date),
    )


def trafilatura_meta(page: Page) -> MetaPrediction:
    """``trafilatura.extract_metadata`` on the parsed HTML (never a URL string)."""
    tree = trafilatura.load_html(page.raw)
    if tree is None:
        return MetaPrediction()
    doc = trafilatura.extract_metadata(tree, default_url=page.url)
    return MetaPrediction(
        title=doc.title,
        authors=(doc.author,) if doc.author else None,
        date=_opt_str(doc.date),
    )


META_TOOLS: dict[str, Callable[[Page], MetaPrediction]] = {
    "dechrome": dechrome_meta,
    "dechrome-html": dechrome_html_meta,
    "trafilatura-html": trafilatura_meta,
}

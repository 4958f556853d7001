"""Metadata of an HTML page: trafilatura's reading of the markup and dechrome's of the text."""

from __future__ import annotations

from typing import Any

import regex

from dechrome.html.extract import PageMeta
from dechrome.model import Document

_AUTHOR_SPLIT = regex.compile(r"\s*;\s*")


def merge(meta: PageMeta, document: Document | None, url: str | None) -> dict[str, Any]:
    """The Document fields, chosen field by field."""
    own = document or Document((), None, (), (), (), ())
    authors = tuple(a for a in _AUTHOR_SPLIT.split(meta.author or "") if a)
    return {
        "title": meta.title or own.title,
        "date": meta.date or own.date,
        "authors": authors or own.authors,
        "sitename": meta.sitename or own.sitename,
        "language": own.language or meta.language,
        "summary": meta.description or own.summary,
        "categories": meta.categories,
        "tags": meta.tags,
        "mode": "html",
    }

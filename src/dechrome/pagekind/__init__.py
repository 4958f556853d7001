"""What kind of page it is: article, forum, product, collection, listing, documentation,
service or other, with the evidence in words (`Document.page_kind`,
`Document.page_kind_evidence`).

Read from what the cleaning already measured (the body's run of prose, its share of the
page, the date and byline found, a thread's speaker lines, prices and shop buttons, code)
and, in HTML mode, from the markup's own declarations (`markup.read_hints`). The decision is
a tiny hand-set score per kind (`decide`), never a fitted model.
"""

from __future__ import annotations

from dataclasses import replace

from dechrome.model import Document
from dechrome.pagekind.decide import KINDS, Signals, decide
from dechrome.pagekind.markup import MarkupHints, read_hints
from dechrome.pagekind.signals import measure
from dechrome.pagekind.url import read_url

__all__ = ["KINDS", "MarkupHints", "classify", "keep_kinds", "parse_kinds", "read_hints",
           "with_kind"]


def classify(document: Document, hints: MarkupHints | None = None
             ) -> tuple[str, tuple[str, ...]]:
    """The page's kind and the evidence that decided it. A rejected input with no markup
    is `other`."""
    if document.rejected is not None and hints is None:
        return "other", (f"rejected input: {document.rejected}",)
    return decide(Signals(measure(document), hints, read_url(document.url)))


def with_kind(document: Document, hints: MarkupHints | None = None) -> Document:
    """The Document with its kind and the evidence set."""
    kind, evidence = classify(document, hints)
    return replace(document, page_kind=kind, page_kind_evidence=evidence)


def parse_kinds(value: str) -> frozenset[str]:
    """The kinds named in a comma-separated list (`--kinds article,forum`); ValueError for a
    name that is no kind."""
    names = frozenset(name.strip().casefold() for name in value.split(",") if name.strip())
    unknown = sorted(names - frozenset(KINDS))
    if unknown or not names:
        raise ValueError(f"unknown page kinds {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(KINDS)}")
    return names


def keep_kinds(document: Document, kinds: frozenset[str] | None) -> Document:
    """The Document when its kind is among `kinds` (or `kinds` is None); else the same
    record without its body, removals and captions, its `rejected` naming the kind, so a
    corpus run that keeps some kinds still accounts for every page."""
    if kinds is None or document.page_kind in kinds or document.rejected is not None:
        return document
    return replace(document, paragraphs=(), removals=(), captions=(), summary=None,
                   rejected=f"page kind {document.page_kind} is not among the kinds kept")

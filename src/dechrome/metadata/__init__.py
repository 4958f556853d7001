"""Metadata read from the page text itself: what a cleaned page says about the article.

Each field has its own small extractor module; `read` runs them on the evidence the cleaning
left: every block, which rule removed which, the kept paragraphs and the URL when known.
Each extractor reads what the rules took out of the body (bylines, date lines, kickers,
captions, summary boxes) and the head of the page, never a guess: a field the text does not
carry stays None or empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from dechrome.metadata.authors import read_authors
from dechrome.metadata.captions import read_captions
from dechrome.metadata.dates import read_date
from dechrome.metadata.evidence import Evidence, credit_lines
from dechrome.metadata.language import read_language
from dechrome.metadata.section import read_section
from dechrome.metadata.site import site_from_chrome, site_from_url
from dechrome.metadata.summary import read_summary
from dechrome.metadata.title import read_title

__all__ = ["Evidence", "Metadata", "read"]


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
    title = read_title(evidence)
    lines = credit_lines(evidence, title.block, title.title)
    sitename = site_from_url(evidence.url) or site_from_chrome(evidence) or title.site
    language = read_language(evidence.paragraphs)
    return Metadata(
        title=title.title,
        date=read_date(evidence, lines, language),
        authors=read_authors(evidence, lines, title.title),
        sitename=sitename,
        section=read_section(evidence),
        language=language,
        summary=read_summary(evidence),
        captions=read_captions(evidence),
    )

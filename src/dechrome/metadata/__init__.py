"""Metadata read from the page text itself: what a cleaned page says about the article.

Each field has its own small extractor module; `read` runs them on the evidence the cleaning
left: every block, which rule removed which, the kept paragraphs and the URL when known.
Each extractor reads what the rules took out of the body (bylines, date lines, kickers,
captions, summary boxes) and the head of the page, never a guess: a field the text does not
carry stays None or empty.
"""

from __future__ import annotations

from dataclasses import dataclass

from dechrome.metadata.authors import (
    names_after_date,
    names_in_byline,
    names_people,
    read_credits,
)
from dechrome.metadata.captions import read_captions
from dechrome.metadata.datelines import dated_line
from dechrome.metadata.datename import names_by_date_line
from dechrome.metadata.dates import read_dated
from dechrome.metadata.evidence import Evidence, credit_lines
from dechrome.metadata.firstpost import opening_poster
from dechrome.metadata.labelled import asker, labelled_credit
from dechrome.metadata.language import dating_locale, read_language
from dechrome.metadata.newsroom import newsroom_credit
from dechrome.metadata.section import read_section
from dechrome.metadata.signature import signed_by
from dechrome.metadata.site import site_from_chrome, site_from_url
from dechrome.metadata.siteowner import site_owner
from dechrome.metadata.sources import Source
from dechrome.metadata.starter import labelled_starter
from dechrome.metadata.summary import read_summary
from dechrome.metadata.title import TitleReading, read_title
from dechrome.model import FieldSource

__all__ = ["Evidence", "Metadata", "Source", "read"]


_FROM_TITLE_LINE = (Source.TITLE_LINE_LESS_SITE, Source.TITLE_LINE_HEAD, Source.TITLE_LINE_ALONE,
                    Source.TITLE_LINE_IN_URL)
# The ways a date is read from a printed line of the page (not the URL, not counted back).
_DATE_LINES = frozenset({Source.DATE_LINE, Source.LABELLED_DATE, Source.UPDATED_DATE,
                         Source.DATED_LINE, Source.URL_PATH_AND_DATE_LINE})


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
    sources: tuple[FieldSource, ...] = ()


def read(evidence: Evidence) -> Metadata:
    """Every field from its own extractor, and where the title, date and authors came from."""
    title = read_title(evidence)
    lines = credit_lines(evidence, title.block, title.title)
    headline = evidence.headline_block()
    if title.block is not None and headline is not None and headline != title.block:
        # The title read from a copy elsewhere: the credits stand around the headline the
        # context rules found too, after those around the copy.
        lines = list(dict.fromkeys([*lines, *credit_lines(evidence, headline, title.title)]))
    sitename = site_from_url(evidence.url) or site_from_chrome(evidence) or title.site
    language = read_language(evidence.paragraphs)
    date, date_how, date_block = _dated(evidence, lines, dating_locale(language, evidence.url))
    authors, authors_how, authors_block = _credits(evidence, lines, title,
                                                   (date_how, date_block))
    # A title read from the title line alone was read from the first block.
    title_block = 0 if title.block is None and title.how in _FROM_TITLE_LINE else title.block
    found = (("title", title.title or "", title.how, title_block),
             ("date", date or "", date_how, date_block),
             ("authors", "; ".join(authors), authors_how, authors_block))
    return Metadata(
        title=title.title,
        date=date,
        authors=authors,
        sitename=sitename,
        section=read_section(evidence),
        language=language,
        summary=read_summary(evidence),
        captions=read_captions(evidence),
        sources=tuple(_source(evidence, *item) for item in found if item[1] and item[2]),
    )


def _dated(evidence: Evidence, lines: list[int], language: str | None,
           ) -> tuple[str | None, Source | None, int | None]:
    date, how, block = read_dated(evidence, lines, language)
    if date is None:
        # "24. April 2020 | Pressemitteilungen" below the article: further from the headline
        # than the credit lines reach, but a date line of the article's own.
        date, block = dated_line(evidence, day_first=language not in (None, "en"))
        how = Source.DATED_LINE if date else None
    return date, how, block


def _credits(evidence: Evidence, lines: list[int], title: TitleReading,
             dated: tuple[Source | None, int | None],
             ) -> tuple[tuple[str, ...], Source | None, int | None]:
    """The authors near the headline; failing those, the poster named by the line that
    gave the date, the poster of a thread's first post, the asker of a question, a
    labelled credit anywhere on the page, or the person whose own site it is."""
    authors, how, block = read_credits(evidence, lines, title.title)
    if not authors:
        authors, how, block = _date_line_poster(evidence, *dated)
    if not authors:
        # "JosephF Discussion starter": the user a forum labels as the thread's starter.
        authors, block = labelled_starter(evidence)
        how = Source.STARTER_LABEL if authors else None
    if not authors:
        # "sorairolake February 20, 2026, 4:55pm 1": the poster of a thread's first post.
        authors, block = opening_poster(evidence)
        how = Source.OPENING_POST if authors else None
    if not authors:
        # "asked Mar 28, 2014 at 11:38" over "drat": the asker of a question.
        authors, block = asker(evidence)
        how = Source.ASKER if authors else None
    if not authors:
        # "Autor: Fritz Imhof" in a box below the share buttons: further from the article
        # than the credit lines reach, but labelled as the author.
        authors, block = labelled_credit(evidence)
        how = Source.LABELLED_CREDIT if authors else None
    if not authors:
        # "Posted by Colin Watson on 2025-12-18 in debusine." closing the kept text.
        authors, block = signed_by(evidence)
        how = Source.SIGNATURE if authors else None
    if not authors:
        # "Go ahead, self-host Postgres | Pierce Freeman" over "Pierce Freeman //": a
        # person's own site.
        authors, block = site_owner(evidence, title.site, title.title)
        how = Source.SITE_OWNER if authors else None
    if not authors:
        authors, how, block = _by_date_line(evidence, title, *dated)
    if not authors:
        # "von Redaktion, 24. Januar 2022": the page credits only its newsroom.
        authors, block = newsroom_credit(evidence, lines)
        how = Source.NEWSROOM_CREDIT if authors else None
    return authors, how, block


def _by_date_line(evidence: Evidence, title: TitleReading, date_how: Source | None,
                  date_block: int | None,
                  ) -> tuple[tuple[str, ...], Source | None, int | None]:
    """"Jonathan Jones" over "Last Updated Nov 6, 2025" far below the headline the context
    rules found: a line of names beside the printed line that gave the date."""
    if date_how not in _DATE_LINES:
        return (), None, None
    authors, block = names_by_date_line(evidence, date_block, title.title)
    # "Staff Consortium" beside the date: a newsroom or a role, as for the other readers.
    if not names_people(authors):
        return (), None, None
    return authors, Source.NAME_BY_DATE_LINE, block


def _date_line_poster(evidence: Evidence, date_how: Source | None, date_block: int | None,
                      ) -> tuple[tuple[str, ...], Source | None, int | None]:
    """The poster the line that gave the date names."""
    if date_block is None:
        return (), None, None
    text = evidence.blocks[date_block].text
    if date_how is Source.POST_META:
        # "Veröffentlicht von X am 23. Februar 2020": the line that dates the post names
        # its poster too.
        authors, how = names_in_byline(text), Source.POST_META
    elif date_how in _DATE_LINES:
        # "1.11.23 20:19 von Lars Sobiraj": a date line names its poster right after the
        # date.
        authors, how = names_after_date(text), Source.DATE_LINE_POSTER
    else:
        authors = ()
    return (authors, how, date_block) if authors else ((), None, None)


def _source(evidence: Evidence, field: str, value: str, how: Source | None, block: int | None,
            ) -> FieldSource:
    text = evidence.blocks[block].text if block is not None else ""
    return FieldSource(field, value, str(how), block, text)

"""Where a metadata field's value came from: one stable name per way of finding it.

`Document.evidence` records, for the title, the date and the authors, which of these chose the
value and from which block; `--explain` prints them beside the removals. The names are stable
like the rule names: tests, docs and explanations use them.
"""

from __future__ import annotations

from enum import StrEnum


class Source(StrEnum):
    """How a field was found."""

    # Any field, HTML mode: the page's markup (meta tags, JSON-LD, headings), its header or
    # its URL gave a value the text's own evidence does not.
    PAGE_MARKUP = "page-markup"

    # Title.
    TITLE_LINE_ECHO = "title-line-echo"  # the first line (browser title), printed again
    TITLE_LINE_PART = "title-line-part"  # a part of it between separators, printed again
    TITLE_LINE_NEAR_ECHO = "title-line-near-echo"  # a heading sharing most of its words
    HEADING_IN_TITLE_LINE = "heading-in-title-line"  # the headline, which the title line holds
    TITLE_LINE_LESS_SITE = "title-line-less-site"  # the title line less the URL's site name
    TITLE_LINE_ALONE = "title-line-alone"  # the title line (less its last part): no heading
    TITLE_LINE_HEAD = "title-line-head"  # its first part, when the headline is navigation
    TITLE_LINE_IN_URL = "title-line-in-url"  # the part the URL's path spells, over a reading
    HEADLINE_RULE = "headline-rule"  # the headline the context rules found
    HEADLINE_OVER_ARTICLE = "headline-over-article"  # it, over the article, not the title line
    # Date.
    URL_PATH = "url-path"  # the date in the URL's path
    URL_PATH_AND_DATE_LINE = "url-path-and-date-line"  # a printed date of the URL's day
    DATE_LINE = "date-line"  # a date line near the headline
    LABELLED_DATE = "labelled-date-line"  # a line that says it gives the publication date
    UPDATED_DATE = "updated-date-line"  # an "updated" line, when nothing else is printed
    POST_META = "post-meta-line"  # "Veröffentlicht von X am 23. Februar 2020", anywhere
    DATED_LINE = "dated-line-in-article"  # a short date line anywhere in the article
    RELATIVE_DATE = "relative-date"  # "3 hours ago", counted back from a date the page gives
    # Authors.
    BYLINE = "byline"  # a lead word and names: "By Jane Doe"
    LEAD_ALONE = "lead-word-line"  # "By" alone, the names on the next line
    AGENCY_TAG = "agency-tag"  # "(dpa/lab)"
    NAME_BESIDE_DATE = "name-beside-date"  # "Anna Muster | 12.07.2025"
    NAME_LINE = "name-line"  # a line of names alone between the headline and the article
    NAME_LINE_AND_BOX = "name-line-and-author-box"  # such a line, and an author box naming it
    NAME_LINE_AND_ROLE = "name-line-and-role"  # a name line over its role: "Political Editor"
    DATE_LINE_POSTER = "date-line-poster"  # "1.11.23 20:19 von X": the page's date line
    NAME_BY_DATE_LINE = "name-by-date-line"  # a line of names beside the page's date line
    LABELLED_CREDIT = "labelled-credit"  # "Autor: X", "Posted by X", anywhere on the page
    STARTER_LABEL = "starter-label"  # "JosephF Discussion starter": the thread's starter
    OPENING_POST = "opening-post-header"  # "sorairolake February 20, 2026, 4:55pm 1"
    ASKER = "asker"  # the user name under "asked Mar 28, 2014 at 11:38"
    NEWSROOM_CREDIT = "newsroom-credit"  # "von Redaktion": an organisation, not a person
    SIGNATURE = "kept-signature"  # "Posted by X on ..." as the article's first or last paragraph
    SITE_OWNER = "site-owner"  # "Post | Pierce Freeman" and the name atop the page: own site

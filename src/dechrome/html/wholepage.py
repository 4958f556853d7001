"""A page the extractor reads too narrowly: its whole visible text, cleaned as page text.

trafilatura looks for one article. On a page that is no article and no forum thread (a
service page of sections, a listing of entries, a collection of items), its view is too
narrow: it keeps one section, or a listing's blurbs without their headings, and drops the
rest with no record. Narrow is measured: the extraction holds a small share of the words
the page shows (`Config.html_whole_page_narrow`); where it holds more, what it left out is
mostly the page's frame, which a wider reading would add to the body. On such a page, by
HTML mode's own page kind (`WIDE_KINDS`), the page's
whole visible text (its `<title>` first, then every block as a browser lays it out,
`visible_text`) is cleaned in text mode, whose rules were made to find the page frame in
exactly such a text. That reading's body is kept when the two readings agree: the visible
text read alone is such a page too, and its body keeps the extraction's body
(`Config.html_whole_page_share`). The markup's metadata stays (it reads the page better
than text does), and `Document.reading` says which reading was kept and why.

The accounting holds for both readings: every word of the visible text ends in the body, a
metadata field or a removal, as in text mode; and a word of the extraction that the visible
text does not show (text the extractor read from markup a browser does not draw) gets a
removal record of its own (`Rule.EXTRACTION_ONLY`), so no word of the extraction vanishes.

Cleaning twice: a body read whole is text mode's output, every text rule run on it, the
frame rules too; cleaned again by those rules it stays. The rules HTML mode runs on an
extraction (`Config.html_skip` left out) are not its rules: they leave the page's frame to
the extractor, and without the frame rules' reading of a grid (its region is one blurb among
items, `region.holds_the_page`) a listing's longest item title reads as a headline whose
byline's copies (a reading time under each post) would go (wcxb 3014, 3015). A caller that
cleans such a body again reads `Document.reading` and cleans it as text.
"""

from __future__ import annotations

from dataclasses import replace

from lxml.html import HtmlElement

from dechrome.accounting import unaccounted, word_total, words
from dechrome.config import Config
from dechrome.html.grammar import HTML, Grammar
from dechrome.html.read import fold, read_blocks
from dechrome.model import Document, FieldSource, Removal, SiteChrome
from dechrome.normalize import normalise
from dechrome.pipeline import Segmented, clean_with_kind
from dechrome.reasons import Reason, Rule
from dechrome.segment import segment

# The page kinds whose content the extractor's one-article view cuts short.
WIDE_KINDS = frozenset({"service", "listing", "collection"})
# How the page reads: a table's cells stay on their row's line, as a browser draws a row
# ("Plan | Price | Seats" read as three lines would be three short lines, which the frame
# rules take for a menu). Only the phrase elements (emphasis, code, sub- and superscripts),
# which sit inside words and sentences, run on with the text around them; any other element
# (a span, a link, a label, a button) stands apart by a space: modern layouts set such
# elements side by side with style sheets, and "Release calendar" "Top 250 movies" or
# "2026" "1h 54m" read run together are words no reader sees ("calendarTop", "20261h").
# Hidden elements stay: a page's tabs and accordions hide content that is the page's own.
# A modal dialog does not: it is drawn over the page only when asked for (`overlay`), and a
# footer link's privacy policy, 15,000 words in one such dialog, is no part of a shop page.
_PHRASES = frozenset({"abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "em", "font",
                      "i", "ins", "kbd", "mark", "nobr", "q", "s", "small", "strong", "sub",
                      "sup", "tt", "u", "var", "wbr"})
# The page's landmarks (nav, header, footer, aside) stay too: left out, they took a page's
# own content where a theme wraps it in one, and the frame rules, which find a page's chrome
# by its place around the content, read the text without its frame worse (measured on wcxb).
_VISIBLE = replace(HTML, blocks=HTML.blocks - {"td", "th"}, flat=frozenset({"td", "th"}),
                   prefixes={"td": " ", "th": " "}, links=frozenset(), inline=_PHRASES,
                   overlays=True)
# The blocks a browser sets off by a blank line's space (paragraphs, headings, lists):
# text mode reads a blank line as the end of a paragraph.
_SPACED = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul",
                     "ol", "dl", "figure", "table"})


def visible_text(tree: HtmlElement, grammar: Grammar = _VISIBLE) -> str:
    """The page's text as a reader sees it: the `<title>`, then the body's blocks one per
    line, a blank line around paragraphs, headings and lists."""
    title = tree.find(".//title")
    head = fold(title.text_content()) if title is not None else ""
    body = tree.find(".//body")
    lines = [head] if head else []
    previous = "title"
    for found in read_blocks(body if body is not None else tree, grammar):
        if lines and (found.tag in _SPACED or previous in _SPACED or previous == "title"):
            lines.append("")
        lines.append(found.text)
        previous = found.tag
    return "\n".join(lines)


def whole_page(document: Document, tree: HtmlElement, extracted: str, *,
               config: Config, chrome: SiteChrome | None) -> Document:
    """`document` with the body of the page's visible text cleaned in text mode, when both
    readings call the page one of `WIDE_KINDS` and the wide body keeps the extraction's
    body (`Config.html_whole_page_share`); else `document` itself. `extracted` is the
    extraction's text, whose every word the result still accounts for."""
    share, narrow = config.html_whole_page_share, config.html_whole_page_narrow
    if share is None or document.page_kind not in WIDE_KINDS or document.rejected is not None:
        return document
    text = visible_text(tree)
    if narrow is not None and word_total(extracted) > narrow * word_total(text):
        # The extractor kept a good part of what the page shows: its view was not narrow,
        # and the text it left is mostly the page's frame (calls to action, reviews, menus
        # of links) that a wider reading would add to its body.
        return document
    wide = _wide(text, document.url, config, chrome)
    if wide is None or _kept(document, wide) < share:
        return document
    kept = replace(
        document, paragraphs=wide.paragraphs, blocks=wide.blocks, removals=wide.removals,
        hashtags=wide.hashtags, links=wide.links, captions=wide.captions,
        summary=wide.summary, repairs=wide.repairs, source_words=wide.source_words,
        site=wide.site, evidence=_evidence(document.evidence, wide),
        reading=(f"page kind {document.page_kind}, and its visible text reads as a "
                 f"{wide.page_kind} page too: the extractor reads one article and drops "
                 "such a page's other sections, so the page's whole visible text was "
                 "cleaned as page text and its body kept"))
    return replace(kept, removals=kept.removals + extraction_only(extracted, kept))


def _wide(text: str, url: str | None, config: Config,
          chrome: SiteChrome | None) -> Document | None:
    """The page's visible text cleaned as page text, when that text too reads as a page of
    `WIDE_KINDS`: a page HTML mode calls a listing for its markup (a blog's list of items,
    a section's address) but whose text reads as an article is one, and its extraction is
    its article. None otherwise, or when nothing of it stays."""
    normalised = normalise(text)
    if normalised.rejected is not None or not normalised.text:
        return None
    segmented = Segmented(segment(normalised.text, config), normalised)
    wide = clean_with_kind(segmented, url=url, config=config, chrome=chrome)
    return wide if wide.paragraphs and wide.page_kind in WIDE_KINDS else None


def _kept(document: Document, wide: Document) -> float:
    """The share of the words of `document`'s body that `wide`'s body keeps too: a wider
    reading adds what the extractor dropped; one that loses the extraction's own text
    (the frame rules taking a page's paragraphs for its chrome) is no wider."""
    own = words(document.text)
    total = sum(own.values())
    return 1 - sum((own - words(wide.text)).values()) / total if total else 1.0


def _evidence(evidence: tuple[FieldSource, ...], wide: Document) -> tuple[FieldSource, ...]:
    """The metadata's evidence, its blocks renumbered as the wide reading numbers them. A
    line of the extraction that the wide reading does not hold as a block (the extractor
    glued "Skip to search results" and "loaded 52 results") is named by its text alone
    (block None): the extraction's block numbers mean nothing in the wide reading."""
    index = {block.text: block.index for block in reversed(wide.blocks)}
    return tuple(source if source.block is None else replace(
        source, block=index.get(source.text)) for source in evidence)


def extraction_only(extracted: str, document: Document) -> tuple[Removal, ...]:
    """One removal for each line of the extraction with words the Document holds nowhere:
    the extractor read them from markup that the visible text does not show."""
    missing = unaccounted(extracted, document)
    found = []
    for line in extracted.splitlines():
        held = words(line) if missing else None
        if held and held & missing:
            missing -= held
            # Block -1: no block of the reading kept holds the line.
            found.append(Removal(Rule.EXTRACTION_ONLY, Reason.NOT_VISIBLE, -1, line.strip()))
    return tuple(found)

"""HTML mode: `clean` on an HTML page.

trafilatura parses the page and extracts the main content (no comments, paragraphs, headings,
list items, quotes and tables kept apart) with its metadata. The HTML rules judge the
extracted elements with what the markup knows (link text, the headline); then the elements
become blocks and run through the same block-local rules, context rules and deduplication
as page text, less the rules that find the page frame (`Config.html_skip`): the extractor has
cut that already. Metadata is trafilatura's reading merged field by field with dechrome's.
Nothing is fetched: dates come from the markup and the URL string only.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from lxml.html import HtmlElement

from dechrome.config import Config
from dechrome.html.detect import decode_html
from dechrome.html.extract import Extraction, Unit, drop_markup_only, extract
from dechrome.html.fallback import HIGH_CONFIDENCE, fallback_reason, high_confidence
from dechrome.html.headings import title_key
from dechrome.html.meta import Markup, headline, merge, read_markup
from dechrome.html.parse import parse_page
from dechrome.html.recover import lead_and_header
from dechrome.html.rules import Extracted, bylines_per_item, judge, teasers, title_copies
from dechrome.html.wholepage import whole_page
from dechrome.model import Block, Document, SiteChrome
from dechrome.normalize import Normalised, fold_whitespace, looks_binary, normalise
from dechrome.pagekind import MarkupHints, read_hints, with_kind
from dechrome.pipeline import Segmented, clean_blocks
from dechrome.reasons import Rule
from dechrome.segment import segment

# From this many `<h1>`s on, a page's `<h1>`s are section headings but one.
_SEVERAL = 2
# The page kinds whose lists of links are their content (`_with_lists`): not an article,
# nor a page of no clear kind.
_LIST_KINDS = frozenset({"documentation", "forum", "listing", "collection", "product",
                         "service"})
# The removals that make `_with_lists` read such a page again, by its kind. A reference
# page's note recurs word for word or with each entry's own name in it ("The combination
# tuples are emitted in lexicographic order ...", "The permutation tuples ..."): a near
# repeat alone makes it read again with its refrains.
_RECONSIDERED: dict[str, frozenset[Rule]] = {
    **dict.fromkeys(_LIST_KINDS, frozenset({Rule.LINK_DENSE})),
    "documentation": frozenset({Rule.LINK_DENSE, Rule.EXACT_DUPLICATE, Rule.NEAR_DUPLICATE}),
}
# A reference page's note under each entry is a sentence or two ("Changed in version 3.13:
# The follow_symlinks parameter was added.", "If the directive is specified on the server
# level, the value from the default server can be used."); a tutorial pasted twice is
# paragraphs of its own length.
_REFRAIN_WORDS = 40


def clean_html(raw: str | bytes, *, url: str | None, config: Config,
               chrome: SiteChrome | None = None) -> Document:
    """The article of an HTML page; a rejected Document (never an exception) for bad input."""
    tree, refusal = _tree(raw, config)
    if tree is None:
        return _rejected(refusal or "no HTML document could be parsed", url)
    markup = read_markup(tree, url)
    hints = read_hints(tree)  # before the JSON-LD scripts are dropped
    extraction = extract(tree, favor_precision=config.favor_precision)
    # After the extraction, which must see the page as trafilatura.extract does (scripts
    # and all): the passes after it walk the tree again, and cost less without them.
    drop_markup_only(tree)
    # The lines between the headline and the article's start are read either way: the
    # metadata finds the date printed there.
    units, header = lead_and_header(tree, extraction.units, markup.page.title)
    markup = replace(markup, header=header)
    if config.recover_lead:
        extraction = replace(extraction, units=units)
    if not extraction.units:
        return with_kind(replace(_refused("no article text found in the HTML", url),
                                 **merge(markup, None, tree)), hints)
    parsed = _Parsed(extraction, markup, tree, hints)
    document = _read_extraction(parsed, config, chrome)
    # The page kind of the extraction's reading decides whether the page is read whole.
    extracted = "\n".join(unit.text for unit in extraction.units)
    return whole_page(document, tree, extracted, config=config, chrome=chrome)


def _read_extraction(parsed: _Parsed, config: Config, chrome: SiteChrome | None
                     ) -> Document:
    """The extraction cleaned, with its kind (and a list page's lists kept)."""
    document = _with_lists(parsed, config, chrome,
                           with_kind(_clean_units(parsed, config, chrome), parsed.hints))
    if document.page_kind == "product" and any(
            removal.rule is Rule.TITLE_DUPLICATE for removal in document.removals):
        # A product page's name heads its description: the page's content, not a copy of
        # an article's headline (the title stays the metadata's too).
        named = _with_lists(parsed, config.without(Rule.TITLE_DUPLICATE), chrome, with_kind(
            _clean_units(parsed, config.without(Rule.TITLE_DUPLICATE), chrome), parsed.hints))
        if named.page_kind == "product":
            return named
    return document


def _with_lists(parsed: _Parsed, config: Config, chrome: SiteChrome | None,
                document: Document) -> Document:
    """On a page that is no article, `document` cleaned again with its lists and headings
    of links kept (`Extracted.lists_kept`): a listing's entries, a reference page's list of
    versions or of related pages, a forum's list of threads are what the page is for. The
    rule link-dense was made on news pages, where such lists are the site's teasers and
    menus. On a documentation page its short notes that recur under each entry stay too
    (`Config.refrain_max_words`). The second reading stands when the page is still no
    article."""
    rules = _RECONSIDERED.get(document.page_kind, frozenset())
    if not any(removal.rule in rules for removal in document.removals):
        return document
    if document.page_kind == "documentation" and config.refrain_max_words is None:
        config = replace(config, refrain_max_words=_REFRAIN_WORDS)
    listed = with_kind(_clean_units(parsed, config, chrome, lists_kept=True), parsed.hints)
    return listed if listed.page_kind in _LIST_KINDS else document


def _tree(raw: str | bytes, config: Config) -> tuple[HtmlElement | None, str | None]:
    """The parsed page, or None and why the input is refused."""
    if config.max_html_chars is not None and len(raw) > config.max_html_chars:
        return None, f"input of {len(raw)} characters exceeds max_html_chars"
    html = decode_html(raw)
    if html is None:
        return None, "undecodable bytes"
    if looks_binary(html):
        return None, "binary input, not HTML"
    if not html.strip():
        return None, "empty input"
    return parse_page(html), None


class _Parsed(NamedTuple):
    """What the cleaning of a page's extraction reads of the page."""

    extraction: Extraction
    markup: Markup
    tree: HtmlElement
    hints: MarkupHints


def _clean_units(parsed: _Parsed, config: Config, chrome: SiteChrome | None,
                 lists_kept: bool = False) -> Document:
    extraction, markup, tree, _ = parsed
    blocks, normalised, unit_of = _blocks(extraction.units, config)
    verdicts = judge(Extracted(extraction.units, config, lists_kept))
    preset = {block.index: verdicts[unit_of[block.index]] for block in blocks
              if unit_of[block.index] in verdicts}
    if config.enabled(Rule.TITLE_DUPLICATE):
        titles = (*filter(None, [markup.page.title]), *_headlines(markup), *markup.titles)
        copies = [index for index in title_copies([block.text for block in blocks], titles)
                  if index not in preset]
        # A page whose whole extraction is its headline (a link post, a one-line notice)
        # has that line for content: a copy of the title is chrome only beside other text.
        if len(preset) + len(copies) < len(blocks):
            preset.update(dict.fromkeys(copies, Rule.TITLE_DUPLICATE))
    text_config = replace(config, rules=config.rules - config.html_skip)
    if config.enabled(Rule.BYLINE) and bylines_per_item(block.text for block in blocks):
        text_config = text_config.without(Rule.BYLINE)
    panels = _scopes(extraction.units, unit_of)
    document = clean_blocks(Segmented(blocks, normalised, preset, True, panels),
                            url=markup.url, config=text_config, chrome=chrome)
    shaped = set(teasers(Extracted(extraction.units, config)))
    reason = fallback_reason(document, config, frozenset(
        block.index for block in blocks if unit_of[block.index] in shaped))
    if reason is not None:
        strong = {index: rule for index, rule in preset.items() if rule in HIGH_CONFIDENCE}
        document = clean_blocks(Segmented(blocks, normalised, strong, True, panels),
                                url=markup.url, config=high_confidence(text_config),
                                chrome=chrome)
        document = replace(document, fallback=reason)
    # `document.source_words` counts the extraction's normalised text, as text mode counts
    # its normalised input: a word the repairs changed (mojibake) is counted as repaired.
    return replace(document, **merge(markup, document, tree))


def _headlines(markup: Markup) -> tuple[str, ...]:
    """The `<h1>`s that state the headline. A lone `<h1>` is the headline by its place; of
    several, only the one chosen as the title (or printed with a date run into it): the
    others are the body's section headings, not copies of the title."""
    if len(markup.h1s) < _SEVERAL:
        return markup.h1s
    chosen = headline(markup)
    if chosen is None:
        return ()
    key = title_key(chosen)
    return (chosen, *(h1 for h1 in markup.h1s if key and title_key(h1).endswith(key)))


def _scopes(units: tuple[Unit, ...], unit_of: list[int]) -> tuple[int, ...]:
    """Each block's scope for the deduplication (`Facts.panels`): its tab panel, or for a
    line of a code listing a scope of its own: code repeats its lines ("fi", "end") as its
    syntax, never as a copy."""
    return tuple(-1 - index if units[unit].kind == "code" else units[unit].panel
                 for index, unit in enumerate(unit_of))


def _blocks(units: tuple[Unit, ...], config: Config
            ) -> tuple[tuple[Block, ...], Normalised, list[int]]:
    """The units' normalised texts as one text, its blocks, and each block's unit index."""
    texts, repairs, links = _normalised_texts(units)
    starts, line = [], 0
    for text in texts:
        starts.append(line)
        line += text.count("\n") + 2
    joined = "\n\n".join(texts)
    blocks = segment(joined, config)
    unit_of = [bisect_right(starts, block.line) - 1 for block in blocks]
    normalised = Normalised(joined, tuple(repairs), links=tuple(dict.fromkeys(links)))
    return blocks, normalised, unit_of


def _normalised_texts(units: tuple[Unit, ...]) -> tuple[list[str], list[str], list[str]]:
    """Each unit's normalised text, and the repairs made and the links found in them.

    Most extracted texts need no repair: one pass over all of them, joined, tells so at the
    cost of one (each unit alone costs every step's fixed price again). Only when it finds
    something to repair is each unit normalised on its own, so that no repair reaches
    across two units."""
    joined = "\n\n".join(unit.text for unit in units)
    # The texts are the page's text nodes: a tag in them is text the page shows (code).
    whole = normalise(joined, markup=False)
    if whole.rejected is None and whole.repairs in ((), ("whitespace",)):
        # Folding whitespace is the one repair most pages need (a double space, a space at a
        # line's end), and it never reaches across the blank line between two units: each
        # unit folds on its own as it does inside the whole.
        texts = [unit.text for unit in units] if not whole.repairs else [
            fold_whitespace(unit.text) for unit in units]
        return texts, list(whole.repairs), list(whole.links)
    texts, repairs, links = [], [], []
    for unit in units:
        found = normalise(unit.text, markup=False)
        texts.append(found.text)
        repairs += [name for name in found.repairs if name not in repairs]
        links += found.links
    return texts, repairs, links


def _rejected(reason: str, url: str | None) -> Document:
    return with_kind(_refused(reason, url))


def _refused(reason: str, url: str | None) -> Document:
    """A rejected Document whose page kind is still to be told."""
    return Document(paragraphs=(), title=None, hashtags=(), links=(), removals=(), blocks=(),
                    rejected=reason, url=url, mode="html")


"""`clean`: raw text in, a `Document` out. Normalise, segment, two passes, assemble."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from dechrome.assemble import assemble, markup_removals, markup_words
from dechrome.config import Config
from dechrome.context import CONTEXT_RULES, Page, Title, find_title, headline_left_below
from dechrome.context.base import Facts
from dechrome.context.headline import BodyView, lower_headline_taken
from dechrome.context.region import holds_the_page, main_region
from dechrome.distinct import (
    Distinct,
    block_pass,
    language_sample,
    measure,
    stop_words_in,
    tells_language,
)
from dechrome.html.detect import looks_like_html
from dechrome.model import Block, Document, SiteChrome
from dechrome.normalize import Normalised, normalise
from dechrome.pagekind import with_kind
from dechrome.reasons import Rule
from dechrome.segment import segment
from dechrome.stopwords import best_list

if TYPE_CHECKING:
    from dechrome.profiles import ChromeProfiles, SiteProfiles

_DEFAULT = Config()
# The context pass runs at most this often: once, and again if the body's language differs.
# A headline found lower down is looked for again below it; pages need one or two.
_HEADLINE_ROUNDS = 3
_MAX_LANGUAGE_ROUNDS = 2


def clean(raw: str | bytes, *, url: str | None = None, config: Config | None = None,
          profiles: SiteProfiles | ChromeProfiles | None = None,
          site: str | None = None) -> Document:
    """Clean one scraped page text: the article body, its metadata, and every removal.

    `url`, when known, helps the metadata (site name, a date in the path); it is never
    fetched. `profiles`, learnt from a corpus (`SiteProfiles.learn`), let rule site-repeated
    remove the chrome of the page's site: `site` when given, else the URL's registered domain.

    Never raises for bad content: empty, binary, undecodable or oversized input gives an
    empty Document whose `rejected` says why.
    """
    config = config or _DEFAULT
    if not isinstance(raw, str | bytes):
        raise TypeError(f"clean() takes str or bytes, not {type(raw).__name__}")
    chrome = profiles.for_url(url, site) if profiles is not None else None
    if config.input == "html" or (config.input == "auto" and looks_like_html(raw)):
        from dechrome.html.mode import clean_html  # noqa: PLC0415  (trafilatura loads lazily)

        return clean_html(raw, url=url, config=config, chrome=chrome)
    if config.max_input_chars is not None and len(raw) > config.max_input_chars:
        return _rejected(f"input of {len(raw)} characters exceeds max_input_chars", url)
    normalised = normalise(raw)
    if normalised.rejected is not None:
        return _rejected(normalised.rejected, url)
    if not normalised.text:
        # Markup alone (a page text of tags) leaves nothing: the removals still hold it.
        return replace(_rejected("empty input", url), removals=markup_removals(normalised),
                       source_words=markup_words(normalised))
    segmented = Segmented(segment(normalised.text, config), normalised)
    return clean_with_kind(segmented, url=url, config=config, chrome=chrome)


class Segmented(NamedTuple):
    """Blocks ready for the rule passes, the text they come from, and removals decided
    before the passes (HTML mode's rules); a block-local rule that also matches a preset
    block names its removal instead."""

    blocks: tuple[Block, ...]
    normalised: Normalised
    preset: Mapping[int, Rule] | None = None
    # HTML mode: a single line break is a <br> inside a paragraph (a blank line separates
    # paragraphs), so neighbouring kept lines of one paragraph stay one paragraph.
    line_breaks: bool = False
    # HTML mode: the tab panel each block stood in (0: none), `Facts.panels`.
    panels: tuple[int, ...] = ()


def clean_blocks(segmented: Segmented, *, url: str | None, config: Config,
                 chrome: SiteChrome | None = None) -> Document:
    """The two passes and the assembly over segmented text (HTML mode enters here)."""
    blocks, normalised, _, line_breaks, _ = segmented
    removed, facts = _run_rules(segmented, config, chrome, url)
    document = assemble(blocks, removed, normalised, (url, line_breaks), facts)
    return document if chrome is None else _name_site(document, chrome.site)


def clean_with_kind(segmented: Segmented, *, url: str | None, config: Config,
                    chrome: SiteChrome | None = None, settled: bool = False) -> Document:
    """Page text cleaned (`clean_blocks`), with its page kind. On a shop's grid of items
    (kind `collection`) the lines of a category and its count ("Men's Day Hiking Boots
    (134)") are the filter panel its reader browses the items by, no archive widget beside
    an article: the page is cleaned again with them kept, and that reading stands when it
    is still such a grid, its other rules leave the panel in the body, and its body cleaned
    again reads the same (`settled`: the check of that second cleaning, not repeated on
    it). Without an article region they stay anyway (`_counts_kept`); a grid of blurbs may
    have one."""
    document = with_kind(clean_blocks(segmented, url=url, config=config, chrome=chrome))
    if document.page_kind != "collection":
        return document
    panel = {removal.block for removal in document.removals
             if removal.rule is Rule.CATEGORY_COUNT}
    if not panel:
        return document
    counted = with_kind(clean_blocks(segmented, url=url, chrome=chrome,
                                     config=config.without(Rule.CATEGORY_COUNT)))
    taken = {removal.block for removal in counted.removals if removal.block in panel}
    if counted.page_kind != "collection" or len(taken) == len(panel):
        return document
    if settled:
        return counted
    body = normalise(counted.text)
    again = clean_with_kind(Segmented(segment(body.text, config), body), url=url,
                            config=config, chrome=chrome, settled=True)
    return counted if again.paragraphs == counted.paragraphs else document


def _name_site(document: Document, site: str) -> Document:
    """Say on the document, and in each site-repeated removal, whose chrome was applied."""
    removals = tuple(
        replace(removal, detail=f"learnt chrome of {site}")
        if removal.rule is Rule.SITE_REPEATED else removal
        for removal in document.removals
    )
    return replace(document, site=site, removals=removals)


def _rejected(reason: str, url: str | None) -> Document:
    return with_kind(Document(paragraphs=(), title=None, hashtags=(), links=(), removals=(),
                              blocks=(), rejected=reason, url=url))


def _run_rules(
    segmented: Segmented, config: Config, chrome: SiteChrome | None = None,
    url: str | None = None,
) -> tuple[dict[int, Rule], Facts]:
    """Which rule removed which block, and the blocks' Facts (the metadata reads their dedup
    keys, the accounting their words).

    The stop words are those of the text the block rules keep. When the context rules then
    take out the text that chose them (a foreign-language box the only running text), the
    kept body would choose others once cleaned again, and be judged anew: the context pass
    is run again with the body's own stop words, so that cleaning twice changes nothing.
    """
    blocks, preset = segmented.blocks, segmented.preset
    distinct = Distinct.of(blocks, config.prose_min_words)
    block_removed = {**(preset or {}), **block_pass(blocks, distinct, config)}
    sample = language_sample(distinct, block_removed)
    used = stop_words_in(distinct, sample)
    language = best_list(used)[1]
    for _ in range(_MAX_LANGUAGE_ROUNDS):
        removed, facts = _context_pass(segmented, distinct, dict(block_removed), language,
                                       (config, chrome, url))
        kept_sample = language_sample(distinct, removed)
        # The same texts choose the same stop words (most pages: the context rules took out
        # no running text), and so do texts with the same stop words in them.
        # A body too short to tell its language (a lone "0" or "A") keeps the page's: one
        # letter that some list holds would choose it, and the page's headline, read with
        # those stop words, would stay in the body, which a second cleaning reads as the
        # page's language again.
        if kept_sample == sample or not tells_language(distinct, kept_sample):
            break
        kept_used = stop_words_in(distinct, kept_sample)
        kept_language = language if kept_used == used else best_list(kept_used)[1]
        if not kept_language or kept_language == language:
            break
        language, sample, used = kept_language, kept_sample, kept_used
    return removed, facts


def _context_pass(
    segmented: Segmented, distinct: Distinct, removed: dict[int, Rule],
    stoplist: frozenset[str], settings: tuple[Config, SiteChrome | None, str | None],
) -> tuple[dict[int, Rule], Facts]:
    """The context rules over the blocks the block rules kept, measured with `stoplist`;
    `settings` are the run's config, the site's learnt chrome and the page's URL."""
    config, blocks = settings[0], segmented.blocks
    facts = measure(blocks, distinct, stoplist, segmented.panels)
    alive = [block.index for block in blocks if block.index not in removed]
    start, lead, prose_page = _article_start(facts, alive, removed, config)
    if not prose_page:
        removed, alive = _counts_kept(blocks, removed)
    title = find_title(facts, alive, start, lead)
    settled: dict[int, Rule] | None = None
    shown: set[int] = set()
    for _ in range(_HEADLINE_ROUNDS):
        trial = dict(removed)
        _apply_context_rules(facts, trial, title, settings)
        # A second round sees the body the first left: what it takes, a second cleaning
        # would take (a template line whose distinct content between went, a region scored
        # without the blocks gone).
        _apply_context_rules(facts, trial, title, settings, frozenset(trial))
        if settled is not None:
            grown = lower_headline_taken(settled, trial, shown)
            if grown is None:
                return settled, facts
            trial = grown
        settled, shown = trial, {title.block, *title.copies} if title is not None else set()
        # A headline-like line left between the headline and the first paragraph (or an
        # echo of the body's first line) is the one a second cleaning would take for the
        # headline: take it now (a teaser's title above the article's own was found by
        # its echo). On a page without a dominant region only the echo: the lines there
        # are its grid of items, and a second cleaning takes none of them for a headline.
        kept = [i for i in alive if i not in trial]
        body = BodyView(partial(_body_start, facts, kept, trial, config), not prose_page)
        lower = headline_left_below(facts, alive, kept, title, body)
        if lower is None:
            break
        title = lower
    return (removed if settled is None else settled), facts


def _counts_kept(blocks: Sequence[Block], removed: dict[int, Rule]
                 ) -> tuple[dict[int, Rule], list[int]]:
    """`removed` without the category-count lines, and the blocks it keeps. On a page with no
    article region (a grid of items, `region.holds_the_page`) a list of categories with their
    counts is no widget beside an article but the page's own content: a shop's or an archive's
    filter panel, which its reader uses to browse the items."""
    kept = {index: rule for index, rule in removed.items() if rule is not Rule.CATEGORY_COUNT}
    return kept, [block.index for block in blocks if block.index not in kept]


def _body_start(facts: Facts, kept: list[int], removed: dict[int, Rule], config: Config
                ) -> int | None:
    """Where the article starts in the body `kept` (what `find_title` reads as such when
    the body is cleaned again)."""
    return _article_start(facts, kept, removed, config)[0]


def _apply_context_rules(facts: Facts, removed: dict[int, Rule], title: Title | None,
                         settings: tuple[Config, SiteChrome | None, str | None],
                         gone: frozenset[int] = frozenset()) -> None:
    """Run the context rules in order over `removed`, which grows with each; the main region
    is found without the blocks `gone`."""
    config, chrome, url = settings
    kept: tuple[int, ...] | None = None
    fields = Page(facts, removed, title, config, chrome, url, gone)
    for rule in CONTEXT_RULES:
        if not config.enabled(rule.name):
            continue
        page = fields.again().with_kept(kept)
        size = len(removed)
        for index in rule.find(page):
            removed.setdefault(index, rule.name)
        # `removed` only grows: the same size is the same removals, and the kept blocks the
        # rule found (at any time while it ran) stand for the next rule too.
        kept = page.found_kept() if len(removed) == size else None


def _article_start(
    facts: Facts, alive: list[int], removed: dict[int, Rule], config: Config
) -> tuple[int | None, int | None, bool]:
    """The first paragraph of running text in the main region, where the headline stands
    above, and the first in the region grown over the article's lead; and whether the page
    has such a region at all (`region.holds_the_page`). A page whose region is one blurb
    among a grid of items has none: its headline is only a repeated or echoed line, since
    the weightiest line above a blurb is one item of the grid, and a second cleaning would
    take the next one."""
    page = Page(facts, removed, None, config)
    span, lead = main_region(page, lead=False), main_region(page)
    if span is None or lead is None:
        return None, None, True
    # Only where outside-article judges the region (not in HTML mode, whose extractor
    # has cut the page's frame): there a blurb's page keeps its grid.
    if config.enabled(Rule.OUTSIDE_ARTICLE) and not holds_the_page(page, span):
        return None, None, False
    start = next((i for i in alive if i >= span[0] and facts.prose[i]), None)
    return start, next((i for i in alive if i >= lead[0] and facts.prose[i]), None), True

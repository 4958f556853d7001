"""The one configuration object. Frozen: make variants with `dataclasses.replace`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from dechrome.reasons import Rule

ALL_RULES: frozenset[Rule] = frozenset(Rule)
# Exact-duplicate removal is part of the core, not an optional rule: two identical paragraphs
# are never both article text.
ALWAYS_ON: frozenset[Rule] = frozenset({Rule.EXACT_DUPLICATE})
# On HTML the extractor has already cut the page's frame (menus, teasers, footer) and knows the
# headline from the markup: the rules that find these in page text only cost article text there.
HTML_SKIP: frozenset[Rule] = frozenset({Rule.OUTSIDE_ARTICLE, Rule.HEAD_CHROME, Rule.TAIL_CHROME,
                                        Rule.HEADLINE, Rule.KICKER, Rule.SUMMARY_BOX})


@dataclass(frozen=True, slots=True)
class Config:
    """How `dechrome.clean` works. Every threshold accepts `None` to disable it.

    Attributes:
        rules: the rules that may remove blocks. Leave out a rule to disable it;
            `frozenset()` disables all of them (normalisation and exact-duplicate
            removal still happen).
        max_input_chars: inputs longer than this are rejected with a reason instead of
            cleaned (pathological sizes); `None` accepts any size.
        runon_min_chars: a line at least this long that carries chrome markers (hashtags,
            URLs, chrome phrases) is split into sentences so its body can survive;
            `None` never splits.
        near_duplicate_threshold: word-trigram Jaccard similarity at or above which two
            blocks are near duplicates and the shorter goes; `None` disables.
        near_duplicate_min_words: blocks shorter than this are never near duplicates.
        contained_min_words: a block with at least this many words that stands word for word
            inside a longer kept block is removed; `None` disables.
        prose_min_words: a block with this many words that ends like a sentence counts as
            prose, the evidence of article text for the head and tail rules.
        input: "text" cleans page text, "html" an HTML page (extracted with trafilatura
            first), "auto" sniffs the input (`dechrome.html.looks_like_html`).
        html_skip: rules that do not run in HTML mode (see `HTML_SKIP`).
        link_share_max: in HTML mode, an extracted block whose text is at least this share
            link text is removed (rule link-dense); `None` disables.
        recover_lead: in HTML mode, running text between the page's headline and the first
            extracted paragraph that the extractor dropped is put back (the lead).
        favor_precision: in HTML mode, ask trafilatura for its precise extraction. Off by
            default: dechrome then starts from what `trafilatura.extract` gives with its
            defaults, and its own rules do the precise part, each removal recorded (the
            precise extraction drops whole articles with no record).
        max_html_chars: in HTML mode, pages longer than this are rejected instead of
            `max_input_chars` (markup, scripts and styles are most of a page's size);
            `None` accepts any size.
        html_fallback_share: in HTML mode, when the rules without strong evidence (those that
            judge position and structure: comment threads, summary boxes, link-dense
            elements, ...) remove more than this share of the extraction's words, the
            extraction is cleaned again with only the high-confidence rules (a named chrome
            family matched in the block's own text, a copy of another block), and
            `Document.fallback` says so; `None` never falls back.
        html_whole_page_share: in HTML mode, on a page that both HTML mode and the page's
            visible text read as a service, listing or collection, the visible text cleaned
            as page text gives the body when its body keeps at least this share of the
            words of the extraction's body (`dechrome.html.wholepage`; `Document.reading`
            says so); `None` always keeps the extraction's reading.
        html_whole_page_narrow: the page is read whole only when the extraction holds at
            most this share of the words of the page's visible text (the extractor's view
            was narrow); `None` reads it whole whatever the share.
        refrain_max_words: a paragraph of at most this many words that recurs with
            distinct content between its copies is the page's structure, not a copy, and
            each copy stays (a reference page's note under each entry: "Changed in
            version 3.13: The follow_symlinks parameter was added."); `None`: every copy
            of a paragraph but one goes, wherever they stand. HTML mode sets it on a page
            it reads as documentation (`html.mode`).
    """

    rules: frozenset[Rule] = field(default=ALL_RULES)
    max_input_chars: int | None = 5_000_000
    runon_min_chars: int | None = 280
    near_duplicate_threshold: float | None = 0.8
    near_duplicate_min_words: int = 8
    contained_min_words: int | None = 5
    prose_min_words: int = 10
    input: Literal["auto", "text", "html"] = "auto"
    html_skip: frozenset[Rule] = field(default=HTML_SKIP)
    link_share_max: float | None = 0.5
    recover_lead: bool = True
    favor_precision: bool = False
    max_html_chars: int | None = 20_000_000
    html_fallback_share: float | None = 0.1
    html_whole_page_share: float | None = 0.8
    html_whole_page_narrow: float | None = 0.2
    refrain_max_words: int | None = None

    def enabled(self, rule: Rule) -> bool:
        """True when `rule` may remove blocks under this config."""
        return rule in ALWAYS_ON or rule in self.rules

    def without(self, *rules: Rule) -> Config:
        """A copy of this config with `rules` disabled."""
        return replace(self, rules=self.rules - frozenset(rules))

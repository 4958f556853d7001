"""The frozen shapes dechrome returns: blocks, removals and the cleaned document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from dechrome.reasons import Reason, Rule


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the normalised input: a line, or a piece of a split run-on line.

    Attributes:
        index: position among all blocks of the document.
        text: the block's text, stripped of surrounding whitespace.
        line: the 0-based line of the normalised text it comes from.
        start: offset of `text` in the normalised text.
        continues: True when this block is a later piece of the same line as the block
            before it; kept neighbouring pieces are joined back into one paragraph.
        after_blank: True when a blank line separates it from the previous block.
    """

    index: int
    text: str
    line: int
    start: int
    continues: bool = False
    after_blank: bool = False

    def __reduce__(self) -> tuple[type[Block], tuple[int, str, int, int, bool, bool]]:
        # Pages have hundreds of blocks: the generic pickling of slotted dataclasses made
        # returning Documents from worker processes (`clean_many`) cost as much as cleaning.
        return Block, (self.index, self.text, self.line, self.start, self.continues,
                       self.after_blank)


@dataclass(frozen=True, slots=True)
class Removal:
    """A block that is not article text, and which rule said so and why.

    `detail` adds what the fixed reason cannot say, e.g. the site whose learnt chrome a
    site-repeated block is; empty otherwise.
    """

    rule: Rule
    reason: Reason
    block: int
    text: str
    detail: str = ""

    def __reduce__(self) -> tuple[type[Removal], tuple[Rule, Reason, int, str, str]]:
        # As for Block: a page has a hundred or more removals, and the generic pickling of
        # slotted dataclasses was most of the cost of loading a Document from a worker.
        return Removal, (self.rule, self.reason, self.block, self.text, self.detail)

    def to_dict(self) -> dict[str, Any]:
        found = {"rule": str(self.rule), "reason": str(self.reason), "block": self.block,
                 "text": self.text}
        return {**found, "detail": self.detail} if self.detail else found

    def explained(self) -> str:
        """The reason, with the detail when there is one."""
        return f"{self.reason} ({self.detail})" if self.detail else str(self.reason)


@dataclass(frozen=True, slots=True)
class FieldSource:
    """Where a metadata field's value was read, as a removal says why a block went.

    `field` is "title", "date" or "authors"; `value` the value chosen (authors joined by
    "; "); `how` the stable name of the way it was found (`dechrome.metadata.sources.Source`,
    e.g. "title-line-part", "url-path", "byline"); `block` the block it was read from (None
    when it came from the URL alone, or from a line no block of the Document holds: an HTML
    page read whole keeps what its extraction's lines gave); `text` that block's or line's
    text ("" for the URL).
    """

    field: str
    value: str
    how: str
    block: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "how": self.how, "block": self.block, "text": self.text}

    def explained(self) -> str:
        if self.block is not None:
            where = f"block {self.block}"
        else:
            where = (f"the line {self.text!r}" if self.text else
                     "the page's markup" if self.how == "page-markup" else "the URL")
        return f"[{self.field}] {self.how}, from {where}: {self.value}"


# Pages have hundreds of blocks and removals: a frozen dataclass's `__init__` sets each field
# through `object.__setattr__`, while a slot's own descriptor sets it at half the cost. The
# objects are the same (`tests/test_inputs.py` compares them with the constructors').
_NEW = object.__new__
_BLOCK_SLOTS = tuple(Block.__dict__[name].__set__ for name in Block.__slots__)
_REMOVAL_SLOTS = tuple(Removal.__dict__[name].__set__ for name in Removal.__slots__)


def new_block(fields: tuple[int, str, int, int, bool, bool]) -> Block:
    """`Block(*fields)` (index, text, line, start, continues, after_blank), made faster."""
    index, text, line, start, continues, after_blank = fields
    set_index, set_text, set_line, set_start, set_continues, set_after_blank = _BLOCK_SLOTS
    made = cast(Block, _NEW(Block))
    set_index(made, index)
    set_text(made, text)
    set_line(made, line)
    set_start(made, start)
    set_continues(made, continues)
    set_after_blank(made, after_blank)
    return made


def new_removal(rule: Rule, reason: Reason, block: int, text: str) -> Removal:
    """`Removal(rule, reason, block, text)`, made faster."""
    made = cast(Removal, _NEW(Removal))
    set_rule, set_reason, set_block, set_text, set_detail = _REMOVAL_SLOTS
    set_rule(made, rule)
    set_reason(made, reason)
    set_block(made, block)
    set_text(made, text)
    set_detail(made, "")
    return made


@dataclass(frozen=True, slots=True)
class Document:
    """The result of cleaning one input: the body, its metadata and every removal.

    A rejected input (empty, binary, too large) is a Document with an empty body and
    `rejected` set to the reason, never `None` and never an exception.

    Metadata fields are None or empty when the text does not carry them: `date` is ISO 8601
    (`2025-07-12` or `2025-07-12T16:29`), `language` ISO 639-1, `sitename` the outlet.
    `site` is the site whose learnt profile (`dechrome.SiteProfiles`) was applied, if any.
    `mode` says whether the input was cleaned as page text or as HTML; `categories` and `tags`
    are what an HTML page's markup declares. `page_kind` says what kind of page it is
    (`article`, `forum`, `product`, `collection`, `listing`, `documentation`, `service` or
    `other`; `dechrome.pagekind`) and `page_kind_evidence` the signals that decided it.

    `source_words` is how many words the cleaning started from: the normalised input and the
    markup normalisation stripped from it (each tag or comment a removal of rule `markup`,
    block -1) in text mode, the extractor's text in HTML mode. Each of them ends in the body,
    a metadata field or a removal (`dechrome.accounting.unaccounted` lists any that do not;
    tests hold it empty). `fallback`, in HTML mode, says why the body was cleaned again with
    the high-confidence rules only (`Config.html_fallback_share`); None when it was not.
    `reading`, in HTML mode, says why the body is not the extraction's but the page's whole
    visible text cleaned as page text (`dechrome.html.wholepage`); None when it is the
    extraction's. `source_words` then counts that visible text.
    """

    paragraphs: tuple[str, ...]
    title: str | None
    hashtags: tuple[str, ...]
    links: tuple[str, ...]
    removals: tuple[Removal, ...]
    blocks: tuple[Block, ...]
    repairs: tuple[str, ...] = ()
    rejected: str | None = None
    url: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    sitename: str | None = None
    section: str | None = None
    language: str | None = None
    summary: str | None = None
    captions: tuple[str, ...] = ()
    site: str | None = None
    mode: Literal["text", "html"] = "text"
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    page_kind: str = "other"
    page_kind_evidence: tuple[str, ...] = ()
    # Where the title, date and authors were read (`FieldSource`); see `sources`.
    evidence: tuple[FieldSource, ...] = ()

    def sources(self) -> tuple[FieldSource, ...]:
        """The evidence for the fields as they stand: a field HTML mode took from the markup
        instead has no text evidence."""
        current = {"title": self.title or "", "date": self.date or "",
                   "authors": "; ".join(self.authors)}
        return tuple(source for source in self.evidence
                     if current.get(source.field) == source.value)
    source_words: int = 0
    fallback: str | None = None
    reading: str | None = None

    @property
    def text(self) -> str:
        """The article body: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (blocks are left out: removals already name theirs)."""
        return {
            "title": self.title,
            "date": self.date,
            "authors": list(self.authors),
            "sitename": self.sitename,
            "section": self.section,
            "language": self.language,
            "summary": self.summary,
            "captions": list(self.captions),
            "url": self.url,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "hashtags": list(self.hashtags),
            "links": list(self.links),
            "removals": [removal.to_dict() for removal in self.removals],
            "repairs": list(self.repairs),
            "rejected": self.rejected,
            "site": self.site,
            "mode": self.mode,
            "categories": list(self.categories),
            "tags": list(self.tags),
            "evidence": {source.field: source.to_dict() for source in self.sources()},
            "page_kind": self.page_kind,
            "page_kind_evidence": list(self.page_kind_evidence),
            "source_words": self.source_words,
            "fallback": self.fallback,
            "reading": self.reading,
        }


@dataclass(frozen=True, slots=True)
class SiteChrome:
    """One site's learnt chrome, as `clean` applies it (see `dechrome.profiles`).

    Attributes:
        site: the site's name (its registered domain, or the `site` given when learning).
        keys: dedup keys (`features.dedup_key`) of blocks repeated on most of its pages.
        prose: the keys among them that read as running text; such a block is removed only
            when it stands outside the page's run of article paragraphs.
    """

    site: str
    keys: frozenset[str]
    prose: frozenset[str] = frozenset()

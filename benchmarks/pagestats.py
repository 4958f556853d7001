"""Per-page views of a run: scores by page type and by site fold, each page's F1 against the
reference's, and HTML mode's word accounting against trafilatura's extraction.

The run's Documents reach this module through :class:`Inspector`, the runner's untimed
``after_page`` hook, so no page is cleaned twice for these tables.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import ftfy

from benchmarks import metrics
from benchmarks.datasets import Page
from benchmarks.ruleloss import FOLDS, Losses, fold_of
from benchmarks.runner import score
from benchmarks.tools import REFERENCE, TOOLS, Tool
from dechrome.normalize import characters

# How much lower a page's F1 may be than the reference's before the page counts as worse.
MARGIN = 0.05
# The Document's metadata fields whose text came out of the page (the body and the
# removals are counted besides): a word found in any of them is accounted for.
ACCOUNTED_FIELDS = ("title", "summary", "captions", "authors", "date", "sitename", "section",
                    "hashtags", "categories", "tags", "links")
OWN_TOOLS = {"text": "dechrome", "html": "dechrome-html"}


def score_groups(pages: Sequence[Page], outputs: Sequence[str],
                 key: Callable[[Page], object]) -> dict[str, tuple[int, metrics.Scores]]:
    """Page count and scores per value of ``key`` (pages whose key is ``None`` are left
    out), largest group first, ties by name."""
    groups: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        value = key(page)
        if value is not None:
            groups.setdefault(str(value), []).append(i)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return {name: (len(idx), score([pages[i] for i in idx], [outputs[i] for i in idx]))
            for name, idx in ordered}


def fold_scores(pages: Sequence[Page], outputs: Sequence[str]
                ) -> dict[int, tuple[int, metrics.Scores]]:
    """Page count and scores per site-disjoint fold (``ruleloss.fold_of``), folds 0-4."""
    found = score_groups(pages, outputs, fold_of)
    return {fold: found[str(fold)] for fold in range(FOLDS) if str(fold) in found}


def doc_f1(page: Page, output: str) -> float:
    """One page's F1 = 2TP / (2TP + FP + FN) with the set's own counts (shingles where the
    page has an ``articleBody``, else its chunks); 1.0 when there is nothing to count."""
    counts: metrics.ShingleCounts | metrics.ChunkCounts
    if page.gold_body is not None:
        counts = metrics.shingle_counts(page.gold_body, output)
    else:
        counts = metrics.chunk_counts(output, page.gold_with, page.gold_without)
    denominator = 2 * counts.tp + counts.fp + counts.fn
    return 2 * counts.tp / denominator if denominator else 1.0


def below_reference(pages: Sequence[Page], own: Sequence[str], reference: Sequence[str],
                    margin: float = MARGIN) -> dict[str, float]:
    """The pages whose F1 is more than ``margin`` below the reference's: id -> the gap."""
    gaps = {page.id: doc_f1(page, theirs) - doc_f1(page, mine)
            for page, mine, theirs in zip(pages, own, reference, strict=True)}
    return {page: gap for page, gap in gaps.items() if gap > margin + 1e-9}


# Invisible characters inside a word (soft hyphen, zero-width non-joiner and joiner, word
# joiner, BOM): not ``\\w``, so they would split "Regie\u00adrung" into two tokens that the
# cleaning, which drops them, no longer has.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200c\u200d\u2060\ufeff"))


def words(text: str) -> list[str]:
    """``\\w+`` tokens after dropping invisible in-word characters, NFKC and case folding, so
    a word that the cleaning only normalised (a soft hyphen, a ligature, a full-width
    letter, a capital) still counts as the same word."""
    return metrics.tokenize(unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).casefold())


def accounted_words(document: Any, view: Callable[[str], str] = str) -> Counter[str]:
    """The words a Document holds anywhere: body, metadata fields, removals (each text
    seen through `view`)."""
    found = Counter(words(view(document.text)))
    for name in ACCOUNTED_FIELDS:
        value = getattr(document, name, None)
        for text in [value] if isinstance(value, str) else value or ():
            found.update(words(view(str(text))))
    for removal in document.removals:
        found.update(words(view(removal.text)))
    return found


def unaccounted(reference: str, document: Any | None, *, extracted: bool = True) -> int:
    """How many of the reference's words the Document holds nowhere (multisets: a word
    the reference has three times and the Document once leaves two).

    With `extracted` (the reference is trafilatura's text of the page, HTML mode), two
    ways the reference's own text differs from the page, neither a loss: it glues
    words that the page sets apart (trafilatura's text output drops the whitespace between
    two elements: "tariffsMember"), and it shows charset errors that dechrome reads or
    repairs right. A reference word is held when the Document holds its parts, each a word
    the reference does not itself need. Where the reference has letters beyond ASCII, it
    counts as read in either of two ways, whichever the Document holds more of: repaired
    (ftfy: mojibake in the page, "donâ€™t"), or as is against the Document's text misread
    the way trafilatura misreads a page (UTF-8 read as Latin-1, the C1 controls that this
    leaves dropped: "groÃen" for "großen", "donât" for mojibake it cannot repair). Words
    the Document glues stay unaccounted."""
    held = accounted_words(document) if document is not None else Counter()
    if not extracted:
        # Text mode: the reference is dechrome's own input, read with the repairs its
        # normalisation makes to characters (mojibake, character references); the markup it
        # strips is among the removals.
        return sum((Counter(words(characters(reference))) - held).values())
    missing = _missing(Counter(words(reference)), held)
    if not missing or reference.isascii() or document is None:
        return missing
    repaired = _missing(Counter(words(ftfy.fix_text(reference, _FTFY))), held)
    misread = _missing(Counter(words(reference)), held | accounted_words(document, _misread))
    return min(missing, repaired, misread)


# ftfy's charset repair alone: the Document keeps curly quotes, ligatures and widths, which
# `words` folds anyway.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False)
_C1 = dict.fromkeys(range(0x80, 0xA0))


def _misread(text: str) -> str:
    """`text` as a reader that takes UTF-8 for Latin-1 and drops control characters has it."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1").translate(_C1)


def _missing(reference: Counter[str], held: Counter[str]) -> int:
    """How many words of `reference` are in `held` neither whole nor as glued parts."""
    missing = reference - held
    spare = held - reference
    left = 0
    for word, count in missing.items():
        for _ in range(count):
            parts = _parts(word, spare)
            if parts is None:
                left += 1
            else:
                spare -= Counter(parts)
    return left


def _parts(word: str, spare: Counter[str]) -> list[str] | None:
    """`word` as two or more words of `spare` run together, each as often as `spare` has
    it; None when it is not. The split with the fewest parts."""
    # fewest[i]: the fewest parts `word[:i]` splits into, and where its last part starts.
    fewest: list[tuple[int, int] | None] = [(0, 0), *[None] * len(word)]
    for end in range(1, len(word) + 1):
        for start in range(end):
            found = fewest[start]
            if found is not None and spare[word[start:end]] > 0 and (
                    fewest[end] is None or found[0] + 1 < fewest[end][0]):
                fewest[end] = (found[0] + 1, start)
    last = fewest[-1]
    if last is None or last[0] < 2:
        return None
    parts, end = [], len(word)
    while end:
        start = fewest[end][1]
        parts.append(word[start:end])
        end = start
    return parts if not Counter(parts) - spare else None


@dataclass
class Accounting:
    """Words of the reference's extraction that the Documents leave unaccounted."""

    words: int = 0
    unaccounted: int = 0
    pages: int = 0
    by_page: dict[str, int] = field(default_factory=dict)
    # False when the reference is dechrome's own input (text mode): every difference counts.
    extracted: bool = True

    def add(self, page_id: str, reference: str, document: Any | None) -> None:
        missing = unaccounted(reference, document, extracted=self.extracted)
        self.words += len(words(reference))
        self.unaccounted += missing
        self.pages += 1
        if missing:
            self.by_page[page_id] = missing

    def share(self) -> float:
        return self.unaccounted / self.words if self.words else 0.0

    def worst(self, n: int = 5) -> list[tuple[str, int]]:
        return sorted(self.by_page.items(), key=lambda item: (-item[1], item[0]))[:n]


@dataclass
class Inspector:
    """The runner's ``after_page`` hook: each dechrome Document's removals go to its rule
    losses, and the words of the mode's reference must be in the Document: in HTML mode
    the reference's extraction (run untimed here when the reference tool is not in the
    run), in text mode the page text dechrome was given."""

    mode: str = "html"
    rule_tools: tuple[str, ...] = ()
    account_tool: str | None = None
    reference: Tool | None = None
    losses: dict[str, Losses] = field(default_factory=dict)
    accounting: Accounting = field(default_factory=Accounting)
    reference_outputs: list[str] = field(default_factory=list)
    # Each dechrome tool's pages and the `page_kind` of their Documents (`benchmarks.kinds`).
    kinds: dict[str, tuple[list[Page], list[str]]] = field(default_factory=dict)

    def __call__(self, page: Page, outputs: dict[str, str], documents: dict[str, Any]) -> None:
        for name, document in documents.items():
            kind = getattr(document, "page_kind", None)
            if kind is not None:
                seen, named = self.kinds.setdefault(name, ([], []))
                seen.append(page)
                named.append(kind)
        for name in self.rule_tools:
            if name in documents:
                self.losses.setdefault(name, Losses()).add(page, documents[name])
        if self.account_tool is None:
            return
        if self.mode == "text":
            reference = page.text or ""
            self.accounting.extracted = False
        else:
            reference = outputs.get(REFERENCE) or _untimed(self.reference, page, outputs)
            self.reference_outputs.append(reference)
        self.accounting.add(page.id, reference, documents.get(self.account_tool))


def _untimed(tool: Tool | None, page: Page, outputs: dict[str, str]) -> str:
    if tool is None or tool.name in outputs:
        return ""  # the reference ran and gave nothing (or raised): no words to account
    try:
        out = tool.fn(page)
    except Exception:
        out = None  # counted as empty, as the runner counts a raising call
    return "" if out is None else str(out)


def inspector_for(mode: str, tools: Sequence[Tool], rules: bool = True) -> Inspector:
    """The hook for a run of ``tools`` in ``mode``: rule losses of the tools that give
    Documents (when ``rules``), the accounting of the mode's dechrome tool."""
    names = [tool.name for tool in tools]
    own = tuple(tool.name for tool in tools if tool.document is not None)
    account = OWN_TOOLS.get(mode) if OWN_TOOLS.get(mode) in names else None
    return Inspector(mode=mode, rule_tools=own if rules else (), account_tool=account,
                     reference=TOOLS.get(REFERENCE))

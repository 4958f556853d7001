"""The Document from a page's blocks and the rules that removed some: the kept blocks
joined into paragraphs, one removal per removed block in page order, the metadata read
from the same evidence, and the count of the input's words (`Document.source_words`). The
markup that normalisation stripped follows the blocks' removals."""

from __future__ import annotations

from dechrome.accounting import word_total
from dechrome.context.base import Facts
from dechrome.features import find_hashtags
from dechrome.metadata import Evidence
from dechrome.metadata import read as read_metadata
from dechrome.model import Block, Document, Removal, new_removal
from dechrome.normalize import Normalised
from dechrome.reasons import Reason, Rule
from dechrome.registry import reason_of


def assemble(blocks: tuple[Block, ...], removed: dict[int, Rule], normalised: Normalised,
             where: tuple[str | None, bool], facts: Facts) -> Document:
    """The Document of `blocks` less `removed`; `where` is the page's URL and whether a
    single line break joins a paragraph (HTML mode, `Segmented.line_breaks`)."""
    url, line_breaks = where
    paragraphs = _paragraphs(blocks, removed, line_breaks)
    # In page order once: the extractors read removals in page order, and sorting sorted
    # items is linear.
    removed = dict(sorted(removed.items()))
    removals = tuple(
        new_removal(rule, reason_of(rule), index, blocks[index].text)
        for index, rule in removed.items()
    ) + markup_removals(normalised)
    evidence = Evidence(blocks, removed, tuple(paragraphs), _title_text(blocks, removed), url,
                        facts.keys)
    meta = read_metadata(evidence)
    return Document(
        paragraphs=tuple(paragraphs),
        title=meta.title,
        hashtags=tuple(dict.fromkeys(find_hashtags(normalised.text))),
        links=normalised.links,
        removals=removals,
        blocks=blocks,
        repairs=normalised.repairs,
        url=url,
        date=meta.date,
        authors=meta.authors,
        sitename=meta.sitename,
        section=meta.section,
        language=meta.language,
        summary=meta.summary,
        captions=meta.captions,
        evidence=meta.sources,
        source_words=(_source_words(blocks, facts.words, normalised.text)
                      + markup_words(normalised)),
    )


def markup_words(normalised: Normalised) -> int:
    """How many words the tags and comments normalisation took out hold: input words too."""
    return sum(map(word_total, normalised.stripped))


def markup_removals(normalised: Normalised) -> tuple[Removal, ...]:
    """One removal for each tag or comment normalisation took out of the text, after the
    blocks' removals (as HTML mode's `extraction-only`). Block -1: it stood in no block."""
    return tuple(new_removal(Rule.MARKUP, Reason.MARKUP, -1, piece)
                 for piece in normalised.stripped)


def _paragraphs(blocks: tuple[Block, ...], removed: dict[int, Rule], line_breaks: bool
                ) -> list[str]:
    """The kept blocks as paragraphs: a block that continues the kept one before it joins
    it, as does (`line_breaks`) one with no blank line above it."""
    paragraphs: list[str] = []
    previous_kept = False
    for block in blocks:
        if block.index in removed:
            previous_kept = False
            continue
        if block.continues and previous_kept:
            paragraphs[-1] = f"{paragraphs[-1]} {block.text}"
        elif line_breaks and previous_kept and not block.after_blank:
            paragraphs[-1] = f"{paragraphs[-1]}\n{block.text}"
        else:
            paragraphs.append(block.text)
        previous_kept = True
    return paragraphs


def _source_words(blocks: tuple[Block, ...], words: tuple[int, ...], text: str) -> int:
    """`accounting.word_total(text)` from the blocks' counts, where they are the same.

    `segment` makes each non-empty line one block, its text the line or (when the line is
    cut) its pieces stripped of white space; no word spans a line break. The blocks' counts
    (`Facts.words`, of the casefolded text: casefolding maps each word character to word
    characters only, and every other character to none) then sum to the text's, but on a
    line cut in pieces: a cut may fall inside a word (a hashtag or URL longer than its
    pattern's bound), and such lines are counted anew.
    """
    cut = {block.line for block in blocks if block.continues}
    if not cut:
        return sum(words)
    lines = text.split("\n")
    return (sum(n for block, n in zip(blocks, words, strict=True) if block.line not in cut)
            + sum(word_total(lines[number]) for number in cut))


def _title_text(blocks: tuple[Block, ...], removed: dict[int, Rule]) -> str | None:
    return next((blocks[i].text for i, rule in sorted(removed.items()) if rule is Rule.HEADLINE),
                None)

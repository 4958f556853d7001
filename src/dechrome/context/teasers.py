"""Runs of teasers: other stories' headlines glued to their lead sentences.

A scraper that flattens a box of teasers prints each item as one line: the story's headline
and then, with no full stop between them, its first sentence ("Customers Leave Without Paying
$690 Bill At Troy Steakhouse A party of six left …", "UN 'regrets' new US position on
Israeli settlements UNITED NATIONS: United Nations Secretary General …"). One such line can be
an article's own bold lead-in; several close together, each with a headline of its own, are a
box of other stories. The shape is told from structure (a title-cased run, then a sentence;
or a headline, then a capitalised dateline), never from the words of one site.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.reasons import Reason, Rule

# So many glued items make a box; fewer stay. Between two items of one box stand at most so
# many kept blocks, of which at most one of running text (a box's own labels: "Latest
# Headlines", "Best Of", an item of another shape).
_MIN_RUN = 3
_MAX_GAP_BLOCKS = 4
_MAX_GAP_PROSE = 1
# A teaser's lead is its story's first sentence or two; an article's paragraph that opens with
# a bold lead-in runs on longer.
_MAX_LEAD_SENTENCES = 2
# Running text the page keeps outside the run: a page of news briefs is its own content.
_PROSE_BESIDES = 100
_MIN_WORDS = 12
_MAX_WORDS = 120
# The headline part: so many words, at most one comma and one colon (a list of names or a
# mail header has more).
_HEAD_MIN, _HEAD_MAX = 5, 25
_DATED_HEAD_MIN = 4
# After a title-cased headline, a sentence: so many of its first words in lower case.
_TAIL_WORDS, _TAIL_LOWER, _TAIL_MIN = 8, 4, 6
# Title case capitalises the little words that running text writes in lower case ("Leave
# Without Paying", "Bill At Troy"); a name seldom holds them. "A" is left out: it is also an
# initial ("Rhee A, Stussman B."), as in a list of references.
_TITLE_SMALL = frozenset({
    "an", "the", "of", "in", "on", "at", "to", "for", "with", "without", "after", "before",
    "about", "from", "by", "into", "over", "under", "is", "are", "was", "were", "can", "could",
    "or", "and", "but", "as", "up", "out", "off", "will", "be", "has", "have", "not", "its",
    "amid", "against", "says", "may",
})
_CAPITAL_START = regex.compile(r"[\p{Lu}\p{N}$£€]")
_LETTER = regex.compile(r"[\p{L}\p{N}]")
_EDGES = regex.compile(r"^[^\p{L}\p{N}]{1,10}+|[^\p{L}\p{N}]{1,10}+$")
# A word that ends a sentence ("Stussman B.", "said."); an initialism ("U.S.") does not.
_SENTENCE_WORD = regex.compile(r"(?<!\.\p{L})\p{L}\.$")
# A dateline in capitals right after a lower-case word: "… settlements UNITED NATIONS: The".
_DATELINE = regex.compile(
    r"(?<=\p{Ll}\S{0,3}\s)\p{Lu}{2,20}+(?:\s\p{Lu}{2,20}+){0,2}+:\s\p{Lu}"
)
_ENDS_SENTENCE = regex.compile(r"[.!?…]\S{0,3}+$")
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’)]{0,3}+(?:\s++(?=[\"'“‘(]?\p{Lu})|\s*+$)")


def _first_letter(word: str) -> str:
    found = _LETTER.search(word)
    return found.group() if found else ""


def _title_head(words: list[str]) -> int:
    """How many words open `words` in title case, when they hold a capitalised little word
    past the first; 0 otherwise."""
    # A word opening in an ASCII lower-case letter ends the run where it stands (its first
    # letter is no capital): among the first `_HEAD_MIN` words, it leaves too few. Most lines
    # of running text are told so without the patterns.
    for word in words[1:_HEAD_MIN]:
        if "a" <= word[:1] <= "z":
            return 0
    length, small = 0, 0
    for index, word in enumerate(words[:_HEAD_MAX + 1]):
        if index and _SENTENCE_WORD.search(words[index - 1]):
            break
        letter = _first_letter(word)
        if letter and not _CAPITAL_START.match(letter):
            break
        small += index > 0 and _EDGES.sub("", word).casefold() in _TITLE_SMALL
        length = index + 1
    return length if small and _HEAD_MIN <= length <= _HEAD_MAX else 0


def _headline_then_sentence(words: list[str]) -> bool:
    """'Harvick Fails To Rally Overmatched Ford In NASCAR Finale Ford v Toyota flopped …'."""
    head = _title_head(words)
    if not head or not _few_marks(" ".join(words[:head])):
        return False
    tail = words[head:]
    lower = sum(word[:1].islower() for word in tail[:_TAIL_WORDS])
    return len(tail) >= _TAIL_MIN and lower >= _TAIL_LOWER


def _headline_then_dateline(text: str) -> bool:
    """'Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin …'."""
    found = _DATELINE.search(text)
    if found is None:
        return False
    head = text[:found.start()].strip()
    return (_DATED_HEAD_MIN <= len(head.split()) <= _HEAD_MAX and _few_marks(head)
            and not _ENDS_SENTENCE.search(head))


def _few_marks(head: str) -> bool:
    return head.count(",") <= 1 and head.count(":") <= 1


def is_glued_teaser(text: str) -> bool:
    """A headline with a lead sentence or two glued to it, in one block."""
    words = text.split()
    while words and not _LETTER.search(words[0]):
        words = words[1:]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    # The shape first: it rejects most paragraphs by their first words; counting the
    # sentences reads the whole text. A dateline needs its colon.
    if not (_headline_then_sentence(words)
            or (":" in text and _headline_then_dateline(text))):
        return False
    return len(_SENTENCE_BREAK.findall(text)) <= _MAX_LEAD_SENTENCES


def _runs(page: Page) -> Iterator[list[int]]:
    """Groups of glued teasers among the kept blocks, each close below the one before."""
    run: list[int] = []
    gap, prose = 0, 0
    glued = page.facts.derived(_glued_blocks)
    if not glued:
        # No run to find (most pages): the walk over the kept blocks is spared.
        return
    for index in page.kept_indices:
        if index in glued:
            run.append(index)
            gap, prose = 0, 0
            continue
        gap, prose = gap + 1, prose + page.prose[index]
        if run and (gap > _MAX_GAP_BLOCKS or prose > _MAX_GAP_PROSE):
            yield run
            run = []
    if run:
        yield run


def _glued_blocks(facts: Facts) -> frozenset[int]:
    """The blocks of teaser length that read as a glued teaser, found once per document: the
    test reads a block's text alone, and the context rules ask it again every round."""
    return frozenset(index for index, block in enumerate(facts.blocks)
                     if _MIN_WORDS <= facts.words[index] <= 2 * _MAX_WORDS
                     and is_glued_teaser(block.text))


def _teaser_runs(page: Page) -> Iterator[int]:
    for run in _runs(page):
        if len(run) < _MIN_RUN:
            continue
        inside = set(run)
        besides = sum(page.words[i] for i in page.kept_indices
                      if page.prose[i] and i not in inside)
        if besides >= _PROSE_BESIDES:
            yield from run


RULES = (
    ContextRule(Rule.TEASER_RUN, Reason.RELATED, _teaser_runs, ("en", "*"),
                "'Ford Recalls F-150s; Loose Cable Can Cause Stalling Or Fires Ford is "
                "recalling …' and two more such lines"),
)

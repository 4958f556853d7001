"""Find the headline; take it, its copies and the kicker above it out of the body."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import NamedTuple

from dechrome.context.base import ContextRule, Facts, Page, Title
from dechrome.features import is_headline_like, is_quoted, is_table_row
from dechrome.reasons import COPY_RULES, Reason, Rule

_MIN_REPEATED_WORDS = 3
_MAX_WORDS = 30
_QUOTED_PENALTY = 4


def find_title(facts: Facts, alive: Sequence[int], article_start: int | None,
               lead_start: int | None = None) -> Title | None:
    """The headline, above where the article's text starts (`article_start`, the main
    region's first block): the closest line that repeats part of the browser title (a page
    text's first line, "Headline | Site"), else a repeated headline-like line, else the
    weightiest headline-like line above the first paragraph of the article's lead
    (`lead_start`, in the region grown over its lead). Without running text only a repeat
    counts, and below the lead's first paragraph only a repeat or an echo, so that cleaning a
    clean body finds nothing to take."""
    blocks = facts.blocks
    head = [i for i in alive if article_start is None or i < article_start]
    candidates = [i for i in head if not facts.prose[i] and _headline_candidate(facts, i)]
    repeated = _repeated(facts, candidates, alive)
    echoes = _echoes_of_first_line(facts, candidates, alive)
    above_lead = [i for i in candidates if lead_start is None or i < lead_start]
    if echoes:
        chosen = echoes[-1]
    elif repeated:
        chosen = repeated[0]
    elif article_start is not None and above_lead:
        chosen = max(reversed(above_lead), key=lambda i: _weight(blocks[i].text))
    else:
        return None
    return _title_of(facts, alive, chosen)


class BodyView(NamedTuple):
    """What `headline_left_below` reads of the body beyond its blocks."""

    # Where the body's article starts (`find_title`'s bound on a second cleaning), found
    # only when asked: it costs a region search.
    start: Callable[[], int | None]
    # A page without a dominant region: the lines between the headline and the first
    # paragraph are a grid of items, and only an echo counts.
    echoes_only: bool = False


def headline_left_below(facts: Facts, alive: Sequence[int], kept: Sequence[int],
                        title: Title | None, body: BodyView) -> Title | None:
    """The headline a second cleaning would take from the body (`find_title` on a body whose
    headline is gone): a later copy of the body's first line (its echo), else the weightiest
    headline-like line kept below the headline found (`title`) and above the body's first
    paragraph. A headline chosen by its echo or its repeat may be a teaser's above the
    article's own (`alive`: the blocks the block rules kept, `kept`: those the context rules
    kept too; `body`: where the body's article starts, and whether only an echo counts)."""
    if title is None:
        return _echo_of_new_first_line(facts, kept, alive, body)
    below = [i for i in kept if i > title.block and not facts.prose[i]
             and _headline_candidate(facts, i)]
    # The body's first line is its title line: a later copy of it is its echo.
    echoes = _echoes_above_start(facts, below, kept, body)
    first = next((i for i in kept if facts.prose[i]), None)
    above = [i for i in below if first is not None and i < first]
    if echoes:
        chosen = echoes[-1]
    elif repeated := _repeated_above_start(facts, below, kept, body):
        chosen = repeated[0]
    elif above and not body.echoes_only:
        chosen = max(reversed(above), key=lambda i: _weight(facts.blocks[i].text))
    else:
        return None
    return _title_of(facts, [i for i in alive if i > title.block], chosen)


def _echo_of_new_first_line(facts: Facts, kept: Sequence[int], alive: Sequence[int],
                            body: BodyView) -> Title | None:
    """Without a headline: when the context rules took out the page's first line (a title
    line outside the article), the body's first line is another, and a second cleaning reads
    it as the title line and takes its echo (`find_title`): take that echo now."""
    first = next((i for i in kept if facts.keys[i]), None)
    if first is None or first == next((i for i in alive if facts.keys[i]), None):
        return None
    candidates = [i for i in kept if not facts.prose[i] and _headline_candidate(facts, i)]
    echoes = _echoes_above_start(facts, candidates, kept, body)
    return _title_of(facts, kept, echoes[-1]) if echoes else None


def _echoes_above_start(facts: Facts, candidates: Sequence[int], kept: Sequence[int],
                        body: BodyView) -> list[int]:
    """The echoes of the body's first line among `candidates`, as `find_title` reads them on
    a second cleaning: only above where the body's article starts (a table of contents first
    in the body echoes every section heading below it)."""
    echoes = _echoes_of_first_line(facts, candidates, kept)
    if echoes and (start := body.start()) is not None:
        echoes = [i for i in echoes if i < start]
    return echoes


def _repeated_above_start(facts: Facts, candidates: Sequence[int], kept: Sequence[int],
                         body: BodyView) -> list[int]:
    """The `candidates` a second cleaning takes as a repeated headline (`find_title`): a
    line the body holds twice or more with no distinct content between its copies, above
    where the body's article starts. Looked for only when one repeats at all."""
    repeated = _repeated(facts, candidates, kept)
    if repeated and (start := body.start()) is not None:
        repeated = [i for i in repeated if i < start]
    return repeated


def _repeated(facts: Facts, candidates: Sequence[int], alive: Sequence[int]) -> list[int]:
    """The `candidates` that `alive` holds twice or more, with no distinct content between
    their copies: a headline and its copy, not a template line (`_recurring_around_content`)."""
    counts = Counter(map(facts.keys.__getitem__, alive))
    copied = [i for i in candidates if counts[facts.keys[i]] > 1
              and facts.words[i] >= _MIN_REPEATED_WORDS]
    if not copied:
        return []
    around = _recurring_around_content(facts, alive, counts, copied)
    return [i for i in copied if i not in around]


def _title_of(facts: Facts, among: Sequence[int], chosen: int) -> Title:
    """The headline with `chosen`'s text: the first of its identical copies in `among`, the
    others its duplicates."""
    same = [i for i in among if facts.keys[i] == facts.keys[chosen]]
    return Title(text=facts.blocks[same[0]].text, block=same[0], copies=tuple(same[1:]))


def lower_headline_taken(settled: dict[int, Rule], trial: dict[int, Rule], shown: set[int]
                         ) -> dict[int, Rule] | None:
    """What a round with a headline lower down removes, or None: it may only take more (but
    the copies of the headline above), else it is no headline of this body (a headline-like
    date line, the region grown over the page above it). Copies the round before took stay
    taken: which copy stands follows the headline (a teaser's "byline" has its later copies
    go), but the body a second cleaning reads is the one the round before left."""
    back = settled.keys() - trial.keys() - shown
    if any(settled[i] not in COPY_RULES for i in back):
        return None
    return {**trial, **{i: settled[i] for i in back}}


def _recurring_around_content(facts: Facts, alive: Sequence[int], counts: Counter[str],
                              lines: list[int]) -> set[int]:
    """The `lines` (blocks of `alive`) with distinct content (a block on the page once,
    running text or four words and more) between each and its next copy (or the page's end):
    template lines that exact-duplicate keeps (a question per guest), not a headline and its
    copy. Counted once over the page (prefix sums), not once per line."""
    if not lines:
        return set()
    keys, prose, words = facts.keys, facts.prose, facts.words
    distinct = list(accumulate(
        (counts[keys[i]] == 1 and (prose[i] or words[i] >= 4) for i in alive), initial=0))
    # Where each of the lines' texts stands among `alive`, in one pass: a line's next copy
    # was looked for by walking on from it, over most of a long page for each line.
    wanted = {keys[index] for index in lines}
    position: dict[int, int] = {}
    standing: dict[str, list[int]] = {}
    for n, index in enumerate(alive):
        if keys[index] in wanted:
            position[index] = n
            standing.setdefault(keys[index], []).append(n)
    around: set[int] = set()
    for index in lines:
        places, start = standing[keys[index]], position[index] + 1
        after = bisect_left(places, start)
        end = places[after] if after < len(places) else len(alive)
        if distinct[end] > distinct[start]:
            around.add(index)
    return around


def _echoes_of_first_line(facts: Facts, candidates: Sequence[int], alive: Sequence[int]
                          ) -> list[int]:
    """Candidates that the first line contains word for word ("Headline" in "Headline | Site").

    The first line is the first one still standing that has a word: a rule line or a label
    that a block-local rule took out above it is gone from the body a second cleaning reads,
    and both cleanings must read the same first line."""
    start = next((i for i in alive if facts.keys[i]), None)
    if start is None:
        return []
    first = f" {facts.keys[start]} "
    return [i for i in candidates if i > start and facts.words[i] >= _MIN_REPEATED_WORDS
            and f" {facts.keys[i]} " in first]


def _headline_candidate(facts: Facts, index: int) -> bool:
    text = facts.blocks[index].text
    count = len(text.split())
    return 2 <= count <= _MAX_WORDS and facts.headline_like(index) and not is_table_row(text)


def _weight(text: str) -> int:
    return len(text.split()) - (_QUOTED_PENALTY if is_quoted(text) else 0)


def _headline(page: Page) -> Iterator[int]:
    if page.title is not None and page.alive(page.title.block):
        yield page.title.block


def _title_copies(page: Page) -> Iterator[int]:
    if page.title is not None:
        yield from (i for i in page.title.copies if page.alive(i))


def _kicker(page: Page) -> Iterator[int]:
    """A short headline-like line right above the headline (an overline, a section)."""
    if page.title is None:
        return
    before = [i for i in page.kept() if i < page.title.block]
    if before and is_headline_like(page.blocks[before[-1]].text) and page.words[before[-1]] <= 8:
        yield before[-1]


RULES = (
    ContextRule(Rule.HEADLINE, Reason.HEADLINE, _headline, ("*",),
                "the headline above the first paragraph, kept as the document's title"),
    ContextRule(Rule.TITLE_DUPLICATE, Reason.HEADLINE, _title_copies, ("*",),
                "a second copy of the headline, e.g. above the picture"),
    ContextRule(Rule.KICKER, Reason.HEADLINE, _kicker, ("*",),
                "„Grüße von Putin“ above the headline 'Lawrow: Nordkorea unterstützt Kriegsziele'"),
)

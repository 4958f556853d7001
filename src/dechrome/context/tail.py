"""The article's region grown down over what continues its topic.

The region (`region`) is the run of blocks whose scores add up most, so it ends at the last
paragraph: a table, a list of entries or a section of references after it costs more than it
brings, although it is the article's. Below the region, a line that names the article's topic
(a word the region's paragraphs use twice or more) scores as a short sentence does; the
region grows to the end of the stretch below that adds the most. Rule tail-chrome (`frame`)
still takes the lines there that do not read as sentences: what the grown region keeps is
mostly sentences, entries and references that continue the article.

The walk stops at the first block another rule removed (a teaser heading, a share bar, a
newsletter box, a copyright line): chrome begins there. A separator line ("* * *", "|") is no
such evidence (it divides the article's sections as often as it ends them): the walk crosses
it at a removed line's cost, and it stays removed; so, on a discussion page, is each reply's
furniture and date (`with_replies`): the replies below a thread's run are its content.
Below a list of rows that ends the region (`rows`), a section of sentences naming the topic
continues it (`with_lists`, `section_below`): a recipe's serving tips below its nutrition
table; titles, dates and labels below a list do not.
Copies taken by the dedup rules are passed over, and so is what an earlier round of the
context rules took out (`Page.gone`): the body cleaned again has none of it. A line
holding a URL names the topic by its words outside the URL only: a reference ("Building
effective agents. Anthropic. https://...") names it in its title, a bare address or a share
link only in its path.
"""

from __future__ import annotations

from collections import Counter

from dechrome.context.base import Facts, Page
from dechrome.context.rows import lists_below
from dechrome.context.scores import REMOVED_COST, page_scores
from dechrome.context.thread import is_discussion_url
from dechrome.features import URL, is_sentence_like, tokenize
from dechrome.reasons import COPY_RULES, Rule
from dechrome.stopwords import best_list

# What a line below the region that names the article's topic adds (a short sentence's
# score in `scores`).
_TOPIC_SCORE = 0.5
# A content word: longer than most function words, and not a bare number.
_MIN_TOPIC_CHARS = 4
# A word the region's paragraphs use this often is the article's topic.
_TOPIC_USES = 2
# Above a section's sentences below a list (`section_below`): at most so many short labels
# (its heading), of at most so many words each.
_SECTION_LABELS = 2
_SECTION_LABEL_WORDS = 4
# A list, the section below it, a list below that: at most so many followed (`with_lists`).
_MAX_LISTS = 4
# Removed lines that do not begin the chrome: the walk crosses them (see above).
_CROSSED = frozenset({Rule.SEPARATOR})
# Below the run on a discussion page, each reply's furniture and date stand between posts.
_REPLY_CROSSED = frozenset({Rule.SEPARATOR, Rule.POST_FURNITURE, Rule.DATELINE})


def topic_words(page: Page, span: tuple[int, int]) -> frozenset[str]:
    """The article's topic: the content words used by `_TOPIC_USES` or more of the region's
    paragraphs (stop words of the page's language aside, `_stop_words`). Not the headline's:
    the body cleaned again has none, and must grow the same."""
    facts, alive = page.facts, page.alive
    counted = tuple(i for i in range(span[0], span[1] + 1) if facts.prose[i] and alive(i))
    # The topic depends on the paragraphs counted alone: the main region and the page's
    # judgement of it (`region.holds_the_page`, `region._outside`) ask it of the same ones.
    known = facts.derived(_topics)
    found = known.get(counted)
    if found is None:
        uses: Counter[str] = Counter()
        # A paragraph's words less the stop words, once per paragraph (`Facts.once`): the
        # region is asked of the same paragraphs again with a few more or less (each rule,
        # each round).
        for i in counted:
            uses.update(facts.once(_content_words, i))
        found = known[counted] = frozenset(
            word for word, count in uses.items()
            if count >= _TOPIC_USES and len(word) >= _MIN_TOPIC_CHARS and not word.isdigit())
    return found


def _content_words(facts: Facts, index: int) -> set[str]:
    """Block `index`'s words less the stop words of the page's language."""
    return set(_tokens(facts)[index]).difference(facts.derived(_stop_words))


def content_words(facts: Facts, index: int) -> frozenset[str]:
    """Block `index`'s content words, as the topic counts them: no stop word, no bare
    number, none shorter than `_MIN_TOPIC_CHARS`."""
    return frozenset(word for word in facts.once(_content_words, index)
                     if len(word) >= _MIN_TOPIC_CHARS and not word.isdigit())


def _topics(_facts: Facts) -> dict[tuple[int, ...], frozenset[str]]:
    return {}


def _tokens(facts: Facts) -> tuple[list[str], ...]:
    return facts.tokens or tuple(key.split() for key in facts.keys)


def _stop_words(facts: Facts) -> frozenset[str]:
    """The stop words of the language of the page's running text, chosen once per page."""
    tokens = _tokens(facts)
    return best_list({word for i, prose in enumerate(facts.prose) if prose
                      for word in tokens[i]})[1]


def names_topic(page: Page, index: int, topic: frozenset[str]) -> bool:
    """Whether block `index` names the article's `topic` (`topic_words`); a line holding a
    URL by its words outside the URL (a reference's title and source)."""
    if page.facts.links()[index]:
        return not topic.isdisjoint(tokenize(URL.sub(" ", page.blocks[index].text)))
    return not topic.isdisjoint(_tokens(page.facts)[index])


def with_tail(page: Page, span: tuple[int, int], scores: tuple[float, ...],
              crossed: frozenset[Rule] = _CROSSED) -> tuple[int, int]:
    """`span` with its end moved down to where the stretch below it adds the most, if any:
    each kept block scores its `scores` entry, or `_TOPIC_SCORE` when it names the topic."""
    topic: frozenset[str] | None = None  # found when a line below may name it
    rule_of = page.removed.get
    total, best, end = 0.0, 0.0, span[1]
    for index in range(span[1] + 1, len(page.blocks)):
        rule = rule_of(index)
        # What an earlier round took out is not in the body a second cleaning reads.
        if rule in COPY_RULES or index in page.gone:
            continue
        if rule in crossed:
            total += REMOVED_COST
            continue
        if rule is not None:
            break
        score = scores[index]
        if score < _TOPIC_SCORE:
            topic = topic_words(page, span) if topic is None else topic
            if names_topic(page, index, topic):
                score = _TOPIC_SCORE
        total += score
        if total > best:
            best, end = total, index
    return span[0], end


def with_replies(page: Page, span: tuple[int, int], scores: tuple[float, ...]
                 ) -> tuple[int, int]:
    """`with_tail`; on a discussion page over the replies below the run too: each
    post's furniture and date (removed by their rules) is crossed at a removed line's cost,
    and a post's short lines cost what they cost in the thread's run."""
    if not is_discussion_url(page.url):
        return with_tail(page, span, scores)
    return with_tail(page, span, page_scores(page, discussion=True), _REPLY_CROSSED)


def section_below(page: Page, span: tuple[int, int]) -> int:
    """The last sentence of the section right below `span` (a list that ends the region,
    `rows`), or `span`'s end: at most `_SECTION_LABELS` short labels (its heading, "Serving
    tips"), then consecutive lines that read as sentences (`is_sentence_like`), without a
    link, one of them at least naming the article's topic (`topic_words`). A teaser list,
    a dated archive or a footer below a list prints titles, dates and labels, not sentences."""
    labels, end, named = 0, span[1], False
    topic: frozenset[str] | None = None
    for index in range(span[1] + 1, len(page.blocks)):
        rule = page.removed.get(index)
        if rule in COPY_RULES or index in page.gone:
            continue
        text = page.blocks[index].text
        if rule is None and not page.facts.links()[index] and is_sentence_like(text):
            topic = topic_words(page, span) if topic is None else topic
            named = named or names_topic(page, index, topic)
            end = index
            continue
        if (rule is not None or end > span[1] or labels == _SECTION_LABELS
                or page.words[index] > _SECTION_LABEL_WORDS):
            break
        labels += 1
    return end if named else span[1]


def with_lists(page: Page, span: tuple[int, int]) -> tuple[int, int]:
    """`span` grown over the lists right below it (`rows.lists_below`: figure-bearing rows,
    as tour dates or ingredients, or the list its last paragraph announces with a colon),
    and below each over the section of sentences that continues the topic
    (`section_below`): a recipe's serving tips below its nutrition table, the
    sentences below a table. Until neither grows it."""
    first, last = span
    for _ in range(_MAX_LISTS):
        below = lists_below(page, last)
        if below == last:
            break
        last = section_below(page, (first, below))
    return first, last

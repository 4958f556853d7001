"""The page's kind from its signals: a tiny hand-set score per kind, the evidence in words.

Each test below is one general signal with a small whole-number weight, set by hand (not
fitted): what the markup declares weighs most, then the shape of the text (a thread's
speaker lines, prices and shop buttons, code, a run of prose with a date and a byline), then
the URL's words, which never reach a kind's threshold (`_MIN_SCORE`) alone. The best kind
other than `article` wins when it reaches the threshold, unless the article's score is higher
by more than `_ARTICLE_MARGIN`; else `article` when it reaches it; else `other`. Ties go to
the earlier kind of `KINDS`. The evidence is the winning kind's tests that held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dechrome.pagekind.frame import FrameSignals
from dechrome.pagekind.markup import MarkupHints
from dechrome.pagekind.signals import TextSignals
from dechrome.pagekind.url import UrlSignals

KINDS = ("article", "forum", "product", "collection", "listing", "documentation", "service",
         "other")
_MIN_SCORE = 3
# A run of prose this long is an article's body (a short news item has 150 words), or a
# documentation page's, a service's.
_LONG_PROSE = 150
_PROSE_SHARE = 0.5
_SOME_PROSE = 60
_CALLS = 2
_MANY_CALLS = 5
_MANY_CARTS = 5
_TEASER_DATES = 5
_MANY_PRICES = 12
_ARTICLE_MARGIN = 2
# A body is bare when the cleaning took out at most a tenth of its words.
_BARE_RATIO = 10
_MANY_SHORT_LINES = 10
_MIN_POSTS = 3
_POSTS_SHARE = 0.5
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle",
                            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                            "report", "scholarlyarticle", "review", "liveblogposting"})
_FORUM_TYPES = frozenset({"discussionforumposting", "qapage", "question",
                          "socialmediaposting"})
_PRODUCT_TYPES = frozenset({"product", "productgroup", "offer", "individualproduct"})
_LIST_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
# A page declared a collection or search results is one (an article may hold an item list).
_PAGE_OF_ITEMS = frozenset({"collectionpage", "searchresultspage"})
# The records site software gives every page: the page, the site, its owner, their parts.
_PLAIN_RECORDS = frozenset({"webpage", "itempage", "aboutpage", "contactpage", "faqpage",
                            "profilepage", "website", "imageobject", "breadcrumblist",
                            "organization", "searchaction", "sitenavigationelement",
                            "listitem", "entrypoint", "readaction", "contactpoint",
                            "postaladdress", "question", "answer", "wpheader", "wpfooter"})
_DOC_TYPES = frozenset({"techarticle", "apireference", "howto"})
# A record of a person: site software names a post's author in one (a page's graph of
# WebPage, WebSite, Person), where a profile or an about page has its subject or its team.
_PERSON_TYPES = frozenset({"person"})
_PAGES_OF_PEOPLE = frozenset({"profilepage", "aboutpage"})
_SERVICE_TYPES = frozenset({"service", "softwareapplication", "webapplication",
                            "localbusiness", "professionalservice", "aboutpage",
                            "contactpage"})


@dataclass(frozen=True, slots=True)
class Signals:
    """Everything the tests read: the text's signals, the markup's (None from plain text)
    and the URL's."""

    text: TextSignals
    markup: MarkupHints | None
    url: UrlSignals = field(default_factory=UrlSignals)

    def declares(self, types: frozenset[str]) -> bool:
        return self.markup is not None and any(t.casefold() in types for t in self.markup.types)

    def og(self, *words: str) -> bool:
        og_type = self.markup.og_type if self.markup is not None else None
        return og_type is not None and any(word in og_type for word in words)

    @property
    def frame(self) -> FrameSignals:
        """The page's lines: from the markup's text nodes in HTML mode (the extractor has cut
        the frame from the Document's blocks), else the Document's blocks."""
        return self.markup.frame if self.markup is not None else self.text.frame

    @property
    def dated(self) -> bool:
        """In HTML mode, the markup states a publication date (the Document's date may be
        htmldate's guess or the URL's); from text, the metadata found a date."""
        return self.markup.published if self.markup is not None else self.text.dated

    @property
    def post_dated(self) -> bool:
        """Dated as a post is: `dated`, or the URL holds the year and month. Site software
        dates the addresses of posts, never of reference pages or services; in HTML mode a
        post that states its date in no markup has it there all the same."""
        return self.dated or self.url.dated

    def hint(self, name: str) -> int:
        return getattr(self.markup, name) if self.markup is not None else 0


Test = tuple[str, int, str, Callable[[Signals], bool]]


def _og_article(s: Signals) -> bool:
    # Site software sets og:type article on every page it serves; where the page's JSON-LD
    # names only the page, the site and their parts, it says what the page is more exactly
    # (a post's names an article, a recipe, an author).
    types = s.markup.types if s.markup is not None else ()
    return s.og("article") and not (types and all(t.casefold() in _PLAIN_RECORDS
                                                  for t in types))


def _named_author(s: Signals) -> bool:
    return s.declares(_PERSON_TYPES) and not s.declares(_PAGES_OF_PEOPLE)


def _prose(s: Signals) -> bool:
    return s.text.prose_words >= _LONG_PROSE and s.text.prose_share >= _PROSE_SHARE


def _dated_prose(s: Signals) -> bool:
    return s.text.prose_words >= _SOME_PROSE and (s.post_dated or s.text.bylined)


def _bare_prose(s: Signals) -> bool:
    # Plain text with next to nothing to take out is a body cleaned before (or pasted
    # bare): its date line, byline and frame went then, and its prose is what is left to
    # tell an article by, so that the body cleaned again is named as it was.
    return (s.markup is None and _no_byline(s) and _prose(s)
            and s.text.removed_words * _BARE_RATIO <= s.text.body_words)


def _few_carts(s: Signals) -> bool:
    return 1 <= max(s.frame.carts, s.hint("carts")) < _MANY_CARTS


def _shop_shelf(s: Signals) -> bool:
    # A shop's page is its buttons and short lines (names, sizes, prices): the few sentences
    # of a description under a maker's name ("By ...") do not make it a post.
    carts = max(s.frame.carts, s.hint("carts"))
    return carts >= _MANY_CARTS and s.text.prose_words < _LONG_PROSE


def _many_prices(s: Signals) -> bool:
    # A guide to costs or a list of deals prints many prices too, between its paragraphs.
    prices = max(s.frame.prices, s.hint("prices"))
    return prices >= _MANY_PRICES and s.text.prose_paragraphs * 2 < prices


def _little_prose(s: Signals) -> bool:
    return s.text.prose_words < _LONG_PROSE and s.text.short_lines >= _MANY_SHORT_LINES


def _posts(s: Signals) -> bool:
    # The second head on: the first may be an article's own date line.
    return s.frame.post_heads >= _MIN_POSTS and s.frame.posts_share >= _POSTS_SHARE


def _numbered_thread(s: Signals) -> bool:
    # The URL alone never decides: some shape of a thread must stand on the page too.
    frame = s.frame
    return s.url.thread and (frame.post_heads >= 2 or frame.speakers >= 1
                             or frame.forum_chrome >= 1 or s.hint("times") >= 2)


def _cards(s: Signals) -> bool:
    return s.hint("cards") >= 8 or s.hint("linked_headings") >= 10


def _code(s: Signals) -> bool:
    return s.hint("code_blocks") >= 2 or s.text.code_lines >= 5


def _unsigned_reference(s: Signals) -> bool:
    # A reference page prints when it was last updated, and no author: under a URL that
    # names documentation a date does not make it a post (a blog post with code does).
    return not s.text.bylined and (not s.post_dated or "documentation" in s.url.kinds)


def _section(s: Signals) -> bool:
    # A post's address names it by its headline's words, its date or a number; one or two
    # plain words name a section, a service or a shop's shelf (`/gaming/`, `/waf/`), unless
    # a word is a post's (`/article/understanding`).
    return "article" not in s.url.kinds and s.url.section


def _many_calls(s: Signals) -> bool:
    # A company's blog posts carry its calls to action too, under a post's address.
    return s.frame.calls >= _MANY_CALLS and "article" not in s.url.kinds


def _no_byline(s: Signals) -> bool:
    return not s.text.bylined and not s.post_dated


TESTS: tuple[Test, ...] = (
    ("article", 3, "markup declares an article", lambda s: s.declares(_ARTICLE_TYPES)),
    ("article", 1, "og:type article", _og_article),
    ("article", 1, "markup names a person, as a post's author", _named_author),
    ("article", 2, "a long run of prose", _prose),
    ("article", 1, "some prose under a date or byline", _dated_prose),
    ("article", 1, "a bare body of prose, no date or byline left", _bare_prose),
    ("article", 1, "a dated page", lambda s: s.dated),
    ("article", 1, "a byline", lambda s: s.text.bylined),
    ("article", 1, "a post's furniture taken out (comments' head, author's box, read-also)",
     lambda s: s.text.furnished),
    ("article", 1, "the URL names a post", lambda s: "article" in s.url.kinds),
    # Site software dates the addresses of posts, not of threads, shelves or sections.
    ("article", 1, "the URL dates a post", lambda s: s.url.dated),
    ("article", -3, "a site's front page (against)", lambda s: s.url.front),
    ("article", -2, "a section's address (against)", _section),
    ("article", -2, "many shop buttons, little prose (against)", _shop_shelf),
    ("forum", 4, "markup declares a discussion", lambda s: s.declares(_FORUM_TYPES)),
    ("forum", 2, "a thread opens the page", lambda s: s.frame.lead_speakers >= 3),
    ("forum", 1, "speaker lines", lambda s: s.frame.speakers >= 6),
    ("forum", 2, "posts under dated heads make most of the text",
     _posts),
    ("forum", 1, "forum software's lines", lambda s: s.frame.forum_chrome >= 2),
    ("forum", 1, "many time stamps", lambda s: s.hint("times") >= 5),
    ("forum", 2, "the URL names a thread", lambda s: "forum" in s.url.kinds),
    # A thread's numbered address with a thread's shape on the page decides: the opening
    # post is prose under a date, as an article's body is, and outweighed a lesser weight.
    ("forum", 3, "the URL numbers the thread, over posts", _numbered_thread),
    # The posts were readers' comments under the page's own text: an article's.
    ("forum", -3, "a comment thread under the body (against)", lambda s: s.text.commented),
    ("product", 3, "markup declares a product", lambda s: s.declares(_PRODUCT_TYPES)),
    ("product", 2, "og:type product", lambda s: s.og("product", "item") and not s.og("group")),
    ("product", 2, "shop buttons", _few_carts),
    ("product", 1, "prices", lambda s: 1 <= max(s.frame.prices, s.hint("prices")) < _MANY_PRICES),
    ("product", 2, "the URL names a product", lambda s: "product" in s.url.kinds),
    ("collection", 3, "many prices, few paragraphs", _many_prices),
    ("collection", 2, "many shop buttons", lambda s: s.frame.carts >= _MANY_CARTS),
    ("collection", 1, "teaser cards beside the shop buttons",
     lambda s: _cards(s) and s.frame.carts >= _MANY_CARTS),
    ("collection", 2, "og:type product group", lambda s: s.og("group", "ecommerce")),
    ("collection", 2, "the URL names a category of a shop", lambda s: "collection" in s.url.kinds),
    ("listing", 2, "markup declares a list", lambda s: s.declares(_LIST_TYPES)),
    ("listing", 1, "markup declares a page of items", lambda s: s.declares(_PAGE_OF_ITEMS)),
    ("listing", 2, "teaser cards", _cards),
    ("listing", 2, "little prose", _little_prose),
    ("listing", 1, "dated teasers", lambda s: s.frame.dates >= _TEASER_DATES),
    ("listing", 1, "a site's front page", lambda s: s.url.front),
    # Only where the URL names no kind: the URL's evidence never decides alone.
    ("listing", 1, "a section's address", lambda s: s.url.section and not s.url.kinds),
    ("listing", 2, "the URL names a list", lambda s: "listing" in s.url.kinds),
    ("documentation", 3, "markup declares documentation", lambda s: s.declares(_DOC_TYPES)),
    ("documentation", 2, "code blocks", _code),
    ("documentation", 2, "the URL names documentation", lambda s: "documentation" in s.url.kinds),
    ("documentation", 1, "no byline", _unsigned_reference),
    ("service", 2, "markup declares a service", lambda s: s.declares(_SERVICE_TYPES)),
    ("service", 2, "a site's front page", lambda s: s.url.front),
    ("service", 2, "the URL names a service", lambda s: "service" in s.url.kinds),
    ("service", 1, "no date, no byline", _no_byline),
    ("service", 1, "calls to action", lambda s: s.frame.calls >= _CALLS),
    ("service", 1, "many calls to action", _many_calls),
)


def decide(signals: Signals) -> tuple[str, tuple[str, ...]]:
    """The kind and the evidence that decided it (the winning kind's tests that held)."""
    scores = dict.fromkeys(KINDS, 0)
    held: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for kind, weight, words, test in TESTS:
        if test(signals):
            scores[kind] += weight
            held[kind].append(words)
    # A kind's own evidence (a thread, prices, code, teaser cards) outweighs the generic
    # evidence of an article (prose, a date, a byline), which forums and service pages share.
    best = max(KINDS[1:], key=lambda kind: scores[kind])  # the first of equal scores
    if scores[best] < _MIN_SCORE or scores[best] + _ARTICLE_MARGIN < scores["article"]:
        best = "article"
    if scores[best] < _MIN_SCORE:
        return "other", ("no kind's evidence reached its threshold",)
    return best, tuple(held[best])

"""The page's lines around and in its body: a thread's heads, prices, shop buttons, forum
software's lines. From page text these are the Document's blocks; in HTML mode the page's
text nodes (`markup.read_hints`), since the extractor has cut the frame already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from dechrome.context.thread import UNCOLONED_MARKERS, is_speaker_line
from dechrome.features import ends_like_sentence
from dechrome.metadata.dateparse import first_date
from dechrome.rules.openings import openings
from dechrome.rules.prefilter import fold

# A price printed on a short line: a currency sign or code beside an amount.
_PRICE = regex.compile(
    r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF)\s?)\d{1,7}+(?:[.,]\d{1,3}+)*+"
    r"|\d{1,7}+(?:[.,]\d{1,3}+)*+\s?(?:€|\bEUR\b|\bUSD\b|\bCHF\b|kr\b|zł)"
)
# Every price holds one of these (a plain test before the pattern is searched).
_PRICE_MARKS = ("$", "€", "£", "¥", "USD", "EUR", "GBP", "CHF", "kr", "zł")
_MAX_SHORT_CHARS = 80
# Buttons of a shop, in the languages the rules know.
_CART = regex.compile(
    r"\A(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|jetzt kaufen|ajouter au panier|"
    r"añadir al carrito|aggiungi al carrello|in winkelwagen|do koszyka|in stock|out of stock|"
    r"auf lager|sold out)\b",
    regex.IGNORECASE,
)
# A service's calls to action, on buttons and short lines.
_CALL = regex.compile(
    r"\A(?:get started|(?:request|book|get|schedule) a (?:free )?demo|contact (?:sales|us)|"
    r"talk to (?:sales|an expert|us)|(?:get|request) a (?:free )?quote|free (?:quote|consultation)|"
    r"(?:schedule|book) a (?:free )?consultation|start (?:your )?free trial|try (?:it )?(?:for )?"
    r"free|get in touch|let's talk|call now|sign up (?:for )?free)\b",
    regex.IGNORECASE,
)
# The lines forum software prints around its posts (XenForo, Discourse, phpBB, vBulletin).
_FORUM_CHROME = regex.compile(
    r"\A(?:click to expand\.{3}+|search forums|unanswered|log in register|quote|"
    r"(?:joined|posts|messages|reaction score|member since|registered)\s?:?\s?[\w.,]{1,20}+|"
    r"members online|new posts|thread starter|original poster|accepted answer|"
    r"\d{1,6}+ (?:replies|answers|posts|views))\Z",
    regex.IGNORECASE,
)
# Whether a short line without a digit may be any of the lines counted: one match of every
# pattern that opens the line (the speaker lines but "jane says:", which ends in a colon).
# Most short lines are none of them, and one match costs less than the patterns apart; a
# line with a digit is read in full (`_read_line` looks for the digit first, as it needs it).
_OPENS = regex.compile(
    "|".join(f"(?:{pattern})" for pattern in (
        _FORUM_CHROME.pattern, _CART.pattern, _CALL.pattern,
        *(marker.pattern for marker in UNCOLONED_MARKERS))),
    regex.IGNORECASE,
)


def _opening_heads(pattern: regex.Pattern[str]) -> tuple[int, frozenset[str] | None]:
    """How many casefolded characters (`prefilter.fold`) open every match of `pattern` on
    a line without a digit, and the set of them: the line's own opening must be among them
    (the necessary condition the block rules' prefilter reads, `rules.openings`). None where
    the pattern has an opening that is no literal text but a digit (the gate cannot tell)."""
    found = openings(pattern.pattern, anchored=True)
    if found.rest or not found.literals or found.leads - {r"\d"}:
        return 0, None
    size = min(map(len, found.literals))
    return size, frozenset(literal[:size] for literal in map(fold, found.literals))


# Most short lines open with none of `_OPENS`'s phrases: a set look-up of their first
# characters spares its match (a long alternation, case-blind).
_OPEN_SIZE, _OPEN_HEADS = _opening_heads(_OPENS)
# A post's head (its author's line, its date) stands this many lines at most above its text.
_HEAD_REACH = 4
_HEAD_WORDS = 8
_POST_WORDS = 8
_ASCII_ENDS = frozenset(".!?:;\"')] \t\n\r\f\v\x1c\x1d\x1e\x1f")
# Speaker lines before this many words of running text open the page: a thread, not
# comments under an article.
_LEAD_PROSE_WORDS = 300
_DIGIT = regex.compile(r"\d")
# A bare age ("2 hours ago", "vor 3 Stunden") dates a news ticker's teasers as well as a
# post: as a speaker line it counts only under a post (`post_heads`).
_AGE = regex.compile(r"\A(?:\d{1,3}+|an?|one|vor|il y a|hace)\s", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FrameSignals:
    """Counts over the page's lines.

    Attributes:
        speakers: speaker lines of a thread ("jane says:", "2 days ago", "Reply").
        lead_speakers: those before `_LEAD_PROSE_WORDS` words of running text.
        post_heads: short dated or speaker lines with a sentence of some length under them.
        posts_share: share of the running text that follows the second post head (the
            first may be the article's own date line).
        forum_chrome: lines forum software prints ("Click to expand...", "Joined: 2019").
        prices: short lines that print a price; carts: shop buttons and stock lines.
        calls: a service's calls to action ("Get started", "Request a demo").
        dates: short dated lines that head no post (a list's teasers carry them).
    """

    speakers: int = 0
    lead_speakers: int = 0
    post_heads: int = 0
    posts_share: float = 0.0
    forum_chrome: int = 0
    prices: int = 0
    carts: int = 0
    calls: int = 0
    dates: int = 0


class _Line(NamedTuple):
    """What one line's text alone tells (a page repeats its menu lines: read each once)."""

    words: int  # running text's words (0 for a line that is none)
    short: bool
    chrome: bool
    price: bool
    cart: bool
    call: bool
    speaker: bool
    named: bool  # a speaker line that is no bare age
    dated: bool


_NOT_SHORT = _Line(0, False, False, False, False, False, False, False, False)
_PLAIN_SHORT = _Line(0, True, False, False, False, False, False, False, False)


def _read_line(line: str) -> _Line:
    """The line's facts. Words are counted at white space: the counts decide only whether a
    line is short or a sentence of some length, which needs no finer measure (and splitting
    costs a tenth of the word pattern, over every line of every page)."""
    # A long line is running text or nothing counted: its words are needed only then, and
    # a short line's end only when it has the words of a post.
    if len(line) > _MAX_SHORT_CHARS:
        return _read_long(line)
    words = len(line.split())
    if words >= _POST_WORDS and _ends_sentence(line):
        return _Line(words, False, False, False, False, False, False, False, False)
    if words > _HEAD_WORDS:
        return _NOT_SHORT
    # A line of letters only (its words joined by spaces) holds no digit, no letter being
    # one: most short lines, whose search is spared.
    digit = not line.replace(" ", "").isalpha() and _DIGIT.search(line) is not None
    if not digit and not line.endswith(":") and not _may_open(line):
        return _PLAIN_SHORT
    chrome = _FORUM_CHROME.match(line) is not None
    cart = not chrome and _CART.match(line) is not None
    call = not (chrome or cart) and _CALL.match(line) is not None
    speaker = is_speaker_line(line, words)
    price = (digit and any(map(line.__contains__, _PRICE_MARKS))
             and _PRICE.search(line) is not None)
    return _Line(0, True, chrome, price, cart, call,
                 speaker, speaker and _AGE.match(line) is None,
                 digit and first_date(line) is not None)


def _may_open(line: str) -> bool:
    """Whether `_OPENS` matches the line (one without a digit). `fold` may drop a
    character (a combining dot after 'i'), so twice the characters are folded."""
    if _OPEN_HEADS is not None and fold(line[:2 * _OPEN_SIZE])[:_OPEN_SIZE] not in _OPEN_HEADS:
        return False
    return _OPENS.match(line) is not None


def _read_long(line: str) -> _Line:
    """A line too long to be short: running text (a sentence of some length) or nothing."""
    if not _ends_sentence(line):
        return _NOT_SHORT
    words = len(line.split())
    if words < _POST_WORDS:
        return _NOT_SHORT
    return _Line(words, False, False, False, False, False, False, False, False)


def _ends_sentence(line: str) -> bool:
    """`ends_like_sentence`, its pattern searched only when the line's last character may
    close a sentence: its end marks, the quotes and brackets after them, or any character
    beyond ASCII (emoji)."""
    last = line[-1:]  # "" for an empty line, which ends nothing
    return (last in _ASCII_ENDS or not last.isascii()) and ends_like_sentence(line)


def measure_frame(lines: Sequence[str]) -> FrameSignals:
    """The counts over the lines, each stripped of surrounding whitespace."""
    known: dict[str, _Line] = {}
    facts = [known.get(line) or known.setdefault(line, _read_line(line)) for line in lines]
    speakers = lead = heads = chrome = prices = carts = calls = dates = 0
    seen_prose, after, second = 0, 0, None
    named: set[str] = set()
    for i, fact in enumerate(facts):
        if fact.words:
            seen_prose += fact.words
            continue
        # Most lines are a long line of no sentence or a short one that is nothing counted.
        if fact is _PLAIN_SHORT or fact is _NOT_SHORT:
            continue
        chrome += fact.chrome
        prices += fact.price
        carts += fact.cart
        calls += fact.call
        # Each speaker line once: a thread's name its posters, where a label repeated word
        # for word ("Report" under each embedded post of an article) is a widget's.
        new = fact.named and lines[i] not in named
        if new:
            named.add(lines[i])
        speakers += new
        lead += new and seen_prose < _LEAD_PROSE_WORDS
        if (fact.speaker or fact.dated) and any(f.words for f in facts[i + 1:i + 1 + _HEAD_REACH]):
            heads += 1
            if heads == 2:
                second, after = i, -seen_prose
        else:
            dates += fact.dated
    after = seen_prose + after if second is not None else 0
    return FrameSignals(speakers, lead, heads, after / seen_prose if seen_prose else 0.0,
                        chrome, prices, carts, calls, dates)

"""The page's lines around and in its body: a thread's heads, prices, shop buttons, forum
software's lines. From page text these are the Document's blocks; in HTML mode the page's
text nodes (`markup.read_hints`), since the extractor has cut the frame already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from dechrome.context.thread import is_speaker_line
from dechrome.features import ends_like_sentence, word_count
from dechrome.metadata.dateparse import first_date

# A price printed on a short line: a currency sign or code beside an amount.
_PRICE = regex.compile(
    r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF)\s?)\d{1,7}+(?:[.,]\d{1,3}+)*+"
    r"|\d{1,7}+(?:[.,]\d{1,3}+)*+\s?(?:€|\bEUR\b|\bUSD\b|\bCHF\b|kr\b|zł)"
)
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
# A post's head (its author's line, its date) stands this many lines at most above its text.
_HEAD_REACH = 4
_HEAD_WORDS = 8
_POST_WORDS = 8
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
        words: the lines' words.
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

    words: int = 0
    speakers: int = 0
    lead_speakers: int = 0
    post_heads: int = 0
    posts_share: float = 0.0
    forum_chrome: int = 0
    prices: int = 0
    carts: int = 0
    calls: int = 0
    dates: int = 0


def measure_frame(lines: Sequence[str]) -> FrameSignals:
    """The counts over the lines, each stripped of surrounding whitespace."""
    counts = [word_count(line) for line in lines]
    prose = [counts[i] >= _POST_WORDS and ends_like_sentence(line)
             for i, line in enumerate(lines)]
    speakers = lead = heads = chrome = prices = carts = calls = dates = 0
    seen_prose, second = 0, None
    for i, line in enumerate(lines):
        if prose[i]:
            seen_prose += counts[i]
            continue
        if counts[i] > _HEAD_WORDS or len(line) > _MAX_SHORT_CHARS:
            continue
        chrome += _FORUM_CHROME.match(line) is not None
        # A price and a date both hold a digit: most short lines hold none.
        digit = _DIGIT.search(line) is not None
        prices += digit and _PRICE.search(line) is not None
        carts += _CART.match(line) is not None
        calls += _CALL.match(line) is not None
        speaker = is_speaker_line(line, counts[i])
        named = speaker and _AGE.match(line) is None
        speakers += named
        lead += named and seen_prose < _LEAD_PROSE_WORDS
        dated = digit and first_date(line) is not None
        if (speaker or dated) and any(prose[i + 1:i + 1 + _HEAD_REACH]):
            heads += 1
            second = i if heads == 2 else second
        else:
            dates += dated
    total = sum(n for n, is_prose in zip(counts, prose, strict=True) if is_prose)
    after = sum(n for i, (n, is_prose) in enumerate(zip(counts, prose, strict=True))
                if is_prose and second is not None and i > second)
    return FrameSignals(sum(counts), speakers, lead, heads, after / total if total else 0.0,
                        chrome, prices, carts, calls, dates)

"""What the cleaned Document says about the page's kind: measured from its blocks, body,
removals and metadata, in either mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from dechrome.context.thread import is_speaker_line
from dechrome.features import ends_like_sentence, word_count
from dechrome.metadata.dateparse import first_date
from dechrome.model import Block, Document
from dechrome.reasons import Rule

# A paragraph of running text: this many words, ending like a sentence.
PROSE_WORDS = 20
# A price printed on a short line: a currency sign or code beside an amount.
_PRICE = regex.compile(
    r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CHF)\s?)\d{1,7}+(?:[.,]\d{1,3}+)*+"
    r"|\d{1,7}+(?:[.,]\d{1,3}+)*+\s?(?:€|\bEUR\b|\bUSD\b|\bCHF\b|kr\b|zł)"
)
_MAX_PRICE_CHARS = 80
# Buttons of a shop, in the languages the rules know.
_CART = regex.compile(
    r"\A(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|jetzt kaufen|ajouter au panier|"
    r"añadir al carrito|aggiungi al carrello|in winkelwagen|do koszyka|in stock|out of stock|"
    r"auf lager|sold out)\b",
    regex.IGNORECASE,
)
# A line of code: a call, an assignment, a block's brace, a shell prompt, a tag.
_CODE = regex.compile(
    r"\A(?:\$ |>>> |#include|import |from \S{1,60}+ import|def |class |function |const |let |"
    r"var |return |sudo |pip |npm |git )|[;{}]\Z|\)\s?\{|=>|</?[a-z][a-z0-9]{0,10}+[ >/]"
    r"|\w\(\S{0,60}+\)\Z|\A\S{1,40}+\s?=\s?\S",
)
_MAX_CODE_WORDS = 20
# The lines forum software prints around its posts (XenForo, Discourse, phpBB, vBulletin).
_FORUM_CHROME = regex.compile(
    r"\A(?:click to expand\.{3}+|search forums|unanswered|log in register|quote|"
    r"(?:joined|posts|messages|reaction score|member since|registered)\s?:?\s?[\w.,]{1,20}+|"
    r"members online|new posts|thread starter|original poster|accepted answer|"
    r"\d{1,6}+ (?:replies|answers|posts|views))\Z",
    regex.IGNORECASE,
)
# A post's head (its author's line, its date) stands this many blocks at most above its text.
_HEAD_REACH = 4
_HEAD_WORDS = 8
_POST_WORDS = 8
_LEAD_PROSE_WORDS = 300


@dataclass(frozen=True, slots=True)
class TextSignals:
    """Counts and shares of the Document that tell its kind.

    Attributes:
        body_words: words of the body.
        page_words: words of every block of the input.
        prose_words: words of the body's paragraphs of running text (`PROSE_WORDS`).
        prose_paragraphs: how many such paragraphs.
        dated, bylined, titled: whether the metadata found a date, an author, a headline.
        speakers: speaker lines of a thread ("jane says:", "2 days ago", "Reply") anywhere.
        lead_speakers: speaker lines before the body's first 300 words of running text (a
            thread that opens the page, not comments under an article).
        prices: short lines that print a price; carts: shop buttons and stock lines.
        code_lines: body lines that read as code.
        short_lines: body paragraphs that are not running text (headings, list items, labels).
        thread_removed: blocks the comment-thread rule took out.
        post_heads: short dated or speaker lines with a reader's sentence under them.
        posts_share: share of the input's running text that follows the first post head.
        forum_chrome: lines forum software prints ("Click to expand...", "Joined: 2019").
    """

    body_words: int
    page_words: int
    prose_words: int
    prose_paragraphs: int
    dated: bool
    bylined: bool
    titled: bool
    speakers: int
    lead_speakers: int
    prices: int
    carts: int
    code_lines: int
    short_lines: int
    thread_removed: int
    post_heads: int = 0
    posts_share: float = 0.0
    forum_chrome: int = 0

    @property
    def body_share(self) -> float:
        """Share of the input's words the body keeps."""
        return self.body_words / self.page_words if self.page_words else 0.0

    @property
    def prose_share(self) -> float:
        """Share of the body's words in paragraphs of running text."""
        return self.prose_words / self.body_words if self.body_words else 0.0


def measure(document: Document) -> TextSignals:
    """The Document's signals (each block's words counted once)."""
    paragraphs = document.paragraphs
    counts = [word_count(text) for text in paragraphs]
    prose = [n for text, n in zip(paragraphs, counts, strict=True) if _is_prose(text, n)]
    speakers, lead = _speakers(document)
    short = len(paragraphs) - len(prose)
    return TextSignals(
        body_words=sum(counts), page_words=sum(word_count(b.text) for b in document.blocks),
        prose_words=sum(prose), prose_paragraphs=len(prose), dated=document.date is not None,
        bylined=bool(document.authors), titled=document.title is not None, speakers=speakers,
        lead_speakers=lead, prices=_count_prices(document), carts=_count_carts(document),
        code_lines=sum(1 for text in paragraphs for line in text.split("\n") if _is_code(line)),
        short_lines=short,
        thread_removed=sum(1 for r in document.removals if r.rule is Rule.COMMENT_THREAD),
        **_posts(document.blocks),
    )


def _is_prose(text: str, words: int) -> bool:
    return words >= PROSE_WORDS and ends_like_sentence(text)


def _speakers(document: Document) -> tuple[int, int]:
    """Speaker lines in the whole input, and those before 300 words of running text."""
    total = lead = prose = 0
    for block in document.blocks:
        words = word_count(block.text)
        if is_speaker_line(block.text, words):
            total += 1
            lead += prose < 300
        elif _is_prose(block.text, words):
            prose += words
    return total, lead


def _posts(blocks: tuple[Block, ...]) -> dict[str, int | float]:
    """Post heads, the share of running text after the first, and forum chrome lines."""
    counts = [word_count(block.text) for block in blocks]
    heads, chrome, first = 0, 0, None
    prose_at = [i for i, block in enumerate(blocks) if counts[i] >= _POST_WORDS
                and ends_like_sentence(block.text)]
    prose_set = frozenset(prose_at)
    for i, block in enumerate(blocks):
        if counts[i] > _HEAD_WORDS:
            continue
        chrome += _FORUM_CHROME.match(block.text) is not None
        is_head = is_speaker_line(block.text, counts[i]) or first_date(block.text) is not None
        if is_head and any(j in prose_set for j in range(i + 1, i + 1 + _HEAD_REACH)):
            heads += 1
            first = i if first is None else first
    total = sum(counts[i] for i in prose_at)
    after = sum(counts[i] for i in prose_at if first is not None and i > first)
    return {"post_heads": heads, "posts_share": after / total if total else 0.0,
            "forum_chrome": chrome}


def _count_prices(document: Document) -> int:
    return sum(1 for block in document.blocks
               if len(block.text) <= _MAX_PRICE_CHARS and _PRICE.search(block.text))


def _count_carts(document: Document) -> int:
    return sum(1 for block in document.blocks
               if len(block.text) <= _MAX_PRICE_CHARS and _CART.match(block.text))


def _is_code(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line.split()) <= _MAX_CODE_WORDS and _CODE.search(line) is not None


def url_path(url: str | None) -> str:
    """The URL's path, casefolded ('' without a URL or for an unreadable one)."""
    if not url:
        return ""
    try:
        return urlsplit(url).path.casefold()
    except ValueError:
        return ""

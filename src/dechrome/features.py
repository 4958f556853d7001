"""Cheap measurements of one block's text, shared by rules and context passes."""

from __future__ import annotations

import regex

WORD = regex.compile(r"\w++")
# "http://" or "www." in any case, spelt out: each letter's class holds every character the
# case-blind letter matches (the long s 'ſ' for 's'; `tests/test_fast_paths.py`). Without the
# flag the regex module scans for the openings' letters at C speed; case-blind, a page full of
# text took about half again as long.
URL = regex.compile(
    r"(?:[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\.)[^\s<>\"'«»„“”]{1,2000}+"
)
HASHTAG = regex.compile(r"(?<![\w#&])#(\w{1,100}+)")
# A blog sentence may end in an emoji instead of a full stop ("das gefällt mir 😉").
_SENTENCE_END = regex.compile(
    r"(?:[.!?…:;]|\p{Emoji_Presentation})[\s\"'“”«»‘’)\]\p{Emoji_Presentation}]{0,6}+$"
)
_SENTENCE_END_SPAN = 9
# The ASCII characters a text that ends like a sentence may end with: the marks, the quotes
# and brackets after them, and white space before a last line break. No other ASCII
# character is any of them (none is an emoji of `Emoji_Presentation`), so a text ending in
# one (most lines: a letter, a digit) ends no sentence, and the pattern is not searched.
_ASCII_ENDS = frozenset(".!?:;\"')] \t\n\r\f\v\x1c\x1d\x1e\x1f")
_QUOTED = regex.compile(r"^[\"'„“”«»‹›‚‘’].{1,300}+[\"'“”«»‹›‘’]$")
HEADLINE_MAX_WORDS = 30
_URL_TAIL_PUNCT = ".,;:!?)]}'\""
# Every URL holds '://' or 'www.' in some case ('w' and 'W' are the only characters the
# case-blind 'w' matches). The regex module finds these literals fast, while the case-blind
# URL pattern is tried at every position of a page: the marks rule most pages out at once.
_URL_MARKS = tuple(map(regex.compile, (r"://", r"ww\.", r"wW\.", r"Ww\.", r"WW\.")))
_WWW_MARKS = ("ww.", "wW.", "Ww.", "WW.")
# Each byte that is not an ASCII letter, digit or underscore (what `WORD` matches on ASCII)
# becomes a space.
_NON_WORD_TO_SPACE = bytes(
    code if chr(code).isascii() and (chr(code).isalnum() or chr(code) == "_") else 0x20
    for code in range(256)
)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def ascii_words(text: str) -> list[str]:
    """`words(text)` for an ASCII `text`: every byte that is no word character becomes a
    space, and the runs left are the words."""
    return text.encode().translate(_NON_WORD_TO_SPACE).decode().split()


def word_count(text: str) -> int:
    """How many words `WORD` finds in `text`.

    On ASCII, `WORD` matches runs of letters, digits and underscores: mapping every other
    byte to a space and splitting counts them at a third of the pattern's cost. A page's
    lines are mostly ASCII even when the page is not, and no word spans a line break.
    """
    if text.isascii():
        return len(text.encode().translate(_NON_WORD_TO_SPACE).split())
    if "\n" not in text:
        return len(WORD.findall(text))
    return sum(len(line.encode().translate(_NON_WORD_TO_SPACE).split()) if line.isascii()
               else len(WORD.findall(line)) for line in text.split("\n"))


def ends_like_sentence(text: str) -> bool:
    # A match is a mark, at most six closing characters and `$`'s optional line break: it
    # lies in the last nine characters, and searching only them spares the scan of the rest.
    last = text[-1:]  # "" for an empty text, which ends nothing
    if last.isascii() and last not in _ASCII_ENDS:
        return False
    return _SENTENCE_END.search(text[-_SENTENCE_END_SPAN:]) is not None


def is_quoted(text: str) -> bool:
    """True when the whole block stands between quotation marks (a kicker, a quote)."""
    return _QUOTED.match(text) is not None


def is_prose(text: str, min_words: int) -> bool:
    """Running text: enough words ending like a sentence, or very many words."""
    count = word_count(text)
    return count >= 2 * min_words or (count >= min_words and ends_like_sentence(text))


def is_sentence_like(text: str) -> bool:
    """A short line that still reads as a sentence (worth keeping at the article's edge)."""
    return word_count(text) >= 4 and ends_like_sentence(text) and not text.endswith(":")


def is_headline_like(text: str) -> bool:
    """Short, no sentence end, no link: how headlines, kickers and labels look."""
    if text.endswith("."):
        return False
    return 0 < word_count(text) <= HEADLINE_MAX_WORDS and not holds_url(text)


def is_table_row(text: str) -> bool:
    """A table's row of two or more filled cells ("| Pos | Player | Plays"), as an extracted
    table reads: a line of data (a header row repeats over each of a page's tables), never
    a headline. A title line "Headline | Site" does not open with the cell mark."""
    if not text.startswith("|"):
        return False
    return sum(1 for cell in text.split("|") if cell.strip()) >= 2


def tokenize(text: str) -> list[str]:
    """The casefolded words of a block (its dedup key is them joined by spaces)."""
    return WORD.findall(text.casefold())


def dedup_key(text: str) -> str:
    """Case- and punctuation-blind form of a block, for duplicate detection."""
    return " ".join(WORD.findall(text.casefold()))


def find_urls(text: str) -> list[str]:
    if not any(mark.search(text) is not None for mark in _URL_MARKS):
        return []
    return [match.group().rstrip(_URL_TAIL_PUNCT) for match in URL.finditer(text)]


def may_hold_url(text: str) -> bool:
    """False when `URL` cannot match `text`: substring tests, cheaper than the regex on a
    block (it holds neither '://' nor 'www.' in any case)."""
    # Most blocks hold neither 'w.' nor 'W.': two tests rule them out.
    return "://" in text or (("w." in text or "W." in text)
                             and any(mark in text for mark in _WWW_MARKS))


def holds_url(text: str) -> bool:
    """True when `URL` matches somewhere in `text`."""
    return may_hold_url(text) and URL.search(text) is not None


def find_hashtags(text: str) -> list[str]:
    return [tag for tag in HASHTAG.findall(text) if not tag.isdigit()]

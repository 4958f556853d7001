"""Cheap measurements of one block's text, shared by rules and context passes."""

from __future__ import annotations

import regex

WORD = regex.compile(r"\w++")
URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»„“”]{1,2000}+", regex.IGNORECASE
)
HASHTAG = regex.compile(r"(?<![\w#&])#(\w{1,100}+)")
_SENTENCE_END = regex.compile(r"[.!?…:;][\"'“”«»‘’)\]]{0,3}+$")
_QUOTED = regex.compile(r"^[\"'„“”«»‹›‚‘’].{1,300}+[\"'“”«»‹›‘’]$")
_URL_TAIL_PUNCT = ".,;:!?)]}'\""


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def ends_like_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


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
    count = word_count(text)
    return 0 < count <= 30 and not text.endswith(".") and URL.search(text) is None


def tokenize(text: str) -> list[str]:
    """The casefolded words of a block (its dedup key is them joined by spaces)."""
    return WORD.findall(text.casefold())


def dedup_key(text: str) -> str:
    """Case- and punctuation-blind form of a block, for duplicate detection."""
    return " ".join(WORD.findall(text.casefold()))


def find_urls(text: str) -> list[str]:
    return [match.group().rstrip(_URL_TAIL_PUNCT) for match in URL.finditer(text)]


def find_hashtags(text: str) -> list[str]:
    return [tag for tag in HASHTAG.findall(text) if not tag.isdigit()]

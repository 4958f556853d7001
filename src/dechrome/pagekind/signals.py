"""What the cleaned Document says about the page's kind: measured from its body, blocks and
metadata, in either mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from dechrome.features import ends_like_sentence
from dechrome.model import Document
from dechrome.pagekind.frame import FrameSignals, measure_frame
from dechrome.reasons import Rule

# A paragraph of running text: this many words, ending like a sentence. Words are counted
# at white space (`measure`), 0.97 of what the word pattern counts on the DEV bodies: 19 of
# them are the 20 words this threshold was set in.
PROSE_WORDS = 19
# A line of code: a call, an assignment, a block's brace, a shell prompt, a tag.
_CODE = regex.compile(
    r"\A(?:\$ |>>> |#include|import |from \S{1,60}+ import|def |class |function |const |let |"
    r"var |return |sudo |pip |npm |git )|[;{}]\Z|\)\s?\{|=>|</?[a-z][a-z0-9]{0,10}+[ >/]"
    r"|\w\(\S{0,60}+\)\Z|\A\S{1,40}+\s?=\s?\S",
)
_MAX_CODE_WORDS = 20
# Scripts written without spaces between words, and their sentence ends: a full stop, an
# exclamation or question mark, then at most three closing quotes or brackets.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CJK_CHARS_PER_WORD = 2
# Every character `_CJK` matches lies at or above U+2E80 (`tests/test_pagekind_speed.py`): a
# search for one is a plain range test, where the script classes cost several times more,
# and rules out most non-ASCII paragraphs (accents, curly quotes) before `_CJK` is counted.
_WIDE = regex.compile(r"[\u2e80-\U0010ffff]")
_CJK_END = regex.compile(r"[。！？][」』）〕】\"'”’)]{0,3}+\s{0,3}+\Z")
_CJK_END_SPAN = 8
_CODE_MARKS = (";", "{", "}", "=", "<", "(")
_CODE_STARTS = ("$ ", ">>> ", "#include", "import ", "from ", "def ", "class ", "function ",
                "const ", "let ", "var ", "return ", "sudo ", "pip ", "npm ", "git ")


# What the cleaning takes out around a post and seldom around other pages: the head and rules
# of its comments, its author's box, its "read also" lines, an affiliate disclosure.
_POST_FURNITURE = frozenset({Rule.COMMENT_SECTION, Rule.AUTHOR_BOX, Rule.AUTHOR_BIO,
                             Rule.READ_ALSO, Rule.AFFILIATE_DISCLOSURE})


@dataclass(frozen=True, slots=True)
class TextSignals:
    """Counts and shares of the Document that tell its kind.

    Attributes:
        body_words: words of the body.
        prose_words: words of the body's paragraphs of running text (`PROSE_WORDS`).
        prose_paragraphs: how many such paragraphs.
        dated, bylined, titled: whether the metadata found a date, an author, a headline.
        code_lines: body lines that read as code.
        short_lines: body paragraphs that are not running text (headings, list items, labels).
        frame: the counts over all the input's blocks (`frame.measure_frame`).
        commented: the cleaning took out a comment thread under the body (rule
            comment-thread, which finds none on a discussion's own page).
        removed_words: words of the blocks the cleaning took out (none from a body
            cleaned before: its frame, date line and byline went the first time).
        furnished: the cleaning took out a post's furniture (`_POST_FURNITURE`).
    """

    body_words: int
    prose_words: int
    prose_paragraphs: int
    dated: bool
    bylined: bool
    titled: bool
    code_lines: int
    short_lines: int
    frame: FrameSignals = field(default_factory=FrameSignals)
    commented: bool = False
    removed_words: int = 0
    furnished: bool = False

    @property
    def prose_share(self) -> float:
        """Share of the body's words in paragraphs of running text."""
        return self.prose_words / self.body_words if self.body_words else 0.0


def measure(document: Document) -> TextSignals:
    """The Document's signals."""
    paragraphs = document.paragraphs
    # Words counted at white space, as the frame counts them (`frame._read_line`).
    counts = [_words(text) for text in paragraphs]
    prose = [n for text, n in zip(paragraphs, counts, strict=True)
             if n >= PROSE_WORDS and _ends_sentence(text)]
    return TextSignals(
        body_words=sum(counts), prose_words=sum(prose), prose_paragraphs=len(prose),
        dated=document.date is not None, bylined=bool(document.authors),
        titled=document.title is not None,
        code_lines=sum(1 for text in paragraphs for line in text.split("\n") if _is_code(line)),
        short_lines=len(paragraphs) - len(prose),
        frame=measure_frame([block.text for block in document.blocks]),
        commented=any(removal.rule is Rule.COMMENT_THREAD for removal in document.removals),
        removed_words=sum(len(removal.text.split()) for removal in document.removals),
        furnished=any(removal.rule in _POST_FURNITURE for removal in document.removals),
    )


def _words(text: str) -> int:
    """Words at white space; Chinese and Japanese write none between words, so there every
    `_CJK_CHARS_PER_WORD` of their characters count as one (a Japanese sentence of 60
    characters is about 30 words, a paragraph of running text as in a Latin script)."""
    spaced = len(text.split())
    if text.isascii() or _WIDE.search(text) is None:
        return spaced
    return max(spaced, len(_CJK.findall(text)) // _CJK_CHARS_PER_WORD)


def _ends_sentence(text: str) -> bool:
    return ends_like_sentence(text) or (not text.isascii()
                                        and _CJK_END.search(text[-_CJK_END_SPAN:]) is not None)


def _is_code(line: str) -> bool:
    line = line.strip()
    # Every form of `_CODE` holds one of `_CODE_MARKS` or opens with a word of code: the
    # plain tests rule out most lines of prose before the pattern is searched.
    marked = line.startswith(_CODE_STARTS) or any(map(line.__contains__, _CODE_MARKS))
    return (bool(line) and marked and len(line.split()) <= _MAX_CODE_WORDS
            and _CODE.search(line) is not None)

"""Split normalised text into blocks: one per line, several for a run-on line.

A scraped video description often arrives as one line: headline, body, hashtags, a list of
channel links and a comment policy. Such a line is cut at sentence ends, around hashtag runs,
after links and after a leading copy of another line (the headline), so that rules can judge
each piece; kept neighbouring pieces are joined again on output.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from dechrome.config import Config
from dechrome.features import HASHTAG, URL, is_headline_like, may_hold_url
from dechrome.model import Block, new_block

_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'“”«»)]{0,2}+)\s(?=[\p{Lu}\p{N}„\"«#])")
_HASHTAG_RUN = regex.compile(r"(?:(?<![\w#&])#\w{1,100}+\s?+){1,200}+")
# "(lab)", "(dpa)", "(apa/red)" closing a paragraph: an agency tag, not part of the sentence.
_TRAILING_TAG = regex.compile(
    r"(?<=[.!?…\"“”»])\s(\((?:\p{Ll}{2,5}|dpa|AFP|APA|AP|SDA|KNA|epd|SID|DPA)"
    r"(?:/\p{L}{2,5}){0,3}\))$"
)
_MAX_PREFIX_WORDS = 30


def segment(text: str, config: Config) -> tuple[Block, ...]:
    """All blocks of `text` in order; every non-space character belongs to exactly one."""
    lines = text.split("\n")
    headlines = _Headlines(lines)
    blocks: list[Block] = []
    offset = 0
    after_blank = False
    # A line too short to be run-on and without a closing tag is one block as it stands.
    runon = config.runon_min_chars if config.runon_min_chars is not None else len(text) + 1
    for number, line in enumerate(lines):
        if not line:
            after_blank = True
        elif len(line) < runon and not line.endswith(")"):
            blocks.append(new_block((len(blocks), line, number, offset, False, after_blank)))
            after_blank = False
        else:
            for position, (start, piece) in enumerate(_pieces(line, headlines, config)):
                blocks.append(new_block((len(blocks), piece, number, offset + start,
                                         position > 0, after_blank and position == 0)))
                after_blank = False
        offset += len(line) + 1
    return tuple(blocks)


class _Headlines:
    """The document's short headline-like lines, found only once a run-on line asks."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._found: frozenset[str] | None = None

    def prefix_of(self, line: str) -> int:
        """Length of the longest of them `line` starts with (a repeated headline), or 0."""
        if self._found is None:
            self._found = frozenset(
                candidate for candidate in self._lines
                if 0 < len(candidate) <= 300 and is_headline_like(candidate)
                and 3 <= len(candidate.split()) <= _MAX_PREFIX_WORDS
            )
        return max(
            (len(found) for found in self._found if line.startswith(found + " ")), default=0
        )


def _pieces(line: str, headlines: _Headlines, config: Config) -> Iterator[tuple[int, str]]:
    if not line:
        return
    runon = _is_runon(line, config)
    if not runon and not line.endswith(")"):
        yield 0, line
        return
    cuts = set(_tag_cuts(line))
    if runon:
        prefix = headlines.prefix_of(line)
        cuts.update(cut for cut in _runon_cuts(line) if cut >= prefix)
        cuts.add(prefix)
    bounds = sorted(cut for cut in cuts if 0 < cut < len(line))
    start = 0
    for end in [*bounds, len(line)]:
        piece = line[start:end]
        stripped = piece.strip()
        if stripped:
            yield start + (len(piece) - len(piece.lstrip())), stripped
        start = end


def _is_runon(line: str, config: Config) -> bool:
    if config.runon_min_chars is None or len(line) < config.runon_min_chars:
        return False
    return (may_hold_url(line) and URL.search(line) is not None) or (
        "#" in line and HASHTAG.search(line) is not None
    )


def _runon_cuts(line: str) -> Iterator[int]:
    for match in _SENTENCE_BREAK.finditer(line):
        yield match.start()
    for match in _HASHTAG_RUN.finditer(line):
        yield match.start()
        yield match.end()
    for match in URL.finditer(line):
        yield match.end()


def _tag_cuts(line: str) -> Iterator[int]:
    match = _TRAILING_TAG.search(line)
    if match is not None:
        yield match.start(1)

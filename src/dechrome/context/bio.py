"""The note about the author below the article: "Jane Doe is a senior reporter at …".

Outlets close an article with a short biography of its author. Inside the article the same
words are reporting ("Smith, who is a professor at …" or a paragraph about a source), so only
the article's last few kept blocks are read, once the main region is settled, and only a block
that opens with the name: the bio speaks of the author in the third person. It runs before the
frame rules, so that the name and label lines above the note are trimmed as the tail they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from dechrome.context.base import ContextRule, Facts, Page
from dechrome.reasons import Reason, Rule

# A bio stands in the last blocks: the note itself, at most a line or two after it.
_LAST_BLOCKS = 3
_MAX_WORDS = 80
_NAME = r"\p{Lu}[\p{L}'’.-]{0,20}+"
_ROLE_EN = (
    r"(?i:editor|reporter|writer|journalist|correspondent|author|columnist|contributor|"
    r"producer|blogger|critic|photographer|professor|lecturer|researcher|fellow|"
    r"co-?founder|founder)s?"
)
_ROLE_DE = (
    r"(?i:redakteur|journalist|autor|korrespondent|kolumnist|volontär|reporter|fotograf|"
    r"blogger)(?:in)?"
)
_ROLE_FR = r"(?i:journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|auteure?)"
_ROLE_ES = r"(?i:periodista|redactora?|corresponsal|columnista|autora?|editora?)"
_WORDS = r"(?:[\p{L}-]{1,25}+\s){0,4}?"
# The words before an English role describe the person ("a senior staff writer"); a role
# after a preposition is someone else ("a survival guide for founders").
_WORDS_EN = r"(?:(?!(?i:for|of|to|with|in|at|on|about|from|by)\s)[\p{L}-]{1,25}+\s){0,4}?"
# The author's handle may follow the name: "Jane Doe (@janedoe) is a senior reporter …".
_HANDLE = r"(?:\(@[\w.]{1,30}+\)\s)?"
_BIO = regex.compile(
    rf"^(?:{_NAME}\s){{1,3}}+{_HANDLE}(?:"
    rf"(?:is|was|has been|serves as)\s(?:a|an|the|our)\s{_WORDS_EN}{_ROLE_EN}\b"
    r"|(?:writes|covers|reports)\s(?:about|on|for)\b|has worked as\b"
    rf"|(?:ist|war|arbeitet als)\s{_WORDS}{_ROLE_DE}\b|schreibt\s(?:für|über)\b"
    rf"|(?:est|était)\s{_WORDS}{_ROLE_FR}\b"
    rf"|(?:es|fue)\s{_WORDS}{_ROLE_ES}\b"
    r")"
)


# A name line: two or three capitalised words, nothing else (a list's numbered heading, a
# firm's "ROAR Media" with more words or marks, a sentence do not match). An author box may
# add the count of the author's posts after the name ("Jane Doe 300 posts").
_PERSON = regex.compile(
    r"^\p{Lu}\p{Ll}[\p{L}'’-]{0,20}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]{1,20}+){1,2}"
    r"(?: \d{1,5}+ \p{L}{1,12}+)?$"
)
_COUNT = regex.compile(r" \d{1,5}+ \p{L}{1,12}+$")
# The longest text `_PERSON` matches: 22 + 3 + 2 * 22 + 19 characters, and `$`'s line break.
_PERSON_MAX_CHARS = 90
_ROLE_MAX_WORDS = 6
_LOWER = regex.compile(r"(?<!\p{L})\p{Ll}{1,40}+(?!\p{L})")
# The note after the name: the first name (and up to two more words), then what the person
# is, has done or does ("Sam is the VP …", "Anna Muster ist …", "Jan studierte …").
_NOTE = regex.compile(
    r"^\S{1,25}+(?: \S{1,25}+){0,2}? (?:is|was|has|holds|leads|founded|joined|serves|writes|"
    r"covers|works|brings|specializes|specialises"
    r"|ist|war|hat|arbeitet|arbeitete|schreibt|studierte|leitet|lebt"
    r"|est|était|a|travaille|écrit|es|fue|ha|trabaja|escribe)\b"
)


def is_author_bio(text: str) -> bool:
    """Opens with a name, then what the person is or writes: 'Evan Halper writes about …'.
    Not a question ('Who is the author?'). An ASCII first character other than a capital
    letter is no name's (tested before the pattern)."""
    first = text[:1]
    if first.isascii() and not "A" <= first <= "Z":
        return False
    found = _BIO.match(text)
    return (found is not None and not text[found.end():].startswith("?")
            and len(text.split()) <= _MAX_WORDS)


def _bio(page: Page) -> Iterator[int]:
    kept = page.kept_indices
    once = page.facts.once
    words = page.words
    notes = [i for i in kept[1:] if words[i] <= _MAX_WORDS and once(_is_note, i)]
    last = kept[-_LAST_BLOCKS:]
    # Further up, a note below most of the page's paragraphs, when it is the page's only one:
    # teasers, appeals and a footer that read as sentences may follow it. An article that
    # introduces its sources ("Jane Doe is a professor …") introduces more than one.
    lone = len(notes) == 1 and _below_most_prose(page, (notes[0],))
    yield from (i for i in notes if i in last or lone)
    yield from _named_note(page)


def _is_note(facts: Facts, index: int) -> bool:
    """Whether the block reads as an author's note (`is_author_bio`), measured once per block
    (every round of the context rules asks for each kept block)."""
    return facts.words[index] <= _MAX_WORDS and is_author_bio(facts.blocks[index].text)


def _named_note(page: Page) -> Iterator[int]:
    """An author box: a line that is a person's name ("Karina Cohen"), at most a short role
    line ("VP - Technology"), then a note that opens with that name's first word and speaks
    of the person ("Karina Cohen is the owner of …", "Sam is the VP of …"). Only below most
    of the page's paragraphs and only when the page has one such box: a list of people or
    firms, each under its name, is the article's own (its items repeat the shape)."""
    kept = page.kept_indices
    once = page.facts.once
    found = [box for position in range(len(kept) - 1)
             if once(_is_name_line, kept[position]) and (box := _box_at(page, kept, position))]
    if len(found) == 1 and _below_most_prose(page, found[0]):
        yield from found[0]


def _below_most_prose(page: Page, box: tuple[int, ...]) -> bool:
    """At least as many of the page's paragraphs stand above the box as below it."""
    prose = [i for i in page.kept_indices if page.prose[i] and i not in box]
    above = sum(i < box[0] for i in prose)
    return above > 0 and above >= len(prose) - above


def _proper(page: Page, name: str) -> bool:
    """No word of the name line stands in lower case elsewhere on the page: a person's name
    does not, a heading's words do ("The DevOps Model": "the", "model")."""
    lower = page.facts.derived(_lower_words)
    return not any(word.casefold() in lower for word in name.split())


def _lower_words(facts: Facts) -> frozenset[str]:
    return frozenset(word for block in facts.blocks for word in _LOWER.findall(block.text))


def _is_name_line(facts: Facts, index: int) -> bool:
    """Whether the block reads as a person's name (`_PERSON`), measured once per block: every
    round of the context rules asks for each kept block."""
    text = facts.blocks[index].text
    return _may_be_person(text) and _PERSON.match(text) is not None


def _may_be_person(text: str) -> bool:
    """What every line `_PERSON` matches has, tested before its match (most lines are no
    name: a paragraph, a line opening with a lower-case letter or a digit): a space, at most
    `_PERSON_MAX_CHARS` characters, and a first character that is no ASCII but an
    upper-case letter's."""
    first = text[:1]
    return (len(text) <= _PERSON_MAX_CHARS and " " in text
            and (not first.isascii() or "A" <= first <= "Z"))


def _box_at(page: Page, kept: tuple[int, ...], position: int) -> tuple[int, ...]:
    if not page.facts.once(_is_name_line, kept[position]):
        return ()
    name = _COUNT.sub("", page.blocks[kept[position]].text)
    box = kept[position : position + 3]
    if len(box) == 3 and page.words[box[1]] <= _ROLE_MAX_WORDS and not page.prose[box[1]]:
        note = box[2]
    else:
        box, note = box[:2], box[1]
    first = name.split()[0]
    text = page.blocks[note].text
    if page.words[note] > _MAX_WORDS or not text.startswith(first + " "):
        return ()
    # The page's lower-case words are read last: few pages get this far.
    if _NOTE.match(text) is None or not _proper(page, name):
        return ()
    return () if _named_elsewhere(page, name, box) else tuple(box)


def _named_elsewhere(page: Page, name: str, box: Sequence[int]) -> bool:
    """Whether the name's last word stands in a kept paragraph outside the box: the article
    speaks of the people it is about ("… gegen Williams"), seldom of its author, whose byline
    is metadata."""
    word = regex.escape(name.rsplit(maxsplit=1)[-1])
    last = regex.compile(rf"(?<!\p{{L}}){word}(?!\p{{L}})")
    return any(page.prose[i] and last.search(page.blocks[i].text) is not None
               for i in page.kept_indices if i not in box)


RULES = (
    ContextRule(Rule.AUTHOR_BIO, Reason.AUTHOR_BIO, _bio, ("en", "de", "fr", "es"),
                "'Jane Doe is a senior reporter covering energy.' below the last paragraph"),
)

"""What a match of a rule's pattern must open with, read from the pattern's source.

An opening is casefolded literal text: an anchored pattern's match starts with one of them,
another pattern's match contains one. Optional parts, small character classes and groups of
literal alternatives are expanded (`s[ií]guenos`, `(?:wir|ich) erhalte`, `e-?mail`), so an
opening names a phrase, not a letter: an opening like 's' or 'the' would make its rule a
candidate on nearly every block. An alternative that starts with a digit or a non-word
character names that class as its lead; an alternative this reader cannot follow is returned
as it is, for the rule set's fallback regexes. Together they are a necessary condition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

LEADS = (r"\d", r"\W")
_MAX_OPTIONS = 512
_MAX_CLASS = 8
_ZERO_WIDTH_ESCAPES = frozenset("bBAG")
_END_ESCAPES = frozenset("Zz")
_LOOKAROUND = ("?=", "?!", "?<=", "?<!")
_PLAIN_GROUP = ("?:", "?>")
_FLAGS = frozenset("imsuLaw-")

# (text so far, whether more text may follow it, the lead class when the text is empty)
_Option = tuple[str, bool, str | None]
_SKIP: frozenset[_Option] = frozenset({("", True, None)})
_STOP: frozenset[_Option] = frozenset({("", False, None)})


class _Unreadable(Exception):
    """A construct this reader does not follow: the alternative goes to the fallback."""


@dataclass(frozen=True, slots=True)
class Openings:
    """A pattern's literal openings, lead classes (`LEADS`), and unread alternatives."""

    literals: frozenset[str]
    leads: frozenset[str]
    rest: tuple[str, ...]


def openings(source: str, *, anchored: bool = True) -> Openings:
    """Split `source` into literal openings, lead classes and the alternatives without either.

    Leads are read only for `anchored` patterns: a digit somewhere in a block says nothing.
    """
    literals: set[str] = set()
    leads: set[str] = set()
    rest: list[str] = []
    for alternative in alternatives(source):
        try:
            options, end = _Reader(alternative).alternation(0)
        except _Unreadable:
            options, end = _STOP, -1
        unread = end != len(alternative) or any(
            not text and (lead is None or not anchored) for text, _, lead in options
        )
        if unread:
            rest.append(alternative)
            continue
        literals.update(text.casefold() for text, _, _ in options if text)
        leads.update(lead for text, _, lead in options if not text and lead is not None)
    return Openings(frozenset(literals), frozenset(leads), tuple(rest))


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of `source`."""
    parts, start, depth = [], 0, 0
    for position, char in _scan(source):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(source[start:position])
            start = position + 1
    parts.append(source[start:])
    return parts


def _scan(source: str) -> Iterator[tuple[int, str]]:
    """Characters outside escapes and character classes, with their positions."""
    position = 0
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            position = _class_end(source, position) + 1
            continue
        yield position, char
        position += 1


def _class_end(source: str, start: int) -> int:
    position = start + 1
    if source[position : position + 1] == "^":
        position += 1
    if source[position : position + 1] == "]":
        position += 1
    while position < len(source) and source[position] != "]":
        position += 2 if source[position] == "\\" else 1
    return position


class _Reader:
    """A small reader of the regex subset the rule phrases use, yielding openings."""

    def __init__(self, source: str) -> None:
        self.source = source

    def alternation(self, position: int) -> tuple[frozenset[_Option], int]:
        """Options of the alternatives from `position` to the closing parenthesis or end."""
        found, position = self.sequence(position)
        while self.source[position : position + 1] == "|":
            more, position = self.sequence(position + 1)
            found |= more
        return found, position

    def sequence(self, position: int) -> tuple[frozenset[_Option], int]:
        found = _SKIP
        while position < len(self.source) and self.source[position] not in "|)":
            atom, position = self.atom(position)
            least, most, position = self.quantifier(position)
            found = _follow(found, _repeat(atom, least, most))
        return found, position

    def atom(self, position: int) -> tuple[frozenset[_Option], int]:
        char = self.source[position]
        if char == "(":
            return self.group(position)
        if char == "[":
            return self.char_class(position)
        if char == "\\":
            return self.escape(position)
        if char == "^":
            return _SKIP, position + 1
        if char in ".$":
            return _STOP, position + 1
        if char in "*+?{":
            raise _Unreadable(char)
        return frozenset({(char, True, None)}), position + 1

    def group(self, position: int) -> tuple[frozenset[_Option], int]:
        head = self.source[position + 1 : position + 4]
        inner = position + 1
        if head.startswith(_LOOKAROUND):
            inner += 3 if head.startswith(("?<=", "?<!")) else 2
            _, end = self.alternation(inner)
            return _SKIP, self._closed(end)
        if head.startswith("?P<") or (head.startswith("?<") and head[2:3] not in "=!"):
            inner = self._after(">", position)
        elif head.startswith(_PLAIN_GROUP):
            inner += 2
        elif head.startswith("?"):
            inner = self._flags(position + 2)
            if self.source[inner - 1] == ")":
                return _SKIP, inner
        found, end = self.alternation(inner)
        return found, self._closed(end)

    def _flags(self, position: int) -> int:
        while self.source[position : position + 1] in _FLAGS:
            position += 1
        if self.source[position : position + 1] not in (":", ")"):
            raise _Unreadable("group")
        return position + 1

    def _after(self, char: str, position: int) -> int:
        found = self.source.find(char, position)
        if found == -1:
            raise _Unreadable(f"no {char}")
        return found + 1

    def _closed(self, end: int) -> int:
        if self.source[end : end + 1] != ")":
            raise _Unreadable("unclosed group")
        return end + 1

    def char_class(self, position: int) -> tuple[frozenset[_Option], int]:
        end = _class_end(self.source, position)
        if end >= len(self.source):
            raise _Unreadable("unclosed class")
        body = self.source[position + 1 : end]
        simple = (body and not body.startswith("^") and "\\" not in body and "[" not in body
                  and "-" not in body[1:-1] and len(body) <= _MAX_CLASS)
        if not simple:
            return _STOP, end + 1
        return frozenset((char, True, None) for char in body), end + 1

    def escape(self, position: int) -> tuple[frozenset[_Option], int]:
        char = self.source[position + 1 : position + 2]
        if not char:
            raise _Unreadable("trailing backslash")
        end = position + 2
        if char in "pPNx" and self.source[end : end + 1] == "{":
            end = self._after("}", end)
        if char in _ZERO_WIDTH_ESCAPES:
            return _SKIP, end
        if char in _END_ESCAPES:
            return _STOP, end
        if "\\" + char in LEADS:
            return frozenset({("", False, "\\" + char)}), end
        if char.isalnum() or char == "_" or not char.isascii():
            if char in "xuUg0123456789":
                raise _Unreadable("numeric escape")
            return _STOP, end
        return frozenset({(char, True, None)}), end

    def quantifier(self, position: int) -> tuple[int, int | None, int]:
        char = self.source[position : position + 1]
        if char == "{":
            least, most, position = self._braces(position)
        elif char in ("?", "*", "+"):
            least, most = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
            position += 1
        else:
            return 1, 1, position
        if self.source[position : position + 1] in ("?", "+"):
            position += 1  # lazy or possessive: the same openings
        return least, most, position

    def _braces(self, position: int) -> tuple[int, int | None, int]:
        end = self.source.find("}", position)
        least, comma, most = self.source[position + 1 : max(end, position)].partition(",")
        if end == -1 or not (least.isdigit() or (comma and not least)) or (
            most and not most.isdigit()
        ):
            raise _Unreadable("braces")
        bound = int(most) if most else (None if comma else int(least))
        return int(least or 0), bound, end + 1


def _repeat(atom: frozenset[_Option], least: int, most: int | None) -> frozenset[_Option]:
    if most == 0:
        return _SKIP
    # Taken at most once, the atom's text is all it adds; taken more often, text may follow.
    taken = atom if most == 1 else frozenset(
        (text, False, lead) for text, _, lead in atom
    )
    return taken | _SKIP if least == 0 else taken


def _follow(before: frozenset[_Option], item: frozenset[_Option]) -> frozenset[_Option]:
    """Every way `item` can continue the options so far; closes them all when too many."""
    found: set[_Option] = set()
    for text, more, lead in before:
        if not more:
            found.add((text, more, lead))
            continue
        for added, after, added_lead in item:
            if added_lead is not None:
                found.add(("", False, added_lead) if not text else (text, False, None))
            else:
                found.add((text + added, after, None))
    if len(found) > _MAX_OPTIONS:
        return frozenset((text, False, lead) for text, _, lead in before)
    return frozenset(found)

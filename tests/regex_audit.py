"""Find every compiled pattern dechrome uses, and spot nested quantifiers in a pattern source.

`patterns()` walks the package's modules and, from their attributes, every rule, dataclass,
container and closure that dechrome defines, so a pattern hidden in a rule's test function is
found as well as a module-level constant. `nested_quantifiers()` is a small tolerant scanner,
not a full regex parser: it reports groups that repeat without bound (`+`, `*`, `{m,}`) around
a quantifier whose number of turns can vary, the shape that backtracks exponentially. Possessive
(`++`, `{m,n}+`) and atomic (`(?>…)`) forms are safe and not reported.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import types
from collections.abc import Iterator
from typing import Any, NamedTuple

import regex

import dechrome


def dechrome_modules() -> Iterator[types.ModuleType]:
    for info in pkgutil.walk_packages(dechrome.__path__, "dechrome."):
        if not info.name.endswith("__main__"):  # importing __main__ would run the CLI
            yield importlib.import_module(info.name)


def patterns() -> dict[tuple[str, int], str]:
    """(source, flags) of each compiled pattern to the first path it was found under."""
    found: dict[tuple[str, int], str] = {}
    seen: set[int] = set()
    for module in dechrome_modules():
        for name, value in vars(module).items():
            _visit(value, f"{module.__name__}.{name}", found, seen)
    return found


def _visit(obj: Any, path: str, found: dict[tuple[str, int], str], seen: set[int]) -> None:
    if id(obj) in seen or obj is None or isinstance(obj, str | bytes | int | float | type):
        return
    seen.add(id(obj))
    if isinstance(obj, regex.Pattern):
        found.setdefault((obj.pattern, obj.flags), path)
        return
    for value, where in _children(obj, path):
        _visit(value, where, found, seen)


def _children(obj: Any, path: str) -> Iterator[tuple[Any, str]]:
    """What a container, a dechrome function (its closure) or a dechrome object holds."""
    if isinstance(obj, dict):
        yield from ((value, f"{path}[{key!r}]") for key, value in obj.items())
    elif isinstance(obj, list | tuple | set | frozenset):
        yield from ((value, f"{path}[{number}]") for number, value in enumerate(obj))
    elif isinstance(obj, types.FunctionType):
        if obj.__module__.startswith("dechrome"):
            yield from ((cell.cell_contents, f"{path}.<closure>") for cell in obj.__closure__ or ())
    elif type(obj).__module__.startswith("dechrome"):
        yield from ((value, f"{path}.{name}") for name, value in _attributes(obj))


def _attributes(obj: Any) -> Iterator[tuple[str, Any]]:
    if dataclasses.is_dataclass(obj):
        yield from ((field.name, getattr(obj, field.name)) for field in dataclasses.fields(obj))
    yield from getattr(obj, "__dict__", {}).items()


class Quantifier(NamedTuple):
    end: int
    variable: bool  # the number of turns can vary: ?, *, +, {m,n} with m < n, {m,}
    unbounded: bool  # *, +, {m,}
    possessive: bool


def quantifier_at(source: str, start: int) -> Quantifier | None:
    if start >= len(source) or source[start] not in "*+?{":
        return None
    if source[start] == "{":
        close = source.find("}", start)
        low, comma, high = source[start + 1 : close].partition(",") if close > 0 else ("x", "", "")
        if not (low.isdigit() or (comma and high.isdigit())) or not (high.isdigit() or not high):
            return None  # a literal brace
        end, variable, unbounded = close + 1, bool(comma) and low != high, bool(comma) and not high
    else:
        end, variable, unbounded = start + 1, True, source[start] != "?"
    possessive = source[end : end + 1] == "+"
    return Quantifier(end + (source[end : end + 1] in ("+", "?")), variable, unbounded, possessive)


def atom_end(source: str, start: int) -> int:
    """Where the atom at `start` (an escape, a class, one character) ends."""
    if source[start] == "\\":
        if source[start + 1 : start + 2] in ("p", "P", "N", "x") and (
            source[start + 2 : start + 3] == "{"
        ):
            return source.find("}", start) + 1 or len(source)
        return start + 2
    if source[start] != "[":
        return start + 1
    position = start + 1 + (source[start + 1 : start + 2] == "^")
    position += source[position : position + 1] == "]"
    while position < len(source) and source[position] != "]":
        position += 2 if source[position] == "\\" else 1
    return position + 1


def nested_quantifiers(source: str) -> list[int]:
    """Offsets just after each group that repeats without bound around a varying quantifier."""
    varying = [False]  # per open group: does it hold a varying, backtrackable quantifier?
    atomic = [False]
    found: list[int] = []
    position = 0
    while position < len(source):
        char = source[position]
        if char == "(":
            varying.append(False)
            atomic.append(source.startswith("(?>", position))
            position += 1
            continue
        closes = char == ")" and len(varying) > 1
        inner = closes and _close_group(varying, atomic)
        position = position + 1 if closes else atom_end(source, position)
        quantifier = quantifier_at(source, position) if char not in "|^$(" else None
        if quantifier is not None:
            if inner and quantifier.unbounded and not quantifier.possessive:
                found.append(position)
            inner = inner or (quantifier.variable and not quantifier.possessive)
            position = quantifier.end
        varying[-1] = varying[-1] or bool(inner)
    return found


def _close_group(varying: list[bool], atomic: list[bool]) -> bool:
    """Pop the closing group; True when it holds a quantifier a repeat could backtrack into."""
    holds_varying, is_atomic = varying.pop(), atomic.pop()
    return holds_varying and not is_atomic

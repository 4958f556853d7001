"""Guard against catastrophic backtracking: no pattern, rule or `clean` call blows up on long
runs of the characters the patterns match.

Each call runs in a forked worker process with a generous deadline, so a regression fails the
test instead of hanging the suite. This is a guard against exponential blow-up, not a speed
test: the deadlines are many times what the calls take.
"""

from __future__ import annotations

import ast
import multiprocessing
from collections.abc import Callable, Iterator
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

import pytest
import regex

import dechrome
from dechrome.features import URL
from dechrome.rules import BLOCK_RULES
from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.regex_audit import nested_quantifiers, patterns

DEADLINE_SECONDS = 20
SIZE = 50_000
PATTERNS = patterns()


def _run(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, str] = {
    name: _run(unit) for name, unit in {
        "letters": "a", "capitals": "A", "umlauts": "ä", "digits": "1", "spaces": " ",
        "hashes": "#", "slashes": "/", "colons": ":", "dots": ".", "angles": "<",
        "ampersands": "&", "parens": "(", "quotes": '"', "low-quotes": "„", "dashes": "-",
        "word-digit-dot": "a1.", "open-tags": "<a ", "hashtags": "#a ", "words": "a ",
        "names": "Anna ", "dates": "12.07.2025 ", "times": "12:34 ", "initials": "A.b ",
        "commas": "a, ", "share-bar": "x | ", "entities": "&#1", "agencies": "dpa/",
        "comments": "<!--", "www": "www.", "slash-parens": "(a/", "sentences": "Ab. ",
        "mixed": "Aa1 .:/#<&(\"'", "newlines": "\n", "crlf": "\r\n",
        # User names and labelled datelines (`dechrome.html.authornames`, `.datelines`).
        "handles": "ab.cd_", "date-labels": "Erschienen am: 1. ",
    }.items()
}
ADVERSARIAL |= {
    "url-path": "http://" + _run("a/"),
    "byline": "Von " + _run("Anna Muster und "),
    "credit": "Foto: " + _run("Anna / "),
    "comment-lines": _run("Kommentare\n"),
    "counter-lines": _run("1/50\n"),
    "credit-lines": _run("Foto: dpa\n"),
    "gallery-lines": _run("Gehe zur Galerie\nBild\n"),
    "runon-line": _run("Satz eins. #tag https://x.de/a "),
    # Metadata from page text: relative dates, forum starters, title lines, quoted headlines.
    "relative-dates": _run("vor 3 Stunden hace 2 días gestern, 1"),
    "thread-starters": _run("Thread starter Anna started by "),
    "title-lines": _run("Headline » Site // » "),
    "guillemets": _run("«a» „b“ "),
    "names-lines": _run("Anna Muster, Jon Doe y Marie e "),
    # Post footers, author boxes and title lines ending in a separator.
    "post-meta": _run("Veröffentlicht von a am wurde am "),
    "author-boxes": _run("More from Anna Muster is a "),
    "dangling-separators": _run(" | - "),
    "e-mail-tails": _run("Von Anna a.b@"),
    # Names beside a date: inner capitals, user names, what a meta line prints after a name.
    "inner-capitals": _run("McDeO'Ab "),
    "user-names": _run("aB1_.-"),
    "meta-tails": _run("Anna 3 Kommentare 7 min read zuletzt "),
    # A forum post's furniture: figures glued to letters, head lines, counts, badges.
    "figure-words": _run("a1,2b#3 "),
    "post-heads": _run("alkersan January 3, 2025, 7:30pm 2\n2 Likes\n"),
    # Many similar blocks: near- and contained-duplicate detection compare such blocks pairwise
    # (quadratic: 50,000 characters of them take seconds), so this input is kept smaller.
    "similar-lines": "".join(f"a b c d e f g h {number}\n" for number in range(800)),
}


def _scan_pattern(source: str, flags: int) -> None:
    compiled = regex.compile(source, flags)
    for text in ADVERSARIAL.values():
        for _ in compiled.finditer(text):
            pass


def _scan_rule(index: int) -> None:
    test = BLOCK_RULES[index].test
    for text in ADVERSARIAL.values():
        test(text)


def _clean(name: str) -> int:
    return len(dechrome.clean(ADVERSARIAL[name]).blocks)


def _clean_realistic(size: int) -> int:
    """`size` characters of the seeds and fixtures, varied so later copies are no exact repeats."""
    sources = sorted(SEEDS.glob("*.txt")) + sorted(FIXTURES.glob("*/*.txt"))
    base = "\n\n".join(path.read_text(encoding="utf-8") for path in sources)
    copies: list[str] = []
    while sum(len(copy) + 2 for copy in copies) < size:
        copies.append(base.replace("2025", str(1000 + len(copies))))
    return len(dechrome.clean("\n\n".join(copies)).blocks)


class Guard:
    """One forked worker; a call that misses the deadline kills it and fails the test."""

    def __init__(self) -> None:
        self._pool: Pool | None = None

    def __call__(self, function: Callable[..., Any], *args: Any) -> Any:
        if self._pool is None:
            self._pool = multiprocessing.get_context("fork").Pool(processes=1)
        try:
            return self._pool.apply_async(function, args).get(timeout=DEADLINE_SECONDS)
        except multiprocessing.TimeoutError:
            self.close()
            pytest.fail(f"{function.__name__}{args!r} ran longer than {DEADLINE_SECONDS} s")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


@pytest.fixture(scope="module")
def guard() -> Iterator[Guard]:
    worker = Guard()
    yield worker
    worker.close()


def test_collector_finds_module_and_closure_patterns() -> None:
    assert (URL.pattern, URL.flags) in PATTERNS
    assert any(".<closure>" in path for path in PATTERNS.values())
    assert len(PATTERNS) >= 40


@pytest.mark.parametrize(("source", "flags"), list(PATTERNS), ids=list(PATTERNS.values()))
def test_pattern_is_linear_enough_on_adversarial_runs(
    guard: Guard, source: str, flags: int
) -> None:
    guard(_scan_pattern, source, flags)


@pytest.mark.parametrize("index", range(len(BLOCK_RULES)),
                         ids=[str(rule.name) for rule in BLOCK_RULES])
def test_block_rule_test_returns_on_adversarial_runs(guard: Guard, index: int) -> None:
    guard(_scan_rule, index)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_clean_returns_on_adversarial_input(guard: Guard, name: str) -> None:
    assert guard(_clean, name) >= 0


def test_clean_returns_on_two_megabytes_of_realistic_text(guard: Guard) -> None:
    assert guard(_clean_realistic, 2_000_000) > 10_000


@pytest.mark.parametrize(("source", "flags"), list(PATTERNS), ids=list(PATTERNS.values()))
def test_no_unbounded_repeat_around_a_varying_quantifier(source: str, flags: int) -> None:
    offsets = nested_quantifiers(source)
    assert offsets == [], [source[max(0, at - 60) : at] for at in offsets]


_LITERAL_NESTING = regex.compile(r"\((?:[^()\\]|\\.){0,200}[+*]\)(?:[+*]|\{\d{1,4},\})(?!\+)")


def _string_literals(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


@pytest.mark.parametrize("path", sorted((ROOT / "src" / "dechrome").rglob("*.py")),
                         ids=lambda path: path.name)
def test_no_nested_quantifier_in_source_literals(path: Path) -> None:
    """The simple scan: no string literal holds `(…+)+`, `(…*)*` or `(…+){n,}`."""
    hits = [text for text in _string_literals(path) if _LITERAL_NESTING.search(text)]
    assert hits == []


@pytest.mark.parametrize("source", [
    r"(a+)+", r"(?:\w*)*", r"(x+y){1,}", r"(?:a{1,3})+$", r"(\s?x)+", r"(?:(?:a|b)+c)+",
])
def test_audit_flags_catastrophic_shapes(source: str) -> None:
    assert nested_quantifiers(source)


@pytest.mark.parametrize("source", [
    r"(?:a++)+", r"(?>a+)+", r"(?:a+)++", r"(?:ab)+", r"(?:a+){0,12}", r"[(+]+", r"\(+",
    r"(?:\d{2})+", r"\p{L}+(?:x)+",
])
def test_audit_passes_safe_shapes(source: str) -> None:
    assert nested_quantifiers(source) == []


@pytest.mark.parametrize("source", [r"(a+)+", r"(?:\w*)*", r"(?:x\d+){2,}"])
def test_literal_scan_flags_simple_nesting(source: str) -> None:
    assert _LITERAL_NESTING.search(source)

"""Turn raw input into clean Unicode text before any rule runs.

Steps: decode bytes safely, repair mojibake with ftfy, unwrap HTML remnants, NFC, fold
whitespace per line. Every step that changed something is named in `repairs`; the HTML
remnants taken out (tags, comments) are kept in `stripped`, so that the Document accounts
for their words (`dechrome.accounting`).
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import ftfy
import regex
from charset_normalizer import from_bytes

from dechrome.features import find_urls

# ftfy's defaults also straighten curly quotes and fold full-width characters; article text
# keeps its typography, so only the repairs of broken encodings are asked for.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
    explain=False,
)

_BLOCK_TAGS = (
    "p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|"
    "figure|figcaption|aside|nav|hr|dd|dt|dl|main|form"
)
_BLOCK_TAG = regex.compile(rf"</?+(?:{_BLOCK_TAGS})\b[^<>]{{0,2000}}+>", regex.IGNORECASE)
# A tag's attributes: names, each with an optional quoted or bare value. Text in angle
# brackets that is no element ("<path to file(s)>", "<commit>") is a placeholder the article
# prints (documentation, code), not markup.
# A value in straight quotes, in the curly quotes a comment form's typography turns them
# into, or bare.
_VALUE = r'''"[^"<>]{0,2000}+"|'[^'<>]{0,2000}+'|[“”][^“”<>]{0,2000}+[“”]|[^\s"'<>=`]{1,500}+'''
_ATTRIBUTES = rf"(?:\s++[A-Za-z_:@][\w:.@-]{{0,40}}+(?:\s*+=\s*+(?:{_VALUE}))?+){{0,60}}+\s*+/?+"
_INLINE_TAG = regex.compile(rf"</?+([A-Za-z][A-Za-z0-9:-]{{0,30}}+){_ATTRIBUTES}>")
# Element names a page's text may keep as tags (HTML's and SVG's); any name with a hyphen
# (a custom element) or a colon (a namespace: "o:p", "fb:like") is one too.
_ELEMENTS = frozenset((
    "a", "abbr", "acronym", "address", "area", "audio", "b", "base", "bdi", "bdo", "big",
    "body", "button", "canvas", "caption", "center", "circle", "cite", "code", "col",
    "colgroup", "data", "datalist", "defs", "del", "details", "dfn", "dialog", "em",
    "embed", "fieldset", "font", "g", "head", "html", "i", "iframe", "img", "input", "ins",
    "kbd", "label", "legend", "link", "map", "mark", "menu", "meta", "meter", "nobr",
    "noscript", "object", "optgroup", "option", "output", "param", "path", "picture",
    "polygon", "progress", "q", "rect", "rp", "rt", "ruby", "s", "samp", "script", "select",
    "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup",
    "svg", "tbody", "template", "textarea", "tfoot", "thead", "time", "title", "track",
    "tt", "u", "use", "var", "video", "wbr", "pre", "frame", "frameset", "noframes",
    "noembed", "marquee", "blink", "applet", "basefont", "image", "hgroup", "ellipse",
    "polyline", "tspan", "lineargradient", "radialgradient", "clippath", "symbol",
    "foreignobject",
))
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}+|#[xX][0-9A-Fa-f]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);")
_LINE_BREAKS = regex.compile(r"\r\n?+|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1 = regex.compile(r"[\x80-\x9f]")
_BINARY_SHARE = 0.1
_MAX_ROUNDS = 4
_RESHAPING = frozenset({"encoding", "markup", "c1-controls", "invisible-characters"})
# A UTF-8 lead byte read as Latin-1/cp1252, then a continuation-byte character; or a C1 control.
_MOJIBAKE_HINT = regex.compile(
        "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
        "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
        "\u20ac\u2122]"
)
# Gates tell cheaply that a step has nothing to do: the characters its pattern matches, each
# looked for with `in` (a plain scan of the text, and none at all for a character wider than
# any the text holds), which is several times faster than the regex module's search for a
# character or a range. Each string covers its step's characters; `tests/test_fast_paths.py`
# checks them.
_LINE_BREAK_GATES = "\x0b\x0c\r\x85\u2028\u2029"
_CONTROL_GATES = "".join(map(chr, (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f)))
_INVISIBLE_GATES = _CONTROL_GATES + "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Every str.isspace() character but ' ' and '\n'.
_SPACE_GATES = "".join(map(chr, (0x09, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0,
                                 0x1680, *range(0x2000, 0x200b), 0x2028, 0x2029, 0x202f,
                                 0x205f, 0x3000)))
_C1_GATES = "".join(map(chr, range(0x80, 0xa0)))
_UNFOLDED = tuple(map(regex.compile, ("  ", " \n", "\n ", "\n\n\n")))
_EDGES = (" ", "\n")
# A step of normalisation: its name (in `repairs`) and what it does.
Step = tuple[str, Callable[[str], str]]
# Steps that change nothing when run on their own output.
_IDEMPOTENT = frozenset({"line-breaks", "invisible-characters", "c1-controls", "unicode-nfc",
                         "whitespace"})


@dataclass(frozen=True, slots=True)
class Normalised:
    """Clean text, the names of the repairs that changed it, or why it was refused."""

    text: str
    repairs: tuple[str, ...] = ()
    rejected: str | None = None
    links: tuple[str, ...] = ()
    # The tags and comments the markup step took out, in the order it took them.
    stripped: tuple[str, ...] = ()


def decode(raw: str | bytes) -> str | None:
    """UTF-8 when the bytes are valid UTF-8, else the best guess of charset-normalizer."""
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    return str(best) if best is not None else None


def looks_binary(text: str) -> bool:
    """True when control characters make up a share of the text no page text has."""
    if "\x00" in text[:4096]:
        return True
    sample = text[:65536]
    if not _holds(sample, _CONTROL_GATES):
        return False
    controls = len(_CONTROL.findall(sample))
    return bool(sample) and controls / len(sample) > _BINARY_SHARE


def strip_markup(text: str, into: list[str] | None = None) -> str:
    """Unwrap HTML remnants: comments and tags go, entities become characters. Each comment
    and tag taken out is appended to `into`, when given."""
    text = _drop_comments(text, into)
    text = _BLOCK_TAG.sub(_taken("\n", into), text)
    text = _INLINE_TAG.sub(partial(_inline_tag, into), text)
    return unescape_entities(text)


def _inline_tag(into: list[str] | None, match: regex.Match[str]) -> str:
    """'' for a tag of an element (appended to `into`, when given); a placeholder stays."""
    name = match.group(1).casefold()
    if name not in _ELEMENTS and "-" not in name and ":" not in name:
        return match.group()
    if into is not None:
        into.append(match.group())
    return ""


def unescape_entities(text: str) -> str:
    """`text` with each character reference (`&amp;`, `&#8217;`) as its character."""
    return _ENTITY.sub(_unescape_entity, text) if "&" in text else text


def _taken(replacement: str, into: list[str] | None) -> str | Callable[[regex.Match[str]], str]:
    """A `sub` replacement that also appends each match to `into`."""
    if into is None:
        return replacement

    def take(match: regex.Match[str]) -> str:
        into.append(match.group())
        return replacement
    return take


def _unescape_entity(match: regex.Match[str]) -> str:
    return html.unescape(match.group())


def _drop_comments(text: str, into: list[str] | None = None) -> str:
    # str.find instead of a lazy regex: a lazy `<!--.*?-->` rescans the rest of the text from
    # every unclosed opener and turns quadratic on adversarial input.
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        parts.append(text[position:start])
        if into is not None:
            into.append(text[start:end + 3])
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def fold_whitespace(text: str) -> str:
    """One space inside lines, no space at line ends, at most one blank line in a row."""
    if _is_folded(text):
        return text
    lines = [" ".join(line.split()) for line in text.split("\n")]
    folded: list[str] = []
    for line in lines:
        if line or (folded and folded[-1]):
            folded.append(line)
    while folded and not folded[-1]:
        folded.pop()
    return "\n".join(folded)


def _is_folded(text: str) -> bool:
    """True when `fold_whitespace` would return `text` unchanged (most page texts)."""
    return (text[:1] not in _EDGES and text[-1:] not in _EDGES
            and not _found(text, _UNFOLDED) and not _holds(text, _SPACE_GATES))


def _found(text: str, gates: tuple[regex.Pattern[str], ...]) -> bool:
    return any(gate.search(text) is not None for gate in gates)


def _holds(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars`."""
    return any(map(text.__contains__, chars))


def normalise(raw: str | bytes, *, markup: bool = True) -> Normalised:
    """Decode, repair and fold `raw`; refuse binary or undecodable input with a reason.

    `markup=False` keeps text that looks like HTML tags: in HTML mode the text comes from
    the page's own text nodes, where a `<div>` is code the article shows, not a remnant."""
    text = decode(raw)
    if text is None:
        return Normalised("", rejected="undecodable bytes")
    if looks_binary(text):
        return Normalised("", rejected="binary input, not text")
    links = tuple(dict.fromkeys(find_urls(text)))
    stripped: list[str] = []
    text, repairs = _repair(text, _steps(markup, partial(strip_markup, into=stripped)))
    return Normalised(text, repairs, links=links, stripped=tuple(stripped))


def characters(raw: str, *, markup: bool = True) -> str:
    """`raw` with the repairs `normalise` makes to its characters (encoding, invisible and
    control characters, character references, NFC, white space) but its tags and comments
    left in: the text whose every word a Document accounts for, in the body, a field or a
    removal (`dechrome.accounting`), the stripped markup among the removals."""
    return _repair(raw, _steps(markup, unescape_entities))[0]


def _steps(markup: bool, unwrap: Callable[[str], str]) -> tuple[Step, ...]:
    """The steps, the markup step done by `unwrap` (left out without `markup`)."""
    return tuple((name, unwrap if name == "markup" else step) for name, step in _STEPS
                 if markup or name != "markup")


def _repair(text: str, steps: tuple[Step, ...]) -> tuple[str, tuple[str, ...]]:
    """`text` after rounds of `steps` until it is a fixed point, and the steps that ran."""
    repairs: list[str] = []
    settled: set[str] = set()
    for _ in range(_MAX_ROUNDS):
        text, done = _one_round(text, settled, steps)
        repairs.extend(name for name in done if name not in repairs)
        # A repair can bring characters together that look like a new repair to make (markup
        # between the two bytes of a mojibake pair): repeat until the text is a fixed point,
        # so that normalising the result again changes nothing.
        if not _reshaped(done, text):
            break
    return text, tuple(repairs)


def _reshaped(done: list[str], text: str) -> bool:
    """Whether the steps `done` may have made a new repair possible: a reshaping step ran, or
    whitespace folding did on text that may be mojibake (ftfy reads "Â¡" after a no-break
    space as text, and alone as the mojibake of "¡")."""
    if _RESHAPING.intersection(done):
        return True
    return "whitespace" in done and _MOJIBAKE_HINT.search(text) is not None


def _one_round(text: str, settled: set[str], steps: tuple[Step, ...]) -> tuple[str, list[str]]:
    """One pass of the steps; `settled` names the steps known to leave `text` as it is.

    A step that changed nothing, or an idempotent step that made the text, would change
    nothing if run again on the same text: it is skipped until another step changes it.
    """
    done: list[str] = []
    for name, step in steps:
        if name in settled:
            continue
        fixed = step(text)
        if fixed != text:
            done.append(name)
            text = fixed
            settled.clear()
            if name not in _IDEMPOTENT:
                continue
        settled.add(name)
    return text, done


def _fix_encoding(text: str) -> str:
    # ftfy costs more than all rules together; only text with a UTF-8 lead byte read as
    # Latin-1/cp1252 followed by a continuation-byte character, or C1 controls, can be mojibake.
    if _MOJIBAKE_HINT.search(text) is None and not _holds(text, _C1_GATES):
        return text
    return "".join(map(_fix_segment, _segments(text)))


def _segments(text: str) -> Iterator[str]:
    """The pieces `ftfy.fix_text` fixes one by one: each line with its '\n'."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        yield text[start:end]
        start = end


def _fix_segment(segment: str) -> str:
    # ftfy leaves an ASCII line as it is once line breaks and control characters are gone
    # (the steps before this one): only the other lines are worth handing to it.
    return segment if segment.isascii() else ftfy.fix_text(segment, _FTFY)


def _line_breaks(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text) if _holds(text, _LINE_BREAK_GATES) else text


def drop_invisible(text: str) -> str:
    """`text` without soft hyphens, zero-width characters and control characters: they show
    nothing, and inside a word they would split it in two."""
    return _INVISIBLE.sub("", text) if _holds(text, _INVISIBLE_GATES) else text


def _c1_controls(text: str) -> str:
    # Left after the encoding repair only where they stand for nothing visible.
    return _C1.sub("", text) if _holds(text, _C1_GATES) else text


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_STEPS = (
    ("line-breaks", _line_breaks),
    ("invisible-characters", drop_invisible),
    ("encoding", _fix_encoding),
    ("markup", strip_markup),
    ("c1-controls", _c1_controls),
    ("unicode-nfc", _nfc),
    ("whitespace", fold_whitespace),
)

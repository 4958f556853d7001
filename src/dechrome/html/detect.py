"""Is this input an HTML page, and which characters do its bytes stand for?

The sniff is cheap and looks only at the start: a page opens with a doctype, `<html>`,
`<head>` or `<body>` (after a BOM, whitespace or comments), or its first few kilobytes are
mostly markup. Page text that merely contains a stray `<b>` stays text.

Bytes are decoded the way browsers do it, simplified: a byte-order mark wins, then the
charset the page declares in its first kilobytes (`<meta charset>` or `http-equiv`) when the
bytes decode under it (unless they are valid UTF-8 beyond ASCII: a page labelled Latin-1
that is UTF-8), then UTF-8 when valid, then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs

import regex
from charset_normalizer import from_bytes

_SNIFF_CHARS = 4096
_OPENING = regex.compile(
    r"\A(?:\ufeff)?+\s*+(?:<!--.{0,2000}?-->\s*+|<\?xml[^>]{0,200}+>\s*+)*+"
    r"<(?:!doctype\s++html|html|head|body)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_TAG = regex.compile(r"</?+[a-zA-Z][a-zA-Z0-9]{0,15}+(?:\s[^<>]{0,500}+)?+/?+>")
_MARKUP_SHARE = 0.5
_MIN_TAGS = 5
_META = regex.compile(r"<meta\b[^<>]{0,500}+>", regex.IGNORECASE)
_CHARSET = regex.compile(r"charset\s{0,5}+=\s{0,5}+[\"']?+\s{0,5}+([\w:.\-]{1,40}+)",
                         regex.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARE_WINDOW = 4096
# A page read in its declared charset may have this many bytes that do not fit, and this
# share of its non-ASCII characters, before the declaration is taken to be wrong.
_STRAY_BYTES = 10
_STRAY_BYTES_SHARE = 0.01


def looks_like_html(raw: str | bytes) -> bool:
    """True when `raw` opens like an HTML document or its start is mostly tags."""
    head = raw[:_SNIFF_CHARS]
    if isinstance(head, bytes):
        head = head.decode("latin-1")
    if _OPENING.search(head) is not None:
        return True
    tags = _TAG.findall(head)
    markup = sum(map(len, tags))
    return len(tags) >= _MIN_TAGS and markup >= _MARKUP_SHARE * len(head.strip() or " ")


def decode_html(raw: str | bytes) -> str | None:
    """The page's characters; None when no decoding gives text."""
    if isinstance(raw, str):
        return raw
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    declared = _read_as_declared(raw)
    if declared is not None:
        return declared
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:1_000_000]).best()
    encoding = best.encoding if best is not None else None
    return raw.decode(encoding, errors="replace") if encoding else None


def _read_as_declared(raw: bytes) -> str | None:
    """The page read in the charset it declares; None when it declares none, or its bytes
    are not of that charset."""
    declared = declared_charset(raw)
    if declared is None:
        return None
    if declared != "utf-8" and not raw.isascii():
        # Bytes that are valid UTF-8 with letters beyond ASCII are UTF-8 whatever the page
        # declares: text in a single-byte charset almost never is, and a server that labels
        # its UTF-8 pages Latin-1 is common (read as declared, every accented letter and
        # quote would come out as mojibake).
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode(declared)
    except (UnicodeDecodeError, LookupError):
        pass
    # A browser reads a page in the charset it declares, a stray byte that does not fit
    # shown as a replacement character: a guess from the whole page would read a UTF-8
    # page with one bad byte as another charset and garble every accented letter. Only
    # where many bytes do not fit is the declaration wrong.
    read = raw.decode(declared, errors="replace")
    foreign = len(read) - len(read.encode("ascii", "ignore"))
    return read if read.count("\ufffd") <= _STRAY_BYTES + _STRAY_BYTES_SHARE * foreign else None


def declared_charset(raw: bytes) -> str | None:
    """The charset a `<meta>` in the page's first kilobytes declares, if Python knows it."""
    head = raw[:_DECLARE_WINDOW].decode("latin-1")
    found = (_CHARSET.search(tag.group()) for tag in _META.finditer(head))
    match = next((found_one for found_one in found if found_one is not None), None)
    if match is None:
        return None
    name = match.group(1).lower()
    # Browsers read pages labelled Latin-1 as windows-1252, its superset.
    name = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
            "us-ascii": "cp1252", "ascii": "cp1252"}.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None

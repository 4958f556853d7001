"""WARC files for the tests, written record by record as a crawler writes them.

`crawl()` is the test crawl: one record of each kind the WARC reader must handle, in order
(the `EXPECTED` pages are the ones it must clean, by record number).
"""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

DATE = "2026-12-06T10:00:00Z"
# The words every cleaned page must keep: umlauts and ß show that the charset was read right.
CHROME = "Abonnieren Sie unseren Newsletter!"
LEAD = "Die Stadtwerke Köln erhöhen zum Jahresbeginn die Grundgebühr für Strom und Gas."


def article(title: str, charset_meta: str | None = None) -> str:
    """An HTML news page: navigation chrome, a headline, three paragraphs and a newsletter
    call (rule newsletter)."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    paragraphs = [
        LEAD,
        "Nach Angaben des Unternehmens steigen die Kosten für einen durchschnittlichen "
        "Haushalt um rund zwölf Euro im Jahr; Grund seien höhere Netzentgelte.",
        "Verbraucherschützer kritisieren die Erhöhung und raten dazu, Tarife zu vergleichen, "
        "bevor die Frist für einen Wechsel Ende Februar abläuft.",
    ]
    body = "".join(f"<p>{text}</p>" for text in [*paragraphs, CHROME])
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title} | Stadtanzeiger</title></head>"
            f"<body><nav><a href='/'>Start</a> <a href='/koeln'>Köln</a></nav>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")


# A Polish page in ISO-8859-2, which charset detection reads wrong ("Spóģka", "ŋe"): only
# the HTTP header's charset gives these words.
POLISH_LEAD = ("Ceny prądu i gazu rosną od stycznia. Spółka podaje, że średni koszt dla "
               "gospodarstwa domowego wzrośnie o dwanaście złotych rocznie.")


def polish_article() -> str:
    paragraphs = [POLISH_LEAD,
                  "Rzecznicy konsumentów krytykują podwyżkę i radzą porównać taryfy, zanim "
                  "w lutym upłynie termin na zmianę sprzedawcy energii."]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>Prąd drożeje</title></head><body>"
            f"<article><h1>Prąd drożeje</h1>{body}</article></body></html>")


def png() -> bytes:
    """A real 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def http(body: bytes, headers: dict[str, str], status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 100) -> bytes:
    parts = [body[start:start + size] for start in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def record(kind: str, number: int, uri: str | None, block: bytes,
           content_type: str = "application/http; msgtype=response") -> bytes:
    fields = [("WARC-Type", kind), ("WARC-Record-ID", record_id(number)),
              ("WARC-Date", DATE)]
    if uri is not None:
        fields.append(("WARC-Target-URI", uri))
    if uri is not None and uri.endswith("/sniffed"):
        fields.append(("WARC-Truncated", "length"))  # as a crawler's size limit marks it
    fields += [("Content-Type", content_type), ("Content-Length", str(len(block)))]
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def record_id(number: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"


def response(number: int, uri: str, body: bytes, headers: dict[str, str],
             status: str = "200 OK") -> bytes:
    return record("response", number, uri, http(body, headers, status))


def crawl() -> list[bytes]:
    """The records of the test crawl, the last one cut short."""
    page = article("Strom wird teurer").encode()
    utf8 = {"Content-Type": "text/html; charset=utf-8"}
    return [
        record("warcinfo", 1, None, b"software: dechrome tests\r\n", "application/warc-fields"),
        response(2, "https://example.de/utf8", page, utf8),
        record("request", 3, "https://example.de/utf8",
               b"GET /utf8 HTTP/1.1\r\nHost: example.de\r\n\r\n",
               "application/http; msgtype=request"),
        # The charset is given only in the HTTP header; the page has no meta charset.
        response(4, "https://example.pl/latin2", polish_article().encode("iso-8859-2"),
                 {"Content-Type": "text/html; charset=ISO-8859-2"}),
        response(5, "https://example.de/chunked", chunked(page),
                 {"Content-Type": "text/html; charset=utf-8", "Transfer-Encoding": "chunked"}),
        response(6, "https://example.de/gzip", gzip.compress(page),
                 {**utf8, "Content-Encoding": "gzip"}),
        response(7, "https://example.de/logo.png", png(), {"Content-Type": "image/png"}),
        response(8, "https://example.de/old", b"<html><body>Moved</body></html>",
                 {"Content-Type": "text/html", "Location": "/utf8"}, "301 Moved Permanently"),
        # No Content-Type: the payload is sniffed.
        response(9, "https://example.de/sniffed", page, {}),
        response(10, "https://example.de/cut", page, utf8)[:-300],
    ]


# Record number -> target URI of the records that are cleaned; record 10 is an error record.
EXPECTED = {2: "https://example.de/utf8", 4: "https://example.pl/latin2",
            5: "https://example.de/chunked", 6: "https://example.de/gzip",
            9: "https://example.de/sniffed"}
SKIPPED = {"warcinfo": 1, "request": 1, "image/png": 1, "HTTP 3xx": 1}


def write_warc(path: Path, records: list[bytes], *, compress: bool) -> Path:
    """A WARC file, each record its own gzip member when `compress` (as crawlers write)."""
    members = [gzip.compress(one, mtime=0) for one in records] if compress else records
    path.write_bytes(b"".join(members))
    return path

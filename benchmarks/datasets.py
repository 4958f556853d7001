"""Loading the three DEV evaluation sets into uniform :class:`Page` records.

See ``shared/benchmarks/README.md`` for the data layout. The data folder is
``$DECHROME_BENCHMARKS`` if set, else ``../shared/benchmarks`` relative to the repo root.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from benchmarks import REPO_ROOT

DATASETS: tuple[str, ...] = ("scrapinghub", "trafilatura", "wcxb")
ENV_VAR = "DECHROME_BENCHMARKS"
_URL_RE = re.compile(r"https?://\S+")


def data_root() -> Path:
    """The benchmarks folder: ``$DECHROME_BENCHMARKS`` or ``<repo>/../shared/benchmarks``."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return (REPO_ROOT / ".." / "shared" / "benchmarks").resolve()


@dataclass(frozen=True)
class MetaGold:
    """Gold metadata; ``None`` or ``''`` means the page has none (not scored)."""

    title: str | None = None
    author: str | list[str] | None = None
    date: str | None = None


@dataclass(eq=False)
class Page:
    """One evaluation document with its gold annotations.

    ``text`` is the text-mode input (html_text output); it is filled in by
    :func:`benchmarks.textcache.attach_texts`.
    """

    dataset: str
    id: str
    url: str | None
    raw: bytes
    gold_body: str | None = None
    gold_with: tuple[str, ...] = ()
    gold_without: tuple[str, ...] = ()
    meta: MetaGold = field(default_factory=MetaGold)
    lang: str | None = None
    text: str | None = None
    page_type: str | None = None

    @cached_property
    def html(self) -> str:
        """The HTML decoded as the README says: UTF-8 if valid, else charset-normalizer."""
        return decode_html(self.raw)


def decode_html(raw: bytes) -> str:
    """Decode HTML bytes: UTF-8 when valid, else charset-normalizer's best guess."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        return raw.decode("utf-8", errors="replace")
    return str(best)


def load_dataset(name: str, root: Path | None = None, limit: int | None = None) -> list[Page]:
    """Load one dataset by name, sorted by id; ``limit`` keeps the first N."""
    root = data_root() if root is None else root
    loaders = {"scrapinghub": load_scrapinghub, "trafilatura": load_trafilatura,
               "wcxb": load_wcxb}
    if name not in loaders:
        raise ValueError(f"unknown dataset {name!r}; choose from {', '.join(DATASETS)}")
    pages = loaders[name](root / name)
    pages.sort(key=lambda p: p.id)
    return pages if limit is None else pages[:limit]


def load_scrapinghub(folder: Path) -> list[Page]:
    """``ground-truth.json`` plus ``html/<id>.html.gz`` (UTF-8)."""
    truth: dict[str, dict[str, str]] = _read_json(folder / "ground-truth.json")
    pages = []
    for doc_id, entry in truth.items():
        raw = gzip.decompress((folder / "html" / f"{doc_id}.html.gz").read_bytes())
        pages.append(
            Page(
                dataset="scrapinghub",
                id=doc_id,
                url=entry.get("url") or None,
                raw=raw,
                gold_body=entry.get("articleBody", ""),
            )
        )
    return pages


def load_wcxb(folder: Path) -> list[Page]:
    """``ground-truth.json`` plus ``html/<id>.html.gz``: a body, metadata and a page type."""
    truth: dict[str, dict[str, Any]] = _read_json(folder / "ground-truth.json")
    pages = []
    for doc_id, entry in truth.items():
        raw = gzip.decompress((folder / "html" / f"{doc_id}.html.gz").read_bytes())
        meta = MetaGold(title=entry.get("title"), author=entry.get("author"),
                        date=entry.get("date"))
        pages.append(Page(dataset="wcxb", id=doc_id, url=entry.get("url") or None, raw=raw,
                          gold_body=entry.get("articleBody", ""), meta=meta,
                          page_type=entry.get("page_type")))
    return pages


def load_trafilatura(folder: Path) -> list[Page]:
    """``evaldata.json`` plus the raw HTML bytes in ``html/<file>``."""
    evaldata: dict[str, dict[str, Any]] = _read_json(folder / "evaldata.json")
    return [_trafilatura_page(folder, key, entry) for key, entry in evaldata.items()]


def _trafilatura_page(folder: Path, key: str, entry: dict[str, Any]) -> Page:
    match = _URL_RE.search(key)  # some keys are labels such as "hard::name.html"
    return Page(
        dataset="trafilatura",
        id=entry["file"],
        url=match.group(0) if match else None,
        raw=(folder / "html" / entry["file"]).read_bytes(),
        gold_with=tuple(entry["with"]),
        gold_without=tuple(entry["without"]),
        meta=MetaGold(title=entry.get("title"), author=entry.get("author"), date=entry.get("date")),
        lang=entry.get("lang"),
    )


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)

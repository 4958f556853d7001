"""The text-mode input: ``html_text.extract_text(html, guess_layout=True)``, cached on disk.

Each page's text is stored once in ``benchmarks/.cache/text/<tag>/<dataset>/<id>.<hash>.txt``
where ``<tag>`` hashes the html-text version and its options, and ``<hash>`` is a digest of
the page's HTML bytes, so a new converter version or changed data never reuses stale text.
Override the cache folder with ``$DECHROME_BENCH_CACHE``. Writes are atomic (temp file then
``os.replace``), so an interrupted or concurrent run never leaves a truncated entry.
Converting all ~700 DEV pages takes about 4 s on one core, so no process pool is used.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

import html_text

from benchmarks import REPO_ROOT
from benchmarks.datasets import Page

CACHE_ENV_VAR = "DECHROME_BENCH_CACHE"


def cache_root() -> Path:
    """``$DECHROME_BENCH_CACHE`` or ``benchmarks/.cache`` (gitignored)."""
    env = os.environ.get(CACHE_ENV_VAR)
    return Path(env) if env else REPO_ROOT / "benchmarks" / ".cache"


@cache
def converter_tag() -> str:
    """A short hash of the converter identity (html-text version and options)."""
    ident = f"html-text=={version('html-text')};guess_layout=True"
    return hashlib.sha256(ident.encode()).hexdigest()[:12]


def html_to_text(html: str) -> str:
    """The one fixed converter that makes text-mode inputs from HTML."""
    return str(html_text.extract_text(html, guess_layout=True))


def cache_path(page: Page, root: Path | None = None) -> Path:
    """Where ``page``'s text lives in the cache."""
    root = cache_root() if root is None else root
    digest = hashlib.blake2b(page.raw, digest_size=8).hexdigest()
    return root / "text" / converter_tag() / page.dataset / f"{page.id}.{digest}.txt"


def page_text(page: Page, root: Path | None = None) -> str:
    """The cached text of ``page``, converting and storing it on a miss."""
    path = cache_path(page, root)
    try:
        return path.read_bytes().decode("utf-8", errors="surrogatepass")
    except FileNotFoundError:
        pass
    text = html_to_text(page.html)
    atomic_write(path, text)
    return text


def attach_texts(pages: Iterable[Page], root: Path | None = None) -> None:
    """Fill ``page.text`` for every page (from the cache where possible)."""
    for page in pages:
        if page.text is None:
            page.text = page_text(page, root)


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (same-folder temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8", errors="surrogatepass"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

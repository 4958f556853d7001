"""The tools under test: each is one function ``Page -> str`` registered with a name.

Modes: ``text`` tools read ``page.text`` (the html_text rendering), ``html`` tools read the
HTML, and ``reference`` tools (HTML) run in every mode as the yardstick. Adding a tool is
one decorated function; HTML tools live in :mod:`benchmarks.htmltools`.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import justext
import trafilatura

from benchmarks import REPO_ROOT
from benchmarks.datasets import Page
from benchmarks.langs import detect_language, justext_stoplist

MODES = ("text", "html")
REFERENCE = "trafilatura-html"


class ToolUnavailable(RuntimeError):
    """The tool's library is missing or lacks the needed entry point."""


@dataclass(frozen=True)
class Tool:
    """A named extractor; ``packages`` are the distributions whose versions are reported.

    ``document``, where set, gives the tool's whole result (a dechrome ``Document``) and
    ``fn`` is its ``.text``: the runner then calls ``document`` so the same timed call also
    feeds the per-rule and accounting tables, without cleaning a page twice."""

    name: str
    mode: str
    fn: Callable[[Page], str | None]
    packages: tuple[str, ...] = ()
    document: Callable[[Page], Any] | None = None


TOOLS: dict[str, Tool] = {}


def register(
    name: str, mode: str, packages: tuple[str, ...] = (),
    document: Callable[[Page], Any] | None = None,
) -> Callable[[Callable[[Page], str | None]], Callable[[Page], str | None]]:
    """Decorator adding a tool function to :data:`TOOLS`."""

    def deco(fn: Callable[[Page], str | None]) -> Callable[[Page], str | None]:
        TOOLS[name] = Tool(name=name, mode=mode, fn=fn, packages=packages, document=document)
        return fn

    return deco


def tools_for_mode(mode: str) -> list[Tool]:
    """The tools of ``mode`` followed by the reference tool(s)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    own = [t for t in TOOLS.values() if t.mode == mode]
    return own + [t for t in TOOLS.values() if t.mode == "reference"]


def text_of(page: Page) -> str:
    """The text-mode input of ``page`` (must have been attached)."""
    if page.text is None:
        raise ValueError(f"{page.id}: text-mode input not attached")
    return page.text


def lines_to_html(text: str) -> str:
    """Each non-empty line as an escaped ``<p>`` in a minimal UTF-8 HTML document."""
    paras = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f'<html><head><meta charset="utf-8"></head><body>\n{paras}</body></html>'


# --- dechrome ---------------------------------------------------------------------------

_DECHROME_STATE: dict[str, Any] = {"module": None, "url_ok": True}


def load_dechrome() -> ModuleType:
    """Import dechrome lazily: installed package first, else the in-tree ``src/``."""
    module = _DECHROME_STATE["module"]
    if module is not None:
        return module  # type: ignore[no-any-return]
    try:
        import dechrome  # noqa: PLC0415  (lazy: the library may not exist yet)
    except ImportError:
        sys.path.insert(0, str(REPO_ROOT / "src"))
        try:
            import dechrome  # noqa: PLC0415
        except ImportError as exc:
            raise ToolUnavailable(f"dechrome is not importable: {exc}") from exc
    if not callable(getattr(dechrome, "clean", None)):
        raise ToolUnavailable("dechrome has no clean() yet")
    _DECHROME_STATE["module"] = dechrome
    return dechrome


def dechrome_clean(text: str, url: str | None) -> Any:
    """``dechrome.clean(text, url=url)``, or without ``url=`` if it is not accepted."""
    clean = load_dechrome().clean
    if _DECHROME_STATE["url_ok"]:
        try:
            return clean(text, url=url)
        except TypeError as exc:
            if "url" not in str(exc):
                raise
            _DECHROME_STATE["url_ok"] = False
    return clean(text)


def dechrome_text_document(page: Page) -> Any:
    """The Document of ``dechrome.clean(page text, url=...)``."""
    return dechrome_clean(text_of(page), page.url)


@register("dechrome", mode="text", packages=("dechrome",), document=dechrome_text_document)
def dechrome_text(page: Page) -> str:
    return str(dechrome_text_document(page).text)


# --- baselines on the page text ---------------------------------------------------------


@register("identity", mode="text")
def identity(page: Page) -> str:
    """The page text unchanged: the recall ceiling."""
    return text_of(page)


@register("justext-lines", mode="text", packages=("justext", "py3langid"))
def justext_lines(page: Page) -> str:
    """jusText (default settings) over the lines as paragraphs, page-language stoplist."""
    text = text_of(page)
    lang = page.lang or detect_language(text)
    paragraphs = justext.justext(lines_to_html(text), justext_stoplist(lang))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


@register("trafilatura-lines", mode="text", packages=("trafilatura",))
def trafilatura_lines(page: Page) -> str | None:
    """trafilatura over the lines as paragraphs."""
    return trafilatura.extract(
        lines_to_html(text_of(page)), include_comments=False, include_tables=True
    )


# --- reference on the original HTML ---------------------------------------------------


@register(REFERENCE, mode="reference", packages=("trafilatura",))
def trafilatura_html(page: Page) -> str | None:
    """trafilatura on the original HTML bytes (it decodes them itself)."""
    return trafilatura.extract(page.raw, url=page.url, include_comments=False)


from benchmarks import htmltools  # noqa: E402, F401  (registers the HTML tools)

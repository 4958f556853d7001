"""Tools on the original HTML (``--mode html``). Each is optional: a missing library makes
the tool unavailable (skipped with a notice), never a harness crash."""

from __future__ import annotations

import importlib
from typing import Any

import justext

from benchmarks.datasets import Page
from benchmarks.langs import detect_language, justext_stoplist
from benchmarks.textcache import html_to_text
from benchmarks.tools import ToolUnavailable, load_dechrome, register


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ToolUnavailable(f"{module} is not installed: {exc}") from exc


@register("dechrome-html", mode="html", packages=("dechrome",))
def dechrome_html(page: Page) -> str:
    """dechrome's own HTML entry point, once the library has one (``clean_html``)."""
    clean_html = getattr(load_dechrome(), "clean_html", None)
    if clean_html is None:
        raise ToolUnavailable("dechrome has no clean_html() yet")
    return str(clean_html(page.html, url=page.url).text)


@register("readability-html", mode="html", packages=("readability-lxml",))
def readability_html(page: Page) -> str:
    """readability-lxml's summary HTML, rendered to text with the text-mode converter."""
    readability = _require("readability")
    return html_to_text(readability.Document(page.html).summary())


@register("justext-html", mode="html", packages=("justext", "py3langid"))
def justext_html(page: Page) -> str:
    """jusText (default settings) on the HTML, page-language stoplist."""
    lang = page.lang or detect_language(page.text or page.html)
    paragraphs = justext.justext(page.raw, justext_stoplist(lang))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


@register("resiliparse-html", mode="html", packages=("resiliparse",))
def resiliparse_html(page: Page) -> str:
    """resiliparse's main-content plain text extraction."""
    html2text = _require("resiliparse.extract.html2text")
    parse_html = _require("resiliparse.parse.html")
    tree = parse_html.HTMLTree.parse(page.html)
    return str(html2text.extract_plain_text(tree, main_content=True))

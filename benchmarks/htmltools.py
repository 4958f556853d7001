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


def dechrome_html_document(page: Page) -> Any:
    """The Document of ``dechrome.clean(raw, url=..., config=Config(input="html"))``."""
    dechrome = load_dechrome()
    if not hasattr(dechrome.Config, "__dataclass_fields__") or "input" not in (
        dechrome.Config.__dataclass_fields__
    ):
        raise ToolUnavailable("dechrome has no HTML mode (Config.input) yet")
    return dechrome.clean(page.raw, url=page.url, config=_html_config(dechrome))


def _html_config(dechrome: Any) -> Any:
    return dechrome.Config(input="html")


@register("dechrome-html", mode="html", packages=("dechrome", "trafilatura"),
          document=dechrome_html_document)
def dechrome_html(page: Page) -> str:
    """``dechrome.clean`` on the original HTML bytes, HTML mode forced (it decodes them)."""
    return str(dechrome_html_document(page).text)


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

"""What the readers of `dechrome.html.read` share: which tags do what in a tree (`Grammar`,
for the page's HTML and for trafilatura's extraction), the block they put out (`Read`), and
the letters and digits a text shares with its source whatever the rendering (`key`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from lxml import etree

_NOT_KEY = regex.compile(r"[\W_]++")


def key(text: str) -> str:
    """What a text and its source share whatever the rendering: letters and digits."""
    return _NOT_KEY.sub("", text)


def tag_of(element: etree._Element) -> str:
    """The element's tag; "" for comments and processing instructions."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


@dataclass(frozen=True, slots=True)
class Grammar:
    """Which tags do what in a tree.

    Attributes:
        blocks: elements that start and end a block.
        breaks: elements that break the line inside a block.
        skip: elements whose content is never text (their tail is).
        preformatted: elements whose newlines are line breaks.
        links: elements whose text is link text.
        flat: elements inside which blocks do not split (a table cell stays on its row's
            line, as trafilatura's text output has it); a nested block is set off by a space.
        prefixes: text put before an element's own text (a list item's marker).
        inline: when given, the only elements outside the roles above that run on with the
            text around them; any other element stands apart from it by a space (None:
            every other element is inline, as a browser draws an unknown tag).
        overlays: whether a modal dialog (`overlay`) is skipped as the elements of `skip`
            are.
    """

    blocks: frozenset[str]
    breaks: frozenset[str]
    skip: frozenset[str]
    preformatted: frozenset[str]
    links: frozenset[str]
    flat: frozenset[str] = frozenset()
    prefixes: dict[str, str] = field(default_factory=dict)
    inline: frozenset[str] | None = None
    overlays: bool = False

    def spaced(self, tag: str) -> bool:
        """Whether `tag` stands apart from the text around it without starting a block."""
        return self.inline is not None and tag not in self.inline and not (
            tag in self.blocks or tag in self.breaks or tag in self.skip
            or tag in self.preformatted or tag in self.links or tag in self.flat)


def overlay(element: etree._Element) -> bool:
    """Whether `element` is a modal dialog: a `<dialog>` not open, or an element marked as a
    modal dialog (`role="dialog"` and `aria-modal="true"`). A browser draws it only when a
    reader asks for it (a policy behind a footer link, a quick view, a sign-up form), over
    the page and apart from it: its text is no part of what the page shows."""
    if element.tag == "dialog":
        return element.get("open") is None
    return (element.get("aria-modal") == "true"
            and element.get("role") in ("dialog", "alertdialog"))


HTML = Grammar(
    blocks=frozenset({
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }),
    breaks=frozenset({"br"}),
    skip=frozenset({"head", "script", "style", "template", "noscript", "svg", "title",
                    "select", "option", "textarea", "iframe", "object"}),
    preformatted=frozenset({"pre", "textarea", "listing", "plaintext", "xmp"}),
    links=frozenset({"a"}),
)
EXTRACTED = Grammar(
    # trafilatura leaves some HTML in its tree (`div`, a table's `tr`, `td`, `th`).
    blocks=frozenset({"body", "doc", "main", "p", "head", "quote", "list", "item", "table",
                      "row", "div", "tr"}),
    breaks=frozenset({"lb"}),
    skip=frozenset({"graphic"}),
    preformatted=frozenset({"code"}),
    links=frozenset({"ref"}),
    flat=frozenset({"cell", "td", "th"}),
    prefixes={"item": "- ", "cell": " | ", "td": " | ", "th": " | "},
    # trafilatura's text output runs on only its own inline elements; the HTML it leaves
    # in its tree (an `article` or `section` column, a `contrib-group` author of a
    # reference list, an `amp-` element) stands apart by a space, as the page's whitespace
    # between them, which the tree no longer holds, set it apart.
    inline=frozenset({"hi", "ref", "del", "code"}),
)


@dataclass(frozen=True, slots=True)
class Read:
    """One block: the tag of the element that opened it, its text (lines joined by "\\n"),
    and how many of its letters and digits stood inside links."""

    tag: str
    text: str
    link_chars: int

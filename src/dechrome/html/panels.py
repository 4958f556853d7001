"""Tab panels: where a page prints the same text once per panel and shows one at a time.

A documentation page that explains one task for five languages sets the steps beside each
language's code in its own panel (`role="tabpanel"`, or a `tab-pane` / `tabs__panel` class),
and the reader sees one panel at a time: what the panels share is each panel's own text, not
a copy. The panels are found in the page, placed in its text (`PageText`) by their letters
and digits, and each extracted unit is told the panel it stands in; the dedup rules then
compare a panel's blocks with its own panel only (`Facts.panels`).

A lone element with a panel's name is no tab set: only panels with a sibling panel count.
"""

from __future__ import annotations

from bisect import bisect_right

import regex
from lxml import etree
from lxml.html import HtmlElement

from dechrome.html.grammar import HTML, key
from dechrome.html.read import read_blocks
from dechrome.html.source import PageText, Span

# A class that names a tab's panel: "tab-pane", "tabpanel", "tabs__panel", "c-rtab__pane",
# "woocommerce-Tabs-panel"; not a wrapper around all the panels ("tab-content") nor a part
# of one ("tab-pane-menu-column-header").
_CANDIDATES = ('.//*[@role="tabpanel" or contains(@class, "pane") or contains(@class, "Pane")'
               ' or contains(@class, "PANE")]')
_PANEL_CLASS = regex.compile(r"(?:^|[-_])[a-z]{0,2}tabs?[-_]{0,2}panel?$")


def is_panel(element: etree._Element) -> bool:
    """Whether the element is one tab's panel by its role or its class."""
    if element.get("role") == "tabpanel":
        return True
    return any(_PANEL_CLASS.search(token.lower()) is not None
               for token in (element.get("class") or "").split())


def panel_spans(tree: HtmlElement, page: PageText) -> list[Span]:
    """Where each tab panel of a tab set stands in `page.text`, in document order (a panel
    with no letters or digits, or not found, is left out)."""
    spans: list[Span] = []
    hint = 0
    # Every panel's role or class names a "pane": only those elements are looked at.
    for element in tree.xpath(_CANDIDATES):
        if not is_panel(element):
            continue
        parent = element.getparent()
        if parent is None or sum(map(is_panel, parent)) < 2:
            continue
        wanted = "".join(key(found.text) for found in read_blocks(element, HTML))
        start = page.text.find(wanted, hint) if wanted else -1
        if start >= 0:
            spans.append((start, start + len(wanted)))
            hint = start
    return spans


def panel_of(spans: list[Span], starts: list[int], span: Span | None) -> int:
    """The panel (1, 2, ... in document order; 0 for none) that holds `span`: the innermost,
    the last to start before it among those that reach past its end. `starts` are the
    panels' starts."""
    if span is None:
        return 0
    for index in range(bisect_right(starts, span[0]) - 1, -1, -1):
        if spans[index][1] >= span[1]:
            return index + 1
    return 0

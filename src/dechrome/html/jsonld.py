"""The page's JSON-LD records, parsed once: the objects in page order, and the authors.

Sites write their article record in a `<script type="application/ld+json">`: a single
object, a list, or a `@graph` of linked nodes, where the article's `author` may point at a
`Person` node by its `@id` instead of naming it (as WordPress' SEO plugins do).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

_MAX_LD_CHARS = 200_000
# Objects whose `author` is not the article's: the site, the page frame, a person's card.
_NOT_ARTICLE = frozenset({"WebSite", "Organization", "WebPage", "Person", "BreadcrumbList"})


def ld_objects(tree: HtmlElement) -> tuple[dict[str, Any], ...]:
    """Every object of every JSON-LD script, in page order (`@graph` members included)."""
    found: list[dict[str, Any]] = []
    # The page's scripts by a tag walk (cheaper than the XPath `//script[@type=...]`).
    for script in tree.getroottree().iter("script"):
        if script.get("type") == "application/ld+json":
            found += _objects(_json(script.text or ""))
    return tuple(found)


def ld_authors(objects: tuple[dict[str, Any], ...]) -> tuple[str, ...]:
    """Author names of the article objects, in order, unique; an author given by `@id`
    is named by the node with that `@id`."""
    named = {item["@id"]: item.get("name") for item in objects
             if isinstance(item.get("@id"), str) and isinstance(item.get("name"), str)}
    names: list[str] = []
    for item in objects:
        if item.get("author") and str(item.get("@type")) not in _NOT_ARTICLE:
            names += _names(item["author"], named)
    return tuple(dict.fromkeys(names))


def _names(author: Any, named: dict[str, Any]) -> Iterator[str]:
    for entry in author if isinstance(author, list) else [author]:
        name = entry if not isinstance(entry, dict) else (
            entry.get("name") or named.get(str(entry.get("@id"))))
        if isinstance(name, str) and name.strip() and "://" not in name:
            yield " ".join(name.split())


def _objects(data: Any) -> list[dict[str, Any]]:
    found, stack = [], [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return found


def _json(text: str) -> Any:
    if len(text) > _MAX_LD_CHARS:
        return None
    try:
        # Control characters inside strings are common in hand-written records.
        return json.loads(text, strict=False)
    except ValueError:
        return None

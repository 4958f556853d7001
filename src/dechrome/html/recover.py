"""Put back article text the extractor dropped, where that is safe."""

from __future__ import annotations

from lxml.html import HtmlElement

from dechrome.html.extract import Unit


def recover_lead(tree: HtmlElement, units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    return units

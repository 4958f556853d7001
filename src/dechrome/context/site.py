"""Site chrome learnt from a corpus (`dechrome.SiteProfiles`): blocks on most of a site's pages.

Short repeated blocks (footer lines, labels, policy snippets) go wherever they stand. A learnt
block that reads as running text is only removed outside the page's run of article paragraphs:
a syndicated paragraph or a standard line that a site prints *inside* its articles stays,
while the same "about us" paragraph under every article goes.
"""

from __future__ import annotations

from collections.abc import Iterator

from dechrome.context.base import ContextRule, Page
from dechrome.reasons import Reason, Rule


def _site_repeated(page: Page) -> Iterator[int]:
    chrome = page.profile
    if chrome is None:
        return
    keys = page.facts.keys
    hits = [i for i in page.kept_indices if keys[i] in chrome.keys]
    learnt = set(hits)
    # The article's run: kept prose that is not itself learnt chrome.
    article = [i for i in page.kept_indices if page.prose[i] and i not in learnt]
    first, last = (article[0], article[-1]) if article else (-1, -1)
    for index in hits:
        if keys[index] in chrome.prose and first < index < last:
            continue
        yield index


RULES: tuple[ContextRule, ...] = (
    ContextRule(Rule.SITE_REPEATED, Reason.SITE_CHROME, _site_repeated, ("*",),
                "the same 'About us' footer or comment policy under every article of a site"),
)

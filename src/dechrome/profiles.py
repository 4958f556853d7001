"""Site chrome learnt from a corpus: blocks that recur on a large share of one site's pages.

`SiteProfiles.learn(items)` counts, per site, in how many documents each block occurs (by its
dedup key: case- and punctuation-blind). The counts are plain, versioned JSON; they sum when
shards are merged, so the same corpus gives the same profiles whatever the order, the
sharding or the number of workers. `chrome()` turns the counts into what `clean` applies.

Repeated *prose* is judged more strictly than short chrome lines, because syndicated paragraphs
and standard lines in articles repeat too: a block that reads as running text must recur on
`prose_share` of the site's pages (not `min_share`), and even then rule site-repeated removes
it only outside the page's run of article paragraphs (see `dechrome.context.site`).
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tldextract

from dechrome.batch import map_ordered, to_task
from dechrome.config import Config
from dechrome.features import ends_like_sentence, tokenize
from dechrome.model import SiteChrome
from dechrome.normalize import normalise
from dechrome.segment import segment

VERSION = 1
Observation = tuple[str, frozenset[tuple[str, bool]]]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a block counts as a site's chrome.

    Attributes:
        min_docs: a block must occur in at least this many of the site's documents.
        min_share: ... and in at least this share of them.
        prose_share: the share required of a block that reads as running text.
    """

    min_docs: int = 5
    min_share: float = 0.5
    prose_share: float = 0.8


@dataclass(frozen=True, slots=True)
class SiteCounts:
    """One site: how many documents, and per block key (documents with it, of them as prose)."""

    documents: int
    blocks: Mapping[str, tuple[int, int]]

    def chrome(self, site: str, limits: Thresholds) -> SiteChrome:
        keys, prose = set(), set()
        for key, (count, as_prose) in self.blocks.items():
            is_prose = 2 * as_prose > count
            share = limits.prose_share if is_prose else limits.min_share
            if count >= limits.min_docs and count >= share * self.documents:
                keys.add(key)
                if is_prose:
                    prose.add(key)
        return SiteChrome(site, frozenset(keys), frozenset(prose))


@dataclass(frozen=True, slots=True)
class ChromeProfiles:
    """The chrome of every site, as `clean(profiles=...)` uses it: small enough to ship."""

    sites: Mapping[str, SiteChrome]

    def chrome(self) -> ChromeProfiles:
        return self

    def for_url(self, url: str | None, site: str | None = None) -> SiteChrome | None:
        """The chrome of `site`, or of the URL's registered domain; None when unknown."""
        name = site_of(url, site)
        return self.sites.get(name) if name is not None else None


@dataclass(frozen=True)
class SiteProfiles:
    """Per-site block counts learnt from a corpus. Immutable: `merge` returns a new one."""

    sites: Mapping[str, SiteCounts]
    thresholds: Thresholds = field(default_factory=Thresholds)

    @classmethod
    def learn(cls, items: Iterable[object], *, thresholds: Thresholds | None = None,
              config: Config | None = None, jobs: int = 1) -> SiteProfiles:
        """Count the blocks of every item (as for `clean_many`) that has a URL or a site."""
        work = functools.partial(observe_item, config=config or Config())
        observations = map_ordered(work, items, jobs=jobs)
        return cls.from_observations(observations, thresholds or Thresholds())

    @classmethod
    def from_observations(cls, observations: Iterable[Observation | None],
                          thresholds: Thresholds) -> SiteProfiles:
        documents: Counter[str] = Counter()
        counts: dict[str, Counter[tuple[str, bool]]] = {}
        for observation in observations:
            if observation is not None:
                documents[observation[0]] += 1
                counts.setdefault(observation[0], Counter()).update(observation[1])
        sites = {site: _site_counts(documents[site], counts[site]) for site in documents}
        return cls(sites, thresholds)

    def merge(self, *others: SiteProfiles) -> SiteProfiles:
        """The counts of this and `others` summed (learn on shards, then merge)."""
        documents: Counter[str] = Counter()
        blocks: dict[str, Counter[str]] = {}
        prose: dict[str, Counter[str]] = {}
        for profiles in (self, *others):
            for site, found in profiles.sites.items():
                documents[site] += found.documents
                for key, (count, as_prose) in found.blocks.items():
                    blocks.setdefault(site, Counter())[key] += count
                    prose.setdefault(site, Counter())[key] += as_prose
        sites = {site: SiteCounts(documents[site], {
            key: (count, prose[site][key]) for key, count in sorted(blocks.get(site, {}).items())
        }) for site in sorted(documents)}
        return SiteProfiles(sites, self.thresholds)

    @functools.cached_property
    def _chrome(self) -> ChromeProfiles:
        return ChromeProfiles({site: counts.chrome(site, self.thresholds)
                               for site, counts in self.sites.items()})

    def chrome(self) -> ChromeProfiles:
        """Each site's chrome under `thresholds`."""
        return self._chrome

    def for_url(self, url: str | None, site: str | None = None) -> SiteChrome | None:
        return self._chrome.for_url(url, site)

    def to_json(self, *, min_count: int = 1) -> dict[str, Any]:
        """Plain JSON; `min_count` > 1 drops rarer blocks (smaller, but shards then merge
        inexactly: keep 1 for shards you will merge)."""
        sites = {site: {"documents": found.documents, "blocks": {
            key: list(pair) for key, pair in sorted(found.blocks.items()) if pair[0] >= min_count
        }} for site, found in sorted(self.sites.items())}
        return {"version": VERSION, "thresholds": asdict(self.thresholds), "sites": sites}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SiteProfiles:
        """Profiles from their JSON form; ValueError names what is wrong with it."""
        if not isinstance(data, Mapping) or data.get("version") != VERSION:
            version = data.get("version") if isinstance(data, Mapping) else None
            raise ValueError(f"unsupported profiles version {version!r}")
        try:
            sites = {site: SiteCounts(int(found["documents"]), {
                key: (int(pair[0]), int(pair[1])) for key, pair in found["blocks"].items()
            }) for site, found in data["sites"].items()}
            return cls(sites, Thresholds(**data.get("thresholds", {})))
        except (KeyError, TypeError, AttributeError, IndexError) as error:
            raise ValueError(f"malformed profiles: {error!r}") from error

    def dump(self, path: Path, *, min_count: int = 1) -> None:
        text = json.dumps(self.to_json(min_count=min_count), ensure_ascii=False, sort_keys=True)
        path.write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> SiteProfiles:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def _site_counts(documents: int, found: Counter[tuple[str, bool]]) -> SiteCounts:
    blocks: dict[str, list[int]] = {}
    for (key, as_prose), count in found.items():
        pair = blocks.setdefault(key, [0, 0])
        pair[0] += count
        pair[1] += count if as_prose else 0
    return SiteCounts(documents, {key: (a, b) for key, (a, b) in sorted(blocks.items())})


def observe_item(item: object, config: Config) -> Observation | None:
    """The site and the distinct (key, reads-as-prose) blocks of one item; None without a site."""
    task = to_task(item)
    site = site_of(task.url, task.site)
    if task.raw is None or site is None:
        return None
    return site, frozenset(block_keys(task.raw, config))


def block_keys(raw: str | bytes, config: Config) -> set[tuple[str, bool]]:
    """Each block's dedup key and whether it reads as prose, as `clean` measures them."""
    normalised = normalise(raw)
    if normalised.rejected is not None or not normalised.text:
        return set()
    found: dict[str, bool] = {}
    minimum = config.prose_min_words
    for block in segment(normalised.text, config):
        tokens = tokenize(block.text)
        if tokens:
            words = len(tokens)
            prose = words >= 2 * minimum or (words >= minimum and ends_like_sentence(block.text))
            key = " ".join(tokens)
            found[key] = found.get(key, False) or prose
    return set(found.items())


def site_of(url: str | None, site: str | None = None) -> str | None:
    """`site` when given, else the URL's registered domain (offline), else its host."""
    if site:
        return site
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    if not host:
        return None
    return _extractor()(host).top_domain_under_public_suffix or host


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # The suffix list snapshot bundled with tldextract: no network fetch, no disk cache.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

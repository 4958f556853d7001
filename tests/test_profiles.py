"""Site profiles: learning, thresholds, the syndicated-paragraph case, JSON and merging."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import dechrome
from dechrome.features import dedup_key
from dechrome.profiles import SiteProfiles, Thresholds, site_of
from tests.corpus_pages import ABOUT, SYNDICATED, TAGLINE, page, site_items

ITEMS = site_items(8)


def test_site_is_the_registered_domain_or_the_given_site() -> None:
    assert site_of("https://www.news.example.co.uk/a") == "example.co.uk"
    assert site_of("https://a.example.com/x", "mine") == "mine"
    assert site_of(None) is None


def test_learns_blocks_on_most_pages_of_a_site() -> None:
    chrome = SiteProfiles.learn(ITEMS).for_url("https://example.com/")
    assert chrome is not None
    assert {dedup_key(TAGLINE), dedup_key(ABOUT)} <= chrome.keys
    assert dedup_key(ABOUT) in chrome.prose


def test_min_docs_is_a_floor() -> None:
    assert SiteProfiles.learn(ITEMS[:4]).for_url("https://example.com/").keys == frozenset()
    assert dedup_key(TAGLINE) in SiteProfiles.learn(ITEMS[:5]).for_url("https://example.com").keys


def test_prose_needs_the_stricter_share() -> None:
    """A prose paragraph on 6 of 10 pages: over min_share (0.5), under prose_share (0.8)."""
    rng = random.Random(3)
    items = [{"text": page(rng, n).replace(ABOUT, "") + ("\n\n" + ABOUT if n < 6 else ""),
              "url": "https://example.com/"} for n in range(10)]
    chrome = SiteProfiles.learn(items).for_url("https://example.com/")
    assert dedup_key(ABOUT) not in chrome.keys
    assert dedup_key(TAGLINE) in chrome.keys


def test_cleaning_removes_site_chrome_and_keeps_the_syndicated_paragraph() -> None:
    profiles = SiteProfiles.learn(ITEMS)
    assert dedup_key(SYNDICATED) in profiles.for_url("https://example.com/").prose
    document = dechrome.clean(ITEMS[0]["text"], url=ITEMS[0]["url"], profiles=profiles)
    removed = {removal.text: removal for removal in document.removals}
    assert removed[ABOUT].rule is dechrome.Rule.SITE_REPEATED
    assert removed[ABOUT].reason is dechrome.Reason.SITE_CHROME
    assert SYNDICATED in document.paragraphs
    assert document.site == "example.com"


def test_without_profiles_the_site_chrome_stays() -> None:
    document = dechrome.clean(ITEMS[0]["text"], url=ITEMS[0]["url"])
    assert ABOUT in document.paragraphs
    assert document.site is None


def test_other_sites_are_untouched() -> None:
    profiles = SiteProfiles.learn(ITEMS)
    document = dechrome.clean(ITEMS[0]["text"], url="https://other.org/x", profiles=profiles)
    assert ABOUT in document.paragraphs


def test_same_profiles_whatever_the_order_or_the_sharding() -> None:
    whole = SiteProfiles.learn(ITEMS + site_items(6, "other.org", seed=2))
    shuffled = list(reversed(ITEMS + site_items(6, "other.org", seed=2)))
    assert SiteProfiles.learn(shuffled).to_json() == whole.to_json()
    shards = SiteProfiles.learn(shuffled[:5]).merge(SiteProfiles.learn(shuffled[5:]))
    assert shards.to_json() == whole.to_json()
    assert shards.chrome() == whole.chrome()


def test_same_profiles_with_two_workers() -> None:
    assert SiteProfiles.learn(ITEMS, jobs=2).to_json() == SiteProfiles.learn(ITEMS).to_json()


def test_json_round_trip_is_versioned(tmp_path: Path) -> None:
    profiles = SiteProfiles.learn(ITEMS, thresholds=Thresholds(min_docs=3))
    path = tmp_path / "profiles.json"
    profiles.dump(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["thresholds"]["min_docs"] == 3
    assert SiteProfiles.load(path) == profiles
    bad = dataclasses.replace(profiles).to_json() | {"version": 99}
    try:
        SiteProfiles.from_json(bad)
    except ValueError as error:
        assert "version" in str(error)
    else:
        raise AssertionError("an unknown version must be refused")


def test_items_without_site_are_not_counted() -> None:
    assert SiteProfiles.learn([item["text"] for item in ITEMS]).sites == {}


def test_a_site_field_groups_pages_without_urls() -> None:
    items = [{"text": item["text"], "site": "courier"} for item in ITEMS]
    profiles = SiteProfiles.learn(items)
    assert list(profiles.sites) == ["courier"]
    document = next(dechrome.clean_many(items[:1], profiles=profiles))
    assert ABOUT not in document.paragraphs
    assert document.site == "courier"

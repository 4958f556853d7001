"""clean_many: every item gives one document, in order, errors included."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator

import pytest

import dechrome
from dechrome.batch import CHUNK_SIZE, IN_FLIGHT_PER_JOB, is_error, map_ordered
from tests.corpus_pages import site_items

ITEMS = site_items(6)


def test_items_of_every_shape_give_the_same_document() -> None:
    item = ITEMS[0]
    shapes = [item, (item["text"], item["url"]), item["text"].encode()]
    documents = list(dechrome.clean_many(shapes))
    assert documents[0] == documents[1] == dechrome.clean(item["text"], url=item["url"])
    assert documents[2].paragraphs == documents[0].paragraphs


def test_bad_items_become_error_documents_in_place() -> None:
    documents = list(dechrome.clean_many(["a good line.", 7, {"url": "x"}, {"text": None}, ""]))
    assert [is_error(d) for d in documents] == [False, True, True, True, False]
    assert documents[1].rejected == "error: cannot clean a int"
    assert documents[2].rejected == "error: item has no 'text'"
    assert documents[4].rejected == "empty input"


def test_two_jobs_keep_the_input_order_and_the_output() -> None:
    single = list(dechrome.clean_many(ITEMS))
    double = list(dechrome.clean_many(ITEMS, jobs=2))
    assert [d.to_dict() for d in double] == [d.to_dict() for d in single]


def test_documents_survive_pickling_whole() -> None:
    # Worker processes send Documents back pickled; Block and Removal pickle by their fields.
    profiles = dechrome.SiteProfiles.learn(ITEMS)
    document = dechrome.clean(ITEMS[0]["text"], url=ITEMS[0]["url"], profiles=profiles)
    assert document.removals and any(r.detail for r in document.removals)
    loaded = pickle.loads(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded == document
    assert [type(r.rule) for r in loaded.removals] == [type(r.rule) for r in document.removals]


def test_profiles_are_applied_in_workers() -> None:
    profiles = dechrome.SiteProfiles.learn(ITEMS)
    single = list(dechrome.clean_many(ITEMS, profiles=profiles))
    double = list(dechrome.clean_many(ITEMS, profiles=profiles, jobs=2))
    assert double == single
    assert all(d.site == "example.com" for d in double)


def test_input_is_read_lazily() -> None:
    """Only a few chunks per worker are read ahead of the documents taken out."""
    consumed = 0

    def items() -> Iterator[str]:
        nonlocal consumed
        for _ in range(100_000):
            consumed += 1
            yield "A short line of text that is still something."

    first = list(itertools.islice(dechrome.clean_many(items(), jobs=2), 20))
    assert len(first) == 20
    assert consumed <= 20 + (IN_FLIGHT_PER_JOB * 2 + 1) * CHUNK_SIZE


def test_map_ordered_refuses_zero_jobs() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(map_ordered(str, [1], jobs=0))


def test_workers_fork_only_from_a_single_threaded_caller(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from dechrome import batch  # noqa: PLC0415  (the module whose choice is tested)

    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    assert batch._context().get_start_method() == "fork"
    # Another thread may hold a lock that a forked child would find locked forever.
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)
    assert batch._context().get_start_method() in {"forkserver", "spawn"}

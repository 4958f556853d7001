"""dechrome.dask on a real local cluster of two worker processes: same output as one process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import dechrome  # noqa: E402
from dechrome.dask import clean_bag, clean_frame, learn_bag, learn_frame  # noqa: E402
from tests.corpus_pages import ABOUT, site_items  # noqa: E402

ITEMS = site_items(10) + site_items(7, "other.org", seed=5)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as connected:
        yield connected


def test_two_pass_on_a_bag_equals_one_process(client: object) -> None:
    bag = db.from_sequence(ITEMS, npartitions=4)
    profiles = learn_bag(bag)
    documents = clean_bag(bag, profiles=profiles).compute()
    local_profiles = dechrome.SiteProfiles.learn(ITEMS)
    assert profiles.compute().to_json() == local_profiles.to_json()
    assert documents == list(dechrome.clean_many(ITEMS, profiles=local_profiles))
    assert all(ABOUT not in d.paragraphs for d in documents)


def test_a_dataframe_column_equals_one_process(client: object) -> None:
    frame = dd.from_pandas(pd.DataFrame(ITEMS), npartitions=3)
    profiles = learn_frame(frame).compute()
    cleaned = clean_frame(frame, profiles=profiles).compute()
    expected = list(dechrome.clean_many(ITEMS, profiles=profiles))
    assert list(cleaned["dechrome_text"]) == [d.text for d in expected]
    assert list(cleaned["dechrome_site"]) == ["example.com"] * 10 + ["other.org"] * 7

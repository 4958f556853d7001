"""dechrome on Dask (optional extra: `pip install dechrome[dask]`).

Cleaning is a map over partitions; learning site profiles is a map-reduce (count per
partition, merge the counts), and the learnt profiles can stay lazy: pass the `Item` that
`learn_bag` returns to `clean_bag` and Dask computes it once and hands it to every partition.

    import dask.bag as db
    from dechrome.dask import clean_bag, learn_bag

    pages = db.read_text("corpus-*.jsonl").map(json.loads)
    documents = clean_bag(pages, profiles=learn_bag(pages))
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import dask.bag as db
import pandas as pd

from dechrome.batch import clean_task, to_task
from dechrome.config import Config
from dechrome.model import Document
from dechrome.profiles import ChromeProfiles, SiteProfiles, Thresholds, observe_item

# The columns `clean_frame` adds, and the Document field each holds.
FRAME_COLUMNS = {"dechrome_text": "text", "dechrome_title": "title", "dechrome_date": "date",
                 "dechrome_language": "language", "dechrome_site": "site",
                 "dechrome_rejected": "rejected"}
Profiles = SiteProfiles | ChromeProfiles | Any  # Any: a lazy dask Item of SiteProfiles


def clean_bag(bag: db.Bag, *, config: Config | None = None,
              profiles: Profiles | None = None) -> db.Bag:
    """A bag of Documents, one per item (items as for `dechrome.clean_many`), in order."""
    return bag.map_partitions(_clean_partition, config=config, profiles=profiles)


def _clean_partition(items: Iterable[object], config: Config | None,
                     profiles: SiteProfiles | ChromeProfiles | None) -> list[Document]:
    chrome = profiles.chrome() if profiles is not None else None
    return [clean_task(to_task(item), config, chrome) for item in items]


def learn_bag(bag: db.Bag, *, thresholds: Thresholds | None = None,
              config: Config | None = None) -> Any:
    """Site profiles of the bag's items as a lazy `dask.bag.Item`: counted per partition,
    then merged (the counts sum, so the result does not depend on the partitioning)."""
    count = functools.partial(_learn_partition, thresholds=thresholds or Thresholds(),
                              config=config or Config())
    return bag.reduction(count, _merge)


def _learn_partition(items: Iterable[object], thresholds: Thresholds,
                     config: Config) -> SiteProfiles:
    observations = (observe_item(item, config) for item in items)
    return SiteProfiles.from_observations(observations, thresholds)


def _merge(parts: Iterable[SiteProfiles]) -> SiteProfiles:
    first, *rest = list(parts)
    return first.merge(*rest)


def clean_frame(frame: Any, *, text: str = "text", url: str | None = "url",
                config: Config | None = None, profiles: Profiles | None = None) -> Any:
    """`frame` (a dask DataFrame) with the `FRAME_COLUMNS` of each row's cleaned `text`."""
    columns = (text, url)
    meta = _clean_rows(frame._meta, columns, config, None)
    return frame.map_partitions(_clean_rows, columns, config, profiles, meta=meta)


def _clean_rows(part: pd.DataFrame, columns: tuple[str, str | None], config: Config | None,
                profiles: SiteProfiles | ChromeProfiles | None) -> pd.DataFrame:
    text, url = columns
    urls = part[url] if url is not None else [None] * len(part)
    items = [{"text": raw, "url": link if isinstance(link, str) else None}
             for raw, link in zip(part[text], urls, strict=True)]
    documents = _clean_partition(items, config, profiles)
    added = {column: pd.Series([getattr(d, name) for d in documents], index=part.index,
                               dtype=object)
             for column, name in FRAME_COLUMNS.items()}
    return part.assign(**added)


def learn_frame(frame: Any, *, text: str = "text", url: str = "url",
                thresholds: Thresholds | None = None) -> Any:
    """`learn_bag` over a dask DataFrame's text and URL columns."""
    rows = frame[[text, url]].rename(columns={text: "text", url: "url"})
    return learn_bag(rows.to_bag(format="dict"), thresholds=thresholds)

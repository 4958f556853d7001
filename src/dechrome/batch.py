"""`clean_many`: clean a stream of pages in input order, in worker processes, in bounded memory.

Items are raw texts, `(raw, url)` pairs or mappings with `text` (and optionally `url` and
`site`). An item that cannot be cleaned (wrong type, missing text, an unexpected exception)
yields a Document whose `rejected` starts with "error: ": nothing is dropped silently.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from dechrome.config import Config
from dechrome.model import Document
from dechrome.pipeline import clean

if TYPE_CHECKING:
    from dechrome.profiles import ChromeProfiles, SiteProfiles

ERROR_PREFIX = "error: "
# Items per task sent to a worker, and tasks in flight per worker: enough to keep every
# worker busy, few enough that memory does not follow the corpus size.
CHUNK_SIZE = 16
IN_FLIGHT_PER_JOB = 2

In = TypeVar("In")
Out = TypeVar("Out")
Item = str | bytes | tuple[Any, Any] | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Task:
    """One input made uniform. `error` says why it cannot be cleaned (then `raw` is None)."""

    raw: str | bytes | None
    url: str | None = None
    site: str | None = None
    error: str | None = None


def to_task(item: object) -> Task:
    """The Task for one item of `clean_many`; a malformed item gives a Task with an error."""
    if isinstance(item, Task):
        return item
    if isinstance(item, str | bytes):
        return Task(item)
    if isinstance(item, tuple) and len(item) == 2:
        return _checked(item[0], item[1], None)
    if isinstance(item, Mapping):
        if "text" not in item:
            return Task(None, error="item has no 'text'")
        return _checked(item["text"], item.get("url"), item.get("site"))
    return Task(None, error=f"cannot clean a {type(item).__name__}")


def _checked(raw: object, url: object, site: object) -> Task:
    if not isinstance(raw, str | bytes):
        return Task(None, error=f"text is a {type(raw).__name__}, not a string")
    url = url if isinstance(url, str) else None
    return Task(raw, url, site if isinstance(site, str) else None)


def error_document(message: str, url: str | None = None) -> Document:
    """The result for an input that could not be cleaned: empty, `rejected` says why."""
    return Document(paragraphs=(), title=None, hashtags=(), links=(), removals=(), blocks=(),
                    rejected=ERROR_PREFIX + message, url=url)


def is_error(document: Document) -> bool:
    """True for an input that could not be cleaned (not for ordinary rejected content)."""
    return document.rejected is not None and document.rejected.startswith(ERROR_PREFIX)


def clean_task(
    task: Task, config: Config | None = None, profiles: ChromeProfiles | None = None
) -> Document:
    """`clean` for one Task; an unexpected exception becomes an error Document."""
    if task.raw is None:
        return error_document(task.error or "no text", task.url)
    try:
        return clean(task.raw, url=task.url, config=config, profiles=profiles, site=task.site)
    except Exception as error:  # one broken document must not end a corpus run
        return error_document(f"{type(error).__name__}: {error}", task.url)


def clean_many(
    items: Iterable[object], *, config: Config | None = None, jobs: int = 1,
    profiles: SiteProfiles | ChromeProfiles | None = None,
) -> Iterator[Document]:
    """Clean every item, yielding one Document per item in input order.

    `jobs` worker processes clean chunks of items; at most a few chunks per worker are in
    flight, so memory stays bounded however long `items` is. `profiles` (learnt site chrome)
    are passed on to `clean`.
    """
    chrome = profiles.chrome() if profiles is not None else None
    work = functools.partial(clean_task, config=config, profiles=chrome)
    return map_ordered(work, map(to_task, items), jobs=jobs)


def map_ordered(
    function: Callable[[In], Out], items: Iterable[In], *, jobs: int = 1
) -> Iterator[Out]:
    """`map(function, items)` over `jobs` processes, in order, with bounded work in flight.

    `Pool.imap` would read the whole input ahead of the workers; this submits a new chunk
    only when one of the oldest has been collected. `function` must be picklable; it is sent
    to each worker once, not with every chunk (it may carry large site profiles).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield from map(function, items)
        return
    chunks = iter(functools.partial(_take, iter(items)), [])
    with _context().Pool(jobs, initializer=_install, initargs=(function,)) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_apply, (chunk,)))
            if len(pending) >= IN_FLIGHT_PER_JOB * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _take(items: Iterator[In]) -> list[In]:
    return list(itertools.islice(items, CHUNK_SIZE))


# The function a worker process applies, set once by the pool's initializer. It lives only in
# worker processes, one pool each: the caller's process never reads or writes it.
_WORKER_FUNCTION: list[Callable[[Any], Any]] = []


def _install(function: Callable[[Any], Any]) -> None:
    _WORKER_FUNCTION[:] = [function]


def _apply(chunk: list[Any]) -> list[Any]:
    function = _WORKER_FUNCTION[0]
    return [function(item) for item in chunk]


def _context() -> multiprocessing.context.BaseContext:
    """fork when the caller runs a single thread: the workers start at once with the caller's
    loaded modules and compiled patterns. A process with threads must not fork (a lock held
    by another thread stays locked in the child): then forkserver, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")

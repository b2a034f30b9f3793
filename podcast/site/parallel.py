"""Spread independent per-episode work over the CPUs (forked worker processes).

Used for the two costly parts of a cold build of a large show: parsing ``episode.md`` files
and rendering episode pages. Small jobs, and platforms other than Linux, run in-process.
:class:`~podcast.errors.PodcastError` raised in a worker is re-raised here unchanged (file,
place and message), which plain pickling of exceptions would lose.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from podcast.errors import PodcastError

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items, worker processes cost more than they save.
PARALLEL_MIN = 40
MAX_WORKERS = 4

_STATE: dict[str, Any] = {}


def _init(fn: Callable, initializer: Callable | None, initargs: tuple) -> None:
    _STATE["fn"] = fn
    if initializer is not None:
        initializer(*initargs)


def _call(item: Any) -> tuple[bool, Any]:
    try:
        return True, _STATE["fn"](item)
    except PodcastError as exc:
        return False, (type(exc), exc.message, exc.path, exc.where,
                       getattr(exc, "problems", None))


def _reraise(error: tuple) -> None:
    cls, message, path, where, problems = error
    exc = cls.__new__(cls)
    PodcastError.__init__(exc, message, path=path, where=where)
    if problems is not None:
        exc.problems = problems
    raise exc


def workers_for(n_items: int) -> int:
    """How many worker processes to use for ``n_items`` (1 = in-process)."""
    cpus = os.cpu_count() or 1
    # fork only on Linux (on macOS forking a process with system frameworks loaded can crash)
    if n_items < PARALLEL_MIN or cpus < 2 or not sys.platform.startswith("linux"):
        return 1
    return min(cpus, MAX_WORKERS)


def map_parallel(fn: Callable[[T], R], items: Iterable[T], *,
                 initializer: Callable | None = None, initargs: tuple = (),
                 on_result: Callable[[T, R], None] | None = None) -> list[R]:
    """``[fn(x) for x in items]``, in forked workers when it pays off; order is kept.

    ``initializer(*initargs)`` runs once per worker (and once here when run in-process);
    ``on_result`` is called in this process as each result arrives (progress bars).
    """
    items = list(items)
    results: list[R] = []
    if workers_for(len(items)) == 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            result = fn(item)
            results.append(result)
            if on_result:
                on_result(item, result)
        return results
    mp = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers_for(len(items)), mp_context=mp,
                             initializer=_init, initargs=(fn, initializer, initargs)) as pool:
        for item, (ok, value) in zip(items, pool.map(_call, items, chunksize=8), strict=True):
            if not ok:
                _reraise(value)
            results.append(value)
            if on_result:
                on_result(item, value)
    return results

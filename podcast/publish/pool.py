"""Worker threads that never hold up Ctrl-C or the end of the program.

``concurrent.futures.ThreadPoolExecutor`` joins its threads on shutdown and again when the
interpreter exits, so one request stuck on a server that stopped answering kept a Ctrl-C
waiting for its read timeout (101 s were measured). These threads are daemons: after an
interrupt publish waits for them at most :data:`STOP_WAIT` seconds, then leaves them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Seconds to wait for worker threads after Ctrl-C (they are left behind after that).
STOP_WAIT = 1.0
#: How often a waiting main thread wakes up, so that Ctrl-C is seen promptly even when the
#: signal arrived while it was blocked.
POLL = 0.2


class DaemonExecutor:
    """A fixed pool of daemon threads with the ``submit``/``shutdown`` of an Executor
    (what s3transfer's ``executor_cls`` expects)."""

    def __init__(self, max_workers: int) -> None:
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, daemon=True,
                                          name=f"publish-worker-{i}")
                         for i in range(max(1, max_workers))]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        self._queue.put((future, fn, args, kwargs))
        return future

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # handed to the waiting thread
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self, wait: bool = True) -> None:
        for _ in self._threads:
            self._queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()


def result_of(future: Future) -> object:
    """``future.result()``, waking every :data:`POLL` seconds so that Ctrl-C is seen."""
    while True:
        try:
            return future.result(timeout=POLL)
        except TimeoutError:
            continue


def run_bounded(fn: Callable[[], object], seconds: float) -> bool:
    """Run ``fn`` in a daemon thread and wait at most ``seconds``; True when it finished."""
    thread = threading.Thread(target=fn, daemon=True, name="publish-stop")
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()


def map_in_threads(fn: Callable[[T], R], items: Iterable[T], workers: int) -> list[R]:
    """``[fn(x) for x in items]`` on ``workers`` daemon threads; the first error is raised,
    and Ctrl-C returns at once (threads still running are left behind)."""
    pool = DaemonExecutor(workers)
    futures: list[Future] = []
    try:
        futures += [pool.submit(fn, item) for item in items]
        results = []
        for future in futures:
            results.append(result_of(future))
        return results
    finally:
        for future in futures:
            future.cancel()
        pool.shutdown(wait=False)

"""Worker threads that never hold up Ctrl-C or the end of the program.

``concurrent.futures.ThreadPoolExecutor`` joins its threads on shutdown and again when the
interpreter exits, so one request stuck on a server that stopped answering kept a Ctrl-C
waiting for its read timeout (101 s were measured). These threads are daemons: after an
interrupt publish waits for them at most :data:`STOP_WAIT` seconds, then leaves them.
"""

from __future__ import annotations

import queue
import signal
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


class InterruptSeen:
    """While active in the main thread, notes whether Ctrl-C (SIGINT) arrived.

    Ctrl-C raises KeyboardInterrupt wherever the main thread is; inside a
    ``threading.Condition`` wait (s3transfer's semaphores, a future's result) CPython can
    then fail in the lock's exit with "RuntimeError: cannot release un-acquired lock"
    instead, which would reach the user as an internal error. :meth:`translate` turns such
    an error back into the interrupt it came from. Another SIGINT handler than Python's
    default is left as it is (and nothing is noted).
    """

    def __init__(self) -> None:
        self.seen = False
        self._old: object = None

    def __enter__(self) -> InterruptSeen:
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            self._old = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)
            self._old = None

    def _handler(self, signum: int, frame: object) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def translate(self, exc: BaseException) -> BaseException:
        """``exc``, or a KeyboardInterrupt when it is a lock error caused by Ctrl-C."""
        if self.seen and isinstance(exc, RuntimeError) and "un-acquired lock" in str(exc):
            return KeyboardInterrupt()
        return exc

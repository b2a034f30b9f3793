"""Progress reporting across the library/CLI boundary.

Stage functions accept ``progress: Progress | None``; the CLI passes a progress bar,
tests and library users pass nothing (a no-op).
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def start(self, total: float | None, label: str) -> None: ...

    def advance(self, amount: float = 1, *, info: str | None = None) -> None: ...

    def finish(self) -> None: ...


class NullProgress:
    def start(self, total: float | None, label: str) -> None:
        pass

    def advance(self, amount: float = 1, *, info: str | None = None) -> None:
        pass

    def finish(self) -> None:
        pass


def ensure(progress: Progress | None) -> Progress:
    return progress if progress is not None else NullProgress()

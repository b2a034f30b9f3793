"""De-duplication windows and the download decision for one key (client + episode).

Three windows, as the IAB guidelines describe them (the report names the one used):

- ``calendar``: one download per key per calendar day, UTC (the default).
- ``first-touch``: a rolling 24 hours from the first request; the next request after the
  24 hours opens a new window.
- ``last-touch``: a window stays open while requests keep coming less than 24 hours apart.

Within a window the requests' bytes add up: the window is one download when it holds a
complete (200) response or when the bytes reach the episode's threshold (ID3 + one minute).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WINDOWS = ("calendar", "first-touch", "last-touch")
DAY = 86400

DESCRIPTIONS = {
    "calendar": "calendar day (UTC): one download per listener and episode per day",
    "first-touch": "rolling 24 hours from the first request (first-touch)",
    "last-touch": "rolling 24 hours after the latest request (last-touch)",
}


def window_starts(times: Sequence[int], mode: str = "calendar") -> list[int]:
    """For time-ordered requests of one key, the start time of the window each belongs to."""
    if mode not in WINDOWS:
        raise ValueError(f"unknown window {mode!r}; choose one of {', '.join(WINDOWS)}")
    out: list[int] = []
    start = last = None
    for t in times:
        if mode == "calendar":
            start = t - t % DAY
        elif mode == "first-touch":
            if start is None or t - start >= DAY:
                start = t
        else:  # last-touch
            if start is None or last is None or t - last >= DAY:
                start = t
        last = t
        out.append(start)
    return out


def opens_window(times: Sequence[int], mode: str = "calendar") -> list[int]:
    """1 for each request that opens a new window, else 0 (the IAB text's test vectors)."""
    starts = window_starts(times, mode)
    return [1 if i == 0 or starts[i] != starts[i - 1] else 0 for i in range(len(starts))]


@dataclass(frozen=True)
class Download:
    ts: int          # start of the window (the first request in it)
    episode: int
    client: int
    agent: int


def downloads_for_key(episode: int, client: int,
                      requests: Sequence[tuple[int, int, int, int]],
                      threshold: int | None, mode: str = "calendar") -> tuple[list[Download], int]:
    """Downloads of one key from its time-ordered ``(ts, status, bytes, agent)`` requests.

    Returns the downloads and how many windows fell short of the byte threshold.
    ``threshold`` None (media size unknown) counts only windows with a complete response.
    """
    downloads: list[Download] = []
    short = 0
    starts = window_starts([r[0] for r in requests], mode)
    i, n = 0, len(requests)
    while i < n:
        start = starts[i]
        total = 0
        complete = False
        agent = requests[i][3]
        j = i
        while j < n and starts[j] == start:
            _, status, nbytes, _agent = requests[j]
            total += nbytes
            if status == 200:
                complete = True
            j += 1
        if complete or (threshold is not None and total >= threshold):
            downloads.append(Download(requests[i][0], episode, client, agent))
        else:
            short += 1
        i = j
    return downloads, short

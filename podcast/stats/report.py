"""``podcast stats report``: downloads and listeners from the statistics database.

Downloads are decided here, from every stored request (see :mod:`podcast.stats.windows`),
then grouped by episode, day, ISO week, month, app or device. ``since``/``until`` select
downloads by the start of their window, as whole UTC days (both inclusive).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import InputError
from podcast.stats.store import StatsStore
from podcast.stats.windows import DESCRIPTIONS, WINDOWS, Download, downloads_for_key

GROUPINGS = ("episode", "day", "week", "month", "app", "device")

METHODOLOGY = """\
How downloads are counted (IAB Podcast Technical Measurement Guidelines):
- Only GET requests for a media file count; HEAD, 304 Not Modified and all 4xx/5xx answers
  never do.
- A complete response (200) counts, unless its body is empty. Partial responses (206) count
  when the bytes one listener received in one window reach the episode's threshold: the ID3
  tag plus one minute of audio, or the whole file for episodes of 60 seconds or less.
  2-byte probes (bytes=0-1) never count.
- Bots and crawlers (OPAWG list when configured, podcast-app-user-agents, crawlerdetect),
  requests without a user agent, and Apple Watch downloads (duplicates of the phone's) are
  excluded.
- A listener is one IP address (IPv6: its /64 network) with one user agent. Requests from the
  same listener for the same episode within one window count once. Window used: {window}.
- Listeners = unique IP address + user agent pairs with a download in the period shown.
- IP addresses are never stored: they are replaced by a keyed hash whose key stays on this
  computer.
- Unparsable log lines are skipped and counted."""


@dataclass
class Row:
    key: str
    downloads: int
    listeners: int


@dataclass
class Report:
    by: str
    window: str
    since: str | None
    until: str | None
    generated_at: str
    rows: list[Row]
    total_downloads: int
    total_listeners: int
    by_episode: list[Row]
    by_day: list[Row]
    by_app: list[Row]
    by_device: list[Row] = field(default_factory=list)
    excluded: dict[str, int] = field(default_factory=dict)
    below_threshold: int = 0
    unparsable_lines: int = 0
    lines_read: int = 0
    files_ingested: int = 0
    unknown_thresholds: list[str] = field(default_factory=list)
    out_of_range: int = 0  # stored requests dated outside 2000–2099 (older versions kept them)

    @property
    def top_episode(self) -> Row | None:
        return self.by_episode[0] if self.by_episode and self.by_episode[0].downloads else None

    @property
    def methodology(self) -> str:
        return METHODOLOGY.format(window=DESCRIPTIONS[self.window])



def parse_day(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: expected a date like 2026-10-01, got {value!r}") from None


def _epoch(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def period_key(ts: int, by: str) -> str:
    d = dt.datetime.fromtimestamp(ts, dt.UTC).date()
    if by == "day":
        return d.isoformat()
    if by == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{d.year}-{d.month:02d}"


def compute_downloads(store: StatsStore, window: str = "calendar") -> tuple[list[Download], int]:
    """Every download in the database, and the number of windows below the byte threshold."""
    if window not in WINDOWS:
        raise InputError(f"unknown window {window!r}; choose one of {', '.join(WINDOWS)}")
    episodes = store.episodes()
    out: list[Download] = []
    short = 0
    current: tuple[int, int] | None = None
    reqs: list[tuple[int, int, int, int]] = []

    def flush() -> None:
        nonlocal short
        if current is not None and reqs:
            ep = episodes.get(current[0])
            got, s = downloads_for_key(current[0], current[1], reqs,
                                       ep.threshold_bytes if ep else None, window)
            out.extend(got)
            short += s

    for episode, client, ts, status, nbytes, agent in store.counted_requests():
        key = (episode, client)
        if key != current:
            flush()
            current = key
            reqs = []
        reqs.append((ts, status, nbytes, agent))
    flush()
    return out, short


def _group(downloads: list[Download], keyf: Callable[[Download], str],
           order: str = "downloads") -> list[Row]:
    counts: Counter = Counter()
    clients: dict[str, set[int]] = defaultdict(set)
    for d in downloads:
        k = keyf(d)
        counts[k] += 1
        clients[k].add(d.client)
    rows = [Row(k, counts[k], len(clients[k])) for k in counts]
    if order == "key":
        rows.sort(key=lambda r: r.key)
    else:
        rows.sort(key=lambda r: (-r.downloads, r.key))
    return rows


def build_report(db_path: Path | str, *, by: str = "episode", since: str | dt.date | None = None,
                 until: str | dt.date | None = None, window: str = "calendar",
                 key_path: Path | str | None = None,
                 now: Callable[[], float] = time.time) -> Report:
    """Downloads and listeners grouped ``by`` one of :data:`GROUPINGS`."""
    if by not in GROUPINGS:
        raise InputError(f"--by: expected one of {', '.join(GROUPINGS)}, got {by!r}")
    start_day, end_day = parse_day(since, "--since"), parse_day(until, "--until")
    if start_day and end_day and end_day < start_day:
        raise InputError(f"--until {end_day} is before --since {start_day}")
    lo = _epoch(start_day) if start_day else None
    hi = _epoch(end_day) + 86400 if end_day else None
    db_path = Path(db_path)
    if not db_path.is_file():
        raise InputError("no statistics database yet; run 'podcast stats ingest LOG...' first",
                         path=db_path)
    with StatsStore(db_path, key_path=key_path) as store:
        all_downloads, short = compute_downloads(store, window)
        episodes = {e.id: e for e in store.episodes().values()}
        agents = store.agents()
        excluded = store.excluded_counts(lo, hi)
        totals = store.ingest_totals()
        out_of_range = store.out_of_range_count()
    downloads = [d for d in all_downloads
                 if (lo is None or d.ts >= lo) and (hi is None or d.ts < hi)]

    def slug(d: Download) -> str:
        ep = episodes.get(d.episode)
        return ep.slug if ep else str(d.episode)

    keyfs: dict[str, Callable[[Download], str]] = {
        "episode": slug,
        "day": lambda d: period_key(d.ts, "day"),
        "week": lambda d: period_key(d.ts, "week"),
        "month": lambda d: period_key(d.ts, "month"),
        "app": lambda d: agents[d.agent].app if d.agent in agents else "Unknown",
        "device": lambda d: agents[d.agent].device if d.agent in agents else "Unknown",
    }
    time_order = "key" if by in ("day", "week", "month") else "downloads"
    by_episode = _group(downloads, slug)
    # Episodes with media but no downloads still belong in the ranking.
    known = {r.key for r in by_episode}
    by_episode += [Row(e.slug, 0, 0) for e in sorted(episodes.values(), key=lambda e: e.slug)
                   if e.slug not in known and e.threshold_bytes is not None]
    rows = by_episode if by == "episode" else _group(downloads, keyfs[by], time_order)
    return Report(
        by=by, window=window,
        since=start_day.isoformat() if start_day else None,
        until=end_day.isoformat() if end_day else None,
        generated_at=dt.datetime.fromtimestamp(now(), dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        rows=rows,
        total_downloads=len(downloads),
        total_listeners=len({d.client for d in downloads}),
        by_episode=by_episode,
        by_day=_group(downloads, keyfs["day"], "key"),
        by_app=_group(downloads, keyfs["app"]),
        by_device=_group(downloads, keyfs["device"]),
        excluded=excluded,
        below_threshold=short,
        unparsable_lines=totals["unparsable"],
        lines_read=totals["lines"],
        files_ingested=totals["files"],
        unknown_thresholds=sorted(e.slug for e in episodes.values()
                                  if e.threshold_bytes is None),
        out_of_range=out_of_range,
    )

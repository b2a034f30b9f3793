"""``podcast stats ingest``: read access logs into the statistics database.

Only requests that may count are stored: GET on a media file with status 200 or 206, not a
2-byte probe. Requests from bots, empty user agents and Apple Watch are stored with their
agent marked as excluded (so a later list update can reclassify them) and never count.
Downloads themselves are decided at report time from the stored requests, so a file that
ends in the middle of a day is completed by the next file, and re-ingesting never double
counts (see :mod:`podcast.stats.store`).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from podcast.errors import InputError, PublishError
from podcast.progress import Progress, ensure
from podcast.stats.agents import Classifier
from podcast.stats.formats import (
    BYTES_TOO_LARGE,
    CACHE_LIMIT,
    MAX_BYTES_DIGITS,
    NOT_A_LOG_LINE,
    READ_ERRORS,
    ReadStats,
    chunk_lines,
    combined_agent,
    combined_target,
    combined_time,
    match_chunk,
    open_log,
    read_batches_from,
    time_reason,
)
from podcast.stats.store import BUSY_TIMEOUT, StatsStore
from podcast.stats.thresholds import AUDIO_EXTENSIONS, EpisodeMedia, episode_name

log = logging.getLogger(__name__)


@dataclass
class FileResult:
    source: str
    format: str = ""
    lines: int = 0
    unparsable: int = 0
    bad_lines: list[int] = field(default_factory=list)
    other: int = 0          # parsed but not GET 200/206 (HEAD, 304, 404, ...)
    not_media: int = 0      # GET 200/206 for pages, feeds, images
    probes: int = 0         # bytes=0-1 probes
    candidates: int = 0     # stored requests (may count)
    new: int = 0            # of which not seen before
    excluded: Counter = field(default_factory=Counter)  # reason → requests
    rejected: Counter = field(default_factory=Counter)  # reason → unparsable lines
    unknown_media: set[str] = field(default_factory=set)
    first_ts: int | None = None
    last_ts: int | None = None

    @property
    def duplicates(self) -> int:
        return self.candidates - self.new


@dataclass
class IngestResult:
    db_path: Path
    files: list[FileResult]
    seconds: float = 0.0

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    @property
    def excluded(self) -> Counter:
        out: Counter = Counter()
        for f in self.files:
            out.update(f.excluded)
        return out

    @property
    def unknown_media(self) -> set[str]:
        return set().union(*(f.unknown_media for f in self.files)) if self.files else set()


def ingest_logs(paths: Sequence[Path | str], db_path: Path | str, *,
                media: dict[str, EpisodeMedia] | None = None,
                fmt: str = "auto",
                classifier: Classifier | None = None,
                media_map: dict[str, str] | None = None,
                key_path: Path | str | None = None,
                names: Sequence[str] | None = None,
                now: Callable[[], float] = time.time,
                progress: Progress | None = None,
                busy_timeout: float = BUSY_TIMEOUT,
                parallel: bool | None = None) -> IngestResult:
    """Read each log into the database at ``db_path``; one transaction per file.

    ``media`` gives the byte thresholds (stored with the episodes); ``names`` optionally gives
    the source name recorded for each path (e.g. its s3:// URI). ``busy_timeout``: seconds
    to wait for another process writing to the database. ``parallel``: read a combined log
    with a worker process (None: for files of :data:`PARALLEL_BYTES` or more when there is a
    second core); the result is the same either way.
    """
    progress = ensure(progress)
    classifier = classifier or Classifier()
    started = time.perf_counter()
    results: list[FileResult] = []
    sizes = []
    for p in paths:
        if not os.path.exists(p):
            raise InputError("log file not found", path=p)
        if os.path.isdir(p):
            raise InputError("is a folder; name the log files in it", path=p)
        sizes.append(os.path.getsize(p))
    with StatsStore(db_path, key_path=key_path, busy_timeout=busy_timeout) as store:
        if media:
            store.begin()
            store.set_media(media)
            store.commit()
        progress.start(max(1, sum(sizes)), "Reading access logs")
        try:
            for i, path in enumerate(paths):
                name = names[i] if names else str(path)
                result = _ingest_one(Path(path), name, store, classifier, fmt, media or {},
                                     media_map or {}, int(now()), progress, parallel)
                results.append(result)
        finally:
            progress.finish()
    return IngestResult(Path(db_path), results, time.perf_counter() - started)


def _ingest_one(path: Path, name: str, store: StatsStore, classifier: Classifier, fmt: str,
                media: dict[str, EpisodeMedia], media_map: dict[str, str], now: int,
                progress: Progress, parallel: bool | None = None) -> FileResult:
    result = FileResult(source=name)
    detected, source, stats = open_log(path, fmt, ReadStats())
    result.format = detected
    state = _FileState(store, classifier, media, media_map, result)
    reported = 0
    try:
        store.begin()
        store.stage_start()
        if detected == "combined":
            if parallel is None:
                parallel = _use_worker(path)
            batches = _combined_rows(_prefiltered(source, stats, parallel), stats, state)
        else:
            batches = _rows(read_batches_from(detected, source, stats), state)
        for rows in batches:
            if rows:
                store.stage(rows)
            pos = stats.position()
            if pos - reported > (1 << 20):
                progress.advance(pos - reported, info=Path(name).name)
                reported = pos
        result.candidates, result.new, result.first_ts, result.last_ts = store.stage_merge()
        result.lines, result.unparsable = stats.lines, stats.unparsable
        result.bad_lines, result.other = list(stats.bad_lines), stats.other
        result.rejected = Counter(stats.reasons)
        store.record_ingest(source=name, fmt=detected, now=now, lines=stats.lines,
                            unparsable=stats.unparsable, bad_lines=stats.bad_lines,
                            candidates=result.candidates, new_requests=result.new,
                            first_ts=result.first_ts, last_ts=result.last_ts)
        store.commit()
    except BaseException:
        store.rollback()
        raise
    finally:
        progress.advance(max(0, _size(path) - reported), info=Path(name).name)
    if stats.unparsable:
        log.info("%s: %d unparsable line(s) skipped (first at line %s): %s", name,
                 stats.unparsable, ", ".join(map(str, stats.bad_lines)),
                 ", ".join(f"{n} {why}" for why, n in sorted(stats.reasons.items())))
    return result


Row = tuple[int, int, int, int, int, int, int]


class _FileState:
    """What the row builders of one file share: caches, duplicate tracking, counters."""

    def __init__(self, store: StatsStore, classifier: Classifier,
                 media: dict[str, EpisodeMedia], media_map: dict[str, str],
                 result: FileResult) -> None:
        self.store, self.classifier, self.result = store, classifier, result
        self.media, self.media_map = media, media_map
        # path → episode id (0: not a media file)
        self.episode_of: dict[str, int] = {}
        # agent string as logged → (agent id, exclusion reason, {ip: client id})
        self.agent_of: dict[str, tuple[int, str | None, dict[str, int]]] = {}
        # The n-th identical request in a file is stored with occurrence n (so it counts,
        # and a second ingest of the file finds every one of them again).
        self.seen: set[int] = set()
        self.dups: dict[tuple[int, int, int, int, int], int] = {}

    def episode(self, path: str) -> int:
        """The episode id of a request path, or 0 when the path is not a media file."""
        base = path.rsplit("/", 1)[-1]
        if not base.lower().endswith(AUDIO_EXTENSIONS):
            return 0
        slug = episode_name(base, self.media_map)
        if self.media and slug not in self.media:
            self.result.unknown_media.add(slug)
        return self.store.episode_id(slug)

    def agent(self, ua: str) -> tuple[int, str | None, dict[str, int]]:
        """(agent id, exclusion reason, client cache) of an agent string: as stored when the
        database knows it (classification is then not needed), else newly classified."""
        known = self.store.stored_agent(ua)
        if known is not None:
            return known[0], known[1], {}
        info = self.classifier.classify(ua)
        return self.store.agent_id(ua, info), info.excluded, {}

    def row(self, eid: int, client: int, ts: int, status: int, nbytes: int, aid: int) -> Row:
        """The row to store for one request: the n-th identical request in a file gets
        occurrence n (0 for the first)."""
        h = hash((eid, client, ts, status, nbytes))
        if h in self.seen:  # the same request again (or, very rarely, a hash collision)
            key = (eid, client, ts, status, nbytes)
            occurrence = self.dups[key] = self.dups.get(key, 0) + 1
            return (eid, client, ts, status, nbytes, occurrence, aid)
        self.seen.add(h)
        return (eid, client, ts, status, nbytes, 0, aid)


def _rows(batches: Iterator[list[tuple]], state: _FileState) -> Iterator[list[Row]]:
    """Rows to store from a reader's hits (S3, CloudFront)."""
    episode_of, agent_of, row = state.episode_of, state.agent_of, state.row
    client_id = state.store.client_id
    excluded = state.result.excluded
    not_media = probes = 0
    try:
        for batch in batches:
            rows: list[Row] = []
            append = rows.append
            for _line, ts, ip, path_part, status, nbytes, ua, probe in batch:
                # Subscripts with KeyError for the rare miss: cheaper than dict.get per line.
                try:
                    eid = episode_of[path_part]
                except KeyError:
                    eid = episode_of[path_part] = state.episode(path_part)
                if not eid:
                    not_media += 1
                    continue
                if probe:
                    probes += 1
                    continue
                try:
                    aid, reason, clients = agent_of[ua]
                except KeyError:
                    aid, reason, clients = agent_of[ua] = state.agent(ua)
                if reason is not None:
                    excluded[reason] += 1
                try:
                    client = clients[ip]
                except KeyError:
                    client = clients[ip] = client_id(ip, ua)
                append(row(eid, client, ts, status, nbytes, aid))
            yield rows
    finally:
        state.result.not_media += not_media
        state.result.probes += probes


class _Prefiltered(NamedTuple):
    """What one chunk of a combined log holds for the database (see :func:`_prefilter`)."""

    candidates: list[tuple[int, int, str, str, int, int, str]]
    bad: list[tuple[int, str]]   # (line number, reason) of rejected lines
    other: int                   # not a GET with 200/206
    not_media: int               # a GET 200/206 for something else than an audio file
    probes: int                  # 2-byte probes and empty bodies


# request line as logged → its audio file's path, "" (not an audio file) or None (not a GET);
# one per process (the worker process has its own).
_targets: dict[str, str | None] = {}


def _prefilter(job: tuple[str, int]) -> _Prefiltered:
    """The requests of one chunk of a combined log (text, number of its first line) that may
    count: ``(line, ts, ip, path, status, bytes, agent as logged)`` of GET 200/206 for an audio
    file with more than 2 bytes; everything else only counted. Needs nothing from the
    database, so it runs in a worker process for big files."""
    chunk, first_line = job
    pairs, unmatched = match_chunk(chunk, first_line)
    bad = [(ln, NOT_A_LOG_LINE) for ln in unmatched]
    targets = _targets
    out: list[tuple[int, int, str, str, int, int, str]] = []
    append = out.append
    other = not_media = probes = 0
    for ln, (ip, minute, ss, zone, request, status, nbytes, _ref, ua) in pairs:
        try:
            ts = combined_time(minute, zone, ss)
        except ValueError as exc:
            bad.append((ln, time_reason(exc)))
            continue
        if status == "206":
            st = 206
        elif status == "200":
            st = 200
        else:
            other += 1
            continue
        try:
            target = targets[request]
        except KeyError:
            if len(targets) > CACHE_LIMIT:  # e.g. unique query strings
                targets.clear()
            target = combined_target(request)
            if target is not None and not target.rsplit("/", 1)[-1].lower().endswith(
                    AUDIO_EXTENSIONS):
                target = ""
            targets[request] = target
        if not target:
            if target is None:
                other += 1
            else:
                not_media += 1
            continue
        if nbytes == "-":
            n = 0
        elif len(nbytes) > MAX_BYTES_DIGITS:  # as sane_bytes, without the call
            bad.append((ln, BYTES_TOO_LARGE))
            continue
        else:
            n = int(nbytes)
        if n <= 2:
            probes += 1
            continue
        append((ln, ts, ip, target, st, n, ua))
    return _Prefiltered(out, bad, other, not_media, probes)


# Files from this size on are read with a worker process (when there is a second core).
PARALLEL_BYTES = 8 << 20
_IN_FLIGHT = 4  # chunks handed to the worker ahead of the one being stored


def _prefiltered(source: Iterator[str], stats: ReadStats, parallel: bool
                 ) -> Iterator[_Prefiltered]:
    """:func:`_prefilter` of each chunk, in file order: in a worker process when
    ``parallel`` (the results are the same, in the same order), else in this one. Sets
    ``stats.lines`` and closes the file when exhausted."""
    lineno = 0
    pool = None
    try:
        if parallel:
            pool = multiprocessing.get_context("fork").Pool(1)
        pending: deque = deque()
        for chunk in source:
            job = (chunk, lineno + 1)
            lineno += chunk_lines(chunk)
            if pool is None:
                yield _prefilter(job)
                continue
            pending.append(pool.apply_async(_prefilter, (job,)))
            if len(pending) >= _IN_FLIGHT:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    except READ_ERRORS as exc:
        raise InputError(f"cannot read to the end ({exc}); the file looks truncated",
                         path=stats.path) from None
    finally:
        stats.lines = lineno
        stats.close()
        if pool is not None:
            pool.terminate()


def _use_worker(path: Path) -> bool:
    return (_size(path) >= PARALLEL_BYTES and (os.cpu_count() or 1) > 1
            and "fork" in multiprocessing.get_all_start_methods())


def _combined_rows(parts: Iterator[_Prefiltered], stats: ReadStats,
                   state: _FileState) -> Iterator[list[Row]]:
    """Rows to store from a combined log's prefiltered chunks: episode, agent and client
    ids (from the database and its key) and the occurrence of each request."""
    episode_of, agent_of, row = state.episode_of, state.agent_of, state.row
    client_id = state.store.client_id
    excluded = state.result.excluded
    other = not_media = probes = 0
    try:
        for part in parts:
            for ln, reason in part.bad:
                stats.bad(ln, reason)
            other += part.other
            not_media += part.not_media
            probes += part.probes
            rows: list[Row] = []
            append = rows.append
            for _ln, ts, ip, target, st, n, ua in part.candidates:
                try:
                    eid = episode_of[target]
                except KeyError:
                    eid = episode_of[target] = state.episode(target)
                try:
                    aid, reason, clients = agent_of[ua]
                except KeyError:
                    aid, reason, clients = agent_of[ua] = state.agent(combined_agent(ua))
                if reason is not None:
                    excluded[reason] += 1
                try:
                    client = clients[ip]
                except KeyError:
                    client = clients[ip] = client_id(ip, combined_agent(ua))
                append(row(eid, client, ts, st, n, aid))
            yield rows
    finally:
        stats.other += other
        state.result.not_media += not_media
        state.result.probes += probes


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- pulling logs straight from a logging bucket -------------------------------------------


def parse_s3_uri(uri: str) -> tuple[str, str]:
    if not uri.startswith("s3://"):
        raise InputError(f"expected s3://bucket/prefix, got {uri!r}")
    rest = uri[5:]
    bucket, _, prefix = rest.partition("/")
    if not bucket:
        raise InputError(f"no bucket in {uri!r}")
    return bucket, prefix


def fetch_s3_logs(uri: str, dest: Path, *, endpoint_url: str | None = None,
                  region: str | None = None, profile: str | None = None,
                  client=None) -> list[tuple[Path, str]]:  # noqa: ANN001 - boto3 client
    """Download every object under ``s3://bucket/prefix`` into ``dest``.

    Returns ``(local path, s3 URI)`` pairs in key order. Credentials come from the usual
    boto3 places (environment, profile, instance role).
    """
    bucket, prefix = parse_s3_uri(uri)
    if client is None:
        import boto3

        session = boto3.session.Session(profile_name=profile) if profile else \
            boto3.session.Session()
        client = session.client("s3", endpoint_url=endpoint_url, region_name=region)
    from botocore.exceptions import BotoCoreError, ClientError

    out: list[tuple[Path, str]] = []
    try:
        paginator = client.get_paginator("list_objects_v2")
        keys = [obj["Key"] for page in paginator.paginate(Bucket=bucket, Prefix=prefix)
                for obj in page.get("Contents", []) if not obj["Key"].endswith("/")]
        for i, key in enumerate(sorted(keys)):
            local = dest / f"{i:06d}-{key.replace('/', '_')[-150:]}"
            client.download_file(bucket, key, str(local))
            out.append((local, f"s3://{bucket}/{key}"))
    except (BotoCoreError, ClientError) as exc:
        raise PublishError(f"cannot read logs from the bucket ({exc})", path=uri) from None
    if not out:
        raise InputError("no log objects under this prefix", path=uri)
    return out


def ingest_s3(uri: str, db_path: Path | str, *, endpoint_url: str | None = None,
              region: str | None = None, profile: str | None = None, client=None,  # noqa: ANN001
              **kwargs) -> IngestResult:
    """Fetch the logs under an S3 prefix to a temporary folder and ingest them."""
    with tempfile.TemporaryDirectory(prefix="podcast-stats-") as tmp:
        pairs = fetch_s3_logs(uri, Path(tmp), endpoint_url=endpoint_url, region=region,
                              profile=profile, client=client)
        return ingest_logs([p for p, _ in pairs], db_path, names=[n for _, n in pairs],
                           **kwargs)

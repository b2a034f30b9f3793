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
import os
import tempfile
import time
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from podcast.errors import InputError, StatsError
from podcast.progress import Progress, ensure
from podcast.stats.agents import Classifier
from podcast.stats.formats import (
    CACHE_LIMIT,
    READ_ERRORS,
    CombinedChunk,
    ReadStats,
    combined_agent,
    open_log,
    parse_combined_chunk,
    read_batches_from,
)
from podcast.stats.store import BUSY_TIMEOUT, StatsStore, client_hasher
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
                parallel: bool | None = None,
                label: str = "Reading access logs") -> IngestResult:
    """Read each log into the database at ``db_path``; one transaction per file.

    ``media`` gives the byte thresholds (stored with the episodes); ``names`` optionally gives
    the source name recorded for each path (e.g. its s3:// URI). ``busy_timeout``: seconds
    to wait for another process writing to the database. ``parallel``: parse a combined log
    in worker processes, one per core (at most four), while this process stores the requests
    (None: for files of :data:`PARALLEL_BYTES` or more when there is a second core); the result
    is the same either way. ``label``: what the progress bar says.
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
        progress.start(max(1, sum(sizes)), label)
        try:
            for i, path in enumerate(paths):
                name = names[i] if names else str(path)
                result = _ingest_one(Path(path), name, store, classifier, fmt, media or {},
                                     media_map or {}, int(now()), progress, parallel)
                results.append(result)
        finally:
            progress.finish()
            classifier.save()  # what was classified is kept even when a later file failed
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
        if detected == "combined":
            workers = _workers(path) if parallel is None else (
                min(_cores(), _MAX_WORKERS) if parallel else 0)
            batches = _combined_rows(_parsed_chunks(source, stats, store.key, workers), stats,
                                     state)
        else:
            batches = _rows(read_batches_from(detected, source, stats), state)
        first = last = None
        for rows in batches:
            if rows:
                result.candidates += len(rows)
                result.new += store.insert_requests(rows)
                low, high = min(map(_TS, rows)), max(map(_TS, rows))
                first = low if first is None else min(first, low)
                last = high if last is None else max(last, high)
            pos = stats.position()
            if pos - reported > (1 << 20):
                progress.advance(pos - reported, info=Path(name).name)
                reported = pos
        result.first_ts, result.last_ts = first, last
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
_TS = itemgetter(2)  # a row's time


class _FileState:
    """What the row builders of one file share: caches, duplicate tracking, counters."""

    def __init__(self, store: StatsStore, classifier: Classifier,
                 media: dict[str, EpisodeMedia], media_map: dict[str, str],
                 result: FileResult) -> None:
        self.store, self.classifier, self.result = store, classifier, result
        self.media, self.media_map = media, media_map
        # path → episode id (0: not a media file)
        self.episode_of: dict[str, int] = {}
        # agent string as logged → (agent id, exclusion reason)
        self.agent_of: dict[str, tuple[int, str | None]] = {}
        # The n-th identical request in a file is stored with occurrence n (so it counts,
        # and a second ingest of the file finds every one of them again). Requests are
        # remembered by their hash; ``dups`` counts the ones seen again.
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

    def agent(self, ua: str) -> tuple[int, str | None]:
        """(agent id, exclusion reason) of an agent string: as stored when the database
        knows it (classification is then not needed), else newly classified."""
        known = self.store.stored_agent(ua)
        if known is not None:
            return known
        info = self.classifier.classify(ua)
        return self.store.agent_id(ua, info), info.excluded

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

    def rows(self, eids: list[int], clients: Sequence[int], ts: Sequence[int],
             status: Sequence[int], nbytes: Sequence[int], aids: list[int]) -> list[Row]:
        """:meth:`row` of many requests given as columns, the same rows in the same order;
        when none of them was seen before (the usual case), without a Python loop."""
        hashes = set(map(hash, zip(eids, clients, ts, status, nbytes, strict=True)))
        if len(hashes) == len(eids) and self.seen.isdisjoint(hashes):
            self.seen |= hashes
            return list(zip(eids, clients, ts, status, nbytes, repeat(0), aids))
        row = self.row
        return [row(*r) for r in zip(eids, clients, ts, status, nbytes, aids, strict=True)]


def _rows(batches: Iterator[list[tuple]], state: _FileState) -> Iterator[list[Row]]:
    """Rows to store from a reader's hits (S3, CloudFront)."""
    episode_of, agent_of, row = state.episode_of, state.agent_of, state.row
    client_id = state.store.client_id
    clients: dict[tuple[str, str], int] = {}
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
                    aid, reason = agent_of[ua]
                except KeyError:
                    aid, reason = agent_of[ua] = state.agent(ua)
                if reason is not None:
                    excluded[reason] += 1
                try:
                    client = clients[ip, ua]
                except KeyError:
                    if len(clients) > CACHE_LIMIT:
                        clients.clear()
                    client = clients[ip, ua] = client_id(ip, ua)
                append(row(eid, client, ts, status, nbytes, aid))
            yield rows
    finally:
        state.result.not_media += not_media
        state.result.probes += probes


# --- combined logs: parsed in worker processes ---------------------------------------------


class _ChunkRows(NamedTuple):
    """The requests of one chunk of a combined log that may count, as columns, with the
    client ids already hashed: what a worker process sends back (see :class:`_ChunkReader`).
    Paths are sent once per chunk and referred to by their index; agents by a number the
    reader gave them, with the text of each number used in the chunk."""

    part: CombinedChunk          # counts and rejected lines (its candidates list is empty)
    paths: list[str]
    agents: dict[int, str]       # agent number → agent as logged
    agent_requests: Counter      # agent number → requests in this chunk
    path_index: array            # per request, into paths
    agent: array                 # per request, its agent number
    clients: array
    ts: array
    status: array
    nbytes: array


class _ChunkReader:
    """Parses chunks of a combined log (:func:`parse_combined_chunk`) and hashes their
    clients with the database's key; one per worker process, or one in this process."""

    def __init__(self, key: bytes) -> None:
        self.client_id = client_hasher(key)
        self.numbers: dict[str, int] = {}           # agent as logged → its number
        self.agents: list[str] = []                 # number → agent as logged
        self.clients: list[dict[str, int]] = []     # number → {ip: client id}

    def _number(self, ua: str) -> int:
        if len(self.numbers) > CACHE_LIMIT:
            self.numbers.clear()
            self.agents.clear()
            self.clients.clear()
        n = self.numbers[ua] = len(self.agents)
        self.agents.append(ua)
        self.clients.append({})
        return n

    def __call__(self, job: tuple[bytes, int]) -> _ChunkRows:
        part = parse_combined_chunk(*job)
        paths: dict[str, int] = {}
        numbers, clients, client_id = self.numbers, self.clients, self.client_id
        pi: list[int] = []
        ai: list[int] = []
        cl: list[int] = []
        for _ln, _ts, ip, path, _st, _n, ua in part.candidates:
            try:
                p = paths[path]
            except KeyError:
                p = paths[path] = len(paths)
            try:
                a = numbers[ua]
            except KeyError:
                a = self._number(ua)
            pi.append(p)
            ai.append(a)
            known = clients[a]
            try:
                cl.append(known[ip])
            except KeyError:
                if len(known) > CACHE_LIMIT:
                    known.clear()
                c = known[ip] = client_id(ip, combined_agent(ua))
                cl.append(c)
        rows = part.candidates
        used = Counter(ai)
        return _ChunkRows(
            part._replace(candidates=[]), list(paths), {a: self.agents[a] for a in used}, used,
            array("l", pi), array("l", ai), array("q", cl), array("q", [r[1] for r in rows]),
            array("l", [r[4] for r in rows]), array("q", [r[5] for r in rows]))


_reader: _ChunkReader | None = None  # a worker process's


def _start_worker(key: bytes) -> None:
    global _reader
    _reader = _ChunkReader(key)


def _read_in_worker(job: tuple[bytes, int]) -> _ChunkRows:
    assert _reader is not None
    return _reader(job)


# Files from this size on are read with worker processes (when there is a second core).
PARALLEL_BYTES = 8 << 20
_MAX_WORKERS = 4


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _workers(path: Path) -> int:
    """How many worker processes read ``path`` (0: this process reads it)."""
    if _size(path) < PARALLEL_BYTES:
        return 0
    import multiprocessing  # here: a small file does not pay for importing it

    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = _cores()
    return min(cores, _MAX_WORKERS) if cores > 1 else 0


def _parsed_chunks(source: Iterator[bytes], stats: ReadStats, key: bytes, workers: int
                   ) -> Iterator[_ChunkRows]:
    """Each chunk of a combined log read by a :class:`_ChunkReader`, in file order: by
    ``workers`` worker processes (the results are the same, in the same order) or, when 0,
    in this process. This process meanwhile stores what came back, so every core is busy
    from the first chunk on. Sets ``stats.lines`` and closes the file when exhausted."""
    lineno = 0
    pool = None
    try:
        if workers:
            import multiprocessing

            pool = multiprocessing.get_context("fork").Pool(
                workers, initializer=_start_worker, initargs=(key,))
        else:
            reader = _ChunkReader(key)
        pending: deque = deque()
        in_flight = 8 * workers  # chunks (of 1 MB) read ahead of the one being stored
        for chunk in source:
            job = (chunk, lineno + 1)
            lineno += chunk.count(b"\n") + (not chunk.endswith(b"\n"))
            if pool is None:
                yield reader(job)
                continue
            pending.append(pool.apply_async(_read_in_worker, (job,)))
            if len(pending) >= in_flight:
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


def _combined_rows(parts: Iterator[_ChunkRows], stats: ReadStats,
                   state: _FileState) -> Iterator[list[Row]]:
    """Rows to store from a combined log's parsed chunks: episode and agent ids from the
    database (each distinct path and agent looked up once) and the occurrence of each
    request."""
    episode_of, agent_of = state.episode_of, state.agent_of
    excluded = state.result.excluded
    other = not_media = probes = 0
    try:
        for chunk in parts:
            part = chunk.part
            for ln, reason in part.bad:
                stats.bad(ln, reason)
            other += part.other
            not_media += part.not_media
            probes += part.probes
            if not chunk.paths:
                continue
            eids = []
            for path in chunk.paths:
                try:
                    eids.append(episode_of[path])
                except KeyError:
                    eids.append(episode_of.setdefault(path, state.episode(path)))
            aids: dict[int, int] = {}
            for number, ua in chunk.agents.items():
                try:
                    aid, reason = agent_of[ua]
                except KeyError:
                    aid, reason = agent_of[ua] = state.agent(combined_agent(ua))
                if reason is not None:
                    excluded[reason] += chunk.agent_requests[number]
                aids[number] = aid
            yield state.rows(list(map(eids.__getitem__, chunk.path_index)), chunk.clients,
                             chunk.ts, chunk.status, chunk.nbytes,
                             list(map(aids.__getitem__, chunk.agent)))
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
                  client=None) -> list[tuple[Path, str]]:
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
        raise StatsError(f"cannot read logs from the bucket ({exc})", path=uri) from None
    if not out:
        raise InputError("no log objects under this prefix", path=uri)
    return out


def ingest_s3(uri: str, db_path: Path | str, *, endpoint_url: str | None = None,
              region: str | None = None, profile: str | None = None, client=None,
              **kwargs) -> IngestResult:
    """Fetch the logs under an S3 prefix to a temporary folder and ingest them."""
    with tempfile.TemporaryDirectory(prefix="podcast-stats-") as tmp:
        pairs = fetch_s3_logs(uri, Path(tmp), endpoint_url=endpoint_url, region=region,
                              profile=profile, client=client)
        return ingest_logs([p for p, _ in pairs], db_path, names=[n for _, n in pairs],
                           **kwargs)

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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import InputError, PublishError
from podcast.progress import Progress, ensure
from podcast.stats.agents import Classifier
from podcast.stats.formats import ReadStats, read_batches
from podcast.stats.store import StatsStore
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
                progress: Progress | None = None) -> IngestResult:
    """Read each log into the database at ``db_path``; one transaction per file.

    ``media`` gives the byte thresholds (stored with the episodes); ``names`` optionally gives
    the source name recorded for each path (e.g. its s3:// URI).
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
    with StatsStore(db_path, key_path=key_path) as store:
        if media:
            store.set_media(media)
            store.commit()
        progress.start(max(1, sum(sizes)), "Reading access logs")
        try:
            for i, path in enumerate(paths):
                name = names[i] if names else str(path)
                result = _ingest_one(Path(path), name, store, classifier, fmt, media or {},
                                     media_map or {}, int(now()), progress)
                results.append(result)
        finally:
            progress.finish()
    return IngestResult(Path(db_path), results, time.perf_counter() - started)


def _ingest_one(path: Path, name: str, store: StatsStore, classifier: Classifier, fmt: str,
                media: dict[str, EpisodeMedia], media_map: dict[str, str], now: int,
                progress: Progress) -> FileResult:
    result = FileResult(source=name)
    stats = ReadStats()
    detected, batches, stats = read_batches(path, fmt, stats)
    result.format = detected
    # Per-file caches: path → episode id (None: not media), agent string → (agent id,
    # exclusion reason, {ip: client id}).
    episode_of: dict[str, int | None] = {}
    agent_of: dict[str, tuple[int, str | None, dict[str, int]]] = {}
    excluded = result.excluded
    unknown = result.unknown_media
    # The n-th identical request in a file is stored with occurrence n (so it counts, and a
    # second ingest of the file finds every one of them again).
    seen: set[int] = set()
    dups: dict[tuple[int, int, int, int, int], int] = {}
    reported = 0
    not_media = probes = 0
    try:
        store.stage_start()
        for batch in batches:
            rows = []
            append = rows.append
            for _line, ts, ip, path_part, status, nbytes, ua, probe in batch:
                # Subscripts with KeyError for the rare miss: cheaper than dict.get per line.
                try:
                    eid = episode_of[path_part]
                except KeyError:
                    eid = _episode_for(path_part, store, media, media_map, unknown)
                    episode_of[path_part] = eid
                if eid is None:
                    not_media += 1
                    continue
                if probe:
                    probes += 1
                    continue
                try:
                    aid, reason, clients = agent_of[ua]
                except KeyError:
                    info = classifier.classify(ua)
                    aid, reason, clients = agent_of[ua] = (store.agent_id(ua, info),
                                                           info.excluded, {})
                if reason is not None:
                    excluded[reason] += 1
                try:
                    client = clients[ip]
                except KeyError:
                    client = clients[ip] = store.client_id(ip, ua)
                h = hash((eid, client, ts, status, nbytes))
                if h in seen:  # the same request again (or, very rarely, a hash collision)
                    key = (eid, client, ts, status, nbytes)
                    occurrence = dups[key] = dups.get(key, 0) + 1
                    append((eid, client, ts, status, nbytes, occurrence, aid))
                else:
                    seen.add(h)
                    append((eid, client, ts, status, nbytes, 0, aid))
            if rows:
                store.stage(rows)
            pos = stats.position()
            if pos - reported > (1 << 20):
                progress.advance(pos - reported, info=Path(name).name)
                reported = pos
        result.candidates, result.new, result.first_ts, result.last_ts = store.stage_merge()
        result.not_media, result.probes = not_media, probes
        result.lines, result.unparsable = stats.lines, stats.unparsable
        result.bad_lines, result.other = list(stats.bad_lines), stats.other
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
        log.info("%s: %d unparsable line(s) skipped (first at line %s)", name,
                    stats.unparsable, ", ".join(map(str, stats.bad_lines)))
    return result


def _episode_for(path: str, store: StatsStore, media: dict[str, EpisodeMedia],
                 media_map: dict[str, str], unknown: set[str]) -> int | None:
    """The episode id of a request path, or None when the path is not a media file."""
    base = path.rsplit("/", 1)[-1]
    if not base.lower().endswith(AUDIO_EXTENSIONS):
        return None
    slug = episode_name(base, media_map)
    if media and slug not in media:
        unknown.add(slug)
    return store.episode_id(slug)


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

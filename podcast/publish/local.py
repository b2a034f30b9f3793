"""The local side of a publish: every file of the built site, with its hashes.

One read per file computes the MD5 (what S3 reports as the ETag of a single-part upload),
the multipart ETag S3 reports when the same file is uploaded in parts of ``chunk_size``
bytes, and a SHA-256 that is stored in the object's metadata so that the comparison also
works where the ETag is not an MD5 (encrypted buckets, other part sizes).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import PublishError
from podcast.fsutil import write_text_atomic
from podcast.publish.kinds import FEED_NAME, CachePolicy, Kind, headers_for

log = logging.getLogger(__name__)

_READ = 1024 * 1024
#: S3 allows at most this many parts in one multipart upload.
MAX_PARTS = 10000


@dataclass(frozen=True)
class LocalFile:
    rel: str                # path relative to the site root, "/"-separated
    path: Path
    size: int
    md5: str                # hex MD5 of the whole file
    multipart_etag: str | None  # '"<hex>-<parts>"'-style ETag (without quotes) when multipart
    sha256: str
    kind: Kind
    content_type: str
    cache_control: str

    @property
    def etag(self) -> str:
        """The ETag S3 reports for this file as we upload it."""
        return self.multipart_etag or self.md5


def is_ignored(rel: str) -> bool:
    """Hidden files, editor leftovers and half-written temporary files are never published."""
    name = rel.rsplit("/", 1)[-1]
    return (any(part.startswith(".") for part in rel.split("/"))
            or name.endswith((".tmp", ".part", "~")) or name in ("Thumbs.db", "desktop.ini"))


def chunk_size_for(size: int, threshold: int, chunk: int) -> int | None:
    """The part size boto3 uses for a file of ``size`` bytes, or None for a single PUT.

    Mirrors s3transfer: parts grow (doubling) until the file fits in 10,000 parts.
    """
    if size < threshold:
        return None
    while -(-size // chunk) > MAX_PARTS:
        chunk *= 2
    return chunk


def hash_file(path: Path, chunk: int | None) -> tuple[str, str | None, str]:
    """(md5 hex, multipart ETag or None, sha256 hex) in one pass over the file."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    part_digests: list[bytes] = []
    part = hashlib.md5(usedforsecurity=False) if chunk else None
    in_part = 0
    with path.open("rb") as fh:
        while True:
            block = fh.read(_READ)
            if not block:
                break
            md5.update(block)
            sha.update(block)
            if part is None:
                continue
            view = memoryview(block)
            while view:
                take = min(len(view), chunk - in_part)  # type: ignore[operator]
                part.update(view[:take])
                in_part += take
                view = view[take:]
                if in_part == chunk:
                    part_digests.append(part.digest())
                    part = hashlib.md5(usedforsecurity=False)
                    in_part = 0
    multipart = None
    if chunk:
        if in_part:
            part_digests.append(part.digest())  # type: ignore[union-attr]
        combined = hashlib.md5(b"".join(part_digests), usedforsecurity=False).hexdigest()
        multipart = f"{combined}-{len(part_digests)}"
    return md5.hexdigest(), multipart, sha.hexdigest()


def write_state(path: Path, text: str) -> None:
    """Write a small local state file (hash cache, owed invalidations) atomically.

    Raises :class:`PublishError` naming ``path`` when the disk is full, the folder is not
    writable or not a folder; no half-written file is left behind.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
    except OSError as exc:
        raise PublishError(f"cannot write: {exc.strerror or exc}", path=path) from None


class HashCache:
    """Hashes of site files by (size, mtime, part size), kept between publishes.

    Hashing is the main cost of a publish with nothing to upload (a few GB of media take
    tens of seconds); a file whose size and modification time are unchanged is not read
    again. ``--force`` ignores the cache.
    """

    VERSION = 1

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.old: dict[str, list] = {}
        self.new: dict[str, list] = {}
        self.hits = 0
        if path is None or not path.is_file():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == self.VERSION and isinstance(data.get("files"), dict):
                self.old = data["files"]
        except (OSError, ValueError, AttributeError):
            log.debug("%s: unreadable hash cache, hashing every file", path)

    def lookup(self, rel: str, size: int, mtime_ns: int,
               chunk: int | None) -> tuple[str, str | None, str] | None:
        entry = self.old.get(rel)
        if isinstance(entry, list) and len(entry) == 6 and entry[:3] == [size, mtime_ns, chunk]:
            self.hits += 1
            self.new[rel] = entry
            return entry[3], entry[4], entry[5]
        return None

    def store(self, rel: str, size: int, mtime_ns: int, chunk: int | None,
              hashes: tuple[str, str | None, str]) -> None:
        self.new[rel] = [size, mtime_ns, chunk, *hashes]

    def save(self) -> None:
        if self.path is None or self.new == self.old:
            return
        try:
            write_state(self.path, json.dumps({"version": self.VERSION, "files": self.new}))
        except PublishError as exc:  # a cache: never worth failing a publish for
            log.warning("%s (the hash cache: unchanged files are read again next time)", exc)


def scan_site(site_dir: Path, *, policy: CachePolicy, multipart_threshold: int,
              multipart_chunk: int, cache_path: Path | None = None) -> list[LocalFile]:
    """Every publishable file under ``site_dir``, sorted by upload order then path.

    Raises :class:`PublishError` when the site has not been built (no ``feed.xml``): a
    publish without a feed would be useless, and ``--delete`` would empty the bucket.
    ``cache_path``: a :class:`HashCache` file (None: hash every file).
    """
    if not site_dir.is_dir():
        raise PublishError("the site has not been built; run 'podcast build' first",
                           path=site_dir)
    if not (site_dir / FEED_NAME).is_file():
        raise PublishError(f"no {FEED_NAME} in the built site; run 'podcast build' first",
                           path=site_dir)
    files: list[LocalFile] = []
    known = HashCache(cache_path)
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site_dir).as_posix()
        if is_ignored(rel):
            log.debug("not publishing %s", rel)
            continue
        try:
            stat = path.stat()
            size = stat.st_size
            chunk = chunk_size_for(size, multipart_threshold, multipart_chunk)
            hashes = known.lookup(rel, size, stat.st_mtime_ns, chunk)
            if hashes is None:
                hashes = hash_file(path, chunk)
                known.store(rel, size, stat.st_mtime_ns, chunk, hashes)
            md5, multipart, sha = hashes
        except OSError as exc:
            raise PublishError(f"cannot read: {exc.strerror}", path=path) from None
        kind, ctype, cache = headers_for(rel, policy)
        files.append(LocalFile(rel=rel, path=path, size=size, md5=md5,
                               multipart_etag=multipart, sha256=sha, kind=kind,
                               content_type=ctype, cache_control=cache))
    known.save()
    if cache_path is not None:
        log.debug("hash cache: %d of %d file(s) not read again", known.hits, len(files))
    files.sort(key=lambda f: (f.kind, f.rel))
    return files

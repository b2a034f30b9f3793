"""The statistics database (SQLite): requests that may count, agents, episodes, ingest runs.

Privacy: raw IP addresses are never written. A client is identified by a keyed BLAKE2b hash
of (IP address, IPv6 cut to its /64 network) + user agent, truncated to 64 bits: enough to tell
clients apart for de-duplication and listener counts, useless without the secret key. The key
is a random 32-byte file kept next to the database (``<db>.key``, mode 0600) and never stored
in the database itself, so a copy of the database alone cannot be matched against IP lists.

Idempotency: a stored request is identified by what it is, (episode, client, time, status,
bytes, and how many identical requests came before it in the same file), the table's primary
key. Ingesting a file twice, or two files that overlap, inserts each request once
(``INSERT OR IGNORE``); the same requests in another log format are the same rows too.
The table is clustered on that key, so reports read each listener's requests in order.

Concurrency: the database is in WAL mode, so reports read while an ingest writes. Writers
(ingests, reclassification) take the write lock at the start of each transaction and wait up to
:data:`BUSY_TIMEOUT` seconds for another writer; after that the command stops with a one-line
error. Every SQLite failure (busy, disk full, read-only, damaged) becomes a
:class:`~podcast.errors.StatsError` (an :class:`~podcast.errors.InputError` for a damaged file)
naming the database; a failed transaction is rolled back, so the database keeps what earlier,
finished files stored.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from podcast.errors import InputError, PodcastError, StatsError
from podcast.stats.agents import AgentInfo
from podcast.stats.formats import TS_MAX, TS_MIN
from podcast.stats.thresholds import EpisodeMedia

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

# Seconds a writer waits for another writer before giving up.
BUSY_TIMEOUT = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS episodes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    size_bytes INTEGER,
    id3_size_bytes INTEGER,
    duration_seconds REAL,
    threshold_bytes INTEGER
);
CREATE TABLE IF NOT EXISTS agents (
    id INTEGER PRIMARY KEY,
    ua TEXT NOT NULL UNIQUE,
    app TEXT NOT NULL,
    device TEXT NOT NULL,
    excluded TEXT,
    source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS requests (
    episode INTEGER NOT NULL REFERENCES episodes(id),
    client INTEGER NOT NULL,     -- keyed hash of IP(/64)+user agent, never the IP
    ts INTEGER NOT NULL,         -- UTC seconds since the epoch
    status INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    occurrence INTEGER NOT NULL, -- 0, or n for the n-th identical request in one file
    agent INTEGER NOT NULL REFERENCES agents(id),
    PRIMARY KEY (episode, client, ts, status, bytes, occurrence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ingests (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    ingested_at INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    unparsable INTEGER NOT NULL,
    bad_lines TEXT NOT NULL,
    candidates INTEGER NOT NULL,
    new_requests INTEGER NOT NULL,
    first_ts INTEGER,
    last_ts INTEGER
);
"""


_INSERT_ROWS = 100
_INSERT = ("INSERT OR IGNORE INTO requests (episode, client, ts, status, bytes, occurrence, "
           "agent) VALUES ")
_INSERT_ONE = _INSERT + "(?,?,?,?,?,?,?)"
_INSERT_MANY = _INSERT + ",".join(["(?,?,?,?,?,?,?)"] * _INSERT_ROWS)


def network_of(ip: str) -> str:
    """The address a client is keyed by: IPv4 as is, IPv6 cut to its /64 prefix."""
    if ":" not in ip:
        return ip
    parts = ip.split(":")
    if len(parts) >= 5 and all(1 <= len(p) <= 4 for p in parts[:4]) and "." not in ip:
        try:  # the common case: the first four groups are written out
            return ":".join(f"{int(p, 16):04x}" for p in parts[:4]) + "::/64"
        except ValueError:
            pass
    try:
        addr = ipaddress.IPv6Address(ip.strip("[]").split("%", 1)[0])
    except ValueError:
        return ip
    if addr.ipv4_mapped is not None:
        return str(addr.ipv4_mapped)
    return addr.exploded[:19] + "::/64"


def client_hasher(key: bytes) -> Callable[[str, str], int]:
    """``client_id(ip, agent)``: the keyed 64-bit hash of the client's network + user agent
    (what :meth:`StatsStore.client_id` stores; a worker process gets one from the key)."""
    proto = hashlib.blake2b(key=key, digest_size=8)

    def client_id(ip: str, ua: str) -> int:
        h = proto.copy()  # the keyed state, without setting up the key again
        h.update(f"{network_of(ip)}\x00{ua}".encode("utf-8", "replace"))
        return int.from_bytes(h.digest(), "big", signed=True)

    return client_id


@dataclass
class EpisodeRow:
    id: int
    slug: str
    threshold_bytes: int | None


def database_error(exc: BaseException, path: Path, timeout: float = BUSY_TIMEOUT
                   ) -> PodcastError:
    """A one-line error for an SQLite (or file-system) failure on the database at ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    errno_ = getattr(exc, "errno", None)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or \
            "database is locked" in text:
        return StatsError(f"the statistics database is busy: another 'podcast stats' command "
                            f"is writing to it and did not finish within {timeout:.0f} s; "
                            "run this command again when it has finished", path=path)
    if name == "SQLITE_FULL" or errno_ == 28 or "disk is full" in text:
        return StatsError("disk full while writing the statistics database; the file being "
                            "ingested was not stored (earlier files were); free some space and "
                            "run the command again", path=path)
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN") or \
            isinstance(exc, PermissionError):
        return StatsError("cannot write the statistics database (read-only file or folder?); "
                            "pass --db with a writable path", path=path)
    if name.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
        return StatsError(f"cannot write the statistics database ({text}); is the disk full "
                            "or failing?", path=path)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return InputError(f"not a statistics database, or a damaged one ({text})", path=path)
    return StatsError(f"statistics database error ({text})", path=path)


class StatsStore:
    """An open statistics database. Use as a context manager."""

    def __init__(self, path: Path | str, *, key_path: Path | str | None = None,
                 busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self.key_path = Path(key_path) if key_path else self.path.with_name(
            self.path.name + ".key")
        self.busy_timeout = busy_timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise database_error(exc, self.path.parent) from None
        try:
            self.db = sqlite3.connect(self.path, timeout=busy_timeout)
        except sqlite3.Error as exc:
            raise database_error(exc, self.path, busy_timeout) from None
        try:
            version = self._open()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise InputError(f"not a statistics database ({exc})", path=self.path) from None
            raise database_error(exc, self.path, busy_timeout) from None
        if version != str(SCHEMA_VERSION):
            self.db.close()
            raise InputError(f"made by another version of this tool (schema {version}, "
                             f"expected {SCHEMA_VERSION}); ingest the logs into a new database",
                             path=self.path)
        self._key: bytes | None = None
        self._client_id: Callable[[str, str], int] | None = None
        self._episodes: dict[str, int] = {}
        self._agents: dict[str, int] = {}

    def _open(self) -> str:
        """Set the connection up, create the tables in a new database; the schema version."""
        db = self.db
        # Up to 128 MB of page cache: inserts land all over the clustered table, and
        # SQLite's 2 MB default makes a million-line ingest spill pages to disk mid-way.
        db.execute("PRAGMA cache_size = -131072")
        db.execute("PRAGMA temp_store = MEMORY")
        # Nothing is written when the database exists and is set up (a report never waits).
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode == "wal":
            # In WAL mode NORMAL never leaves a damaged database: a killed process loses
            # nothing it committed, a power cut at most the last committed file (which a new
            # ingest of that file adds again, without double counting). It saves a disk sync
            # per file.
            db.execute("PRAGMA synchronous = NORMAL")
        if db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
                      ).fetchone() is None:
            # One transaction, so another process never sees the tables without the version.
            db.executescript(f"BEGIN IMMEDIATE;{_SCHEMA}INSERT OR IGNORE INTO meta VALUES "
                             f"('schema', '{SCHEMA_VERSION}');COMMIT;")
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return row[0] if row else "?"

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> StatsStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if exc_type is not None:
            try:
                self.db.rollback()
            except sqlite3.Error:
                pass
        self.close()
        if isinstance(exc, sqlite3.Error):
            raise database_error(exc, self.path, self.busy_timeout) from None

    def begin(self) -> None:
        """Start a write transaction now (waiting for another writer up to the busy timeout),
        so that it never fails half-way because another process wrote in between."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")

    # -- the secret key ---------------------------------------------------------------------
    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = self._load_or_create_key()
        return self._key

    def _load_or_create_key(self) -> bytes:
        try:
            data = self.key_path.read_bytes()
        except FileNotFoundError:
            data = b""
        if data:
            if len(data) != 32:
                raise InputError("the hashing key file is damaged (expected 32 bytes); "
                                 "restore it from a backup", path=self.key_path)
            return data
        has_rows = self.db.execute("SELECT 1 FROM requests LIMIT 1").fetchone() is not None
        if has_rows:
            raise InputError("the hashing key file is missing but the database has data; "
                             "restore the key next to the database", path=self.key_path)
        key = secrets.token_bytes(32)
        tmp = self.key_path.with_name(self.key_path.name + f".{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(key)
            try:
                os.link(tmp, self.key_path)  # fails if another process created it meanwhile
            except FileExistsError:
                key = self.key_path.read_bytes()
            finally:
                tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise database_error(exc, self.key_path) from None
        return key

    # -- ids --------------------------------------------------------------------------------
    def client_id(self, ip: str, ua: str) -> int:
        """Keyed 64-bit hash of the client's network + user agent (see :func:`client_hasher`)."""
        if self._client_id is None:
            self._client_id = client_hasher(self.key)
        return self._client_id(ip, ua)

    def episode_id(self, slug: str) -> int:
        eid = self._episodes.get(slug)
        if eid is None:
            row = self.db.execute("SELECT id FROM episodes WHERE slug = ?", (slug,)).fetchone()
            if row is None:
                eid = self.db.execute("INSERT INTO episodes (slug) VALUES (?)",
                                      (slug,)).lastrowid
            else:
                eid = row[0]
            assert eid is not None
            self._episodes[slug] = eid
        return eid

    def stored_agent(self, ua: str) -> tuple[int, str | None] | None:
        """(id, exclusion reason) of an agent string already in the database, else None."""
        row = self.db.execute("SELECT id, excluded FROM agents WHERE ua = ?", (ua,)).fetchone()
        if row is None:
            return None
        self._agents[ua] = row[0]
        return row[0], row[1]

    def agent_id(self, ua: str, info: AgentInfo) -> int:
        aid = self._agents.get(ua)
        if aid is None:
            row = self.db.execute("SELECT id FROM agents WHERE ua = ?", (ua,)).fetchone()
            if row is None:
                aid = self.db.execute(
                    "INSERT INTO agents (ua, app, device, excluded, source) VALUES (?,?,?,?,?)",
                    (ua, info.app, info.device, info.excluded, info.source)).lastrowid
            else:
                aid = row[0]
            assert aid is not None
            self._agents[ua] = aid
        return aid

    # -- writing ----------------------------------------------------------------------------
    def set_media(self, media: dict[str, EpisodeMedia]) -> None:
        for slug, m in media.items():
            eid = self.episode_id(slug)
            self.db.execute(
                "UPDATE episodes SET size_bytes=?, id3_size_bytes=?, duration_seconds=?, "
                "threshold_bytes=? WHERE id=?",
                (m.size_bytes, m.id3_size_bytes, m.duration_seconds, m.threshold_bytes, eid))

    def insert_requests(self, rows: list[tuple[int, int, int, int, int, int, int]]) -> int:
        """Store (episode, client, ts, status, bytes, occurrence, agent) rows; a row stored
        before is left as it is. Returns how many were new. (Inside the file's transaction:
        a file is stored whole or not at all.)"""
        before = self.db.total_changes
        # _INSERT_ROWS rows per INSERT statement: SQLite's per-statement cost is then paid
        # once per group instead of once per row.
        k = _INSERT_ROWS
        full = len(rows) // k * k
        if full:
            flat = list(chain.from_iterable(rows[:full] if full < len(rows) else rows))
            self.db.executemany(_INSERT_MANY, zip(*[iter(flat)] * (7 * k), strict=True))
        if full < len(rows):
            self.db.executemany(_INSERT_ONE, rows[full:])
        return self.db.total_changes - before

    def record_ingest(self, *, source: str, fmt: str, now: int, lines: int, unparsable: int,
                      bad_lines: list[int], candidates: int, new_requests: int,
                      first_ts: int | None, last_ts: int | None) -> None:
        self.db.execute(
            "INSERT INTO ingests (source, format, ingested_at, lines, unparsable, bad_lines, "
            "candidates, new_requests, first_ts, last_ts) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (source, fmt, now, lines, unparsable, ",".join(map(str, bad_lines)), candidates,
             new_requests, first_ts, last_ts))

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    def reclassify(self, classify) -> int:
        """Classify every stored agent again (after a list update); return how many changed."""
        self.begin()
        changed = 0
        rows = self.db.execute("SELECT id, ua, app, device, excluded, source FROM agents")
        for aid, ua, app, device, excluded, source in rows.fetchall():
            info = classify(ua)
            if (info.app, info.device, info.excluded, info.source) != (app, device, excluded,
                                                                        source):
                self.db.execute("UPDATE agents SET app=?, device=?, excluded=?, source=? "
                                "WHERE id=?", (info.app, info.device, info.excluded,
                                               info.source, aid))
                changed += 1
        self.db.commit()
        self._agents.clear()
        return changed

    # -- reading ----------------------------------------------------------------------------
    def episodes(self) -> dict[int, EpisodeRow]:
        return {r[0]: EpisodeRow(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT id, slug, threshold_bytes FROM episodes")}

    def agents(self) -> dict[int, AgentInfo]:
        return {r[0]: AgentInfo(r[1], r[2], r[3], r[4]) for r in self.db.execute(
            "SELECT id, app, device, excluded, source FROM agents")}

    def agent_strings(self) -> Iterator[tuple[str, AgentInfo, int]]:
        """Every stored user agent with its class and how many requests it made."""
        query = ("SELECT a.ua, a.app, a.device, a.excluded, a.source, COUNT(r.agent) "
                 "FROM agents a LEFT JOIN requests r ON r.agent = a.id GROUP BY a.id "
                 "ORDER BY COUNT(r.agent) DESC, a.ua")
        for ua, app, device, excluded, source, n in self.db.execute(query):
            yield ua, AgentInfo(app, device, excluded, source), n

    def counted_requests(self) -> Iterator[tuple[int, int, int, int, int, int]]:
        """(episode, client, ts, status, bytes, agent) of requests from agents that may count,
        ordered by key and time."""
        # Requests dated outside the sane window (stored by an older version) are left out.
        return self.db.execute(
            "SELECT r.episode, r.client, r.ts, r.status, r.bytes, r.agent FROM requests r "
            "JOIN agents a ON a.id = r.agent WHERE a.excluded IS NULL "
            "AND r.ts >= ? AND r.ts < ? "
            "ORDER BY r.episode, r.client, r.ts, r.status, r.bytes, r.occurrence",
            (TS_MIN, TS_MAX))

    def out_of_range_count(self) -> int:
        """Stored requests dated outside [TS_MIN, TS_MAX) (left out of every report)."""
        return self.db.execute("SELECT COUNT(*) FROM requests WHERE ts < ? OR ts >= ?",
                               (TS_MIN, TS_MAX)).fetchone()[0]

    def excluded_counts(self, since: int | None, until: int | None) -> dict[str, int]:
        """Stored requests from excluded agents in [since, until), by reason."""
        where, args = _range(since, until)
        query = ("SELECT a.excluded, COUNT(*) FROM requests r JOIN agents a ON a.id = r.agent "
                 f"WHERE a.excluded IS NOT NULL{where} GROUP BY a.excluded")
        return {reason: n for reason, n in self.db.execute(query, args)}

    def ingest_totals(self) -> dict[str, int]:
        # The latest ingest of each source, so that re-reading a file does not add up twice.
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(lines),0), COALESCE(SUM(unparsable),0) FROM "
            "ingests WHERE id IN (SELECT MAX(id) FROM ingests GROUP BY source)").fetchone()
        return {"files": row[0], "lines": row[1], "unparsable": row[2]}

    def request_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM requests").fetchone()[0]


def _range(since: int | None, until: int | None) -> tuple[str, list[int]]:
    return " AND r.ts >= ? AND r.ts < ?", [max(TS_MIN, since) if since is not None else TS_MIN,
                                           min(TS_MAX, until) if until is not None else TS_MAX]

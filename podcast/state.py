"""What has been done: input fingerprints of finished stage steps, in a small SQLite file.

A step (stage × episode) is recorded only after it finished, so a crash leaves it unrecorded
and ``podcast run`` simply runs it again (stages write their outputs atomically).
File content hashes are cached by (size, mtime) so unchanged recordings are not re-read.

Everything here is derived (it only saves work), so a damaged file is never trusted: it is
moved aside as ``state.sqlite.damaged-N`` with a warning and an empty state starts, which
makes the next run redo (and re-record) its steps.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from pathlib import Path

from podcast.fsutil import file_sha256

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS steps (
    stage TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, finished_at REAL NOT NULL,
    PRIMARY KEY (stage, key));
CREATE TABLE IF NOT EXISTS step_outputs (
    stage TEXT NOT NULL, key TEXT NOT NULL, hashes TEXT NOT NULL, PRIMARY KEY (stage, key));
CREATE TABLE IF NOT EXISTS file_hashes (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
"""


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_json(value: object) -> str:
    return hash_bytes(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode())


def is_damaged_error(exc: sqlite3.DatabaseError) -> bool:
    """True when SQLite says the file itself is bad (not merely busy or locked)."""
    return not (isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc))


def move_aside(path: Path) -> Path:
    """Move a damaged SQLite file (and its journal files) to ``<name>.damaged-N``."""
    path = Path(path)
    n = 1
    while (aside := path.with_name(f"{path.name}.damaged-{n}")).exists():
        n += 1
    path.replace(aside)
    for suffix in ("-journal", "-wal", "-shm"):  # never replay them into a new file
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


class State:
    """Open with ``State(path)``; use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open()
        except sqlite3.DatabaseError as exc:
            if not is_damaged_error(exc):
                raise
            aside = move_aside(self.path)
            log.warning("%s: damaged state database (%s) moved to %s; starting afresh, so "
                        "finished steps will run again", self.path, exc, aside.name)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=30)
        try:
            db.executescript(_SCHEMA)
            db.commit()
            if str(self.path) != ":memory:":
                row = db.execute("PRAGMA quick_check").fetchone()
                if not row or row[0] != "ok":
                    raise sqlite3.DatabaseError(f"integrity check: {row[0] if row else '?'}")
        except BaseException:
            db.close()
            raise
        return db


    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- steps ----------------------------------------------------------------------------
    def fingerprint(self, stage: str, key: str) -> str | None:
        row = self.db.execute("SELECT fingerprint FROM steps WHERE stage=? AND key=?",
                              (stage, key)).fetchone()
        return row[0] if row else None

    def record(self, stage: str, key: str, fingerprint: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO steps VALUES (?, ?, ?, ?)",
                        (stage, key, fingerprint, time.time()))
        self.db.commit()

    def record_outputs(self, stage: str, key: str, hashes: dict[str, str]) -> None:
        """The content hashes of a finished step's outputs (path → sha256)."""
        self.db.execute("INSERT OR REPLACE INTO step_outputs VALUES (?, ?, ?)",
                        (stage, key, json.dumps(hashes, sort_keys=True)))
        self.db.commit()

    def recorded_outputs(self, stage: str, key: str) -> dict[str, str]:
        row = self.db.execute("SELECT hashes FROM step_outputs WHERE stage=? AND key=?",
                              (stage, key)).fetchone()
        return json.loads(row[0]) if row else {}

    # --- file hashes ----------------------------------------------------------------------
    def file_hash(self, path: Path) -> str:
        """sha256 of a file's content, cached while its size and mtime stay the same."""
        path = Path(path).resolve()
        st = path.stat()
        row = self.db.execute("SELECT size, mtime_ns, sha256 FROM file_hashes WHERE path=?",
                              (str(path),)).fetchone()
        if row and row[0] == st.st_size and row[1] == st.st_mtime_ns:
            return row[2]
        digest = file_sha256(path)
        self.db.execute("INSERT OR REPLACE INTO file_hashes VALUES (?, ?, ?, ?)",
                        (str(path), st.st_size, st.st_mtime_ns, digest))
        self.db.commit()
        return digest

    def files_hash(self, paths: list[Path]) -> str:
        """One hash over several files (missing files count as 'missing')."""
        parts = []
        for p in paths:
            parts.append([str(p.name), self.file_hash(p) if Path(p).is_file() else "missing"])
        return hash_json(parts)

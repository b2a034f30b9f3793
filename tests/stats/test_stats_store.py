"""Idempotent ingest, files completing each other, privacy of the database, atomicity."""

from __future__ import annotations

import datetime as dt
import gzip
import re
import sqlite3
import stat

import pytest
from statshelp import OVERCAST, PERMIT, UTC, combined

from podcast.errors import InputError
from podcast.stats.ingest import ingest_logs
from podcast.stats.report import build_report
from podcast.stats.store import StatsStore, network_of


def _downloads(db):
    return {r.key: r.downloads for r in build_report(db).rows if r.downloads}


def _requests(db) -> int:
    with StatsStore(db) as store:
        return store.request_count()


def test_same_file_twice_never_double_counts(tmp_path, logs, media, expected):
    log = logs / "edge-access.log"
    db = tmp_path / "s.sqlite"
    first = ingest_logs([log], db, media=media)
    n = _requests(db)
    again = ingest_logs([log, log], db, media=media)
    assert first.files[0].new == n > 0
    assert [f.new for f in again.files] == [0, 0]
    assert _requests(db) == n
    assert _downloads(db) == expected["edge"]


def test_overlapping_files_count_each_request_once(tmp_path, logs, media, expected):
    lines = gzip.decompress(
        (logs / "combined-access.log.gz").read_bytes()).splitlines(True)
    (tmp_path / "a.log").write_bytes(b"".join(lines[:len(lines) * 3 // 5]))
    (tmp_path / "b.log").write_bytes(b"".join(lines[len(lines) * 2 // 5:]))
    db = tmp_path / "o.sqlite"
    result = ingest_logs([tmp_path / "a.log", tmp_path / "b.log"], db, media=media)
    assert result.files[1].duplicates > 0
    assert _downloads(db) == expected["all"]


def test_a_day_left_incomplete_is_completed_by_the_next_file(tmp_path, media):
    need = media[PERMIT].threshold_bytes
    part = need // 3 + 1
    t = dt.datetime(2026, 10, 5, 23, 50, tzinfo=UTC)
    path = f"/media/{PERMIT}.mp3"
    (tmp_path / "1.log").write_text(combined("203.0.113.7", t, path, 206, part, OVERCAST)
                                    + combined("203.0.113.7", t + dt.timedelta(minutes=1),
                                               path, 206, part, OVERCAST))
    (tmp_path / "2.log").write_text(combined("203.0.113.7", t + dt.timedelta(minutes=5),
                                             path, 206, part, OVERCAST))
    db = tmp_path / "d.sqlite"
    ingest_logs([tmp_path / "1.log"], db, media=media)
    assert _downloads(db) == {}
    ingest_logs([tmp_path / "2.log"], db, media=media)
    assert _downloads(db) == {PERMIT: 1}


def test_identical_lines_in_one_file_are_separate_requests(tmp_path, media):
    need = media[PERMIT].threshold_bytes
    t = dt.datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
    line = combined("203.0.113.8", t, f"/media/{PERMIT}.mp3", 206, need // 2 + 1, OVERCAST)
    (tmp_path / "dup.log").write_text(line * 2)
    db = tmp_path / "dup.sqlite"
    ingest_logs([tmp_path / "dup.log"], db, media=media)
    ingest_logs([tmp_path / "dup.log"], db, media=media)
    assert _requests(db) == 2
    assert _downloads(db) == {PERMIT: 1}


def test_no_raw_ip_is_stored(tmp_path, logs, media):
    log = logs / "edge-access.log"
    db = tmp_path / "p.sqlite"
    ingest_logs([log, logs / "s3-access.log.gz"], db, media=media)
    raw = db.read_bytes()
    ips = set(re.findall(r"^(\S+) ", log.read_text(), re.M))
    assert len(ips) > 10
    for ip in ips | {"2001:db8:1234:5678", "2001:0db8:1234:5678", "198.51.100", "203.0.113"}:
        assert ip.encode() not in raw, ip
    # The hashing key lives next to the database, private, and not inside it.
    key = db.with_name(db.name + ".key")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes() not in raw
    with sqlite3.connect(db) as con:
        columns = {row[1] for row in con.execute("PRAGMA table_info(requests)")}
    assert "ip" not in columns and "client" in columns


def test_networks_and_keyed_hash():
    assert network_of("203.0.113.9") == "203.0.113.9"
    assert network_of("2001:db8:1234:5678::1") == network_of("2001:db8:1234:5678:ffff::9")
    assert network_of("2001:db8:1234:5678::1") != network_of("2001:db8:1234:5679::1")
    assert network_of("::ffff:198.51.100.7") == "198.51.100.7"


def test_a_missing_key_with_existing_data_is_an_error(tmp_path, logs, media):
    db = tmp_path / "k.sqlite"
    ingest_logs([logs / "edge-access.log"], db, media=media)
    db.with_name(db.name + ".key").unlink()
    with pytest.raises(InputError, match="key"):
        ingest_logs([logs / "edge-access.log"], db, media=media)


def test_a_failing_file_leaves_nothing_half_ingested(tmp_path, logs, media):
    # Long enough that several batches are written before the file turns out to be cut.
    t = dt.datetime(2026, 10, 1, tzinfo=UTC)
    text = "".join(combined(f"10.0.{i // 250}.{i % 250}", t + dt.timedelta(seconds=i),
                            f"/media/{PERMIT}.mp3", 200, 2403034, OVERCAST)
                   for i in range(70000))
    data = gzip.compress(text.encode(), compresslevel=1)
    (tmp_path / "cut.log.gz").write_bytes(data[: len(data) * 9 // 10])
    db = tmp_path / "a.sqlite"
    ingest_logs([logs / "edge-access.log"], db, media=media)
    before = _requests(db)
    with pytest.raises(InputError, match="cut.log.gz"):
        ingest_logs([tmp_path / "cut.log.gz"], db, media=media)
    assert _requests(db) == before


def test_not_a_database(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("hello, this is not sqlite" * 100)
    with pytest.raises(InputError, match="bogus.sqlite"):
        StatsStore(bogus)


def test_database_failures_are_stats_errors(tmp_path):
    """Stats raises its own error class (issue #16), never another stage's."""
    from podcast.errors import StatsError
    from podcast.stats.store import database_error

    for exc in (sqlite3.OperationalError("database is locked"), OSError(28, "No space left"),
                PermissionError("read-only")):
        err = database_error(exc, tmp_path / "s.sqlite")
        assert isinstance(err, StatsError) and "s.sqlite" in str(err)

"""Hostile and unlucky input for listen counts (issue #19 items 4 and 9): absurd times and
byte counts, huge user agents, two processes at once, a full disk and an unwritable path.

Every log here is generated in the test; nothing is read from the shared data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from statshelp import IPHONE, OVERCAST, UTC, combined, s3_line

import podcast
from podcast.cli import cli
from podcast.errors import PodcastError
from podcast.stats.agents import MAX_AGENT_CHARS
from podcast.stats.formats import BYTES_TOO_LARGE, TIME_OUT_OF_RANGE
from podcast.stats.ingest import ingest_logs
from podcast.stats.render import render
from podcast.stats.report import GROUPINGS, build_report
from podcast.stats.thresholds import EpisodeMedia

# The package under test, for the child processes.
PACKAGE_ROOT = Path(podcast.__file__).resolve().parents[1]
EP = "avsnitt-1"
MEDIA = {EP: EpisodeMedia(EP, size_bytes=4_000_000, id3_size_bytes=1000,
                          duration_seconds=600.0)}
T0 = dt.datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


def good_lines(n: int, first_ip: int = 1, ua: str = IPHONE) -> str:
    """``n`` complete downloads by ``n`` different listeners."""
    return "".join(combined(f"10.0.{(first_ip + i) // 250}.{(first_ip + i) % 250}", T0,
                            f"/audio/{EP}.mp3", 200, 4_000_000, ua) for i in range(n))


def stamp_line(stamp: str, ip: str = "10.9.9.9", nbytes: str = "4000000") -> str:
    return (f'{ip} - - [{stamp}] "GET /audio/{EP}.mp3 HTTP/1.1" 200 {nbytes} "-" '
            f'"{IPHONE}"\n')


def downloads(db: Path) -> int:
    return build_report(db).total_downloads


# --- times and byte counts --------------------------------------------------------------------

def test_lines_dated_outside_2000_to_2099_are_rejected_with_a_reason(tmp_path):
    log = tmp_path / "access.log"
    log.write_text(good_lines(3) + stamp_line("01/Oct/9999:12:00:00 +0200")
                   + stamp_line("01/Jan/0001:00:00:00 +0000")
                   + stamp_line("31/Dec/1999:23:59:59 +0000")
                   + stamp_line("01/Jan/2100:00:00:00 +0000")
                   + stamp_line("01/Jan/2000:00:30:00 +0100")  # 1999 in UTC
                   + stamp_line("01/Jan/2000:00:00:00 +0000", ip="10.9.9.8"),
                   encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = ingest_logs([log], db, media=MEDIA)
    f = result.files[0]
    assert f.unparsable == 5
    assert f.rejected == {TIME_OUT_OF_RANGE: 5}
    assert f.bad_lines == [4, 5, 6, 7, 8]
    assert downloads(db) == 4  # three listeners on 1 Oct 2026, one on 1 Jan 2000


def test_s3_and_cloudfront_lines_out_of_range_are_rejected(tmp_path):
    s3 = tmp_path / "s3.log"
    s3.write_text(s3_line("10.0.0.1", T0, f"audio/{EP}.mp3", 200, 4_000_000)
                  + s3_line("10.0.0.2", T0.replace(year=9999), f"audio/{EP}.mp3", 200, 4_000_000)
                  + s3_line("10.0.0.3", T0, f"audio/{EP}.mp3", 200, "9" * 20),
                  encoding="utf-8")
    fields = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem " \
        "sc-status cs(Referer) cs(User-Agent)"
    rows = [("2026-10-01", "10.0.0.4", "4000000"), ("9999-12-31", "10.0.0.5", "4000000"),
            ("0001-01-01", "10.0.0.6", "4000000"), ("2026-10-01", "10.0.0.7", str(2 ** 63))]
    cf = tmp_path / "cf.log"
    cf.write_text("#Version: 1.0\n#Fields: " + fields + "\n" + "".join(
        f"{day}\t12:00:00\tARN1\t{size}\t{ip}\tGET\td.cloudfront.net\t/audio/{EP}.mp3\t200\t-\t"
        "AppleCoreMedia/1.0\n" for day, ip, size in rows), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = ingest_logs([s3, cf], db, media=MEDIA)
    assert [dict(f.rejected) for f in result.files] == [
        {TIME_OUT_OF_RANGE: 1, BYTES_TOO_LARGE: 1}, {TIME_OUT_OF_RANGE: 2, BYTES_TOO_LARGE: 1}]
    assert downloads(db) == 2


@pytest.mark.parametrize("nbytes", [str(2 ** 63), str(2 ** 64 + 5), "9" * 5000])
def test_an_absurd_byte_count_rejects_that_line_only(tmp_path, nbytes):
    log = tmp_path / "access.log"
    log.write_text(good_lines(2) + stamp_line(clf_time(T0), nbytes=nbytes) + good_lines(2, 50),
                   encoding="utf-8")
    db = tmp_path / "s.sqlite"
    f = ingest_logs([log], db, media=MEDIA).files[0]
    assert (f.lines, f.unparsable, f.bad_lines) == (5, 1, [3])
    assert f.rejected == {BYTES_TOO_LARGE: 1}
    assert downloads(db) == 4


def clf_time(when: dt.datetime) -> str:
    return when.strftime("%d/%b/%Y:%H:%M:%S %z")


def test_reports_skip_out_of_range_rows_an_older_version_stored(tmp_path):
    """A database written before the time window existed may hold year-9999 rows."""
    log = tmp_path / "access.log"
    log.write_text(good_lines(2), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    ingest_logs([log], db, media=MEDIA)
    con = sqlite3.connect(db)
    ep, client, _ts, status, nbytes, occ, agent = con.execute(
        "SELECT * FROM requests LIMIT 1").fetchone()
    for i, ts in enumerate((253402214400 - 3600, -62135596800 + 3600, 2 ** 62, -(2 ** 62))):
        con.execute("INSERT INTO requests VALUES (?,?,?,?,?,?,?)",
                    (ep, client + 1 + i, ts, status, nbytes, occ, agent))
    con.commit()
    con.close()
    for by in GROUPINGS:
        for window in ("calendar", "first-touch", "last-touch"):
            report = build_report(db, by=by, window=window)
            assert report.total_downloads == 2
            assert report.out_of_range == 4
            for fmt in ("table", "csv", "json", "html"):
                assert render(report, fmt)
    assert build_report(db, since="2026-10-01", until="9999-12-31").total_downloads == 2


# --- huge user agents -------------------------------------------------------------------------

def test_a_2_6_mb_user_agent_is_cut_and_the_ingest_finishes(tmp_path):
    """Classifying used to take time growing with the square of the agent's length (2.6 MB:
    more than 11 minutes). The ingest runs in its own process with a generous limit."""
    huge = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) " + "A" * 2_600_000
    log = tmp_path / "access.log"
    log.write_text(good_lines(1) + good_lines(1, 7, ua=huge)
                   + good_lines(1, 9, ua="B" * 8000 + "\\x22" * 100_000), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    code = ("import sys; from pathlib import Path; from podcast.stats.ingest import ingest_logs; "
            "r = ingest_logs([Path(sys.argv[1])], Path(sys.argv[2])); "
            "print(r.files[0].candidates)")
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    done = subprocess.run([sys.executable, "-c", code, str(log), str(db)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
    con = sqlite3.connect(db)
    lengths = sorted(len(ua) for (ua,) in con.execute("SELECT ua FROM agents"))
    con.close()
    assert lengths == [len(IPHONE), MAX_AGENT_CHARS, MAX_AGENT_CHARS]


# --- two processes at once --------------------------------------------------------------------

def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    env.pop("PODCAST_SHOW", None)
    return subprocess.run([sys.executable, "-m", "podcast", *args], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_two_ingests_and_reports_at_once_never_hit_a_locked_database(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    env.pop("PODCAST_SHOW", None)
    db = tmp_path / "s.sqlite"
    logs = []
    for k in range(4):  # four files per process, 3,000 listeners each
        for who in ("a", "b"):
            log = tmp_path / f"{who}{k}.log"
            first = (0 if who == "a" else 100_000) + k * 3000
            log.write_text("".join(
                combined(f"10.{(first + i) // 62500}.{(first + i) // 250 % 250}."
                         f"{(first + i) % 250}", T0, f"/audio/{EP}.mp3", 200, 4_000_000, OVERCAST)
                for i in range(3000)), encoding="utf-8")
            logs.append(log)
    ingests = [subprocess.Popen([sys.executable, "-m", "podcast", "stats", "ingest", "--db",
                                 str(db), *map(str, logs[i::2])], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for i in (0, 1)]
    reports = []
    while any(p.poll() is None for p in ingests) and len(reports) < 200:
        if db.exists():
            reports.append(_cli("stats", "report", "--db", str(db), "--format", "json"))
    for p in ingests:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert reports  # at least one report ran beside the ingests
    for r in reports:
        assert r.returncode == 0, r.stderr
        assert "locked" not in r.stderr
    final = _cli("stats", "report", "--db", str(db), "--format", "json")
    assert final.returncode == 0, final.stderr
    assert json.loads(final.stdout)["total"]["downloads"] == 24_000


def test_a_writer_that_holds_the_database_too_long_gives_a_one_line_error(tmp_path, runner):
    log = tmp_path / "access.log"
    log.write_text(good_lines(3), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    ingest_logs([log], db, media=MEDIA)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer, in the middle of its transaction
    try:
        with pytest.raises(PodcastError, match=r"busy.*within 0 s") as err:
            ingest_logs([log], db, media=MEDIA, busy_timeout=0.2)
        assert str(db) in str(err.value)
        assert "\n" not in str(err.value)
        # Reports read while the other process writes.
        assert downloads(db) == 3
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert ingest_logs([log], db, media=MEDIA).files[0].new == 0


# --- full disk and unwritable paths -----------------------------------------------------------

def test_a_full_disk_during_ingest_is_a_one_line_error_and_the_database_stays_intact(
        tmp_path, runner, monkeypatch):
    first = tmp_path / "first.log"
    first.write_text(good_lines(5), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    ingest_logs([first], db, media=MEDIA)
    big = tmp_path / "big.log"
    big.write_text(good_lines(20_000, 1000), encoding="utf-8")
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    real_connect = sqlite3.connect

    def small_disk(*args, **kwargs):
        """SQLite itself reports SQLITE_FULL when the database may not grow any more."""
        con = real_connect(*args, **kwargs)
        con.execute(f"PRAGMA max_page_count = {pages + 4}")
        return con

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    result = runner.invoke(cli, ["stats", "ingest", "--db", str(db), str(big)])
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("Error")]
    assert len(lines) == 1 and "disk full" in lines[0] and str(db) in lines[0]
    assert "Traceback" not in result.output
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert downloads(db) == 5


def test_an_unwritable_database_path_is_a_one_line_error(tmp_path, runner):
    log = tmp_path / "access.log"
    log.write_text(good_lines(2), encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be", encoding="utf-8")
    db = blocker / "stats.sqlite"
    result = runner.invoke(cli, ["stats", "ingest", "--db", str(db), str(log)])
    assert result.exit_code == 1, result.output
    assert "Error: " in result.output and str(blocker) in result.output
    assert "Internal error" not in result.output


# --- encodings (issue #18 item 14) ------------------------------------------------------------

MALMO = "Kommunpodd/2.1 (Malmö stad; Android 14)"


def _seventy(ua_of: dict[int, str]) -> str:
    """70 complete downloads by 70 listeners; listener i uses ``ua_of.get(i, IPHONE)``."""
    return "".join(combined(f"10.1.0.{i + 1}", T0, f"/audio/{EP}.mp3", 200, 4_000_000,
                            ua_of.get(i, IPHONE)) for i in range(70))


@pytest.mark.parametrize("second", ["latin-1", "cp1252", "nginx-escaped-latin-1",
                                    "nginx-escaped-utf-8"])
def test_the_same_log_in_latin_1_and_utf_8_counts_each_request_once(tmp_path, second):
    agents = {i: MALMO for i in range(0, 70, 6)}  # 12 listeners with "Malmö" in the agent
    text = _seventy(agents)
    utf8 = tmp_path / "utf8.log"
    utf8.write_bytes(text.encode("utf-8"))
    other = tmp_path / "other.log"
    if second.startswith("nginx"):
        # nginx writes bytes above 0x7f of a header as \xHH
        raw = MALMO.encode("latin-1" if "latin" in second else "utf-8")
        escaped = "".join(f"\\x{b:02X}" if b > 0x7F else chr(b) for b in raw)
        other.write_text(text.replace(MALMO, escaped), encoding="ascii")
    else:
        other.write_bytes(text.encode(second))
    db = tmp_path / "s.sqlite"
    result = ingest_logs([utf8, other], db, media=MEDIA)
    assert [f.unparsable for f in result.files] == [0, 0]
    assert result.files[1].new == 0  # every request of the second file was already there
    assert downloads(db) == 70
    con = sqlite3.connect(db)
    stored = sorted(ua for (ua,) in con.execute("SELECT ua FROM agents"))
    con.close()
    assert stored == sorted([IPHONE, MALMO])


def test_cloudfront_agents_percent_encoded_in_latin_1_read_as_in_utf_8(tmp_path):
    from urllib.parse import quote

    fields = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem " \
        "sc-status cs(Referer) cs(User-Agent)"
    logs = []
    for enc in ("utf-8", "latin-1"):
        log = tmp_path / f"cf-{enc}.log"
        log.write_text("#Version: 1.0\n#Fields: " + fields + "\n"
                       f"2026-10-01\t12:00:00\tARN1\t4000000\t10.0.0.4\tGET\td.cloudfront.net\t"
                       f"/audio/{EP}.mp3\t200\t-\t{quote(MALMO, encoding=enc)}\n",
                       encoding="ascii")
        logs.append(log)
    db = tmp_path / "s.sqlite"
    result = ingest_logs(logs, db, media=MEDIA)
    assert [f.new for f in result.files] == [1, 0]
    con = sqlite3.connect(db)
    assert [ua for (ua,) in con.execute("SELECT ua FROM agents")] == [MALMO]
    con.close()


# --- the worker process -----------------------------------------------------------------------

def test_a_worker_process_reads_a_big_log_to_the_same_result(tmp_path):
    """Big combined logs are read with a worker process; the stored requests, counts and
    rejected lines are the same as when the file is read in one process."""
    kinds = []
    for i in range(30_000):  # about 5 MB: several chunks
        when = T0 + dt.timedelta(seconds=37 * i)
        ip = f"10.{i % 7}.{i % 251}.{i % 13 + 1}"
        ua = (IPHONE, OVERCAST, MALMO, "Mozilla/5.0 (compatible; Googlebot/2.1)")[i % 4]
        k = i % 11
        if k == 0:
            kinds.append(combined(ip, when, f"/audio/{EP}.mp3", 206, 2, ua))       # probe
        elif k == 1:
            kinds.append(combined(ip, when, "/feed.xml", 200, 4000, ua))           # not media
        elif k == 2:
            kinds.append(combined(ip, when, f"/audio/{EP}.mp3", 304, 0, ua))       # other
        elif k == 3:
            kinds.append(stamp_line("01/Oct/9999:12:00:00 +0200", ip=ip))          # out of range
        elif k == 4:
            kinds.append(f"garbage line {i}\n")                                    # not a line
        elif k == 5:
            kinds.append(stamp_line(clf_time(when), ip=ip, nbytes="9" * 20))       # too large
        else:
            kinds.append(combined(ip, when, f"/audio/{EP}.mp3?x={i % 5}",
                                  200 if k % 2 else 206, 1_000_000 + k, ua))
    log = tmp_path / "big.log"
    log.write_bytes("".join(kinds).encode("latin-1"))
    key = tmp_path / "same.key"
    results, rows = [], []
    for parallel in (False, True):
        db = tmp_path / f"p{parallel}.sqlite"
        f = ingest_logs([log], db, media=MEDIA, key_path=key, parallel=parallel).files[0]
        results.append((f.lines, f.unparsable, f.bad_lines, dict(f.rejected), f.other,
                        f.not_media, f.probes, f.candidates, f.new, dict(f.excluded)))
        con = sqlite3.connect(db)
        rows.append(con.execute("SELECT r.episode, r.client, r.ts, r.status, r.bytes, "
                                "r.occurrence, a.ua FROM requests r JOIN agents a "
                                "ON a.id = r.agent ORDER BY 1, 2, 3, 4, 5, 6").fetchall())
        con.close()
    assert results[0] == results[1]
    assert rows[0] == rows[1]
    assert results[0][0] == 30_000 and results[0][3] == {
        "not a log line": 2727, TIME_OUT_OF_RANGE: 2727, BYTES_TOO_LARGE: 2727}
    assert len(rows[0]) == results[0][7] > 10_000


# --- killed mid-ingest (kill -9) ----------------------------------------------------------------

def _many_listeners(n: int, first: int) -> str:
    return "".join(combined(f"10.{(first + i) // 62500}.{(first + i) // 250 % 250}."
                            f"{(first + i) % 250}", T0 + dt.timedelta(seconds=i % 80_000),
                            f"/audio/{EP}.mp3", 200 if i % 3 else 206,
                            4_000_000 if i % 3 else 1_500_000, (IPHONE, OVERCAST)[i % 2])
                   for i in range(n))


@pytest.fixture(scope="module")
def two_big_logs(tmp_path_factory) -> tuple[list[str], tuple[int, int]]:
    """Two files of about 9 MB (read with worker processes), and (downloads, stored requests)
    after an uninterrupted ingest of both."""
    folder = tmp_path_factory.mktemp("biglogs")
    logs = []
    for k in range(2):
        log = folder / f"access{k}.log"
        log.write_text(_many_listeners(60_000, k * 60_000), encoding="utf-8")
        logs.append(str(log))
    reference = folder / "ref.sqlite"
    assert _cli("stats", "ingest", "--db", str(reference), *logs).returncode == 0
    return logs, (downloads(reference), _request_count(reference))


@pytest.mark.parametrize("moment", ["parsing", "storing"])
def test_a_killed_ingest_leaves_exact_counts_after_the_next_one(tmp_path, two_big_logs,
                                                                moment):
    """kill -9 while the worker processes parse, or once the first file is being committed:
    the next ingest of the same files gives exactly the counts of an uninterrupted one."""
    import signal
    import time

    logs, expected = two_big_logs
    db = tmp_path / "s.sqlite"
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    env.pop("PODCAST_SHOW", None)
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "stats", "ingest", "--db",
                             str(db), *logs], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if moment == "parsing" and db.with_name(db.name + ".key").exists():
            time.sleep(0.3)
            break
        if moment == "storing" and wal.exists() and wal.stat().st_size > 0:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    again = _cli("stats", "ingest", "--db", str(db), *logs)
    assert again.returncode == 0, again.stderr
    assert (downloads(db), _request_count(db)) == expected


def _request_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    finally:
        con.close()

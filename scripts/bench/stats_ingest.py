"""Benchmark: ``podcast stats ingest`` lines/s on a 1,000,000-line combined log vs GoAccess.

Usage: python scripts/bench/stats_ingest.py [--lines N] [--keep DIR]

Makes a deterministic (seeded) nginx/Apache combined log that looks like a podcast media
server's: podcast apps, browsers, bots, Apple Watch, HEAD, 304/404, 206 ranges and 2-byte
probes, feed and page requests, IPv4 and IPv6, several time-zone offsets, a month of traffic.
Then, in the same run, on the same file:

- the anchor: GoAccess (Debian ``goaccess``) parsing it into a JSON report, wall time;
- ours: :func:`podcast.stats.ingest.ingest_logs` into a fresh database (parse, classify user
  agents, hash clients, store), wall time; the report (download decision) is timed separately.

GoAccess and ours alternate for ``--rounds`` rounds (default 3) because the machine may be
shared; prints lines/s (best and median round of each) and the ratio ours/GoAccess, both by
wall-clock time and by CPU time (user + system; the fairer clock when other work competes
for the cores). Goal: >= 2.0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # measure this checkout, whatever is installed
from shared_data import SHARED_DATA  # noqa: E402

MEDIA = SHARED_DATA / "accesslogs" / "media"

APPS = [
    ("AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; sv_se)", 30),
    ("Podcasts/1.0 CFNetwork/1494.0.7 Darwin/23.4.0", 20),
    ("Spotify/8.9.18 Android/34 (SM-S911B)", 15),
    ("Spotify/8.9.20 iOS/17.4.1 (iPhone15,2)", 8),
    ("Overcast/3.0 (+http://overcast.fm/; iOS podcast app)", 8),
    ("PodcastAddict/v5 (+https://podcastaddict.com/; Android podcast app)", 8),
    ("Pocket Casts", 3),
    ("AntennaPod/3.3.2", 3),
    ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/124.0 Mobile Safari/537.36", 6),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/124.0 Safari/537.36", 6),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.4 Safari/605.1.15", 4),
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; "
    "+https://openai.com/gptbot)",
    "atc/1.0 watchOS/10.4 model/Watch6,1 hwp/t8301 build/21T216 (6; dt:279)",
    "PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)",
    "curl/8.5.0",
]
ZONES = ["+0000", "+0100", "+0200", "-0500"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def make_log(path: Path, lines: int, episodes: dict[str, int], seed: int = 8) -> None:
    rng = random.Random(seed)
    names = list(episodes)
    app_uas = [ua for ua, _ in APPS]
    app_weights = [w for _, w in APPS]
    listeners = []
    for _ in range(60000):
        if rng.random() < 0.2:
            ip = f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::" \
                 f"{rng.randrange(65536):x}"
        else:
            ip = f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}." \
                 f"{rng.randrange(1, 255)}"
        listeners.append((ip, rng.choices(app_uas, app_weights)[0]))
    start = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    span = 31 * 86400
    out = []
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(lines):
            when = start + dt.timedelta(seconds=span * n // lines)
            zone = ZONES[n % len(ZONES)]
            hours = int(zone[:3])
            local = when + dt.timedelta(hours=hours)
            stamp = (f"{local.day:02d}/{MONTHS[local.month - 1]}/{local.year}:"
                     f"{local:%H:%M:%S} {zone}")
            r = rng.random()
            ip, ua = listeners[rng.randrange(len(listeners))]
            ep = names[rng.randrange(len(names))]
            size = episodes[ep]
            method, path_, status, nbytes = "GET", f"/media/{ep}.mp3", 200, size
            if r < 0.08:
                ua = BOTS[rng.randrange(len(BOTS))]
            elif r < 0.12:
                path_, nbytes = "/feed.xml", 48213
            elif r < 0.15:
                path_, nbytes = f"/avsnitt/{ep}/", 9120
            elif r < 0.18:
                method, nbytes = "HEAD", 0
            elif r < 0.20:
                status, nbytes = 304, 0
            elif r < 0.21:
                status, nbytes = 404, 153
            elif r < 0.30:
                status, nbytes = 206, 2
            elif r < 0.75:
                status, nbytes = 206, rng.randrange(3, size)
            out.append(f'{ip} - - [{stamp}] "{method} {path_} HTTP/1.1" {status} {nbytes} "-" '
                       f'"{ua}"\n')
            if len(out) >= 10000:
                fh.writelines(out)
                out.clear()
        fh.writelines(out)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_goaccess(log: Path, work: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of GoAccess turning the log into a JSON report."""
    exe = shutil.which("goaccess")
    if exe is None:
        sys.exit("goaccess is not installed: apt-get install goaccess")
    report = work / "goaccess.json"
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run([exe, str(log), "--log-format=COMBINED", "--no-global-config",
                    "--no-progress", "-o", str(report)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    if not report.is_file() or report.stat().st_size == 0:
        sys.exit("goaccess wrote no report")
    return seconds, _children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternate GoAccess and ours this many times; best and median "
                             "of each are compared (the machine may be shared)")
    parser.add_argument("--keep", type=Path, help="keep the log and database in this folder")
    args = parser.parse_args()

    from podcast.stats.ingest import ingest_logs
    from podcast.stats.report import build_report
    from podcast.stats.thresholds import media_from_dir

    media = media_from_dir(MEDIA)
    work = args.keep or Path(tempfile.mkdtemp(prefix="stats-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log = work / "access.log"
    t = time.perf_counter()
    make_log(log, args.lines, {k: m.size_bytes for k, m in media.items()})
    print(f"log: {args.lines:,} lines, {log.stat().st_size / 1e6:.0f} MB "
          f"(made in {time.perf_counter() - t:.1f} s)")
    anchor_s: list[float] = []
    anchor_cpu: list[float] = []
    ours_s: list[float] = []
    ours_cpu: list[float] = []
    db = work / "stats.sqlite"
    try:
        for round_ in range(1, args.rounds + 1):
            wall, cpu = run_goaccess(log, work)
            anchor_s.append(wall)
            anchor_cpu.append(cpu)
            for leftover in work.glob("stats.sqlite*"):
                leftover.unlink()
            # CPU of this process and of the worker process that reads big files
            cpu = time.process_time() + _children_cpu()
            started = time.perf_counter()
            result = ingest_logs([log], db, media=media)
            ours_s.append(time.perf_counter() - started)
            ours_cpu.append(time.process_time() + _children_cpu() - cpu)
            f = result.files[0]
            assert f.lines == args.lines, (f.lines, args.lines)
            print(f"round {round_}: goaccess {anchor_s[-1]:6.2f} s wall {anchor_cpu[-1]:6.2f} s "
                  f"CPU | ours {ours_s[-1]:6.2f} s wall {ours_cpu[-1]:6.2f} s CPU", flush=True)
        started = time.perf_counter()
        report = build_report(db)
        report_s = time.perf_counter() - started
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    for clock, a_times, o_times in (("wall", anchor_s, ours_s), ("CPU", anchor_cpu, ours_cpu)):
        for label, pick in (("best", min), ("median", statistics.median)):
            anchor, ours = args.lines / pick(a_times), args.lines / pick(o_times)
            print(f"{clock:>4} {label:>6}: goaccess (anchor) {anchor:9,.0f} lines/s | "
                  f"podcast stats ingest {ours:9,.0f} lines/s | ratio {ours / anchor:.2f}x")
    print(f"stored {f.candidates:,} media requests ({f.probes:,} probes skipped, "
          f"{sum(f.excluded.values()):,} from excluded agents)")
    print(f"podcast stats report: {report_s:.2f} s ({report.total_downloads:,} downloads, "
          f"{report.total_listeners:,} listeners)")
    ratio = min(anchor_s) / min(ours_s)
    cpu_ratio = min(anchor_cpu) / min(ours_cpu)
    print(f"goal: ingest >= 2.0x GoAccess lines/s (wall clock, best of {args.rounds}): "
          f"{ratio:.2f}x, {'met' if ratio >= 2 else 'NOT met'}; by CPU time {cpu_ratio:.2f}x")

if __name__ == "__main__":
    main()

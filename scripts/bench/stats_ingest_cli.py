"""Benchmark: the whole ``podcast stats ingest`` command, as a user runs it, vs GoAccess.

Usage: python scripts/bench/stats_ingest_cli.py [--lines 200000 1000000] [--rounds 3]

For each size, makes the deterministic combined log of ``scripts/bench/stats_ingest.py`` and,
in the same run, on the same file, alternating for ``--rounds`` rounds (the machine may be
shared):

- the anchor: GoAccess (Debian ``goaccess``) turning the log into a JSON report;
- ours: ``python -m podcast stats ingest --media DIR --db NEW.sqlite LOG`` in a new process:
  interpreter start-up, imports, user-agent lists, parsing, classification, hashing, storing.

Both are timed by the wall clock from start to exit. Prints lines/s, the best and median round
of each, and the ratio ours/GoAccess. Goal: >= 2.0 at 200 k and 1 M lines.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# One copy of the log maker and the GoAccess runner: the library-level benchmark's.
_spec = importlib.util.spec_from_file_location("stats_ingest_bench", HERE / "stats_ingest.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def run_ours(log: Path, db: Path, media: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``podcast stats ingest`` in a fresh process, into a
    fresh database."""
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    env = dict(os.environ, PYTHONPATH=str(REPO))  # measure this checkout
    env.pop("PODCAST_SHOW", None)
    cpu = bench._children_cpu()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "podcast", "-q", "stats", "ingest", "--media",
                           str(media), "--db", str(db), str(log)], env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"podcast stats ingest failed ({done.returncode}): {done.stderr.strip()}")
    return seconds, bench._children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--media", type=Path, default=bench.MEDIA,
                        help="folder with the episodes' MP3s (default: the shared data)")
    args = parser.parse_args()
    if shutil.which("goaccess") is None:
        sys.exit("goaccess is not installed: apt-get install goaccess")
    sys.path.insert(0, str(REPO))
    from podcast.stats.thresholds import media_from_dir

    sizes = {k: m.size_bytes for k, m in media_from_dir(args.media).items()}
    # An installed package has its bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every module again in every run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "podcast")], check=True)
    print("podcast/ byte-compiled first, as `pip install` leaves it")
    work = Path(tempfile.mkdtemp(prefix="stats-cli-bench-"))
    ratios = []
    try:
        for lines in args.lines:
            log = work / f"access-{lines}.log"
            bench.make_log(log, lines, sizes)
            print(f"log: {lines:,} lines, {log.stat().st_size / 1e6:.0f} MB")
            anchor: list[tuple[float, float]] = []
            ours: list[tuple[float, float]] = []
            for round_ in range(1, args.rounds + 1):
                anchor.append(bench.run_goaccess(log, work))
                ours.append(run_ours(log, work / "stats.sqlite", args.media))
                print(f"  round {round_}: goaccess {anchor[-1][0]:6.2f} s wall "
                      f"{anchor[-1][1]:6.2f} s CPU | podcast stats ingest {ours[-1][0]:6.2f} s "
                      f"wall {ours[-1][1]:6.2f} s CPU", flush=True)
            for i, clock in enumerate(("wall", "CPU")):
                for label, pick in (("best", min), ("median", statistics.median)):
                    a = lines / pick(t[i] for t in anchor)
                    o = lines / pick(t[i] for t in ours)
                    print(f"  {clock:>4} {label:>6}: goaccess (anchor) {a:9,.0f} lines/s | "
                          f"podcast stats ingest {o:9,.0f} lines/s | ratio {o / a:.2f}x")
            ratios.append((lines, min(t[0] for t in anchor) / min(t[0] for t in ours),
                           min(t[1] for t in anchor) / min(t[1] for t in ours)))
            log.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for lines, ratio, cpu_ratio in ratios:
        print(f"goal: whole command >= 2.0x GoAccess at {lines:,} lines (wall clock, best of "
              f"{args.rounds}): {ratio:.2f}x, {'met' if ratio >= 2 else 'NOT met'}; "
              f"by CPU time {cpu_ratio:.2f}x")


if __name__ == "__main__":
    main()

"""Speed and memory of ``podcast themes``.

1. Lexical method on 1,000,000 rows, made in a temporary folder by sampling contacts_100k and
   perturbing each copy (a typo, case, a dropped word, another date), so that most rows are
   new texts. Goal: ≤ 60 s on the 2-core machine.
2. Semantic method on contacts_100k with a warm vector cache (the first, cold run fills it
   and is reported too). Goal: ≤ 30 s.

Anchor, measured in the same run: a plain Python reference that reads the same CSV with the
csv module and lower-cases + splits every text (the least any method has to do). Ratios are
printed against it. Peak memory (ru_maxrss) is printed for each run; goal ≤ 2 GB.

Run: python scripts/bench/themes_speed.py [--rows 1000000] [--skip-semantic] [--cache PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

# this checkout's package, not whichever copy happens to be pip-installed
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import argparse
import csv
import multiprocessing as mp
import random
import resource
import tempfile
import time

from shared_data import SHARED_DATA  # noqa: E402

DATA = SHARED_DATA / "contacts"


def perturb(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    r = rng.random()
    if r < 0.3 and len(words) > 3:
        del words[rng.randrange(len(words))]
    elif r < 0.6:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif r < 0.8:
        words[0] = words[0].lower()
    return " ".join(words)


def make_big(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with open(DATA / "contacts_100k.csv", encoding="utf-8-sig", newline="") as fh:
        src = list(csv.reader(fh))
    header, body = src[0], src[1:]
    ti = header.index("fritext")
    di = header.index("datum")
    with open(path, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(header)
        for i in range(rows):
            row = list(rng.choice(body))
            row[0] = str(i + 1)
            row[ti] = perturb(row[ti], rng)
            row[di] = f"202{rng.randint(3, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            w.writerow(row)


def anchor(path: Path) -> float:
    t = time.perf_counter()
    n = 0
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        ti = header.index("fritext")
        for row in reader:
            n += len(row[ti].lower().split())
    return time.perf_counter() - t


def _run(path: str, method: str, cache: Path | None, conn) -> None:
    from podcast.themes.analyze import ThemeOptions, find_themes

    t = time.perf_counter()
    report = find_themes([Path(path)], ThemeOptions(method=method, cache_path=cache))
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    conn.send({"seconds": time.perf_counter() - t, "rows": report.rows, "k": report.k,
               "embedded": report.embedded, "timings": report.timings, "rss_mb": rss})


def run(path: Path, method: str, cache: Path | None) -> dict:
    # a fresh process per run so that peak memory is the run's own
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_run, args=(str(path), method, cache, child))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


def show(name: str, res: dict, ref: float, goal: float) -> None:
    rate = res["rows"] / res["seconds"]
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in res["timings"].items())
    print(f"{name}: {res['rows']:,} rows in {res['seconds']:.1f} s = {rate:,.0f} rows/s, "
          f"{res['k']} themes, peak {res['rss_mb']:.0f} MB; "
          f"{res['seconds'] / ref:.1f}x the anchor; goal ≤ {goal:.0f} s: "
          f"{'met' if res['seconds'] <= goal else 'NOT met'}")
    print(f"   stages: {stages}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--skip-lexical", action="store_true")
    ap.add_argument("--skip-semantic", action="store_true")
    ap.add_argument("--cache", type=Path, default=None,
                    help="vector cache for the semantic run (default: a temporary file)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_lexical:
            big = Path(tmp) / "contacts_1m.csv"
            t = time.perf_counter()
            make_big(big, args.rows)
            print(f"made {args.rows:,} rows in {time.perf_counter() - t:.0f} s "
                  f"({big.stat().st_size / 1e6:.0f} MB)")
            ref = anchor(big)
            print(f"anchor (csv read + lower/split): {ref:.2f} s = {args.rows / ref:,.0f} rows/s")
            show("lexical 1M", run(big, "lexical", None), ref, 60)
        if not args.skip_semantic:
            src = DATA / "contacts_100k.csv"
            ref = anchor(src)
            cache = args.cache or Path(tmp) / "vectors.sqlite"
            cold = run(src, "semantic", cache)
            show(f"semantic 100k, cache {'given' if args.cache else 'cold'} "
                 f"(embedded {cold['embedded']:,} parts)", cold, ref, 1e9)
            warm = run(src, "semantic", cache)
            show(f"semantic 100k, warm cache (embedded {warm['embedded']})", warm, ref, 30)


if __name__ == "__main__":
    main()

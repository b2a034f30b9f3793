"""Precision/recall of personal-data redaction per type on contacts_3k_pii.jsonl.

Run: python scripts/bench/themes_redaction.py [--show-errors N]
A detected span counts as a true positive when it overlaps a gold span of the same type.
Also prints throughput (texts/s).
"""

from __future__ import annotations

import sys
from pathlib import Path

# this checkout's package, not whichever copy happens to be pip-installed
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import argparse
import csv
import json
import time
from collections import Counter

from podcast.themes.redact import PII_TYPES, find_pii

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "contacts"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    with open(DATA / "contacts_3k.csv", encoding="utf-8-sig", newline="") as fh:
        texts = {int(r["id"]): r["fritext"] for r in csv.DictReader(fh)}
    gold: dict[int, list[dict]] = {i: [] for i in texts}
    with open(DATA / "contacts_3k_pii.jsonl", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            gold[item["id"]] = item["spans"]
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: list[str] = []
    t0 = time.perf_counter()
    found_all = {i: find_pii(t) for i, t in texts.items()}
    elapsed = time.perf_counter() - t0
    for i, text in texts.items():
        found = found_all[i]
        g = gold[i]
        used = set()
        for s in found:
            hit = next((k for k, x in enumerate(g) if k not in used and x["type"] == s.type
                        and x["start"] < s.end and s.start < x["end"]), None)
            if hit is None:
                fp[s.type] += 1
                errors.append(f"FP {s.type} {s.text!r} in {text!r}")
            else:
                used.add(hit)
                tp[s.type] += 1
        for k, x in enumerate(g):
            if k not in used:
                fn[x["type"]] += 1
                errors.append(f"FN {x['type']} {x['text']!r} in {text!r}")
    print(f"{'type':8} {'gold':>5} {'found':>6} {'prec':>6} {'recall':>7}")
    for t in (*PII_TYPES, "ALL"):
        if t == "ALL":
            a, b, c = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            a, b, c = tp[t], fp[t], fn[t]
        p = a / (a + b) if a + b else 1.0
        r = a / (a + c) if a + c else 1.0
        print(f"{t:8} {a + c:5d} {a + b:6d} {p:6.3f} {r:7.3f}")
    print(f"speed: {len(texts) / elapsed:,.0f} texts/s")
    for e in errors[: args.show_errors]:
        print(e)


if __name__ == "__main__":
    main()

"""Precision/recall of personal-data redaction per type on contacts_3k_pii.jsonl, and speed.

Run: python scripts/bench/themes_redaction.py [--show-errors N] [--repeat R] [--rounds K]
A detected span counts as a true positive when it overlaps a gold span of the same type.
Speed: the 3,000 notes redacted R times (default 10), best of K rounds (default 3), in texts/s,
with the ratio against an anchor (lower-casing and splitting the same texts) measured in the
same run, so a busy machine shows up in the anchor too.
"""

from __future__ import annotations

import sys
from pathlib import Path

# this checkout's package, not whichever copy happens to be pip-installed
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import argparse
import csv
import json
import re
import time
from collections import Counter

from shared_data import SHARED  # noqa: E402  (../shared, or $KOMMUNPODD_SHARED)

from podcast.privacy.redact import PII_TYPES, find_pii, redact_text

DATA = SHARED / "data" / "contacts"


def load() -> tuple[dict[int, str], dict[int, list[dict]]]:
    with open(DATA / "contacts_3k.csv", encoding="utf-8-sig", newline="") as fh:
        texts = {int(r["id"]): r["fritext"] for r in csv.DictReader(fh)}
    gold: dict[int, list[dict]] = {i: [] for i in texts}
    with open(DATA / "contacts_3k_pii.jsonl", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            gold[item["id"]] = item["spans"]
    return texts, gold


def score(texts: dict[int, str], gold: dict[int, list[dict]], show_errors: int) -> None:
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: list[str] = []
    for i, text in texts.items():
        g = gold[i]
        used = set()
        for s in find_pii(text):
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
    for e in errors[:show_errors]:
        print(e)


_ANCHOR_RE = re.compile(r"\w+")


def best_of(rounds: int, work: list[str], fn) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text in work:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=10, help="passes over the 3k notes per round")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds; the best one counts")
    args = ap.parse_args()
    texts, gold = load()
    score(texts, gold, args.show_errors)
    work = list(texts.values()) * args.repeat
    anchor = best_of(args.rounds, work, lambda t: _ANCHOR_RE.findall(t.lower()))
    seconds = best_of(args.rounds, work, redact_text)
    print(f"speed: {len(work) / seconds:,.0f} texts/s ({len(texts):,} notes × {args.repeat}, "
          f"best of {args.rounds}); anchor (lower + \\w+ split) {len(work) / anchor:,.0f} "
          f"texts/s; {seconds / anchor:.1f}x the anchor")


if __name__ == "__main__":
    main()

"""The command line the labelled check-log generators share (``themes_check_*.py``): write
``make_log(rows, seed)`` as a CSV of the log's text column, date and channel, the true
themes left out (the harness, ``themes_eval.py``, calls ``make_log`` itself)."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable


def write_log_cli(make_log: Callable[[int, int], list[dict]], doc: str | None,
                  text_column: str) -> None:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("out", help="output CSV path")
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[text_column, "datum", "kanal"], extrasaction="ignore")
        w.writeheader()
        w.writerows(make_log(args.rows, args.seed))

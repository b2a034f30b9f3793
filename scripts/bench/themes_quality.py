"""Theme quality on contacts_3k.csv (ground truth in ``true_theme``): NMI, ARI, themes recovered.

Both methods, automatic number of themes (as a user runs it) and k forced to the true number.
The anchor, measured in the same run, is the approach noted in ../shared §3: character 3–5-gram
TF-IDF of the raw text + k-means (true k); ratios are printed against its NMI.
Goals: NMI ≥ 0.80 semantic, ≥ 0.60 lexical.

A true theme counts as recovered when one found theme holds ≥ 50 % of its rows and ≥ 50 % of
that found theme's rows belong to it.

Run: python scripts/bench/themes_quality.py [--cache PATH] [--log PATH --truth-column NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

# this checkout's package, not whichever copy happens to be pip-installed
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import argparse
import csv
import tempfile
import time
from collections import Counter

from shared_data import SHARED_DATA  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from podcast.contactlog import detect_columns
from podcast.themes.analyze import ThemeOptions, find_themes

DATA = SHARED_DATA / "contacts"


def recovered(truth: list[str], pred: list[str]) -> int:
    by_true = Counter(truth)
    by_pred = Counter(pred)
    pairs = Counter(zip(truth, pred, strict=True))
    hits = 0
    for t, n in by_true.items():
        if any(c >= 0.5 * n and c >= 0.5 * by_pred[p] for (tt, p), c in pairs.items() if tt == t):
            hits += 1
    return hits


def anchor(texts: list[str], truth: list[str], k: int) -> float:
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                        min_df=2).fit_transform(texts)
    labels = KMeans(k, n_init=4, random_state=0).fit_predict(X)
    return normalized_mutual_info_score(truth, labels)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", type=Path, default=DATA / "contacts_3k.csv")
    ap.add_argument("--truth-column", default="true_theme")
    ap.add_argument("--text-column", default=None)
    ap.add_argument("--language", default="sv")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--methods", default="lexical,semantic")
    args = ap.parse_args()
    with open(args.log, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    truth_by_row = {i + 1: r[args.truth_column] for i, r in enumerate(rows)}
    true_k = len(set(truth_by_row.values()))
    # the same text column the tool itself picks (or the one named with --text-column)
    text_col = args.text_column or detect_columns(list(rows[0]))[0]["text"] or "fritext"
    t = time.perf_counter()
    ref = anchor([r.get(text_col, "") for r in rows], list(truth_by_row.values()), true_k)
    print(f"{args.log.name}: {len(rows)} rows, {true_k} true themes")
    print(f"anchor (char 3-5 TF-IDF of raw text + k-means, k={true_k}): NMI {ref:.3f} "
          f"({time.perf_counter() - t:.1f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "vectors.sqlite"
        for method in args.methods.split(","):
            goal = 0.80 if method == "semantic" else 0.60
            for k in (None, true_k):
                t = time.perf_counter()
                columns = {"text": args.text_column} if args.text_column else {}
                report = find_themes([args.log], ThemeOptions(
                    method=method, k=k, cache_path=cache, language=args.language,
                    columns=columns))
                secs = time.perf_counter() - t
                rows_used = [r for r, _ in report.assignments]
                truth = [truth_by_row[r] for r in rows_used]
                pred = [str(th) for _, th in report.assignments]
                nmi = normalized_mutual_info_score(truth, pred)
                ari = adjusted_rand_score(truth, pred)
                mode = "auto k" if k is None else "k forced"
                print(f"{method:8} {mode:8}: k={report.k:2d}  NMI {nmi:.3f}  ARI {ari:.3f}  "
                      f"recovered {recovered(truth, pred)}/{true_k}  noise {report.noise}  "
                      f"{nmi / ref:.2f}x anchor  goal NMI ≥ {goal:.2f}: "
                      f"{'met' if nmi >= goal else 'NOT met'}  ({secs:.1f} s, "
                      f"embedded {report.embedded})")


if __name__ == "__main__":
    main()

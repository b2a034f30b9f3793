"""Fit the frame-weight model shipped in ``podcast/themes/data/frame_weights.json``.

For every part (as the semantic method cuts a redacted note) that stands in at least three
notes of a labelled log, :func:`podcast.themes.frames.part_statistics` gives how the log uses
it, and the target is how much of one theme the part's notes share: the share of them in their
most common theme, scaled so that a part spread like the themes themselves is 0 and a part of
one theme is 1. A linear regression over the parts of six labelled logs of different origin
(the themes harness's sets, seed 0): contacts_3k and a contacts_100k sample (../shared),
check_epost, check_chatt, check_arende and check_app (generators in scripts/bench/). Printed:
for each log, the rank correlation between the prediction of a model fitted on the other five
and the target (leave one log out), and the same for check_samtal, check_sms and check_enkat,
which the model is not fitted on.

Run: KOMMUNPODD_SHARED_DATA=../shared/data python scripts/train_frame_weights.py [--output F]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import argparse
from collections import Counter

import numpy as np
from scipy.stats import spearmanr
from sklearn.linear_model import LinearRegression

from podcast.fsutil import atomic_writer
from podcast.privacy.redact import redact_text
from podcast.themes.frames import MODEL_PATH, FrameModel, part_statistics
from podcast.themes.normalize import Normaliser
from podcast.themes.semantic import question_parts

FIT_ON = ("contacts_3k", "contacts_100k_sample", "check_epost", "check_chatt", "check_arende",
          "check_app")
CHECK_ON = ("check_samtal", "check_sms", "check_enkat")


def log_parts(name: str, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Statistics and targets of the repeated parts of one labelled log."""
    from themes_eval import load_sets

    s = load_sets([name], 3000, seed)[0]
    normaliser = Normaliser(s.language)
    parts = [question_parts(redact_text(t), normaliser) for t in s.texts]
    stats = part_statistics(parts)
    themes: dict[str, Counter[str]] = {p: Counter() for p in stats}
    for ps, label in zip(parts, s.labels, strict=True):
        for p in set(ps) & stats.keys():
            themes[p][label] += 1
    k = len(set(s.labels))
    names = list(stats)
    X = np.asarray([stats[p] for p in names], dtype=np.float64)
    purity = np.asarray([max(themes[p].values()) / sum(themes[p].values()) for p in names])
    return X, (purity - 1 / k) / (1 - 1 / k)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    ap.add_argument("--seed", type=int, default=0, help="the harness seed of the logs")
    args = ap.parse_args()
    data = {name: log_parts(name, args.seed) for name in FIT_ON + CHECK_ON}
    for name in FIT_ON + CHECK_ON:
        rest = [n for n in FIT_ON if n != name]
        fit = LinearRegression().fit(np.vstack([data[n][0] for n in rest]),
                                     np.concatenate([data[n][1] for n in rest]))
        X, y = data[name]
        rho = spearmanr(fit.predict(X), y)[0] if len(y) > 2 else float("nan")
        kind = "left out" if name in FIT_ON else "not fitted on"
        print(f"{name:22} {len(y):4d} repeated parts, rank correlation {rho:5.2f} ({kind})")
    fit = LinearRegression().fit(np.vstack([data[n][0] for n in FIT_ON]),
                                 np.concatenate([data[n][1] for n in FIT_ON]))
    model = FrameModel(tuple(round(float(c), 6) for c in fit.coef_),
                       round(float(fit.intercept_), 6))
    with atomic_writer(args.output, "w", encoding="utf-8") as fh:
        fh.write(model.to_json(fitted_on=list(FIT_ON), seed=args.seed,
                               script="scripts/train_frame_weights.py"))
    print(f"-> {args.output}")


if __name__ == "__main__":
    main()

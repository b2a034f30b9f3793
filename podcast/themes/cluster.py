"""Clustering of note vectors: weighted k-means, an automatic number of themes, small-cluster noise.

* Vectors are L2-normalised, so Euclidean k-means ≈ spherical (cosine) k-means.
* Weights are the de-duplication counts: identical notes are clustered once.
* ``choose_k`` scores k = 4…``k_max`` by the silhouette (cosine) on a fixed-seed sample and takes
  the best; every run with the same seed gives the same result.
* Clusters holding less than ``min_share`` of the rows become noise ("övrigt"); nothing else
  is thrown away, so no outlier bucket can swallow a third of the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.metrics import silhouette_score

log = logging.getLogger(__name__)


@dataclass
class Clustering:
    labels: np.ndarray  # per unique note; -1 = noise
    centers: np.ndarray
    k: int
    k_scores: dict[int, float]


def _kmeans(X: np.ndarray, k: int, weights: np.ndarray, seed: int, n_init: int) -> KMeans:
    if X.shape[0] > 60000:
        model = MiniBatchKMeans(k, random_state=seed, n_init=n_init, batch_size=4096,
                                max_iter=100)
    else:
        model = KMeans(k, random_state=seed, n_init=n_init, max_iter=300)
    return model.fit(X, sample_weight=weights)


def _weighted_sample(n: int, weights: np.ndarray, size: int, seed: int) -> np.ndarray:
    if n <= size:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    p = weights / weights.sum()
    return np.sort(rng.choice(n, size=size, replace=False, p=p))


def choose_k(X: np.ndarray, weights: np.ndarray, *, seed: int = 0, k_min: int = 4,
             k_max: int | None = None, sample: int = 3000) -> tuple[int, dict[int, float]]:
    """The k with the best cosine silhouette on a weighted sample of the notes."""
    n = X.shape[0]
    if k_max is None:
        k_max = int(min(30, max(k_min, np.sqrt(weights.sum() / 4))))
    k_max = min(k_max, n - 1)
    if n < 3 or k_max < 2:
        return 1, {}
    k_min = max(2, min(k_min, k_max))
    idx = _weighted_sample(n, weights, sample, seed)
    Xs, ws = X[idx], weights[idx]
    scores: dict[int, float] = {}
    for k in range(k_min, k_max + 1):
        model = _kmeans(Xs, k, ws, seed, n_init=3)
        labels = model.labels_
        if len(set(labels.tolist())) < 2:
            continue
        scores[k] = float(silhouette_score(Xs, labels, metric="cosine",
                                           sample_size=min(len(idx), 2000), random_state=seed))
    if not scores:
        return 1, {}
    best = max(scores, key=lambda k: (round(scores[k], 3), -k))
    log.info("silhouette by k: %s → k=%d",
             ", ".join(f"{k}:{v:.3f}" for k, v in scores.items()), best)
    return best, scores


def cluster(X: np.ndarray, weights: np.ndarray, *, k: int | None = None, seed: int = 0,
            min_share: float = 0.005, n_init: int = 8) -> Clustering:
    """Cluster unique notes ``X`` (weighted). ``k=None`` chooses the number automatically."""
    n = X.shape[0]
    weights = np.asarray(weights, dtype=np.float64)
    if n == 0:
        return Clustering(np.zeros(0, dtype=int), np.zeros((0, X.shape[1] if X.ndim == 2 else 0)),
                          0, {})
    scores: dict[int, float] = {}
    if k is None:
        k, scores = choose_k(X, weights, seed=seed)
    k = max(1, min(k, n))
    if k == 1:
        return Clustering(np.zeros(n, dtype=int), X.mean(axis=0, keepdims=True), 1, scores)
    model = _kmeans(X, k, weights, seed, n_init=n_init)
    labels = model.labels_.astype(int)
    total = weights.sum()
    sizes = np.bincount(labels, weights=weights, minlength=k)
    small = sizes < max(2.0, min_share * total)
    if small.any() and not small.all():
        labels = np.where(small[labels], -1, labels)
    return Clustering(labels, model.cluster_centers_, k, scores)

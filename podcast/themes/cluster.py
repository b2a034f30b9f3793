"""Clustering of note vectors: weighted k-means, an automatic number of themes, small-cluster noise.

* Vectors are L2-normalised, so Euclidean k-means ≈ spherical (cosine) k-means.
* Weights are the de-duplication counts: identical notes are clustered once, and k-means
  fits on the square root of the count (``fit_weights``). With raw counts a template note
  written the same way 30 times pulled like 30 notes, so k-means spent two centres on the
  templates of one big theme and merged two small themes instead; the square root keeps
  frequent notes heavier without letting them split their theme. The number of themes to try,
  the noise threshold and every reported count still use the real number of rows.
* With k chosen automatically, the themes come from a consensus of many k-means runs
  (evidence accumulation): k-means runs with k = ``k_max``/2…``k_max`` (eight seeds each; see
  :func:`consensus_range` for ``k_max`` and the fewest themes allowed) on a
  weighted sample of notes; two notes are as close as the share of runs that put them together;
  average-linkage clustering of that co-association matrix is cut where a number of clusters
  lives longest (largest gap between merge heights). No threshold or k to tune, and the result
  varies much less between seeds than one k-means run whose k the silhouette picks (the
  silhouette kept rising with k and split true themes). Notes outside the sample get the
  nearest theme centre.
* With k given (``--themes K``) the same consensus is cut at K: eight k-means runs at K with
  different seeds, two notes as close as the share of runs that put them together, average
  linkage cut into K groups. Over seeds 0-2 of the six harness sets this raised NMI at the
  true k on every set (mean 0.702 → 0.718) and the ARI between runs with another seed from
  0.626 to 0.711; one k-means run had moved a set by up to ±0.06 between seeds
  (docs/themes-evaluation.md).
* Every run with the same seed gives the same result.
* Clusters holding less than ``min_share`` of the rows become noise ("övrigt"); nothing else
  is thrown away, so no outlier bucket can swallow a third of the log.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning

log = logging.getLogger(__name__)


@dataclass
class Clustering:
    labels: np.ndarray  # per unique note; -1 = noise
    centers: np.ndarray
    k: int
    k_scores: dict[int, float]


def _kmeans(X: np.ndarray, k: int, weights: np.ndarray, seed: int, n_init: int) -> KMeans:
    # Fewer distinct notes than k (a small or repetitive log) only means fewer clusters:
    # scikit-learn's ConvergenceWarning about it would reach the user's terminal raw.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return KMeans(k, random_state=seed, n_init=n_init, max_iter=300).fit(
            X, sample_weight=weights)


def assign(X: np.ndarray, centers: np.ndarray, chunk: int = 200000) -> np.ndarray:
    """Nearest centre (Euclidean) for every row, in chunks."""
    c2 = (centers * centers).sum(axis=1)
    out = np.empty(X.shape[0], dtype=np.int64)
    for i in range(0, X.shape[0], chunk):
        block = X[i:i + chunk]
        out[i:i + chunk] = np.argmin(c2[None, :] - 2.0 * (block @ centers.T), axis=1)
    return out


def _weighted_sample(n: int, weights: np.ndarray, size: int, seed: int) -> np.ndarray:
    if n <= size:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    p = weights / weights.sum()
    return np.sort(rng.choice(n, size=size, replace=False, p=p))


def fit_weights(weights: np.ndarray) -> np.ndarray:
    """The weights k-means fits on: square roots of the occurrence counts."""
    return np.sqrt(np.asarray(weights, dtype=np.float64))


def cluster(X: np.ndarray, weights: np.ndarray, *, k: int | None = None, seed: int = 0,
            min_share: float = 0.005) -> Clustering:
    """Cluster unique notes ``X`` (weighted). ``k=None`` chooses the number automatically.

    With ``k`` given every non-empty cluster is a theme (no small cluster becomes noise: the
    user asked for k themes; at k = 150 on CLINC150 that rule had left 12.8 % of the rows
    without a theme).

    k-means runs single-threaded: on a busy 2-core machine OpenMP threads made it ten times
    slower, and the result does not depend on the thread count.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _cluster(X, weights, k=k, seed=seed, min_share=min_share)


def _cluster(X: np.ndarray, weights: np.ndarray, *, k: int | None, seed: int,
             min_share: float) -> Clustering:
    n = X.shape[0]
    weights = np.asarray(weights, dtype=np.float64)
    if n == 0:
        return Clustering(np.zeros(0, dtype=int), np.zeros((0, X.shape[1] if X.ndim == 2 else 0)),
                          0, {})
    if k is not None:
        k = max(1, min(k, n))
        if k == 1:
            return Clustering(np.zeros(n, dtype=int), X.mean(axis=0, keepdims=True), 1, {})
    return _consensus_cluster(X, weights, seed=seed, min_share=min_share, k=k)


def _small_to_noise(labels: np.ndarray, weights: np.ndarray, k: int,
                    min_share: float) -> np.ndarray:
    sizes = np.bincount(labels, weights=weights, minlength=k)
    small = sizes < max(2.0, min_share * weights.sum())
    if small.any() and not small.all():
        labels = np.where(small[labels], -1, labels)
    return labels


#: k-means runs per candidate k behind the automatic number of themes.
RUNS_PER_K = 8
#: k-means runs behind a given number of themes (one k only, so more runs are cheap). The
#: cut of a co-association from eight runs moved with the seed: on the seventeen harness
#: sets (seed 0) the ARI between seeds 0 and 1 at the true k was 0.775 with 8 runs, 0.867
#: with 32 and 0.880 with 64, NMI at the true k 0.712, 0.718 and 0.719
#: (docs/themes-evaluation.md).
FORCED_RUNS = 64


def consensus_labels(X: np.ndarray, weights: np.ndarray, *, seed: int = 0, k_min: int = 2,
                     k_max: int, runs_per_k: int = RUNS_PER_K, k: int | None = None,
                     ) -> tuple[np.ndarray, dict[int, float]]:
    """Evidence-accumulation clustering of the rows of ``X``.

    Returns (labels 0…K-1, lifetime of each candidate K). K is the number of clusters whose
    range of merge heights in the average-linkage dendrogram of the co-association distance
    is the longest among K ≥ ``k_min``; a smaller K is taken only when it lives at least
    ``STRONG_EVIDENCE`` times as long as that (groups that every run keeps apart). With ``k``
    given, every run uses k and the dendrogram is cut into k groups (no lifetimes).

    Eight runs per k rather than four, and up to 4,000 notes rather than 2,500 in
    :func:`_consensus_cluster`: over seeds 0-2 of the six harness sets the ARI between
    runs with another seed rose from 0.780 to 0.821 and with 10 % of the rows dropped from
    0.768 to 0.821, NMI at the automatic k 0.666 → 0.670 (docs/themes-evaluation.md); the
    clustering of contacts_100k takes 12.5 s instead of 3.9 s.
    """
    from scipy.cluster.hierarchy import cut_tree, fcluster, linkage
    from scipy.spatial.distance import squareform

    n = X.shape[0]
    columns: list[np.ndarray] = []  # per run, each note's cluster as a column index
    width = 0
    ks = [k] if k is not None else range(max(2, k_max // 2), k_max + 1)
    for j, kk in enumerate(ks):
        kk = min(kk, n)
        for r in range(runs_per_k):
            lab = _kmeans(X, kk, weights, seed + 100 * r + j, n_init=1).labels_
            columns.append(width + lab)
            width += kk
    runs = len(columns)
    # co-association = how many runs put two notes together: one product of the runs'
    # one-hot memberships side by side (exact counts in float32; one large product instead
    # of one per run, which wrote the n × n matrix once per run)
    onehot = np.zeros((n, width), dtype=np.float32)
    rows = np.arange(n)
    for col in columns:
        onehot[rows, col] = 1.0
    co = onehot @ onehot.T
    del onehot
    dist = 1.0 - co / runs
    np.fill_diagonal(dist, 0.0)
    Z = linkage(squareform(dist, checks=False), method="average")
    if k is not None:
        # k groups, also where merge heights tie (fcluster gave 149 of 150 on CLINC150);
        # notes that every run keeps together (height 0) are never split to reach k
        apart = n - int(np.count_nonzero(Z[:, 2] <= 0.0))
        return cut_tree(Z, n_clusters=min(k, apart))[:, 0].astype(np.int64), {}
    heights = Z[:, 2]
    m = len(heights)
    life = {K: float(heights[m - K + 1] - heights[m - K]) for K in range(2, min(k_max, m) + 1)}
    if not life:
        return np.zeros(n, dtype=np.int64), {}

    def longest(ks: list[int]) -> int:
        return max(ks, key=lambda K: (round(life[K], 6), -K))

    best = longest(list(life))
    wide = [K for K in life if K >= k_min]
    if wide and best < k_min and life[best] < STRONG_EVIDENCE * life[longest(wide)]:
        best = longest(wide)
    log.info("consensus lifetimes by k: %s → k=%d",
             ", ".join(f"{K}:{v:.3f}" for K, v in life.items()), best)
    return (fcluster(Z, t=best, criterion="maxclust") - 1).astype(np.int64), life


#: How many times longer a cut below the usual fewest themes must live to be taken anyway.
#: Clearly separate groups (synthetic blobs) lived 6–10× longer than any cut with more
#: clusters; the 2–5-theme cuts of noisy small logs only 1.0–1.7× longer.
STRONG_EVIDENCE = 3.0


def consensus_range(n_notes: int, n_rows: float) -> tuple[int, int]:
    """(fewest themes the consensus usually cuts at, most themes its k-means runs try).

    The most is √(rows / 4), at least 12 and at most 30; the fewest is half of that, at most
    6. Without the floors a log of a few hundred rows tried only k = 3…8 and its consensus
    often settled on 2–4 themes, each a mix of several subjects; a log of that size still
    holds about as many subjects as a big one, only fewer rows of each. Fewer themes than
    the fewest are still found when the log clearly has them (``STRONG_EVIDENCE``).
    """
    k_max = int(min(30, max(12, np.sqrt(n_rows / 4))))
    k_max = max(1, min(k_max, n_notes - 1))
    return max(2, min(6, k_max // 2)), k_max


def _consensus_cluster(X: np.ndarray, weights: np.ndarray, *, seed: int, min_share: float,
                       sample: int = 4000, k: int | None = None) -> Clustering:
    """The consensus on a weighted sample of at most ``sample`` notes; the other notes get
    the nearest theme centre. ``k`` given: cut into k themes, none of them noise, from
    ``FORCED_RUNS`` k-means runs at k."""
    n = X.shape[0]
    forced = k is not None
    if n < 3 and not forced:
        return Clustering(np.zeros(n, dtype=np.int64), X.mean(axis=0, keepdims=True), 1, {})
    k_min, k_max = consensus_range(n, float(weights.sum())) if not forced else (k, k)
    fw = fit_weights(weights)
    idx = _weighted_sample(n, fw, max(sample, k_max), seed)
    lab_s, life = consensus_labels(X[idx], fw[idx], seed=seed, k_min=k_min, k_max=k_max, k=k,
                                   runs_per_k=FORCED_RUNS if forced else RUNS_PER_K)
    k = int(lab_s.max()) + 1
    centers = np.zeros((k, X.shape[1]), dtype=np.float64)
    np.add.at(centers, lab_s, X[idx] * fw[idx, None])
    centers /= np.maximum(np.bincount(lab_s, weights=fw[idx], minlength=k), 1e-12)[:, None]
    if len(idx) == n:
        labels = lab_s
    else:
        labels = assign(X, centers.astype(X.dtype))
    if forced:
        return Clustering(labels, centers, k, life)
    return Clustering(_small_to_noise(labels, weights, k, min_share), centers, k, life)

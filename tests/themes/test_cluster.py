"""Consensus clustering (automatic number of themes) on synthetic data with a known answer."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score

from podcast.themes.cluster import cluster, consensus_labels


def _blobs(k: int, per: int, dim: int = 40, spread: float = 0.15,
           seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim))
    truth = np.repeat(np.arange(k), per)
    X = centres[truth] + spread * rng.normal(size=(k * per, dim))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    return X.astype(np.float32), truth


def test_consensus_finds_the_true_number_of_groups() -> None:
    X, truth = _blobs(7, 30)
    labels, life = consensus_labels(X, np.ones(len(X)), seed=0, k_max=14)
    assert int(labels.max()) + 1 == 7
    assert adjusted_rand_score(truth, labels) == 1.0
    assert max(life, key=life.get) == 7


def test_automatic_k_does_not_split_groups_and_is_deterministic() -> None:
    X, truth = _blobs(5, 60, seed=11)
    weights = np.ones(len(X))
    a = cluster(X, weights, seed=4)
    b = cluster(X, weights, seed=4)
    assert a.k == 5
    assert np.array_equal(a.labels, b.labels)
    assert adjusted_rand_score(truth, a.labels) == 1.0


def test_automatic_k_on_a_sample_assigns_every_note() -> None:
    X, truth = _blobs(6, 700, seed=5)  # 4,200 notes > the 4,000-note consensus sample
    result = cluster(X, np.ones(len(X)), seed=0)
    assert result.k == 6
    assert (result.labels >= 0).all()
    assert adjusted_rand_score(truth, result.labels) > 0.99


def test_repeated_notes_do_not_split_their_theme() -> None:
    # theme A: two wordings, each written 100 times, 1.0 apart; themes B and C: ten distinct
    # notes each, 1.5 apart and far from A. With raw counts k-means (k=3) gives A's wordings
    # a centre each and merges B and C (squared error 11 vs 50); fitted on the square roots
    # of the counts, A stays one theme and B, C are told apart.
    rng = np.random.default_rng(0)
    a = np.array([[0.0, 0.0], [1.0, 0.0]])
    b = np.array([10.0, 0.0]) + 0.01 * rng.normal(size=(10, 2))
    c = np.array([10.0, 1.5]) + 0.01 * rng.normal(size=(10, 2))
    X = np.vstack([a, b, c]).astype(np.float32)
    weights = np.array([100.0, 100.0] + [1.0] * 20)
    truth = [0, 0] + [1] * 10 + [2] * 10
    result = cluster(X, weights, k=3, seed=0, min_share=0.0)
    assert adjusted_rand_score(truth, result.labels) == 1.0


def test_fewer_distinct_notes_than_k_raises_no_library_warning() -> None:
    # scikit-learn warns when k exceeds the distinct points; that only means fewer themes and
    # must not reach the user's terminal as a raw ConvergenceWarning
    import warnings

    X = np.tile(np.eye(3, dtype=np.float32), (4, 1))  # 12 notes, 3 distinct
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = cluster(X, np.ones(12), k=5, seed=0, min_share=0.0)
        cluster(X, np.ones(12), seed=0)
    assert [str(w.message) for w in caught] == []
    assert len(set(result.labels.tolist())) == 3


def test_the_consensus_sees_up_to_4000_notes_with_eight_runs_per_k(monkeypatch) -> None:
    import podcast.themes.cluster as cl

    seen: list[int] = []
    runs: list[int] = []
    real_labels, real_kmeans = cl.consensus_labels, cl._kmeans

    def spy_labels(X, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen.append(len(X))
        return real_labels(X, *args, **kwargs)

    def spy_kmeans(X, k, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(k)
        return real_kmeans(X, k, *args, **kwargs)

    monkeypatch.setattr(cl, "consensus_labels", spy_labels)
    monkeypatch.setattr(cl, "_kmeans", spy_kmeans)
    X, _ = _blobs(6, 500, dim=8, seed=5)  # 3,000 notes: every one of them, no sample
    cl.cluster(X, np.ones(len(X)), seed=0)
    k_min, k_max = cl.consensus_range(len(X), float(len(X)))
    assert seen == [3000]
    assert sorted(set(runs)) == list(range(k_max // 2, k_max + 1))
    assert all(runs.count(k) == 8 for k in set(runs))


def test_a_given_k_is_cut_from_many_runs_at_k(monkeypatch) -> None:
    import podcast.themes.cluster as cl

    runs: list[int] = []
    real_kmeans = cl._kmeans

    def spy_kmeans(X, k, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(k)
        return real_kmeans(X, k, *args, **kwargs)

    monkeypatch.setattr(cl, "_kmeans", spy_kmeans)
    X, truth = _blobs(5, 40, seed=8)
    a = cl.cluster(X, np.ones(len(X)), k=5, seed=0)
    assert runs == [5] * cl.FORCED_RUNS
    assert a.k == 5 and (a.labels >= 0).all()
    assert adjusted_rand_score(truth, a.labels) == 1.0
    b = cl.cluster(X, np.ones(len(X)), k=5, seed=0)
    assert np.array_equal(a.labels, b.labels)


def test_a_given_k_on_a_sample_gives_every_note_a_theme() -> None:
    X, truth = _blobs(6, 700, seed=5)  # 4,200 notes > the 4,000-note consensus sample
    result = cluster(X, np.ones(len(X)), k=6, seed=0)
    assert result.k == 6
    assert (result.labels >= 0).all()
    assert adjusted_rand_score(truth, result.labels) > 0.99


def test_a_given_k_never_splits_notes_that_do_not_differ() -> None:
    # six distinct notes, but only two different vectors: two themes, not three
    X = np.repeat(np.eye(2, dtype=np.float32), 3, axis=0)
    result = cluster(X, np.ones(6), k=3, seed=0)
    assert result.k == 2
    assert len(set(result.labels.tolist())) == 2


def test_a_given_k_barely_depends_on_the_seed_where_groups_overlap() -> None:
    # twelve groups spread so wide that single k-means runs disagree: the cut of many runs'
    # co-association agrees across seeds (mean ARI between four seeds 0.87 with 64 runs;
    # with the 8 runs used before, 0.77)
    X, _ = _blobs(12, 40, spread=2.0, seed=2)
    labels = [cluster(X, np.ones(len(X)), k=12, seed=s).labels for s in range(4)]
    pairs = [adjusted_rand_score(labels[i], labels[j]) for i in range(4) for j in range(i + 1, 4)]
    assert np.mean(pairs) > 0.8

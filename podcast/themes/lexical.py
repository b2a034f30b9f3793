"""The lexical method (no model): note vectors from the log's own word co-occurrences.

Short notes rarely share words even when they ask the same thing ("plogvall" vs "snövallen
blockerar"), so plain TF-IDF + k-means clusters poorly. Instead every *stem* gets a vector,
and a note's vector is the IDF-weighted sum of its stems' vectors:

1. stem × stem co-occurrence (within notes, weighted by how often a note occurs) → positive
   pointwise mutual information (PPMI) → truncated SVD: stems used in the same notes get
   similar vectors (a corpus-trained, dictionary-free "synonym" space);
2. character 3–5-gram TF-IDF of the stem itself → SVD: compounds and spelling variants
   ("snöröjning", "snöröjningen", "snövall") land near each other.

Both parts are L2-normalised and concatenated. All per-note work is one sparse product, so a
million notes cost little more than reading them.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.extmath import randomized_svd, svd_flip


def doc_term_matrix(docs: list[str], *, min_df: int = 2, max_terms: int = 8000,
                    weights: np.ndarray | None = None) -> tuple[sp.csr_matrix, list[str]]:
    """Binary note × stem matrix over the (weighted) most frequent stems."""
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(binary=True, lowercase=False, tokenizer=str.split, token_pattern=None,
                         dtype=np.float32)
    try:
        B = cv.fit_transform(docs).tocsr()
    except ValueError:  # no words at all
        return sp.csr_matrix((len(docs), 1), dtype=np.float32), ["tom"]
    names = cv.get_feature_names_out()
    w = np.ones(len(docs)) if weights is None else np.asarray(weights, dtype=np.float64)
    df = np.asarray(B.T @ w).ravel()
    keep = np.nonzero(df >= min_df)[0]
    if keep.size == 0:
        keep = np.arange(len(names))
    if keep.size > max_terms:
        keep = keep[np.argsort(-df[keep], kind="stable")[:max_terms]]
        keep.sort()
    return B[:, keep].tocsr(), [str(names[i]) for i in keep]


def _ppmi_term_vectors(B: sp.csr_matrix, weights: np.ndarray, dims: int, seed: int) -> np.ndarray:
    # in place: with 8,000 stems every dense copy of the stem × stem matrix costs 512 MB,
    # and computing the formula below in one expression held four of them at once
    # summed a block of notes at a time: the sparse product of all notes at once is nearly
    # dense and held its own copy (≈ 0.5 GB) next to the dense matrix
    V = B.shape[1]
    C = np.zeros((V, V), dtype=np.float64)
    step = 100000
    for i in range(0, B.shape[0], step):
        rows = B[i:i + step]
        part = (rows.T @ sp.csr_matrix(rows.multiply(weights[i:i + step, None]))).tocoo()
        C[part.row, part.col] += part.data  # no dense temporary; (row, col) pairs are unique
    np.fill_diagonal(C, 0.0)
    total = float(C.sum(dtype=np.float64))
    if total <= 0 or C.shape[0] < 3:
        return np.eye(C.shape[0], dtype=np.float64)[:, : max(1, min(dims, C.shape[0]))]
    marg = C.sum(axis=1)
    inv = 1.0 / np.maximum(marg, 1e-300)
    C *= total  # PMI = log(C · total / (marg_i · marg_j)), positive part only
    C *= inv[:, None]
    C *= inv[None, :]
    np.maximum(C, 1.0, out=C)  # log(x) ≤ 0 for x ≤ 1, and C = 0 gives no evidence: both → 0
    np.log(C, out=C)
    dims = max(1, min(dims, C.shape[0] - 1))
    # what TruncatedSVD(algorithm="randomized", n_iter=7).fit_transform does, without its
    # explained-variance step, which makes two more dense copies of the matrix
    _, sigma, vt = randomized_svd(C, dims, n_iter=7, random_state=seed, flip_sign=False)
    vt = svd_flip(None, vt, u_based_decision=False)[1]
    us = C @ vt.T  # ≈ U * S
    del C
    return us / np.sqrt(np.maximum(sigma, 1e-12))[None, :]  # U * sqrt(S)


def _char_term_vectors(vocab: list[str], dims: int, seed: int) -> np.ndarray | None:
    if len(vocab) < 3:
        return None
    tv = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                         dtype=np.float32)
    X = tv.fit_transform(vocab)
    k = max(1, min(dims, X.shape[1] - 1, len(vocab) - 1))
    Z = TruncatedSVD(k, random_state=seed, algorithm="randomized", n_iter=5).fit_transform(X)
    return normalize(Z)


def lexical_vectors(docs: list[str], weights: np.ndarray | None = None, *, dims: int = 16,
                    char_dims: int = 48, char_weight: float = 1.0, seed: int = 0,
                    ) -> tuple[np.ndarray, list[str], sp.csr_matrix]:
    """Vectors for unique cleaned notes (space-separated stems), weighted by occurrence.

    Returns (matrix n × d, vocabulary, binary note × stem matrix) — the latter two are reused
    for labelling.
    """
    n = len(docs)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    B, vocab = doc_term_matrix(docs, min_df=2 if w.sum() >= 50 else 1, weights=w)
    df = np.asarray(B.T @ w).ravel()
    idf = (np.log((w.sum() + 1.0) / (df + 1.0)) + 1.0).astype(np.float32)
    Bi = sp.csr_matrix(B.multiply(idf[None, :]))
    T = _ppmi_term_vectors(B, w, dims, seed)
    C = _char_term_vectors(vocab, char_dims, seed) if char_weight > 0 and char_dims > 0 else None
    # one float32 output filled a block of notes at a time: a million notes × 64 dims is
    # 512 MB per float64 copy, and stacking/normalising whole copies held several at once
    width = T.shape[1] + (C.shape[1] if C is not None else 0)
    out = np.empty((n, width), dtype=np.float32)
    step = 100000
    for i in range(0, n, step):
        rows = Bi[i:i + step]
        block = out[i:i + step]
        parts = [normalize(np.asarray(rows @ T))]
        if C is not None:
            parts.append(normalize(np.asarray(rows @ C)) * char_weight)
        block[:] = normalize(np.hstack(parts))
    return out, vocab, B

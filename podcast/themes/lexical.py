"""The lexical method (no model): document vectors from the log's own word co-occurrences.

Short notes rarely share words even when they ask the same thing ("plogvall" vs "snövallen
blockerar"), so plain TF-IDF + KMeans clusters poorly. Instead:

1. binary document × stem matrix over the de-duplicated notes (weights = how often each occurs);
2. stem × stem co-occurrence → positive pointwise mutual information (PPMI) → truncated SVD:
   stems used in the same notes get similar vectors (a corpus-trained, dictionary-free
   "synonym" space);
3. a note's vector = IDF-weighted sum of its stems' vectors, plus a character 3–5-gram TF-IDF
   part (typos, compounds), both L2-normalised.

Everything is sparse/numpy; a million notes de-duplicate to far fewer distinct stem strings.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize


def _ppmi_term_vectors(B: sp.csr_matrix, weights: np.ndarray, dims: int, seed: int) -> np.ndarray:
    Bw = B.multiply(weights[:, None]).tocsr() if weights is not None else B
    C = (B.T @ Bw).toarray().astype(np.float64)
    np.fill_diagonal(C, 0.0)
    total = C.sum()
    if total <= 0:
        return np.zeros((B.shape[1], 1))
    marg = C.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((C * total) / (marg @ marg.T))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    dims = max(1, min(dims, pmi.shape[0] - 1))
    svd = TruncatedSVD(dims, random_state=seed, algorithm="randomized", n_iter=7)
    us = svd.fit_transform(pmi)  # U * S
    return us / np.sqrt(np.maximum(svd.singular_values_, 1e-12))[None, :]  # U * sqrt(S)


def lexical_vectors(docs: list[str], weights: np.ndarray | None = None, *, dims: int = 24,
                    char_dims: int = 48, char_weight: float = 0.5, seed: int = 0,
                    max_terms: int = 6000) -> tuple[np.ndarray, list[str], sp.csr_matrix]:
    """Vectors for unique cleaned notes (space-separated stems).

    Returns (matrix n × d, vocabulary, binary doc-term matrix) — the latter two are reused
    for labelling.
    """
    n = len(docs)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    min_df = 2 if n >= 50 else 1
    cv = CountVectorizer(binary=True, token_pattern=r"\S+", min_df=min_df,
                         max_features=max_terms, dtype=np.float32)
    try:
        B = cv.fit_transform(docs).tocsr()
    except ValueError:  # empty vocabulary
        cv = CountVectorizer(binary=True, token_pattern=r"\S+", dtype=np.float32)
        B = cv.fit_transform([d or "tom" for d in docs]).tocsr()
    vocab = list(cv.get_feature_names_out())
    df = np.asarray(B.multiply(w[:, None]).sum(axis=0)).ravel()
    idf = np.log((w.sum() + 1.0) / (df + 1.0)) + 1.0
    T = _ppmi_term_vectors(B, w, dims, seed)
    D = (B.multiply(idf[None, :])).tocsr() @ T
    parts = [normalize(np.asarray(D))]
    if char_weight > 0 and char_dims > 0:
        tv = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                             min_df=min_df, max_features=200000, dtype=np.float32)
        try:
            X = tv.fit_transform([d or "tom" for d in docs])
            k = max(1, min(char_dims, X.shape[1] - 1, n - 1))
            Z = TruncatedSVD(k, random_state=seed, algorithm="randomized", n_iter=5) \
                .fit_transform(X)
            parts.append(normalize(Z) * char_weight)
        except ValueError:
            pass
    return normalize(np.hstack(parts)).astype(np.float32), vocab, B

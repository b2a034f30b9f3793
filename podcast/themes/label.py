"""Theme labels from class-based TF-IDF over stems, shown as the real words behind them.

For theme *c* and stem *t*: ``score = share_c(t) * log(1 + A / f(t))`` where ``share_c(t)`` is
the share of the theme's notes containing *t*, ``f(t)`` the number of notes containing *t*
overall and ``A`` the average theme size. A stem must occur in at least 8 % of the theme's
notes to be a label word, so one-off words (and any name that slipped through) never become
labels. Placeholders such as ``[TEL]`` are removed before stemming, so they cannot appear.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from podcast.themes.names import FIRST_NAMES
from podcast.themes.normalize import Normaliser, fold

_NAME_STEMS = frozenset(fold(n.lower()) for n in FIRST_NAMES)


def theme_terms(B: sp.csr_matrix, vocab: list[str], labels: np.ndarray, weights: np.ndarray,
                n_themes: int, *, top: int = 8, min_share: float = 0.08) -> list[list[str]]:
    """Top stems per theme (``labels`` per unique note, -1 = noise)."""
    B = B.tocsr()
    w = np.asarray(weights, dtype=np.float64)
    keep = labels >= 0
    onehot = sp.csr_matrix((w[keep], (labels[keep], np.nonzero(keep)[0])),
                           shape=(n_themes, B.shape[0]))
    tf = np.asarray((onehot @ B).todense())  # theme × stem: weighted notes containing stem
    size = np.asarray(onehot.sum(axis=1)).ravel()
    total = tf.sum(axis=0) + 1e-9
    avg = size.mean() if len(size) else 1.0
    share = tf / np.maximum(size[:, None], 1e-9)
    score = share * np.log1p(avg / total)[None, :]
    bad = np.array([len(v) < 3 or v in _NAME_STEMS for v in vocab], dtype=bool)
    out: list[list[str]] = []
    for c in range(n_themes):
        s = np.where((share[c] >= min_share) & ~bad, score[c], -1.0)
        order = np.argsort(-s, kind="stable")
        out.append([vocab[i] for i in order[:top] if s[i] > 0])
    return out


def make_label(stems: list[str], normaliser: Normaliser, *, words: int = 3) -> str:
    """'snöröjning, plogvall, sandning' from the top stems (no word repeated/contained twice)."""
    chosen: list[str] = []
    for stem in stems:
        word = normaliser.display(stem)
        if any(word in c or c in word for c in chosen):
            continue
        chosen.append(word)
        if len(chosen) == words:
            break
    return ", ".join(chosen) if chosen else "övrigt"

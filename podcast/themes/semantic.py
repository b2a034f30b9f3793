"""The semantic method: e5 sentence embeddings of a note's question parts, plus the lexical space.

A note is split into parts (sentences and comma clauses). Parts that hold only boilerplate
("Hej!", "Man ringer", "Info lämnad.") are dropped; the rest is stripped of boilerplate words
and embedded (``query:`` prefix, e5's advice for clustering). Distinct parts repeat a lot across
a log, so a month's log embeds a few thousand parts, and next month only new ones (cache).

A note's vector is the mean of the whole note's vector and its parts' mean (no hand-set part
weights). The mean over each channel is removed (phone notes, e-mails and chats are written
in different styles and otherwise cluster by channel), and the lexical vector may be appended
so that words specific to this log (local place names for services, new e-services) still
count; how much it weighs is chosen per log (``podcast.themes.views``).
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.preprocessing import normalize

from podcast.privacy.redact import PLACEHOLDER_RE
from podcast.progress import Progress
from podcast.themes.embed import E5Embedder, VectorCache, embed_cached
from podcast.themes.normalize import (
    BOILERPLATE,
    ENGLISH_BOILERPLATE,
    Normaliser,
    strip_salutation,
    tokenize,
)

_SPLIT_RE = re.compile(r"[.!?;:\n]+(?:\s|$)|,\s+|\s+/\s+|\s+-\s+|\s*//\s*|\s*\|\s*")
_GREETING = frozenset({"hej", "hejsan", "hallå", "god", "dag", "jag", "ni", "vi", "hi", "hello",
                       "dear", "i", "we"})


def question_parts(text: str, normaliser: Normaliser) -> list[str]:
    """The parts of a (redacted) note that carry content, boilerplate words removed."""
    text = PLACEHOLDER_RE.sub(" ", strip_salutation(text))
    drop = (ENGLISH_BOILERPLATE if normaliser.language == "en" else BOILERPLATE) | _GREETING
    out: list[str] = []
    for part in _SPLIT_RE.split(text):
        words = tokenize(part.lower())
        if not any(normaliser.word(w) for w in words):
            continue
        kept = [w for w in words if w not in drop]
        if kept:
            out.append(" ".join(kept))
    return out


def semantic_vectors(unit_texts: list[str], unit_channels: list[str], weights: np.ndarray,
                     normaliser: Normaliser, cache: VectorCache | None, *,
                     embedder_factory=E5Embedder, progress: Progress | None = None,
                     ) -> tuple[np.ndarray, np.ndarray, int]:
    """e5 vectors of the clustering units.

    Returns (note vectors, centred vectors, number of texts embedded now). A note's vector is
    the mean of the e5 vector of the whole (redacted) note and the mean of its question
    parts' vectors, every part weighing the same: the whole note keeps the context, the parts
    leave out greetings and signatures. The centred vectors have each channel's weighted mean
    removed (phone notes, e-mails and chats are written in different styles and otherwise
    cluster by channel): they are what is clustered; the plain ones are compared with the
    service areas.
    """
    parts = [question_parts(t, normaliser) for t in unit_texts]
    wholes = [t if t.strip() else "" for t in unit_texts]
    distinct = sorted({p for ps in parts for p in ps} | {w for w in wholes if w})
    matrix, embedded = embed_cached(distinct, cache, embedder_factory, progress=progress)
    dim = matrix.shape[1] if matrix.size else 384
    index = {p: i for i, p in enumerate(distinct)}
    E = np.zeros((len(unit_texts), dim), dtype=np.float32)
    for u, ps in enumerate(parts):
        vec = np.zeros(dim, dtype=np.float32)
        if wholes[u]:
            vec += matrix[index[wholes[u]]]
        if ps:
            part_mean = matrix[[index[p] for p in ps]].mean(axis=0)
            vec += part_mean / (np.linalg.norm(part_mean) or 1.0)
        E[u] = vec
    E = normalize(E)
    C = E.copy()
    channels = np.asarray(unit_channels)
    w = np.asarray(weights, dtype=np.float64)
    for ch in np.unique(channels):
        mask = channels == ch
        C[mask] -= np.average(E[mask], axis=0, weights=w[mask]).astype(np.float32)
    return E, normalize(C).astype(np.float32), embedded


def combine(centred: np.ndarray, lexical: np.ndarray, lexical_weight: float) -> np.ndarray:
    """The clustered space: centred e5 vectors beside the log's own lexical vectors."""
    if lexical_weight <= 0:
        return centred
    return normalize(np.hstack([centred, lexical * lexical_weight])).astype(np.float32)
LEXICAL_WEIGHT = 0.5

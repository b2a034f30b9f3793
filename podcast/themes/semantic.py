"""The semantic method: e5 sentence embeddings of a note's question parts, plus the lexical space.

A note is split into parts (sentences and comma clauses). Parts that hold only boilerplate
("Hej!", "Man ringer", "Info lämnad.") are dropped; the rest is stripped of boilerplate words
and embedded (``query:`` prefix, e5's advice for clustering). Distinct parts repeat a lot across
a log, so a month's log embeds a few thousand parts, and next month only new ones (cache).

A note's vector is a weighted mean of its parts: the first question counts a little more
(weights 1, 0.85, 0.72...), and a part introduced as an aside ("även fråga om ...",
"också ...") counts 0.3. Each part's weight is multiplied by how likely it is to carry the
note's theme, judged from what it says and where it stands (:mod:`podcast.themes.content`:
a letterhead, a greeting, a signature weigh little), and a part that many notes share is
weighted down as far as the log's use of it marks it as a frame that every theme wears
("Kategori: Övrigt –", "Besök i receptionen.") rather than a question
(:mod:`podcast.themes.frames`); both are models learned from labelled logs.
The mean over each channel is removed (phone notes, e-mails and chats are written in different
styles and otherwise cluster by channel), and the lexical vector is appended so
that words specific to this log (local place names for services, new e-services) still count
(with a fixed weight, :data:`LEXICAL_WEIGHT`).
"""

from __future__ import annotations

import re

import numpy as np
from sklearn.preprocessing import normalize

from podcast.privacy.redact import PLACEHOLDER_RE
from podcast.progress import Progress
from podcast.themes.content import content_model
from podcast.themes.embed import E5Embedder, VectorCache, embed_cached
from podcast.themes.frames import frame_model
from podcast.themes.normalize import (
    BOILERPLATE,
    ENGLISH_BOILERPLATE,
    Normaliser,
    strip_salutation,
    tokenize,
)

_SPLIT_RE = re.compile(r"[.!?;:\n]+(?:\s|$)|,\s+|\s+/\s+|\s+-\s+|\s*//\s*|\s*\|\s*")
_ASIDE = frozenset({"även", "också", "dessutom", "plus", "also", "additionally", "furthermore"})
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


#: Each part of a note weighs this much of the part before it. 0.4 until the sixth session;
#: with the learned part-content weights (:mod:`.content`) 0.85 was best on the nine logs
#: they were fitted on and check_brev (seeds 0-1; 0.4, 0.7, 0.85 and 1 measured, see
#: docs/themes-evaluation.md): a letter's matter stands behind its letterhead.
DECAY = 0.85
ASIDE_WEIGHT = 0.3


def part_weights(parts: list[str], decay: float | None = None) -> list[float]:
    decay = DECAY if decay is None else decay
    weights = []
    for i, part in enumerate(parts):
        w = decay ** i
        first = part.split(" ", 1)[0]
        if first in _ASIDE or (i > 0 and first == "om"):
            w *= ASIDE_WEIGHT
        weights.append(w)
    return weights


#: How much the lexical block weighs next to the e5 block, for every log and language.
#: Measured on the six harness sets (scripts/bench/themes_eval.py, seeds 0-2, true k):
#: a constant 0.6 gave mean NMI 0.702 against 0.680 for the earlier rule (0.6 on logs of
#: under ~800 rows and on English, rising to 1 for larger Swedish logs: tuned on
#: contacts_3k, the one set where 1 is best). Weights 0, 0.3, 0.5 and 1 were also measured;
#: see docs/themes-evaluation.md.
LEXICAL_WEIGHT = 0.6


def semantic_vectors(unit_texts: list[str], unit_channels: list[str], weights: np.ndarray,
                     lexical: np.ndarray, normaliser: Normaliser, cache: VectorCache | None, *,
                     lexical_weight: float = LEXICAL_WEIGHT, embedder_factory=E5Embedder,
                     progress: Progress | None = None, learned_frames: bool = True,
                     learned_content: bool = True) -> tuple[np.ndarray, np.ndarray, int]:
    """Vectors for the clustering units.

    Returns (matrix, the e5 note vectors before the channel mean is removed — what the
    service areas are compared with —, number of parts embedded now).
    """
    parts = [question_parts(t, normaliser) for t in unit_texts]
    distinct = sorted({p for ps in parts for p in ps})
    matrix, embedded = embed_cached(distinct, cache, embedder_factory, progress=progress)
    dim = matrix.shape[1] if matrix.size else 384
    index = {p: i for i, p in enumerate(distinct)}
    E = np.zeros((len(unit_texts), dim), dtype=np.float32)
    frames = frame_model().multipliers(parts, weights) if learned_frames else {}
    content = content_model().multipliers(parts, matrix, index) if learned_content else None
    for u, ps in enumerate(parts):
        if not ps:
            continue
        w = np.asarray(part_weights(ps), dtype=np.float32)
        if frames:
            w *= np.asarray([frames.get(p, 1.0) for p in ps], dtype=np.float32)
        if content is not None:
            w *= content[u]
        E[u] = (w[:, None] * matrix[[index[p] for p in ps]]).sum(axis=0)
    E = normalize(E)
    plain = E.copy()
    channels = np.asarray(unit_channels)
    w = np.asarray(weights, dtype=np.float64)
    for ch in np.unique(channels):
        mask = channels == ch
        mean = np.average(E[mask], axis=0, weights=w[mask])
        E[mask] -= mean.astype(np.float32)
    E = normalize(E)
    X = normalize(np.hstack([E, lexical * lexical_weight])).astype(np.float32)
    return X, plain, embedded

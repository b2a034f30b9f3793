"""How likely a part of a note is to carry the note's theme, learned from labelled logs.

A note is more than its question: a letter opens with a place and a date and "Till
kommunstyrelsen", closes with "Med vänlig hälsning" and a name; a form repeats its field
names; an e-mail ends with a disclaimer. Where such parts weigh as much as the question, the
themes follow the letterheads. No list can hold them all, and they are not repeated word for
word (the date and the town change), so :mod:`podcast.themes.frames` does not see them.

This model looks at what a part says and where it stands: a logistic regression over the
part's e5 vector and five facts of its place (opens a note of several parts, closes one,
relative place, the log of the note's number of parts and of the part's words). It was
fitted by ``scripts/train_content_weights.py`` on the parts of ten labelled Swedish logs of
different origin (nine until the seventh session added the scanned letters: the five report
logs rose 0.662 → 0.685 in NMI, docs/themes-evaluation.md); a part counts as carrying its
theme when its vector is closer to its own theme's centre than to any other theme's. The
predicted probability multiplies the part's weight in its note (at least :data:`FLOOR`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from podcast.errors import ModelError

MODEL_PATH = Path(__file__).with_name("data") / "content_weights.json"
#: the least a part's weight is multiplied by
FLOOR = 0.05
PLACE_FEATURES = ("opens", "closes", "place", "log_parts", "log_words")


def place_matrix(parts: Sequence[Sequence[str]]) -> np.ndarray:
    """:data:`PLACE_FEATURES` of every part of every note (``parts``: each note's parts),
    one row per part in order: opens a note of several parts, closes one, its place (0 to
    1), log of the note's number of parts, log of the part's words."""
    lengths = np.fromiter((len(ps) for ps in parts), dtype=np.int64, count=len(parts))
    total = int(lengths.sum())
    words = np.fromiter((len(p.split()) for ps in parts for p in ps), dtype=np.float64,
                        count=total)
    count = np.repeat(lengths, lengths)
    place = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    several = count > 1
    return np.column_stack([
        several & (place == 0), several & (place == count - 1),
        np.where(several, place / np.maximum(count - 1, 1), 0.0), np.log(count),
        np.log(np.maximum(words, 1.0))]).astype(np.float64).reshape(total, len(PLACE_FEATURES))


def _logistic(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class ContentModel:
    """A logistic regression over a part's vector and :data:`PLACE_FEATURES`."""

    vector_coef: np.ndarray
    place_coef: np.ndarray
    intercept: float

    def probabilities(self, vectors: np.ndarray, places: np.ndarray) -> np.ndarray:
        """P(carries its note's theme) for parts with these vectors and place features."""
        return _logistic(vectors @ self.vector_coef + places @ self.place_coef + self.intercept)

    @property
    def dimension(self) -> int:
        return len(self.vector_coef)

    def multipliers(self, parts: Sequence[Sequence[str]], matrix: np.ndarray,
                    index: dict[str, int]) -> list[np.ndarray] | None:
        """For every note (its parts, the parts' vectors in ``matrix`` at ``index``), the
        factor for each part's weight; None for vectors of another model than the one it
        was fitted on (another dimension)."""
        if matrix.ndim != 2 or matrix.shape[1] != self.dimension:
            return None
        # the vector's share once per distinct part, the place per occurrence, all at once
        # (one row per occurrence would hold every part's vector again: 0.8 GB on 100k notes)
        lengths = [len(ps) for ps in parts]
        if not any(lengths):
            return [np.ones(0, dtype=np.float32) for _ in parts]
        rows = np.fromiter((index[p] for ps in parts for p in ps), dtype=np.int64,
                           count=sum(lengths))
        vector_score = matrix.astype(np.float64) @ self.vector_coef
        z = vector_score[rows] + place_matrix(parts) @ self.place_coef + self.intercept
        prob = np.maximum(_logistic(z), FLOOR).astype(np.float32)
        return np.split(prob, np.cumsum(lengths)[:-1])

    def to_json(self, **about: object) -> str:
        return json.dumps({"place_features": list(PLACE_FEATURES),
                           "place_coef": [round(float(c), 6) for c in self.place_coef],
                           "intercept": round(float(self.intercept), 6),
                           "vector_coef": [round(float(c), 6) for c in self.vector_coef],
                           **about}, indent=1, ensure_ascii=False) + "\n"


@cache
def content_model(path: Path = MODEL_PATH) -> ContentModel:
    """The shipped model (read once)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["place_features"] != list(PLACE_FEATURES):
            raise ValueError(f"place features {data['place_features']} are not "
                             f"{list(PLACE_FEATURES)}")
        return ContentModel(np.asarray(data["vector_coef"], dtype=np.float64),
                            np.asarray(data["place_coef"], dtype=np.float64),
                            float(data["intercept"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: the part-content model cannot be read: {exc}") from exc

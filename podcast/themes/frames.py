"""How much a repeated part of a note says about its theme, learned from labelled logs.

Many logs wrap the question in frames that every theme shares: an app's "Kategori: Övrigt –",
a case system's "Besök i receptionen." and "Ärendet avslutat.", a social-media "Håller med
ovan!". A note's first part counts most in the semantic method, so where a frame opens the
note the themes follow the frames. Which parts are frames cannot be listed by hand (each log
has its own) and is not plain repetition either: in an inbox where citizens ask the same
questions, a question repeats as often as a frame.

So each part that stands in at least :data:`MIN_NOTES` notes gets statistics of how the log
uses it, none of them about its words: the share of notes that hold it, how often it opens or
closes a note of several parts, its mean place, how many different parts it keeps company
with, its length and its rank among the log's repeated parts. A linear model maps them to how
much of a theme the part's notes share (0: spread like a frame, 1: all one theme). It was
fitted by ``scripts/train_frame_weights.py`` on six labelled logs of different origin and
ships as :data:`MODEL_PATH`; the part's weight in its note is multiplied by the prediction,
between :data:`FLOOR` and 1. Parts in fewer notes keep their weight.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from podcast.errors import ModelError

MODEL_PATH = Path(__file__).with_name("data") / "frame_weights.json"
#: a part must stand in this many notes (rows) to be judged
MIN_NOTES = 3
#: the least a frame's weight is multiplied by
FLOOR = 0.05
FEATURES = ("log_share", "opens", "closes", "mean_place", "with_others", "company",
            "words", "rank")


def part_statistics(parts: Sequence[Sequence[str]], weights: Sequence[float] | None = None
                    ) -> dict[str, list[float]]:
    """:data:`FEATURES` of every part in at least :data:`MIN_NOTES` notes (weighted: a
    distinct note that stands for ``w`` rows counts ``w`` times)."""
    w = [1.0] * len(parts) if weights is None else [float(x) for x in weights]
    total = sum(w)
    notes: dict[str, float] = {}
    multi: dict[str, float] = {}
    opens: dict[str, float] = {}
    closes: dict[str, float] = {}
    place: dict[str, float] = {}
    pairs: dict[str, float] = {}
    company: dict[str, set[str]] = {}
    for ps, wu in zip(parts, w, strict=True):
        for p in set(ps):
            notes[p] = notes.get(p, 0.0) + wu
    for ps, wu in zip(parts, w, strict=True):
        if len(ps) < 2:
            continue
        distinct = list(dict.fromkeys(ps))
        for i, p in enumerate(distinct):
            if notes[p] < MIN_NOTES:
                continue  # (most parts: only the repeated ones are judged)
            multi[p] = multi.get(p, 0.0) + wu
            opens[p] = opens.get(p, 0.0) + wu * (ps[0] == p)
            closes[p] = closes.get(p, 0.0) + wu * (ps[-1] == p)
            place[p] = place.get(p, 0.0) + wu * i / (len(ps) - 1)
            pairs[p] = pairs.get(p, 0.0) + wu * (len(distinct) - 1)
            company.setdefault(p, set()).update(q for q in distinct if q != p)
    counts = sorted(notes.values())
    out: dict[str, list[float]] = {}
    for p, n in notes.items():
        if n < MIN_NOTES:
            continue
        m = multi.get(p, 0.0)
        out[p] = [
            math.log(n / total),
            opens[p] / m if m else 1.0,
            closes[p] / m if m else 1.0,
            place[p] / m if m else 0.0,
            m / n,
            len(company[p]) / pairs[p] if pairs.get(p) else 1.0,
            float(len(p.split())),
            bisect_left(counts, n) / len(counts),
        ]
    return out


@dataclass(frozen=True)
class FrameModel:
    """A linear map from :data:`FEATURES` to how much of a theme a part's notes share."""

    coef: tuple[float, ...]
    intercept: float

    def multipliers(self, parts: Sequence[Sequence[str]],
                    weights: Sequence[float] | None = None) -> dict[str, float]:
        """Part → factor for its weight in a note, for the parts in enough notes."""
        stats = part_statistics(parts, weights)
        if not stats:
            return {}
        names = list(stats)
        X = np.asarray([stats[p] for p in names], dtype=np.float64)
        pred = np.clip(X @ np.asarray(self.coef) + self.intercept, FLOOR, 1.0)
        return dict(zip(names, pred.tolist(), strict=True))

    def to_json(self, **about: object) -> str:
        return json.dumps({"features": list(FEATURES), "coef": list(self.coef),
                           "intercept": self.intercept, **about}, indent=1,
                          ensure_ascii=False) + "\n"


@cache
def frame_model(path: Path = MODEL_PATH) -> FrameModel:
    """The shipped model (read once)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["features"] != list(FEATURES) or len(data["coef"]) != len(FEATURES):
            raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
        return FrameModel(tuple(float(c) for c in data["coef"]), float(data["intercept"]))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read the frame-weight model ({exc})") from exc

"""The learned frame weights: statistics of repeated parts, the shipped model, bad files."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from podcast.errors import ModelError
from podcast.themes.frames import FEATURES, MIN_NOTES, FrameModel, frame_model, part_statistics
from podcast.themes.normalize import Normaliser
from podcast.themes.semantic import question_parts, semantic_vectors

QUESTIONS = {
    "snö": ["vår gata är inte plogad", "plogvallen blockerar infarten", "trottoaren är isig"],
    "sopor": ["soptunnan blev inte tömd", "vill byta till mindre kärl",
              "matavfallspåsarna är slut"],
    "bygglov": ["behöver jag bygglov för ett plank", "hur lång tid tar ett bygglov",
                "grannen bygger utan lov"],
}
DETAILS = ["det gäller {}", "vi bor vid {}", "sedan i måndags vid {}"]
PLACES = ["torget", "skolan", "kyrkan", "ån", "hamnen", "banvallen", "badet", "backen"]


def app_log(rows: int = 90, seed: int = 3) -> tuple[list[str], list[str]]:
    """An app inbox where every other note opens with the app's category frame."""
    rnd = random.Random(seed)
    texts, themes = [], []
    for _ in range(rows):
        theme = rnd.choice(sorted(QUESTIONS))
        text = (f"{rnd.choice(QUESTIONS[theme])}. "
                f"{rnd.choice(DETAILS).format(rnd.choice(PLACES))}.")
        if rnd.random() < 0.5:
            text = "Kategori övrigt: " + text
        texts.append(text)
        themes.append(theme)
    return texts, themes


def test_statistics_describe_how_the_log_uses_a_part() -> None:
    parts = [["kategori övrigt", "soptunnan"], ["kategori övrigt", "plogvallen"],
             ["plogvallen"], ["soptunnan", "kategori övrigt"], ["ensam"]]
    stats = part_statistics(parts)
    assert set(stats) == {"kategori övrigt"}  # the only part in MIN_NOTES notes
    assert MIN_NOTES == 3
    row = dict(zip(FEATURES, stats["kategori övrigt"], strict=True))
    assert row["opens"] == pytest.approx(2 / 3) and row["closes"] == pytest.approx(1 / 3)
    assert row["with_others"] == 1.0 and row["words"] == 2.0
    assert row["company"] == pytest.approx(2 / 3)  # two different parts in three pairings
    # a distinct note that stands for several rows counts that many times
    weighted = part_statistics([["kategori övrigt", "a"], ["b", "c"]], [3, 1])
    assert set(weighted) == {"kategori övrigt", "a"}


def test_the_shipped_model_weighs_frames_below_most_questions() -> None:
    texts, _ = app_log()
    normaliser = Normaliser("sv")
    parts = [question_parts(t, normaliser) for t in texts]
    mult = frame_model().multipliers(parts)
    questions = sorted(mult[p] for p in {q for qs in QUESTIONS.values() for q in qs}
                       & mult.keys())
    assert len(questions) >= 6
    median = questions[len(questions) // 2]
    assert mult["kategori övrigt"] < median  # the category every theme wears
    endings = [m for p, m in mult.items() if p.startswith("sedan måndags")]
    assert endings and max(endings) < median  # a closing detail any theme can have
    assert all(0.05 <= m <= 1.0 for m in mult.values())


def test_a_model_file_with_other_features_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "frame_weights.json"
    bad.write_text(FrameModel((0.1,) * 3, 0.0).to_json().replace('"rank"', '"other"'),
                   encoding="utf-8")
    with pytest.raises(ModelError, match="frame-weight model"):
        frame_model.__wrapped__(bad)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match=str(bad)):
        frame_model.__wrapped__(bad)


class _HashEmbedder:
    """A stand-in for e5 at the model boundary: a fixed random vector per text."""

    name, dim = "hash-test", 32

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.array([np.random.default_rng(sum(map(ord, t))).normal(size=self.dim)
                        for t in texts], dtype=np.float32).reshape(len(texts), self.dim)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_the_note_vectors_lean_less_on_a_frame_when_the_weights_are_on() -> None:
    texts, themes = app_log(rows=120)
    framed = [i for i, t in enumerate(texts) if t.startswith("Kategori")]
    normaliser = Normaliser("sv")

    def frame_pull(learned: bool) -> float:
        _, plain, _ = semantic_vectors(texts, ["app"] * len(texts), np.ones(len(texts)),
                                       np.zeros((len(texts), 4), np.float32), normaliser,
                                       None, embedder_factory=_HashEmbedder,
                                       learned_frames=learned)
        pairs = [(i, j) for i in framed for j in framed if i < j and themes[i] != themes[j]]
        return float(np.mean([plain[i] @ plain[j] for i, j in pairs]))

    # framed notes of different themes are alike through the frame alone
    assert frame_pull(True) < frame_pull(False) - 0.05

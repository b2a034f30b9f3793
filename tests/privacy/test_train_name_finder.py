"""The training script's name swapping (``--augment``), on sentences written here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from podcast.privacy.name_finder import PER

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_name_finder.py"


def load_script():
    spec = importlib.util.spec_from_file_location("train_name_finder", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RANKS = {"maria": "30", "jonas": "20", "berg": "03", "okafor": "02", "lindqvist": "01",
         "محمد": "33", "elin": "10"}


def test_people_are_swapped_for_listed_names_and_the_rest_is_kept() -> None:
    train = load_script()
    sentence = [("Boken", 0), ("om", 0), ("Anna", PER), ("Lindhs", PER), ("liv", 0), (".", 0)]
    copies = train.with_new_names([sentence, [("Ingen", 0), ("person", 0)]], RANKS, 20, seed=1)
    assert len(copies) == 20  # only the sentence with a person, 20 times
    for copy in copies:
        assert [t for _, t in copy] == [t for _, t in sentence]
        assert [w for w, t in copy if t != PER] == ["Boken", "om", "liv", "."]
        first, last = copy[2][0], copy[3][0]
        # a top-1,000 first name, then a top-1,000 surname with the genitive s kept; never a
        # name outside the Latin alphabet, nor one only in a top 20,000
        assert first in ("Maria", "Jonas")
        assert last in ("Bergs", "Okafors")


def test_the_same_seed_gives_the_same_copies() -> None:
    train = load_script()
    sentence = [("Anna", PER), ("ringde", 0)]
    assert (train.with_new_names([sentence], RANKS, 4, seed=7)
            == train.with_new_names([sentence], RANKS, 4, seed=7))

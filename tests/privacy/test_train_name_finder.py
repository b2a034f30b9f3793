"""The training script's name swapping (``--augment``), on sentences written here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

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


def test_contact_notes_become_sentences_per_line_with_names_tagged(tmp_path: Path) -> None:
    """``--notes``: a hand-labelled note is cut into lines; the words of a NAME part are
    PER, the words of another part (an e-mail address) are no example at all (-1)."""
    train = load_script()
    notes = tmp_path / "notes.jsonl"
    notes.write_text(
        '{"text": "Hej!\\nLena Strid ringde, lena.s@mejl.se", "pii": [["NAME", "Lena Strid"], '
        '["EMAIL", "lena.s@mejl.se"]]}\n', encoding="utf-8")
    sents = train.read_notes([notes])
    assert sents[0] == [("Hej", 0), ("!", 0)]
    assert sents[1][:3] == [("Lena", PER), ("Strid", PER), ("ringde", 0)]
    assert {t for w, t in sents[1][4:]} == {-1}


def test_a_labelled_part_missing_from_its_note_stops_with_its_line(tmp_path: Path) -> None:
    train = load_script()
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"text": "Hej", "pii": [["NAME", "Lena"]]}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="notes.jsonl:1: 'Lena' is not in the text"):
        train.read_notes([notes])


def test_ordinary_words_come_from_the_spelling_dictionary_in_lower_case_only() -> None:
    train = load_script()
    path = Path(__file__).resolve().parents[1] / "data" / "hunspell" / "mini_sv"
    words = frozenset({"rosa", "ylva", "fran", "bjork", "jonatan"})
    # "Ylva" is in the dictionary with a capital only: a name, not an ordinary word;
    # "fran" and "bjork" are "från" and "björk" typed without å/ä/ö
    assert train.dictionary_words(words, path) == {"rosa", "fran", "bjork"}


def test_a_labelled_part_takes_a_whole_words_place_and_a_part_said_twice_its_next() -> None:
    train = load_script()
    text = "Det är Kicki på Komvux. Kicki skriver. /K"
    spans = train.note_spans(text, [["NAME", "Kicki"], ["NAME", "Kicki"], ["NAME", "K"]], "t")
    assert spans == [("NAME", 7, 12), ("NAME", 24, 29), ("NAME", 40, 41)]

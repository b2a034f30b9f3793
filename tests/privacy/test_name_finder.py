"""The shipped statistical name finder: it loads, tags a known sentence, fails in one line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from podcast.privacy.name_finder import (
    MODEL_PATH,
    PER,
    ModelError,
    NameFinder,
    model,
    sentence_starts,
    tokenize,
)


def names_in(text: str) -> list[str]:
    return [text[a:b] for a, b in model().find(text)]


def test_model_ships_in_the_package_and_is_small() -> None:
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size <= 20_000_000
    assert model() is model()  # loaded once


@pytest.mark.parametrize(("text", "people", "places"), [
    ("I går besökte statsministern Fredrik Reinfeldt Göteborg tillsammans med Anna Kinberg .",
     ["Fredrik Reinfeldt", "Anna Kinberg"], ["Göteborg"]),
    ("– Det är bra , säger Bodil Hallin på Skatteverket i Malmö .",
     ["Bodil Hallin"], ["Skatteverket", "Malmö"]),
])
def test_a_known_news_sentence_tags_its_people_not_its_places(
        text: str, people: list[str], places: list[str]) -> None:
    found = names_in(text)
    assert found == people
    assert not any(p in n for n in found for p in places)


def test_tags_are_per_word_and_ordinary_lower_case_words_are_never_scored() -> None:
    words = ["Jag", "pratade", "med", "Bodil", "Hallin", "på", "förvaltningen", "."]
    tags = model().tag_words(words, [i == 0 for i in range(len(words))])
    assert tags[3] == PER and tags[4] == PER
    assert tags[1] == tags[2] == tags[6] == 0


def test_particles_join_a_name() -> None:
    assert "Carl von Platen" in names_in("Brevet skrevs av Carl von Platen i Stockholm .")
    # a particle joined by a hyphen is scored and joins the name before it
    assert "Bashar al-Assad" in names_in("Presidenten Bashar al-Assad talade i tv i går .")


def test_initials_and_regnal_numbers_stay_inside_a_name() -> None:
    assert names_in("– Vi är nöjda , säger Karin M Holmberg på förbundet .") == [
        "Karin M Holmberg"]
    assert "Carl XVI Gustaf" in names_in("Kung Carl XVI Gustaf invigde bron i går .")


def test_a_sentence_opening_surname_is_tagged_a_name() -> None:
    assert names_in("Granqvist spelade hela matchen och gjorde två mål .") == ["Granqvist"]


def test_tokens_keep_hyphenated_names_whole() -> None:
    text = "Anna-Karin Svensson-Lind ringde"
    assert [text[a:b] for a, b in tokenize(text)] == ["Anna-Karin", "Svensson-Lind", "ringde"]


def test_a_broken_model_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "name_finder.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelError, match="name_finder.npz"):
        NameFinder.load(bad)
    half = tmp_path / "half.npz"
    np.savez(half, features=np.frombuffer(b"b\nw=x", np.uint8), weights=np.zeros((1, 5)))
    with pytest.raises(ModelError, match="half.npz"):
        NameFinder.load(half)


def test_name_ranks_give_each_listed_word_its_code_and_others_none() -> None:
    from podcast.privacy.name_finder import NameRanks

    ranks = NameRanks.from_dict({"wenger": "13", "anna": "32", "hirvonen": "12"})
    assert [ranks.code(w) for w in ("wenger", "anna", "hirvonen")] == ["13", "32", "12"]
    assert ranks.code("kommun") == ranks.code("") == "00"


def test_the_shipped_model_knows_how_common_names_are_worldwide() -> None:
    """The world-wide rank features: a surname on no Swedish list is found on its own
    ("Wenger", "Hirvonen" are common in Switzerland and Finland)."""
    ranks = model().ranks
    assert ranks is not None
    assert ranks.code("wenger") != "00" and ranks.code("hirvonen") != "00"
    assert ranks.code("bygglov") == "00"
    assert names_in("Wenger kom till Arsenal 1996 .") == ["Wenger"]
    assert names_in("Hirvonen har vunnit de två senaste åren .") == ["Hirvonen"]


@pytest.mark.parametrize("text", [
    "– Domen bygger på en anklagelse utan grund , skriver Liverpool i ett pressmeddelande .",
    "Men det här var en språngbräda mot Lausanne , Birmingham och Zürich .",
])
def test_a_large_town_on_its_own_is_no_person(text: str) -> None:
    assert {"liverpool", "birmingham"} <= model().places
    assert names_in(text) == []


def test_a_place_word_next_to_a_name_stays_part_of_it() -> None:
    """The place veto only takes a town standing alone: with a person tag beside it the
    word is kept ("Anna Birmingham" is a person)."""
    finder = model()
    words = ["Jag", "ringde", "Anna", "Birmingham", "i", "går", "."]
    starts = [i == 0 for i in range(len(words))]
    tags = finder.tag_words(words, starts)
    assert tags[2] == PER
    assert tags[3] == PER


def test_name_ranks_that_do_not_match_their_codes_are_a_one_line_error(tmp_path: Path) -> None:
    words = lambda text: np.frombuffer(text.encode("utf-8"), np.uint8)  # noqa: E731
    bad = tmp_path / "ranks.npz"
    np.savez(bad, features=words("b"), weights=np.zeros((1, 5)), first_names=words("anna"),
             surnames=words("berg"), everyday=words("och"), margin=np.float32(0.5),
             rank_hashes=np.array([1, 2, 3], np.uint32), rank_codes=np.array([1, 2], np.uint8))
    with pytest.raises(ModelError, match="ranks.npz: 3 name hashes but 2 codes"):
        NameFinder.load(bad)


def test_the_full_stop_of_an_initial_ends_no_sentence() -> None:
    # "till K. Lundgren": Lundgren is read mid-sentence; after "på." a new sentence opens
    words = ["Lämnat", "till", "K", ".", "Lundgren", "på", ".", "Hon", "ringde"]
    assert sentence_starts(words) == [True, False, False, False, False, False, False, True,
                                      False]


def test_the_shipped_model_keeps_everyday_words_that_are_common_surnames_apart() -> None:
    """"Strid" and "Sommar" are everyday words, so on no name list, but common Swedish
    surnames: the model file keeps them apart for the rule that needs them."""
    finder = model()
    assert {"strid", "sommar", "storm"} <= finder.ordinary_surnames
    assert not finder.ordinary_surnames & (finder.surnames | finder.first_names)
    assert "bygglov" not in finder.ordinary_surnames

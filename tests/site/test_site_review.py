"""An honest site (issue #15): unreviewed transcripts are labelled, the accessibility
statement counts the reviewed ones, the build warns — or refuses with
``[site] require_reviewed_transcripts``."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from site_showkit import NOW, add_bygglov_transcript, make_show

from podcast.cli import cli
from podcast.review.status import mark_reviewed
from podcast.site import build_site
from podcast.workspace import Workspace

LABEL = "Automatisk transkribering – inte granskad"
REVIEWED_AT = dt.datetime(2026, 5, 2, 8, 0, tzinfo=dt.UTC)


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def _build(show: Path):
    ws = Workspace.load(show)
    return ws, build_site(ws, now=NOW, search=False)


def test_unreviewed_transcripts_are_labelled_counted_and_warned_about(tmp_path, caplog) -> None:
    show = make_show(tmp_path / "show")
    add_bygglov_transcript(show)
    with caplog.at_level(logging.WARNING, logger="podcast.site"):
        ws, result = _build(show)
    assert result.unreviewed_transcripts == ["bygglov", "snorojning"]  # newest first
    lines = [r.getMessage() for r in caplog.records if "not reviewed" in r.getMessage()]
    assert lines == ["2 of 2 published transcript(s) not reviewed (bygglov, snorojning); "
                     "run 'podcast review'"]
    site = ws.site_dir
    for slug in ("snorojning", "bygglov"):
        assert LABEL in (site / f"avsnitt/{slug}/index.html").read_text(encoding="utf-8")
    statement = _text(site / "tillganglighet/index.html")
    assert "0 av 2 publicerade transkriberingar är granskade av en redaktör." in statement
    assert "inte är granskad är märkt på avsnittets sida" in statement
    assert "granskas av en redaktör" not in statement

    # one is reviewed: its label goes, the statement and the warning follow (incremental)
    mark_reviewed(show / "episodes" / "snorojning", by="Sara Lind", at=REVIEWED_AT,
                  audio_sha256=None)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="podcast.site"):
        ws, result = _build(show)
    assert "avsnitt/snorojning/index.html" in result.written
    assert LABEL not in (site / "avsnitt/snorojning/index.html").read_text(encoding="utf-8")
    assert LABEL in (site / "avsnitt/bygglov/index.html").read_text(encoding="utf-8")
    assert "1 av 2 publicerade" in _text(site / "tillganglighet/index.html")
    assert [r.getMessage() for r in caplog.records if "not reviewed" in r.getMessage()] == [
        "1 of 2 published transcript(s) not reviewed (bygglov); run 'podcast review'"]

    mark_reviewed(show / "episodes" / "bygglov", by="Sara Lind", at=REVIEWED_AT,
                  audio_sha256=None)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="podcast.site"):
        ws, result = _build(show)
    assert result.unreviewed_transcripts == []
    assert not [r for r in caplog.records if "not reviewed" in r.getMessage()]
    statement = _text(site / "tillganglighet/index.html")
    assert "2 av 2 publicerade transkriberingar är granskade" in statement
    assert "Enstaka ord kan ändå vara fel." in statement


def test_english_statement_and_label(tmp_path) -> None:
    show = make_show(tmp_path / "show", language="en")
    ws, _ = _build(show)
    page = (ws.site_dir / "avsnitt/snorojning/index.html").read_text(encoding="utf-8")
    assert "Automatic transcript – not reviewed" in page
    statement = _text(ws.site_dir / "tillganglighet/index.html")
    assert "0 of 1 published transcripts have been reviewed by an editor." in statement


def test_require_reviewed_transcripts_refuses_to_build(tmp_path, runner, monkeypatch) -> None:
    show = make_show(tmp_path / "show")
    config = show / "podcast.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "[site]\n", "[site]\nrequire_reviewed_transcripts = true\n"), encoding="utf-8")
    monkeypatch.chdir(show)
    result = runner.invoke(cli, ["build", "--now", "2026-06-01", "--no-search"])
    assert result.exit_code == 4, result.output
    errors = [ln for ln in result.output.splitlines() if not ln.startswith("warning: ")]
    assert ("Error: podcast.toml: site.require_reviewed_transcripts: 1 of 1 published "
            "transcript(s) not reviewed (snorojning); run 'podcast review'") in errors
    assert len([ln for ln in errors if ln.startswith("Error:")]) == 1
    assert not (show / "build" / "site" / "feed.xml").exists()
    mark_reviewed(show / "episodes" / "snorojning", by="Sara Lind", at=REVIEWED_AT,
                  audio_sha256=None)
    result = runner.invoke(cli, ["build", "--now", "2026-06-01", "--no-search"])
    assert result.exit_code == 0, result.output
    assert "not reviewed" not in result.output


def test_cli_build_warns_in_one_line(tmp_path, runner, monkeypatch) -> None:
    show = make_show(tmp_path / "show")
    monkeypatch.chdir(show)
    result = runner.invoke(cli, ["build", "--now", "2026-06-01", "--no-search"])
    assert result.exit_code == 0, result.output
    warned = [ln for ln in result.output.splitlines() if "not reviewed" in ln]
    assert warned == ["warning: 1 of 1 published transcript(s) not reviewed (snorojning); "
                      "run 'podcast review'"]

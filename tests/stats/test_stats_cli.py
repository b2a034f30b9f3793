"""The ``podcast stats`` commands, inside a show and outside one."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from podcast.cli import cli

SHOW_TOML = """\
[show]
title = "Kommunpodden"
description = "Testpodd"
author = "Kommunen"
owner_email = "podd@kommun.se"
base_url = "https://podd.kommun.se/"

[stats]
{stats}
"""
EXPECTED_EDGE = {"snorojning-pa-vintern": 5, "bygglov-attefall": 2, "kort-info": 1}


@pytest.fixture
def show(tmp_path: Path, media_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A show whose build/audio holds the three published MP3s."""
    root = tmp_path / "show"
    (root / "build" / "audio").mkdir(parents=True)
    (root / "podcast.toml").write_text(SHOW_TOML.format(stats=""), encoding="utf-8")
    for mp3 in media_dir.glob("*.mp3"):
        shutil.copy(mp3, root / "build" / "audio" / mp3.name)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return root


def run(runner, *args: str, ok: bool = True):
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_ingest_and_report_inside_a_show(runner, show, logs, expected):
    n = expected["lines"]
    result = run(runner, "stats", "ingest", "--show", str(show), str(logs / "edge-access.log"),
                 str(logs / "s3-access.log.gz"))
    # The show is Swedish: so is what ingest prints.
    assert "edge-access.log (combined): 30 rader" in result.output
    assert f"s3-access.log.gz (s3): {n} rader" in result.output
    assert (f"4 oläsbara rader hoppades över, den första på rad {n - 3}, {n - 2}, {n - 1}, {n}"
            in result.output)
    assert "Läste in 2 fil(er)" in result.output and " lines" not in result.output
    assert (show / "build" / "stats.sqlite").is_file()
    data = json.loads(run(runner, "stats", "report", "--show", str(show), "--format", "json"
                          ).output)
    total = expected["all+edge"]
    assert {r["episode"]: r["downloads"] for r in data["rows"]} == total
    assert set(data["rows"][0]) >= {"episode", "downloads", "listeners"}
    assert data["window"] == "calendar" and "GET" in data["methodology"]
    top, most = max(total.items(), key=lambda kv: kv[1])
    assert list(total.values()).count(most) == 1, "the sample has one most popular episode"
    assert data["top_episode"] == {"episode": top, "downloads": most}
    table = run(runner, "stats", "report", "--show", str(show)).output
    assert f"Populäraste avsnittet: {top}, {most} nedladdningar." in table


def test_report_groupings_and_period(runner, show, logs, expected):
    run(runner, "stats", "ingest", "--show", str(show), str(logs / "combined-access.log.gz"))
    for by, key in (("day", "day"), ("week", "week"), ("month", "month"), ("app", "app"),
                    ("device", "device")):
        data = json.loads(run(runner, "stats", "report", "--show", str(show), "--by", by,
                              "--format", "json").output)
        assert sum(r["downloads"] for r in data["rows"]) == sum(expected["all"].values()), by
        assert all(key in r for r in data["rows"])
    months = json.loads(run(runner, "stats", "report", "--show", str(show), "--by", "month",
                            "--format", "json").output)["rows"]
    assert [m["month"] for m in months] == ["2026-10", "2026-11"]
    october = json.loads(run(runner, "stats", "report", "--show", str(show), "--since",
                             "2026-10-01", "--until", "2026-10-31", "--format", "json").output)
    assert october["total"]["downloads"] == months[0]["downloads"]
    csv_text = run(runner, "stats", "report", "--show", str(show), "--by", "app", "--format",
                   "csv").output
    assert csv_text.splitlines()[0] == "app,downloads,listeners,share"


def test_html_report_is_self_contained(runner, show, logs, tmp_path):
    run(runner, "stats", "ingest", "--show", str(show), str(logs / "edge-access.log"))
    out = tmp_path / "out" / "statistik.html"
    run(runner, "stats", "report", "--show", str(show), "--format", "html", "--output", str(out))
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Kommunpodden" in html
    assert html.count('class="bars"') == 2 and html.count('class="cols"') == 1  # 3 charts
    assert "Populäraste avsnittet: <b>snorojning-pa-vintern</b>, 5 nedladdningar." in html
    assert "Metod" in html and "en minut ljud" in html
    assert "<script" not in html and "@import" not in html
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html)
    assert not list(out.parent.glob("*.tmp"))


def test_window_from_config_and_option(runner, show, tmp_path, media):
    (show / "podcast.toml").write_text(SHOW_TOML.format(stats='window = "last-touch"'))
    size = media["snorojning-pa-vintern"].size_bytes
    lines = "".join(
        f'203.0.113.50 - - [{d}] "GET /media/snorojning-pa-vintern.mp3 HTTP/1.1" 200 {size} '
        '"-" "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)"\n'
        for d in ("05/Oct/2026:22:00:00 +0000", "06/Oct/2026:03:00:00 +0000",
                  "06/Oct/2026:22:15:00 +0000", "07/Oct/2026:23:15:00 +0000"))
    (tmp_path / "v.log").write_text(lines)
    run(runner, "stats", "ingest", "--show", str(show), str(tmp_path / "v.log"))
    total = {}
    for window in (None, "calendar", "first-touch"):
        args = ["stats", "report", "--show", str(show), "--format", "json"]
        args += ["--window", window] if window else []
        data = json.loads(run(runner, *args).output)
        total[data["window"]] = data["total"]["downloads"]
    assert total == {"last-touch": 2, "calendar": 3, "first-touch": 3}


def test_media_map_and_agents_file_from_config(runner, show, logs, test_data, tmp_path):
    stats = ('agents_file = "{}"\n[stats.media_map]\n"snorojning-pa-vintern.mp3" = "snow"\n'
             .format(test_data / "user-agents-v2"))
    (show / "podcast.toml").write_text(SHOW_TOML.format(stats=stats))
    run(runner, "stats", "ingest", "--show", str(show), str(logs / "edge-access.log"))
    data = json.loads(run(runner, "stats", "report", "--show", str(show), "--by", "episode",
                          "--format", "json").output)
    assert {r["episode"]: r["downloads"] for r in data["rows"]} == {
        "snow": 5, "bygglov-attefall": 2, "kort-info": 1}
    apps = json.loads(run(runner, "stats", "report", "--show", str(show), "--by", "app",
                          "--format", "json").output)
    assert "Podcast Addict" in {r["app"] for r in apps["rows"]}  # the OPAWG name


def test_outside_a_show_with_media_and_db(runner, tmp_path, logs, media_dir, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    db = tmp_path / "s.sqlite"
    run(runner, "stats", "ingest", "--media", str(media_dir), "--db", str(db),
        str(logs / "edge-access.log"))
    data = json.loads(run(runner, "stats", "report", "--db", str(db), "--format", "json").output)
    assert {r["episode"]: r["downloads"] for r in data["rows"]} == EXPECTED_EDGE
    agents = run(runner, "stats", "agents", "--db", str(db), "--top", "3").output
    assert len([ln for ln in agents.splitlines() if ln.strip()]) >= 3
    check = run(runner, "stats", "agents", "--check", "atc/1.0 watchOS/10.4 model/Watch6,1")
    assert "excluded (Apple Watch duplicate)" in check.output


@pytest.mark.parametrize("args,message", [
    (["stats", "report"], "pass --db"),
    (["stats", "report", "--db", "missing.sqlite"], "no statistics database yet"),
    (["stats", "ingest", "--db", "x.sqlite", "missing.log"], "missing.log: log file not found"),
    (["stats", "report", "--db", "x.sqlite", "--since", "2026-02-30"], "--since"),
])
def test_errors_are_one_line(runner, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    if "x.sqlite" in args and "report" in args:
        (tmp_path / "a.log").write_text("")
        run(runner, "stats", "ingest", "--db", "x.sqlite", "a.log")
    result = runner.invoke(cli, args)
    assert result.exit_code not in (0, 70), result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len([ln for ln in result.output.splitlines() if ln.startswith("Error")]) == 1


def test_ingest_needs_a_log(runner, tmp_path):
    result = runner.invoke(cli, ["stats", "ingest", "--db", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 2 and "LOG" in result.output


def test_help_has_examples(runner):
    for sub in ("ingest", "report", "agents"):
        result = run(runner, "stats", sub, "--help")
        assert "Examples:" in result.output and f"podcast stats {sub}" in result.output

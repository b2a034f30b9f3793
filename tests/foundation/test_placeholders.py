"""Scaffold placeholders and example domains are never published silently (#18.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.cli import cli
from podcast.media import MediaInfo, write_media_info
from podcast.placeholders import PlaceholderError, check_placeholders, example_hosts
from podcast.workspace import Workspace

NOTES = "Vi pratar om snöröjning med gatuenheten. Läs mer på https://www.kommun.se/sno.\n"


@pytest.mark.parametrize("text, hosts", [
    ("https://podd.example.se/", ["podd.example.se"]),
    ("podd@example.se", ["example.se"]),
    ("se https://example.com/x och www.example.org.", ["example.com", "www.example.org"]),
    ("https://podd.kommun.example/avsnitt/", ["podd.kommun.example"]),
    ("https://podd.exempelkommun.se/ och podden@exempelkommun.se", []),
    ("ett example av text, example.services.se, myexample.se, example.sea", []),
])
def test_example_hosts(text, hosts):
    assert example_hosts(text) == hosts


def _processed(show: Path, slug: str) -> None:
    """What `podcast process` leaves behind, with fixed bytes (no ffmpeg needed here)."""
    audio = show / "build" / "audio"
    audio.mkdir(parents=True, exist_ok=True)
    (audio / f"{slug}.mp3").write_bytes(b"\xff\xfb" * 500)
    write_media_info(audio / f"{slug}.json",
                     MediaInfo(slug=slug, file=f"{slug}.mp3", size_bytes=1000,
                               duration_seconds=60.0))


@pytest.fixture
def fresh(runner, tmp_path) -> Path:
    """`podcast init` + `podcast new` + a processed recording, nothing edited."""
    show = tmp_path / "show"
    assert runner.invoke(cli, ["init", str(show)]).exit_code == 0
    result = runner.invoke(cli, ["--show", str(show), "new", "Snöröjning", "--date", "2026-01-01"])
    assert result.exit_code == 0, result.output
    _processed(show, "snorojning")
    return show


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, text)
    path.write_text(text.replace(old, new), encoding="utf-8")


def _fix_config(show: Path) -> None:
    config = show / "podcast.toml"
    _edit(config, "https://podd.example.se/", "https://podd.kommun.se/")
    _edit(config, "podd@example.se", "podd@kommun.se")


def _error_line(result) -> str:
    assert result.exit_code == 3, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    return errors[0]


def _build(runner, show: Path, *args: str):
    return runner.invoke(cli, ["--show", str(show), "build", "--no-search", *args])


def test_new_episode_is_a_draft(fresh):
    (ep,) = Workspace.load(fresh).episodes()
    assert ep.meta.draft is True


def test_build_refuses_init_placeholders_in_config(runner, fresh):
    result = _build(runner, fresh)
    line = _error_line(result)
    config = fresh / "podcast.toml"
    assert line.startswith("Error: 2 placeholder(s)")
    assert f"{config}: show.base_url: example address 'https://podd.example.se/'" in line
    assert f"{config}: show.owner_email: example address 'podd@example.se'" in line
    assert not (fresh / "build" / "site" / "feed.xml").exists()


def test_draft_builds_but_published_placeholders_are_refused(runner, fresh):
    _fix_config(fresh)
    result = _build(runner, fresh)  # the new episode is a draft: nothing of it is published
    assert result.exit_code == 0, result.output
    assert "0 episode(s) in the feed and site" in result.output
    episode = fresh / "episodes" / "snorojning" / "episode.md"
    _edit(episode, "draft: true", "draft: false")
    result = _build(runner, fresh)
    line = _error_line(result)
    notes_line = next(i for i, text in enumerate(episode.read_text().splitlines(), 1)
                      if text.startswith("Skriv shownotes här"))
    assert f"{episode}: line {notes_line} (notes): placeholder text 'Skriv shownotes här…'" in line
    assert f"{episode}: chapters: only the placeholder chapter '00:00 Inledning'" in line
    assert "2 placeholder(s)" in line
    # writing real notes and chapters makes the episode publishable
    text = episode.read_text(encoding="utf-8")
    text = text[:text.index("Skriv shownotes här")] + NOTES
    episode.write_text(text.replace("  title: Inledning\n",
                                    "  title: Inledning\n- start: '00:30'\n  title: Plogvallen\n"),
                       encoding="utf-8")
    result = _build(runner, fresh)
    assert result.exit_code == 0, result.output
    assert "1 episode(s) in the feed and site" in result.output
    assert "example" not in (fresh / "build" / "site" / "feed.xml").read_text()


def test_example_links_in_published_notes_are_refused(runner, fresh):
    _fix_config(fresh)
    episode = fresh / "episodes" / "snorojning" / "episode.md"
    _edit(episode, "draft: true", "draft: false")
    _edit(episode, "Skriv shownotes här", "Läs på https://www.example.com/sno. Skriv inte här")
    _edit(episode, "  title: Inledning\n", "  title: Plogning\n")
    result = _build(runner, fresh)
    assert result.exit_code == 3
    assert "(notes): example address 'www.example.com'" in result.output
    assert "chapters" not in result.output


def test_preview_build_warns_instead(runner, fresh):
    episode = fresh / "episodes" / "snorojning" / "episode.md"
    _edit(episode, "draft: true", "draft: false")
    result = _build(runner, fresh, "--base-url", "http://127.0.0.1:8000/")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert any("show.owner_email: example address 'podd@example.se' (fine in a preview"
               in w for w in warnings)
    assert any("(notes): placeholder text" in w for w in warnings)
    assert "1 episode(s) in the feed and site" in result.output


def test_library_check_lists_every_placeholder(fresh):
    ws = Workspace.load(fresh)
    (ep,) = ws.episodes()
    with pytest.raises(PlaceholderError) as err:
        check_placeholders(ws, [ep])
    assert [p.where for p in err.value.found] == [
        "show.owner_email", "show.base_url", f"line {ep.notes_line + 1} (notes)", "chapters"]
    assert len(check_placeholders(ws, [ep], preview=True)) == 4


def test_publish_refuses_before_connecting(runner, fresh):
    _fix_config(fresh)
    episode = fresh / "episodes" / "snorojning" / "episode.md"
    _edit(episode, "draft: true", "draft: false")
    assert _build(runner, fresh, "--base-url", "http://127.0.0.1:8000/").exit_code == 0
    config = fresh / "podcast.toml"
    _edit(config, "# bucket = \"min-podd\"", "bucket = \"min-podd\"\n"
                                              "endpoint_url = \"http://127.0.0.1:9\"")
    result = runner.invoke(cli, ["--show", str(fresh), "publish"])
    line = _error_line(result)
    assert f"{episode}: chapters: only the placeholder chapter" in line
    assert "(notes): placeholder text" in line


def test_demo_show_has_no_placeholders(demo_show):
    ws = Workspace.load(demo_show)
    assert check_placeholders(ws, ws.episodes()) == []

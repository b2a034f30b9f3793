"""The stage inside a show (demo show copy) and the ``podcast process`` command."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from podcast.audio import process_episode
from podcast.cli import cli
from podcast.media import read_media_info
from podcast.workspace import Workspace

from .conftest import ebur128, ffprobe_json

SLUG = "snorojning-pa-vintern"


@pytest.fixture
def show(demo_show) -> Workspace:
    return Workspace.load(demo_show)


def test_episode_is_processed_once(show):
    episode = show.episode(SLUG)
    result = process_episode(show, episode)
    mp3, info_path = show.processed_audio_path(SLUG), show.media_info_path(SLUG)
    info = read_media_info(info_path)
    assert info is not None and mp3.is_file()
    assert info.size_bytes == mp3.stat().st_size == result.size_bytes
    assert info.sha256 == result.sha256
    assert info.id3_size_bytes > 1000  # cover art included
    measured = ebur128(mp3)
    assert measured["I"] == pytest.approx(show.config.audio.target_lufs, abs=1.0)
    assert measured["TP"] <= -1.0
    # chapters from episode.md, shifted by intro minus crossfade minus the trimmed start
    raw = [ch.seconds for ch in episode.meta.chapters]
    titles = [ch.title for ch in episode.meta.chapters]
    probed = sorted(ffprobe_json(mp3, "-show_chapters")["chapters"],
                    key=lambda c: float(c["start_time"]))
    assert [c["tags"]["title"] for c in probed] == titles
    assert [m.title for m in info.chapters] == titles
    assert info.chapters[0].start == 0.0
    for media_chapter, probe_chapter in zip(info.chapters, probed, strict=True):
        assert float(probe_chapter["start_time"]) == pytest.approx(media_chapter.start, abs=0.01)
    assert info.chapters[1].start == pytest.approx(raw[1] + info.intro_offset_seconds, abs=0.6)
    assert info.intro_offset_seconds == pytest.approx(result.speech_offset_seconds)



def test_the_runner_processes_once_and_again_when_the_tags_change(show):
    from podcast.pipeline import run_pipeline

    mp3 = show.processed_audio_path(SLUG)
    first = run_pipeline(show, slugs=[SLUG], stages=["process"])
    assert [s.outcome for s in first.steps] == ["done"]
    # unchanged inputs: nothing happens, the file is not rewritten
    before = mp3.stat().st_mtime_ns
    again = run_pipeline(show, slugs=[SLUG], stages=["process"])
    assert [s.action for s in again.steps] == ["skip"] and mp3.stat().st_mtime_ns == before
    # a changed title changes the tags: processed again
    md = show.episode(SLUG).path
    md.write_text(md.read_text(encoding="utf-8").replace("Snöröjning:", "Snöröjning igen:"),
                  encoding="utf-8")
    show.reload()
    third = run_pipeline(show, slugs=[SLUG], stages=["process"])
    assert [(s.reason, s.outcome) for s in third.steps] == [("inputs changed", "done")]


def test_cli_processes_an_episode_and_reports(runner, demo_show):
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG, "-q"])
    assert result.exit_code == 0, result.output
    info = json.loads((demo_show / "build" / "audio" / f"{SLUG}.json").read_text())
    assert info["file"] == f"{SLUG}.mp3"
    again = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert again.exit_code == 0 and "0 step(s) ran, 1 up to date." in again.output


def test_cli_one_file_outside_a_show(runner, conversation, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    out = tmp_path / "klar.mp3"
    result = runner.invoke(cli, ["process", "--input", str(conversation), "--output", str(out),
                                 "--target", "-19"])
    assert result.exit_code == 0, result.output
    assert "LUFS" in result.output
    assert ebur128(out)["I"] == pytest.approx(-19.0, abs=1.0)


def test_cli_bad_recording_is_one_line_naming_the_file(runner, demo_show):
    episode_dir = demo_show / "episodes" / SLUG
    (episode_dir / "inspelning.m4a").write_bytes(b"\x00\x01not audio" * 50)
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert result.exit_code == 4
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines[-1].startswith("Error: ") and "inspelning.m4a" in lines[-1]
    assert "Traceback" not in result.output
    assert not (demo_show / "build" / "audio" / f"{SLUG}.mp3").exists()


def test_cli_missing_recording_names_the_episode_file(runner, demo_show):
    (demo_show / "episodes" / SLUG / "inspelning.m4a").unlink()
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert result.exit_code == 4
    assert "episode.md" in result.output and "recordings[0]" in result.output


def test_cli_usage_errors(runner, conversation):
    result = runner.invoke(cli, ["process", "--input", str(conversation)])
    assert result.exit_code == 2 and "--output" in result.output
    result = runner.invoke(cli, ["process", "--input", str(conversation), "--output", "x.wav"])
    assert result.exit_code == 4 and ".mp3" in result.output


def test_cli_help_has_an_example(runner):
    result = runner.invoke(cli, ["process", "--help"])
    assert result.exit_code == 0 and "podcast process --input" in result.output


def test_espeak_recording_with_silence(runner, speech_dir, tmp_path, monkeypatch):
    """An espeak-ng Swedish/English recording with 10 s of silence at both ends."""
    monkeypatch.chdir(tmp_path)  # outside any show: built-in defaults
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    src = speech_dir / "sv_en_with_silence.wav"
    local = tmp_path / src.name
    shutil.copy(src, local)  # (a temporary copy, not into the repository)
    out = tmp_path / "out.mp3"
    result = runner.invoke(cli, ["process", "--input", str(local), "--output", str(out), "-q"])
    assert result.exit_code == 0, result.output
    before = float(ffprobe_json(local)["format"]["duration"])
    after = float(ffprobe_json(out)["format"]["duration"])
    # ~10 s of silence at each end removed (0.25 s / 0.5 s kept as padding)
    assert before - after == pytest.approx(20.0 - 0.75, abs=1.0)
    measured = ebur128(out)
    assert measured["I"] == pytest.approx(-16.0, abs=1.0) and measured["TP"] <= -1.0


def test_podcast_run_calls_the_stage_once(show):
    from podcast.pipeline import run_pipeline

    first = run_pipeline(show, slugs=[SLUG], stages=["process"])
    assert [(s.stage, s.key, s.outcome) for s in first.steps] == [("process", SLUG, "done")]
    assert show.processed_audio_path(SLUG).is_file()
    second = run_pipeline(show, slugs=[SLUG], stages=["process"])
    assert [s.action for s in second.steps] == ["skip"]


def test_cli_episode_without_recordings_is_named(runner, demo_show):
    md = demo_show / "episodes" / SLUG / "episode.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(re.sub(r"^recordings?:.*\n", "", text, flags=re.M), encoding="utf-8")
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert result.exit_code == 4, result.output
    assert "episode.md" in result.output and "works on episodes with recordings" in result.output

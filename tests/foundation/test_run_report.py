"""`podcast run` with the real stages (#18.4): a failed episode stops there (no transcript of the
raw recording), each bad file is reported once, a silent recording is an error, a successful run
says what it made, and --dry-run reports missing recordings."""

from __future__ import annotations

import subprocess
from pathlib import Path

from podcast.cli import cli
from podcast.pipeline import run_pipeline
from podcast.workspace import Workspace

EPISODE = "bygglov-och-attefallshus"


def _recording(show: Path) -> Path:
    return show / "episodes" / EPISODE / "inspelning.mp3"


def _transcripts(show: Path) -> list[Path]:
    return sorted((show / "episodes" / EPISODE).glob("transcript.*"))


def _drop_transcripts(show: Path) -> None:
    for path in _transcripts(show):
        path.unlink()


def test_dry_run_reports_missing_recording(demo_show, runner):
    missing = _recording(demo_show)
    missing.unlink()
    result = runner.invoke(cli, ["--show", str(demo_show), "run", "--dry-run"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("fail  process") and EPISODE in line for line in lines)
    assert f"      {missing}: recording not found" in lines
    assert any(line.startswith("block transcribe") and EPISODE in line for line in lines)
    assert lines[-1].endswith(", 1 would fail.")
    plan = run_pipeline(Workspace.load(demo_show), dry_run=True)
    assert [(s.stage, s.key) for s in plan.would_fail] == [("process", EPISODE)]
    assert not (demo_show / "build" / "site").exists()


def test_broken_recording_stops_its_episode_and_is_reported_once(demo_show, runner):
    bad = _recording(demo_show)
    bad.write_bytes(b"not audio at all " * 300)
    _drop_transcripts(demo_show)
    result = runner.invoke(cli, ["--show", str(demo_show), "run", EPISODE])
    assert result.exit_code == 1, result.output
    assert result.output.count(str(bad)) == 1, result.output
    assert f"  failed: {bad}: not a readable audio file" in result.output
    assert f"– transcribe  {EPISODE}" in result.output
    assert "raw recording" not in result.output
    assert "failed (process bygglov-och-attefallshus), 1 not run after a failure." in result.output
    assert _transcripts(demo_show) == []  # nothing transcribed from the raw recording
    assert "Internal error" not in result.output and "Traceback" not in result.output


def test_silent_recording_is_an_audio_error_not_an_empty_transcript(demo_show, runner):
    silent = _recording(demo_show)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "anullsrc=r=44100:cl=mono", "-t", "5", str(silent)], check=True)
    _drop_transcripts(demo_show)
    result = runner.invoke(cli, ["--show", str(demo_show), "run", EPISODE])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "silent" in failed[0] and str(silent) in failed[0]
    assert _transcripts(demo_show) == []


def test_successful_run_says_what_it_made(demo_show, runner):
    result = runner.invoke(cli, ["--show", str(demo_show), "run", "snorojning-pa-vintern"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    made = next(line for line in lines
                if line.startswith("  build/audio/snorojning-pa-vintern.mp3: "))
    assert "LUFS (target -16)" in made and "dBTP (limit -1)" in made
    lufs = float(made.split(": ")[1].split(" LUFS")[0])
    assert -17.5 < lufs < -14.5
    assert any(line.startswith("  episodes/snorojning-pa-vintern/transcript.*: ")
               for line in lines)
    assert any(line.startswith("  1 episode(s) in the feed and site (build/site): ")
               for line in lines)
    assert lines[-1] == "Feed: build/site/feed.xml"
    assert (demo_show / "build" / "site" / "feed.xml").is_file()


def test_recording_without_speech_fails_transcribe_instead_of_an_empty_transcript(
        runner, tmp_path):
    show = tmp_path / "show"
    assert runner.invoke(cli, ["init", str(show)]).exit_code == 0
    tone = tmp_path / "ton.wav"  # loud enough to process, but nothing to transcribe
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "sine=f=440:d=8", "-af", "volume=-10dB", str(tone)], check=True)
    assert runner.invoke(cli, ["--show", str(show), "new", "Ton", "--recording",
                               str(tone)]).exit_code == 0
    result = runner.invoke(cli, ["--show", str(show), "run", "--stage", "process",
                                 "--stage", "transcribe"])
    assert result.exit_code == 1, result.output
    assert "  build/audio/ton.mp3: " in result.output
    (failed,) = [line for line in result.output.splitlines() if "failed:" in line]
    assert "no speech found" in failed and str(show / "build" / "audio" / "ton.mp3") in failed
    assert not list((show / "episodes" / "ton").glob("transcript.*"))


def test_each_stage_command_then_run_does_nothing(demo_show, runner):
    """`process`, `transcribe` and `build` are the runner with one stage: `podcast run`
    afterwards finds every step up to date; an ID3 input (show.base_url) redoes the audio."""
    show = ["--show", str(demo_show)]
    slug = "snorojning-pa-vintern"
    result = runner.invoke(cli, [*show, "process", slug])
    assert result.exit_code == 0, result.output
    assert f"  build/audio/{slug}.mp3: " in result.output
    assert result.output.splitlines()[-1] == "1 step(s) ran, 0 up to date."
    result = runner.invoke(cli, [*show, "transcribe", slug])  # the demo's transcript is kept
    assert result.exit_code == 0, result.output
    assert "kept the hand-edited transcript" in result.output
    result = runner.invoke(cli, [*show, "build", "--no-search"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, [*show, "build"])  # --no-search is an input too: now indexed
    assert result.exit_code == 0 and "search index updated" in result.output, result.output
    result = runner.invoke(cli, [*show, "run", slug])
    assert result.exit_code == 0, result.output
    assert "0 step(s) ran, 3 up to date." in result.output
    for command in ("process", "transcribe", "build"):  # nothing to do: said one way
        again = runner.invoke(cli, [*show, command, *([slug] if command != "build" else [])])
        assert again.exit_code == 0 and "0 step(s) ran, 1 up to date." in again.output

    config = demo_show / "podcast.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('base_url = "https://', 'base_url = "https://nytt.', 1),
                      encoding="utf-8")
    result = runner.invoke(cli, [*show, "run", "--dry-run", slug])
    lines = result.output.splitlines()
    assert any(line.startswith("run   process") and line.endswith("inputs changed")
               for line in lines), result.output
    assert any(line.startswith("run   build") for line in lines)


def test_transcribe_picks_the_episodes_its_stage_applies_to(demo_show, runner):
    """An episode without recordings but with a processed MP3 is transcribed by `podcast run`
    and `podcast transcribe` alike (both ask the stage)."""
    from podcast.stages import STAGES

    (transcribe,) = [s for s in STAGES if s.name == "transcribe"]
    ws = Workspace.load(demo_show)
    md = ws.episode(EPISODE).path
    md.write_text(md.read_text(encoding="utf-8").replace("recording: inspelning.mp3\n", "")
                  .replace("recordings: [inspelning.mp3]\n", ""), encoding="utf-8")
    ws.reload()
    assert not ws.episode(EPISODE).meta.recordings
    assert not transcribe.applies(ws, ws.episode(EPISODE))
    mp3 = ws.processed_audio_path(EPISODE)
    mp3.parent.mkdir(parents=True)
    mp3.write_bytes(_recording(demo_show).read_bytes())
    assert transcribe.applies(ws, ws.episode(EPISODE))
    plan = run_pipeline(Workspace.load(demo_show), stages=["transcribe"], dry_run=True)
    assert EPISODE in [s.key for s in plan.steps]

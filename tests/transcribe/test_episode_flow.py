"""An episode end to end: transcribe, re-run, hand edits kept and searchable, --force, CLI."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import textwrap
import wave
from pathlib import Path

import pytest
import webvtt

from podcast.cli import cli
from podcast.config import merge_flags, with_section
from podcast.ffmpeg import ffmpeg_path
from podcast.media import MediaInfo, write_media_info
from podcast.search import search
from podcast.site import build_site
from podcast.transcribe import transcribe_episode
from podcast.transcript import load_transcript
from podcast.transcript.edits import STATE_FILE
from podcast.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]

CONFIG = """\
[show]
title = "Vinterpodden"
description = "Test show"
author = "Kommunen"
owner_email = "podd@kommun.example"
base_url = "https://podd.kommun.example/"
language = "en"

[transcription]
glossary = ["contact centre", "snow clearing"]
"""


def _make_show(root: Path, speech: Path, *, processed: bool) -> Workspace:
    (root / "episodes" / "vinter").mkdir(parents=True)
    (root / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    (root / "episodes" / "vinter" / "episode.md").write_text(textwrap.dedent("""\
        ---
        title: Snow clearing in winter
        date: 2026-01-10T08:00:00
        recording: raw.wav
        speakers:
          host: Anna
        ---

        How the municipality clears snow, and when the bins are emptied.
        """), encoding="utf-8")
    shutil.copyfile(speech / "en_30s.wav", root / "episodes" / "vinter" / "raw.wav")
    if processed:
        out = root / "build" / "audio" / "vinter.mp3"
        out.parent.mkdir(parents=True)
        subprocess.run([ffmpeg_path(), "-v", "error", "-i", str(root / "episodes/vinter/raw.wav"),
                        "-codec:a", "libmp3lame", "-b:a", "64k", str(out)], check=True)
    return Workspace.load(root)


@pytest.fixture(scope="module")
def show(tmp_path_factory, speech_dir, fw_default):
    root = tmp_path_factory.mktemp("flow") / "show"
    ws = _make_show(root, speech_dir, processed=True)
    result = transcribe_episode(ws, ws.episode("vinter"))
    return ws, result


def test_first_run_writes_every_format_from_the_processed_mp3(show):
    ws, result = show
    ep = ws.episode("vinter")
    assert result.status == "transcribed"
    assert result.audio == ws.processed_audio_path("vinter")
    with wave.open(str(ep.dir / "raw.wav")) as raw:
        seconds = raw.getnframes() / raw.getframerate()
    assert result.duration == pytest.approx(seconds, abs=0.5)
    for fmt in ("json", "vtt", "srt", "txt", "html"):
        assert (ep.dir / f"transcript.{fmt}").stat().st_size > 0
    captions = webvtt.read(str(ep.dir / "transcript.vtt")).captions
    assert captions and all(len(line) <= 42 for c in captions for line in c.text.splitlines())
    assert all(len(c.text.splitlines()) <= 2 for c in captions)
    data = json.loads((ep.dir / "transcript.json").read_text(encoding="utf-8"))
    assert data["segments"][0]["speaker"] == "Anna"
    # the words it heard are the recording's (not one chosen word: builds of the speech
    # synthesiser and Whisper vary, and one heard "when the snow comes" as "no cums")
    reference = set(re.findall(r"[a-z]{4,}", (REPO / "tests/data/audio/en_reference.txt")
                               .read_text(encoding="utf-8").lower()))
    heard = set(re.findall(r"[a-z]{4,}", (ep.dir / "transcript.txt")
                           .read_text(encoding="utf-8").lower()))
    assert len(reference & heard) >= 0.75 * len(reference)
    assert (ws.search_db_path).is_file()


def test_rerun_without_changes_does_not_transcribe_again(show):
    from podcast.pipeline import run_pipeline

    ws, _ = show
    first = run_pipeline(ws, stages=["transcribe"])  # the fixture wrote it without the runner
    assert [(s.action, s.outcome) for s in first.steps] == [("run", "done")]
    assert first.steps[0].result.status == "made"
    again = run_pipeline(ws, stages=["transcribe"])
    assert [(s.action, s.reason) for s in again.steps] == [("skip", "up to date")]


def _publishable_copy(ws: Workspace, target: Path) -> Workspace:
    """The show under an address the site build accepts, with the processed audio's info."""
    shutil.copytree(ws.root, target)
    config = target / "podcast.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("kommun.example",
                                                                  "exempelkommun.se"),
                      encoding="utf-8")
    shutil.copyfile(REPO / "podcast" / "data" / "cover.jpg", target / "cover.jpg")
    copy = Workspace.load(target)
    mp3 = copy.processed_audio_path("vinter")
    write_media_info(copy.media_info_path("vinter"), MediaInfo(
        slug="vinter", file=mp3.name, size_bytes=mp3.stat().st_size, duration_seconds=30.0,
        bitrate_kbps=64, channels=1, sample_rate=16000))
    return copy


def test_the_site_publishes_what_the_transcriber_wrote_byte_for_byte(show, tmp_path):
    ws, _ = show
    site_ws = _publishable_copy(ws, tmp_path / "site-show")
    build_site(site_ws, search=False)
    folder = site_ws.episode("vinter").dir
    published = site_ws.site_dir / "avsnitt" / "vinter"
    for fmt in ("vtt", "srt", "json", "txt"):
        assert (published / f"transcript.{fmt}").read_bytes() == \
            (folder / f"transcript.{fmt}").read_bytes(), fmt


def _set_line_chars(ws: Workspace, chars: int | None) -> Workspace:
    config = ws.root / "podcast.toml"
    text = "\n".join(ln for ln in config.read_text(encoding="utf-8").splitlines()
                     if not ln.startswith("max_line_chars"))
    if chars is not None:
        text = text.replace("[transcription]\n", f"[transcription]\nmax_line_chars = {chars}\n")
    config.write_text(text + "\n", encoding="utf-8")
    return Workspace.load(ws.root)


def test_a_new_caption_width_makes_the_runner_write_the_captions_again(show):
    from podcast.pipeline import run_pipeline

    ws, _ = show
    folder = ws.episode("vinter").dir
    run_pipeline(ws, stages=["transcribe"])  # recorded by the runner at the default width
    narrow = _set_line_chars(ws, 30)
    again = run_pipeline(narrow, stages=["transcribe"])
    assert [(s.action, s.outcome) for s in again.steps] == [("run", "done")]
    captions = webvtt.read(str(folder / "transcript.vtt")).captions
    assert all(len(line) <= 30 for c in captions for line in c.text.splitlines())
    same = run_pipeline(narrow, stages=["transcribe"])
    assert [(s.action, s.reason) for s in same.steps] == [("skip", "up to date")]


def test_hand_edit_is_kept_synced_and_searchable_then_force_replaces_it(show):
    ws, _ = show
    ep = ws.episode("vinter")
    vtt = ep.dir / "transcript.vtt"
    original = vtt.read_text(encoding="utf-8")
    lines = original.splitlines()
    cue_text = next(i for i, ln in enumerate(lines) if "-->" in ln) + 1
    lines[cue_text] = "<v Anna>Welcome to Vinterpodden about plogvallar and sandning."
    edited = "\n".join(lines) + "\n"
    vtt.write_text(edited, encoding="utf-8")

    # load_transcript sees the correction at once (the site and feed read it)
    assert "plogvallar" in load_transcript(ep.dir).text

    kept = transcribe_episode(ws, ep)
    assert kept.status == "kept-edit" and kept.edited_from == "vtt"
    assert vtt.read_text(encoding="utf-8") == edited  # never overwritten
    assert "plogvallar" in (ep.dir / "transcript.json").read_text(encoding="utf-8")
    assert "plogvallar" in (ep.dir / "transcript.txt").read_text(encoding="utf-8")
    hits = search(ws.search_db_path, "plogvallen")  # inflected form finds the edited word
    assert hits and hits[0].episode == "vinter"
    assert hits[0].url.startswith("https://podd.kommun.example/avsnitt/vinter/#t=")
    assert "<mark>plogvallar</mark>" in hits[0].snippet

    # still protected on the next run (the edit is remembered, not only the changed hash),
    # and nothing is rewritten: the editor's file stays byte for byte
    synced_json = (ep.dir / "transcript.json").read_bytes()
    assert transcribe_episode(ws, ep).status == "kept-edit"
    assert vtt.read_text(encoding="utf-8") == edited
    assert (ep.dir / "transcript.json").read_bytes() == synced_json
    state = json.loads((ep.dir / STATE_FILE).read_text(encoding="utf-8"))
    assert state["edited"] is True and state["edited_from"] == "vtt"

    forced = transcribe_episode(ws, ep, force=True)
    assert forced.status == "transcribed"
    assert "plogvallar" not in vtt.read_text(encoding="utf-8")
    assert not search(ws.search_db_path, "plogvallar")


def test_edited_plain_text_is_kept_and_changed_audio_only_warns(show):
    ws, _ = show
    ep = ws.episode("vinter")
    txt = ep.dir / "transcript.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("Welcome", "Hello and welcome", 1),
                   encoding="utf-8")
    mp3 = ws.processed_audio_path("vinter")
    mp3.write_bytes(mp3.read_bytes() + b"\0")  # "new audio"
    result = transcribe_episode(ws, ep)
    assert result.status == "kept-edit" and result.edited_from == "txt"
    assert any("audio changed" in w for w in result.warnings)
    first = load_transcript(ep.dir).segments[0]
    assert first.text.startswith("Anna: ") is False and first.text.startswith("Hello and")
    assert first.start < 2.0


def test_a_new_caption_width_renders_all_but_the_hand_edited_file(show):
    ws, _ = show
    folder = ws.episode("vinter").dir
    edited = (folder / "transcript.txt").read_bytes()
    narrow = _set_line_chars(ws, 30)
    try:
        result = transcribe_episode(narrow, narrow.episode("vinter"), update_search=False)
        assert result.status == "kept-edit" and result.edited_from == "txt"
        assert (folder / "transcript.txt").read_bytes() == edited
        captions = webvtt.read(str(folder / "transcript.vtt")).captions
        assert "Hello and welcome" in " ".join(c.text for c in captions)
        assert all(len(line) <= 30 for c in captions for line in c.text.splitlines())
        assert transcribe_episode(narrow, narrow.episode("vinter"),
                                  update_search=False).status == "kept-edit"
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        assert state["rendering"].endswith("/lines-30") and state["edited_from"] == "txt"
    finally:
        _set_line_chars(ws, None)


def test_cli_transcribe_search_and_ask(tmp_path, speech_dir, runner, fw_default):
    ws = _make_show(tmp_path / "cli", speech_dir, processed=False)
    show_dir = str(ws.root)
    res = runner.invoke(cli, ["--show", show_dir, "transcribe", "vinter"])
    assert res.exit_code == 0, res.output
    assert "episodes/vinter/transcript.*: transcribed" in res.output and "RTF" in res.output
    assert (ws.root / "episodes/vinter/transcript.srt").is_file()
    res = runner.invoke(cli, ["--show", show_dir, "transcribe"])
    assert res.exit_code == 0 and "0 step(s) ran, 1 up to date." in res.output
    res = runner.invoke(cli, ["--show", show_dir, "search", "residential streets",
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    hits = json.loads(res.output)
    assert hits and {"episode", "title", "start", "text", "url"} <= set(hits[0])
    assert hits[0]["url"].endswith(f"#t={int(hits[0]['start'])}")
    res = runner.invoke(cli, ["--show", show_dir, "ask", "when should I put my bin out?",
                              "--semantic", "off"])
    assert res.exit_code == 0, res.output
    assert "vinter" in res.output and "#t=" in res.output


def test_cli_single_file_mode_and_errors(tmp_path, speech_dir, runner, fw_default):
    out = tmp_path / "out"
    res = runner.invoke(cli, ["transcribe", "--input", str(speech_dir / "sv_3s.wav"),
                              "--output-dir", str(out), "--language", "sv"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == [
        "sv_3s.html", "sv_3s.json", "sv_3s.srt", "sv_3s.txt", "sv_3s.vtt"]
    res = runner.invoke(cli, ["transcribe", "--input", str(tmp_path / "missing.wav"),
                              "--output-dir", str(out)])
    assert res.exit_code != 0 and "missing.wav" in res.output
    assert "Traceback" not in res.output
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"this is not audio")
    res = runner.invoke(cli, ["transcribe", "--input", str(broken), "--output-dir", str(out)])
    assert res.exit_code == 4 and "broken.mp3" in res.output and "decode" in res.output
    res = runner.invoke(cli, ["transcribe", "--input", str(broken)])
    assert res.exit_code != 0 and "--output-dir" in res.output


def test_raw_fallback_is_shifted_by_the_intro_offset(tmp_path, speech_dir, fw_default):
    ws = _make_show(tmp_path / "offset", speech_dir, processed=False)
    ep = ws.episode("vinter")
    shutil.copyfile(speech_dir / "sv_3s.wav", ep.dir / "raw.wav")
    write_media_info(ws.media_info_path("vinter"), MediaInfo(
        slug="vinter", file="vinter.mp3", size_bytes=1, duration_seconds=20.0,
        intro_offset_seconds=12.0))
    sv = merge_flags(ws.config.transcription, language="sv")  # as `--language sv` does
    ws = dataclasses.replace(ws, config=with_section(ws.config, transcription=sv))
    result = transcribe_episode(ws, ws.episode("vinter"), language_explicit=True,
                                update_search=False)
    assert result.audio == ep.dir / "raw.wav"
    segments = load_transcript(ep.dir).segments
    assert segments and segments[0].start >= 12.0 and segments[-1].end <= 15.5

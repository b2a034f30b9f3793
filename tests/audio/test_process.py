"""End to end with real ffmpeg: loudness, trimming, crossfades, chapters, tags, formats, errors."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from podcast.audio import AudioSettings, ChapterMark, TagInfo, process_file
from podcast.audio.compose import measure_jingle
from podcast.errors import AudioError, InputError
from podcast.ffmpeg import ffprobe_path
from tests.support.testsignal import write_silence

from .conftest import convert, ebur128, ffprobe_json

PODCAST = AudioSettings()  # -16 LUFS, -1 dBTP


@pytest.fixture(scope="module")
def plain(conversation, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("plain") / "out.mp3"
    return out, process_file([conversation], out, PODCAST)


def test_loudness_and_true_peak_on_wide_range_speech(plain, conversation):
    out, result = plain
    before = ebur128(conversation)
    after = ebur128(out)
    assert before["LRA"] > 8  # the input really has a wide loudness range
    assert after["I"] == pytest.approx(-16.0, abs=1.0)
    assert after["I"] == pytest.approx(-16.0, abs=0.5)  # what we aim for in practice
    assert after["TP"] <= -1.0
    assert after["LRA"] < before["LRA"]  # levels were evened out
    assert result.integrated_lufs == pytest.approx(after["I"], abs=0.3)
    assert result.true_peak_dbtp == pytest.approx(after["TP"], abs=0.4)


def test_trimming_removes_the_silent_ends(plain):
    out, result = plain
    # 3 s of silence before, 4 s after; a little is kept as padding
    assert result.trimmed_start_seconds == pytest.approx(2.75, abs=0.1)
    assert result.trimmed_end_seconds == pytest.approx(3.5, abs=0.1)
    assert result.duration_seconds == pytest.approx(20.0 - 2.75 - 3.5, abs=0.15)
    assert MP3(str(out)).info.length == pytest.approx(result.duration_seconds, abs=0.1)


def test_stereo_output_format(plain):
    out, result = plain
    stream = ffprobe_json(out)["streams"][0]
    assert stream["codec_name"] == "mp3"
    assert stream["channels"] == 2 and stream["sample_rate"] == "44100"
    assert int(stream["bit_rate"]) == 128000
    assert result.channels == 2 and result.bitrate_kbps == 128


def test_mono_call_at_the_mono_preset(mono_call, tmp_path):
    out = tmp_path / "call.mp3"
    settings = replace(PODCAST, target_lufs=-19.0)
    result = process_file([mono_call], out, settings)
    stream = ffprobe_json(out)["streams"][0]
    assert stream["channels"] == 1 and stream["sample_rate"] == "44100"
    assert int(stream["bit_rate"]) == 64000
    measured = ebur128(out)
    assert measured["I"] == pytest.approx(-19.0, abs=1.0)
    assert measured["TP"] <= -1.0
    assert result.channels == 1


def test_pause_shortening(conversation, tmp_path):
    result = process_file([conversation], tmp_path / "short.mp3",
                          replace(PODCAST, max_pause_seconds=1.0))
    assert result.pauses_shortened >= 1
    # the 4 s pause became 1 s: at least 3 s shorter than trimming alone
    assert result.removed_seconds >= 2.75 + 3.5 + 2.9


def test_intro_outro_crossfade_length_and_chapter_offset(conversation, jingles, tmp_path):
    intro, outro = jingles
    out = tmp_path / "ep.mp3"
    settings = replace(PODCAST, intro=intro, outro=outro, crossfade_seconds=1.0)
    cover = Path(__file__).resolve().parents[2] / "podcast" / "data" / "cover.jpg"
    tags = TagInfo(title="Snöröjning på vintern", show="Kommunpodden", author="Kommunen",
                   date=dt.datetime(2026, 1, 14, 7, 0), description="Om plogvallar.",
                   number=3, cover=cover, identifier="urn:uuid:1234",
                   chapters=[ChapterMark(0.0, "Välkommen"), ChapterMark(8.0, "Plogvallen"),
                             ChapterMark(12.5, "Sandning och halka")])
    result = process_file([conversation], out, settings, tags)
    speech = 20.0 - result.trimmed_start_seconds - result.trimmed_end_seconds
    # intro 3 s + speech + outro 2.5 s - two 1 s crossfades
    assert result.duration_seconds == pytest.approx(3.0 + speech + 2.5 - 2.0, abs=0.1)
    offset = 3.0 - 1.0 - result.trimmed_start_seconds  # intro minus crossfade minus trim
    assert result.speech_offset_seconds == pytest.approx(offset, abs=0.01)
    # the jingles were loudness-matched: the whole file still meets the target
    assert ebur128(out)["I"] == pytest.approx(-16.0, abs=1.0)
    assert ebur128(out)["TP"] <= -1.0

    chapters = ffprobe_json(out, "-show_chapters")["chapters"]
    chapters.sort(key=lambda c: float(c["start_time"]))
    assert [c["tags"]["title"] for c in chapters] == ["Välkommen", "Plogvallen",
                                                      "Sandning och halka"]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts[0] == 0.0  # the first chapter covers the intro too
    assert starts[1] == pytest.approx(8.0 + offset, abs=0.02)
    assert starts[2] == pytest.approx(12.5 + offset, abs=0.02)
    assert float(chapters[-1]["end_time"]) == pytest.approx(result.duration_seconds, abs=0.05)

    streams = ffprobe_json(out)["streams"]
    pictures = [s for s in streams if s.get("disposition", {}).get("attached_pic") == 1]
    assert len(pictures) == 1 and pictures[0]["codec_name"] == "mjpeg"

    tag = ID3(str(out))
    assert tag.version[:2] == (2, 3)
    assert str(tag["TIT2"]) == "Snöröjning på vintern"
    assert str(tag["TALB"]) == "Kommunpodden" and str(tag["TPE1"]) == "Kommunen"
    assert str(tag["TRCK"]) == "3" and str(tag["TDRC"]).startswith("2026-01-14")
    assert tag.getall("UFID")[0].data == b"urn:uuid:1234"
    assert tag.getall("APIC")[0].data == cover.read_bytes()
    assert len(tag.getall("CHAP")) == 3 and len(tag.getall("CTOC")) == 1
    assert result.id3_size_bytes == tag.size
    assert out.read_bytes()[:3] == b"ID3"


def test_ducked_intro_plays_under_the_speech(conversation, jingles, tmp_path):
    intro, _ = jingles
    settings = replace(PODCAST, intro=intro, duck=True, duck_seconds=2.0)
    result = process_file([conversation], tmp_path / "duck.mp3", settings)
    speech = 20.0 - result.trimmed_start_seconds - result.trimmed_end_seconds
    assert result.speech_offset_seconds == pytest.approx(1.0 - result.trimmed_start_seconds,
                                                         abs=0.01)
    assert result.duration_seconds == pytest.approx(1.0 + speech, abs=0.1)


def test_jingle_gain_matches_the_target(jingles):
    intro, _ = jingles
    jingle = measure_jingle(intro, target_lufs=-16.0, sample_rate=44100, channels=2)
    assert jingle.loudness_lufs + jingle.gain_db == pytest.approx(-16.0, abs=0.01)
    assert jingle.duration == pytest.approx(3.0, abs=0.01)


def test_several_sources_in_several_formats(mono_call, tmp_path):
    flac = convert(mono_call, tmp_path / "a.flac")
    m4a = convert(mono_call, tmp_path / "b.m4a", "-c:a", "aac", "-b:a", "64k")
    ogg = convert(mono_call, tmp_path / "c.ogg", "-c:a", "libvorbis")
    result = process_file([flac, m4a, ogg], tmp_path / "joined.mp3",
                          replace(PODCAST, trim_silence=False))
    assert result.input_duration_seconds == pytest.approx(36.0, abs=0.2)
    assert result.duration_seconds == pytest.approx(36.0, abs=0.2)
    assert result.channels == 1  # all sources mono


def test_same_input_gives_the_same_bytes(mono_call, tmp_path):
    a = process_file([mono_call], tmp_path / "a.mp3", PODCAST, TagInfo(title="x"))
    b = process_file([mono_call], tmp_path / "b.mp3", PODCAST, TagInfo(title="x"))
    assert a.sha256 == b.sha256


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"RIFF\x00\x00garbage that is not audio at all" * 10, "not a readable audio file"),
])
def test_broken_files_are_named(tmp_path, content, message):
    bad = tmp_path / "trasig.wav"
    bad.write_bytes(content)
    with pytest.raises(AudioError, match=message) as info:
        process_file([bad], tmp_path / "out.mp3", PODCAST)
    assert "trasig.wav" in str(info.value)
    assert not (tmp_path / "out.mp3").exists()


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(AudioError, match="not found") as info:
        process_file([tmp_path / "saknas.wav"], tmp_path / "o.mp3", PODCAST)
    assert "saknas.wav" in str(info.value)
    cover = Path(__file__).resolve().parents[2] / "podcast" / "data" / "cover.jpg"
    with pytest.raises(AudioError) as info:
        process_file([cover], tmp_path / "o.mp3", PODCAST)
    assert "cover.jpg" in str(info.value)


def test_pure_silence_is_refused(tmp_path):
    silent = write_silence(tmp_path / "tyst.wav", 3.0)
    with pytest.raises(AudioError, match="silent") as info:
        process_file([silent], tmp_path / "o.mp3", PODCAST)
    assert "tyst.wav" in str(info.value)
    assert not list(tmp_path.glob("o.mp3*"))


def test_chapter_after_the_end_names_the_key(mono_call, tmp_path):
    tags = TagInfo(title="t", chapters=[ChapterMark(0, "a"), ChapterMark(99, "b")])
    with pytest.raises(InputError, match=r"chapters\[1\]\.start"):
        process_file([mono_call], tmp_path / "o.mp3", PODCAST, tags,
                     tags_path=tmp_path / "episode.md")


def test_ffprobe_present():
    assert ffprobe_path() is not None
    subprocess.run([ffprobe_path(), "-version"], capture_output=True, check=True)


def test_jingle_at_every_chapter_change(conversation, jingles, tmp_path):
    intro, _ = jingles  # a 3 s tone as the sting
    tags = TagInfo(title="t", chapters=[ChapterMark(0.0, "Ett"), ChapterMark(8.0, "Två"),
                                        ChapterMark(12.5, "Tre")])
    plain = process_file([conversation], tmp_path / "a.mp3", PODCAST, tags)
    stung = process_file([conversation], tmp_path / "b.mp3", replace(PODCAST, jingle=intro),
                         tags)
    assert stung.duration_seconds == pytest.approx(plain.duration_seconds + 2 * 3.0, abs=0.1)
    a, b = [c.start for c in plain.chapters], [c.start for c in stung.chapters]
    assert b[1] == pytest.approx(a[1], abs=0.01)  # the second chapter starts with its jingle
    assert b[2] == pytest.approx(a[2] + 3.0, abs=0.01)  # pushed by the first jingle
    assert ebur128(tmp_path / "b.mp3")["TP"] <= -1.0

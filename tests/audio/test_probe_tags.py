"""Probing (with and without ffprobe) and the ID3 tag writer on their own."""

from __future__ import annotations

import pytest
from mutagen.id3 import ID3

from podcast.audio import probe
from podcast.audio.settings import TagInfo
from podcast.audio.tags import TimedChapter, id3_size, write_tags
from podcast.errors import AudioError

from .conftest import convert

FORMATS = [(".flac", [], "FLAC"), (".m4a", ["-c:a", "aac"], "M4A"),
           (".ogg", ["-c:a", "libvorbis"], "OGG"), (".mp3", [], "MP3"), (".wav", [], "WAV")]


@pytest.fixture(scope="module")
def encoded(mono_call, tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    return [(convert(mono_call, folder / f"x{suffix}", *args), fmt)
            for suffix, args, fmt in FORMATS]


@pytest.fixture(params=["ffprobe", "ffmpeg -i"])
def prober(request, monkeypatch):
    if request.param == "ffmpeg -i":  # as with the imageio-ffmpeg binary, which has no ffprobe
        monkeypatch.setattr(probe.ffmpeg, "ffprobe_path", lambda: None)
    return probe.probe_file


def test_probe_reads_every_format(prober, encoded):
    for path, fmt in encoded:
        info = prober(path)
        assert info.format == fmt, path
        assert info.channels == 1 and info.sample_rate == 16000
        assert info.duration == pytest.approx(12.0, abs=0.1)


def test_probe_errors_name_the_file(prober, tmp_path):
    junk = tmp_path / "skräp.mp3"
    junk.write_bytes(b"hello, not audio" * 100)
    with pytest.raises(AudioError) as info:
        prober(junk)
    assert "skräp.mp3" in str(info.value)
    text = tmp_path / "notes.txt"
    text.write_text("just text\n" * 200)
    with pytest.raises(AudioError, match="notes.txt"):
        prober(text)


def test_tags_round_trip_and_size(mono_call, tmp_path):
    mp3 = convert(mono_call, tmp_path / "t.mp3", "-id3v2_version", "0")
    assert id3_size(mp3) == 0
    info = TagInfo(title="Avfall – så sorterar du", show="Kommunpodden", author="Kommunen",
                   description="Åtta frågor om sophämtning.", number=2, season=1,
                   identifier="ep-2")
    chapters = [TimedChapter(0.0, 5.0, "Början"), TimedChapter(5.0, 12.0, "Återvinning",
                                                                 "https://example.se/")]
    size = write_tags(mp3, info, chapters)
    tag = ID3(str(mp3))
    assert size == tag.size == id3_size(mp3)
    assert str(tag["TIT2"]) == "Avfall – så sorterar du"
    assert [str(c.sub_frames["TIT2"]) for c in tag.getall("CHAP")] == ["Början", "Återvinning"]
    assert tag.getall("CHAP")[1].start_time == 5000
    assert tag.getall("CTOC")[0].child_element_ids == ["chp0", "chp1"]
    # re-tagging replaces, never duplicates
    write_tags(mp3, info, chapters)
    assert len(ID3(str(mp3)).getall("CHAP")) == 2

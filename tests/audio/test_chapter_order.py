"""ID3 chapter frames are written in time order, whatever their titles' lengths (#18.5)."""

from __future__ import annotations

from mutagen.id3 import ID3

from podcast.audio.settings import TagInfo
from podcast.audio.tags import TimedChapter, write_tags

from .conftest import convert, ffprobe_json


def test_ffprobe_lists_chapters_in_time_order(mono_call, tmp_path):
    mp3 = convert(mono_call, tmp_path / "kapitel.mp3", "-id3v2_version", "0")
    # Long first title, short middle one: mutagen orders frames by size, which put the
    # middle chapter last (ffprobe listed 0, 8, 4 before the fix).
    chapters = [TimedChapter(0.0, 4.0, "Välkommen till ett avsnitt med en lång kapitelrubrik"),
                TimedChapter(4.0, 8.0, "Kort"),
                TimedChapter(8.0, 12.0, "Frågor från lyssnare om plogvallen vid infarten"),
                *[TimedChapter(9.0 + i * 0.25, 9.25 + i * 0.25, "x" * (12 - i))
                  for i in range(12)]]
    chapters = sorted(chapters, key=lambda c: c.start)
    write_tags(mp3, TagInfo(title="Kapitelordning"), chapters)
    probed = ffprobe_json(mp3, "-show_chapters")["chapters"]
    assert [float(c["start_time"]) for c in probed] == [c.start for c in chapters]
    assert [c["tags"]["title"] for c in probed] == [c.title for c in chapters]
    frames = ID3(str(mp3)).getall("CHAP")
    assert [f.start_time for f in frames] == [round(c.start * 1000) for c in chapters]
    assert len({f.element_id for f in frames}) == len(chapters)

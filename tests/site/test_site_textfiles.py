"""Published transcript files: cue text is escaped the WebVTT way in VTT and SRT."""

from __future__ import annotations

from podcast.site.textfiles import render_all
from podcast.transcript import Segment, Transcript


def test_vtt_and_srt_escape_angle_brackets_and_ampersands() -> None:
    tr = Transcript(segments=[Segment(start=0.0, end=2.0, text="Svara <b>nu</b> & sen --> slut",
                                      speaker="A<B")])
    out = render_all(tr)
    assert "<v A&lt;B>Svara &lt;b&gt;nu&lt;/b&gt; &amp; sen → slut" in out["vtt"]
    assert "A&lt;B: Svara &lt;b&gt;nu&lt;/b&gt; &amp; sen → slut" in out["srt"]
    assert "Svara <b>nu</b> & sen --> slut" in out["txt"]  # plain text stays as said


def test_control_characters_in_a_transcript_do_not_reach_the_cues() -> None:
    tr = Transcript(segments=[Segment(start=0.0, end=2.0, text="Hej\x01 då\x1b[0m")])
    out = render_all(tr)
    assert "Hej då[0m" in out["vtt"] and "\x01" not in out["vtt"] + out["srt"]

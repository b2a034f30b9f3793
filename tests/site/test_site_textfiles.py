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

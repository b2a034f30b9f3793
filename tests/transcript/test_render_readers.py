"""VTT/SRT/JSON/TXT/HTML renderings validate with independent parsers and read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import webvtt

from podcast.errors import InputError
from podcast.transcript import Segment, Transcript, Word
from podcast.transcript.readers import read_srt, read_vtt, realign_text
from podcast.transcript.render import cues, to_html, to_json, to_srt, to_txt, to_vtt

LONG = ("När det har snöat mer än fem centimeter börjar vi med snöröjning på huvudgatorna, "
        "bussgatorna och gång- och cykelvägarna, och sedan tar vi bostadsgatorna i tur och "
        "ordning tills allt är klart.")


def _long_transcript() -> Transcript:
    words = LONG.split()
    timed = [Word(start=10 + i * 0.4, end=10 + i * 0.4 + 0.35, text=" " + w)
             for i, w in enumerate(words)]
    return Transcript(segments=[
        Segment(start=2.0, end=5.5, text="Välkommen till kommunens podd.", speaker="Anna"),
        Segment(start=10.0, end=timed[-1].end, text=LONG, words=timed, speaker="Erik <gäst>"),
    ], language="sv")


def test_cues_respect_the_line_length_and_stay_in_order():
    t = _long_transcript()
    out = cues(t, max_line_chars=42)
    assert len(out) >= 3
    for cue in out:
        assert 1 <= len(cue.lines) <= 2
        assert all(len(line) <= 42 for line in cue.lines)
        assert cue.end > cue.start
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))
    # word timestamps time the cues that a long segment was cut into
    assert out[2].start > 10.0
    assert " ".join(" ".join(c.lines) for c in out[1:]) == LONG


def test_vtt_and_srt_parse_with_webvtt_py(tmp_path: Path):
    t = _long_transcript()
    vtt = tmp_path / "t.vtt"
    vtt.write_text(to_vtt(t), encoding="utf-8")
    parsed = webvtt.read(str(vtt))
    assert len(parsed.captions) == len(cues(t))
    assert parsed.captions[0].start == "00:00:02.000"
    assert all(len(line) <= 65 for c in parsed.captions for line in c.text.splitlines())
    srt = tmp_path / "t.srt"
    srt.write_text(to_srt(t), encoding="utf-8")
    parsed_srt = webvtt.from_srt(str(srt))
    assert [c.text for c in parsed_srt.captions][1:] == [c.text for c in parsed.captions][1:]


def test_json_has_the_podcasting_2_shape():
    data = json.loads(to_json(_long_transcript()))
    assert data["version"] == "1.0.0"
    first = data["segments"][0]
    assert set(first) == {"speaker", "startTime", "endTime", "body"}
    assert first == {"speaker": "Anna", "startTime": 2.0, "endTime": 5.5,
                     "body": "Välkommen till kommunens podd."}


def test_txt_and_html_are_readable_and_escaped():
    t = _long_transcript()
    txt = to_txt(t)
    assert txt.startswith("Anna: Välkommen")
    assert "\n\nErik <gäst>: När det" in txt
    html = to_html(t)
    assert html.startswith('<div class="transcript" lang="sv">')
    assert 'href="#t=10"' in html and "Erik &lt;gäst&gt;:" in html
    assert "<gäst>" not in html


def test_vtt_and_srt_read_back(tmp_path: Path):
    t = _long_transcript()
    (tmp_path / "t.vtt").write_text(to_vtt(t), encoding="utf-8")
    (tmp_path / "t.srt").write_text(to_srt(t), encoding="utf-8")
    back = read_vtt(tmp_path / "t.vtt")
    assert back.segments[0].speaker == "Anna"
    assert back.segments[1].speaker == "Erik <gäst>"
    assert back.text == t.text
    assert read_srt(tmp_path / "t.srt").text == t.text


def test_broken_vtt_names_file_and_line(tmp_path: Path):
    p = tmp_path / "transcript.vtt"
    p.write_text("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHej\n\n2\n00:00:03,5 -> 4\nx\n",
                 encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_vtt(p)
    assert str(p) in str(err.value) and "line 7" in str(err.value)


def test_edited_plain_text_keeps_the_times_of_the_words_it_replaces():
    base = Transcript(segments=[Segment(0.0, 4.0, "Vi plogar huvudgatorna först."),
                                Segment(4.0, 9.0, "Sedan tar vi bostadsgatorna."),
                                Segment(9.0, 12.0, "Tack för att du lyssnade.")])
    edited = "Vi plogar huvudgatorna först.\nSedan tar vi plogvallarna vid bostadsgatorna.\n" \
             "Tack för att du lyssnade!"
    out = realign_text(base, edited)
    assert [s.start for s in out.segments] == [0.0, 4.0, 9.0]
    assert out.segments[1].text == "Sedan tar vi plogvallarna vid bostadsgatorna."
    assert out.segments[2].text == "Tack för att du lyssnade!"


def test_realign_keeps_multi_word_speakers_and_turns():
    base = Transcript(segments=[
        Segment(0.0, 2.0, "Mälkommen till podden", speaker="Sara Lind"),
        Segment(2.5, 4.0, "i dag snö", speaker="Sara Lind"),
        Segment(5.0, 8.0, "Tak vi plogar", speaker="Karin Berg"),
        Segment(9.0, 10.0, "Tak", speaker="Sara Lind"),
    ])
    edited = ("Sara Lind: Välkommen till podden, i dag om snöröjning.\n\n"
              "Karin Berg: Tack. Vi plogar när det har kommit fem centimeter.\n\n"
              "Sara Lind: Tack Karin.")
    out = realign_text(base, edited)
    assert [s.speaker for s in out.segments] == ["Sara Lind", "Sara Lind", "Karin Berg",
                                                 "Sara Lind"]
    assert "Karin Berg:" not in " ".join(s.text for s in out.segments)
    assert "Sara" not in out.segments[0].text
    assert out.segments[2].text == "Tack. Vi plogar när det har kommit fem centimeter."
    assert out.segments[3].text == "Tack Karin."
    assert out.segments[2].start == 5.0

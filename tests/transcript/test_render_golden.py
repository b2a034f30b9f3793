"""The renderer against hand-checked files (tests/transcript/golden/): cue cutting, line
breaks, timing by word times or by characters, escaping, numbering. UPDATE_GOLDEN=1 rewrites
the files; check every change by eye before committing it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from podcast.transcript import Segment, Transcript, Word
from podcast.transcript.render import render_all

GOLDEN = Path(__file__).parent / "golden"


def _words(spec: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(start=s, end=e, text=" " + w, probability=0.9) for w, s, e in spec]


def _spread(text: str, start: float, step: float) -> list[tuple[str, float, float]]:
    return [(w, round(start + i * step, 3), round(start + i * step + step * 0.8, 3))
            for i, w in enumerate(text.split())]


SENTENCES = ("Vi plogar först huvudgatorna och bussgatorna. Sedan tar vi gång- och "
             "cykelvägar, skolornas infarter och till sist villagatorna, men det kan dröja "
             "ett par dagar efter ett kraftigt snöfall.")
# Word times with a pause of four seconds after the first sentence.
_SENT = _spread(SENTENCES, 30.0, 0.4)
_PAUSED = [(w, s + (4.0 if i >= 6 else 0.0), e + (4.0 if i >= 6 else 0.0))
           for i, (w, s, e) in enumerate(_SENT)]

CASES: dict[str, Transcript] = {
    # Two speakers, short segments, text that must be escaped or cleaned.
    "speakers_escaped": Transcript(segments=[
        Segment(start=1.0, end=4.25, text=" Hej & välkommen till <Kommunpodden>! ",
                speaker="Sara Lind"),
        Segment(start=4.5, end=9.0, text="Pilen --> betyder\x07 nästa steg, och a<b gäller.",
                speaker="Karin <gäst> & Co"),
        Segment(start=9.0, end=9.0, text="   "),  # empty: no cue, numbering continues
        Segment(start=9.5, end=12.0, text="Tack.", speaker="Sara Lind"),
    ], language="sv"),
    # A long segment with word times: cut after the sentence, then after a clause; each
    # cue starts at its first word's own time (the pause moves the second cue).
    "word_times": Transcript(segments=[
        Segment(start=29.5, end=_PAUSED[-1][2] + 0.3, text=SENTENCES, words=_words(_PAUSED),
                speaker="Karin Berg"),
    ], language="sv"),
    # The same text without word times: the segment's time shared out by characters.
    "no_word_times": Transcript(segments=[
        Segment(start=30.0, end=60.0, text=SENTENCES),
    ]),
    # Word times that no longer match the (edited) text are not used.
    "edited_text": Transcript(segments=[
        Segment(start=0.0, end=8.0, text="Bygglov behövs för en altan högre än 1,2 meter, "
                "men inte för ett lågt trädäck.",
                words=_words(_spread("Big Love behövs för en altan högre än 1,2 meter, men "
                                     "inte för ett lågt trädäck.", 0.0, 0.5))),
    ]),
    # A web address longer than a line is cut into line-long pieces, nothing lost.
    "long_word": Transcript(segments=[
        Segment(start=0.0, end=6.0, text="Läs mer på https://www.exempelkommun.se/"
                "trafik-och-gator/vinterunderhall/snorojning.html i dag."),
    ]),
}


def _check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("fmt", ["vtt", "srt"])
def test_captions_match_the_hand_checked_files(case: str, fmt: str) -> None:
    _check(f"{case}.{fmt}", render_all(CASES[case], (fmt,))[fmt])


@pytest.mark.parametrize("fmt", ["json", "txt", "html"])
def test_other_formats_match_the_hand_checked_files(fmt: str) -> None:
    _check(f"speakers_escaped.{fmt}", render_all(CASES["speakers_escaped"], (fmt,))[fmt])


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_format_renders_the_same_after_a_trip_through_the_json(case: str) -> None:
    first = render_all(CASES[case])
    again = render_all(Transcript.from_podcast_json(json.loads(first["json"])))
    assert again == first

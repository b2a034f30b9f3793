"""The transcript model (words, segments, transcript) and its Podcasting 2.0 JSON shape.

On disk a transcript lives beside its episode as ``transcript.json`` in the Podcasting 2.0
JSON shape ``{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}``
(plus VTT/SRT/TXT/HTML renderings written by the transcription stage). Times are seconds in
the *processed* MP3.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import InputError


@dataclass
class Word:
    start: float
    end: float
    text: str
    probability: float | None = None
    doubtful: bool = False


@dataclass
class Segment:
    start: float
    end: float
    text: str
    speaker: str | None = None
    words: list[Word] = field(default_factory=list)
    doubtful: bool = False


@dataclass
class Transcript:
    segments: list[Segment]
    language: str | None = None
    corrections: list[dict] = field(default_factory=list)  # glossary fixes, see transcribe

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())

    def to_podcast_json(self) -> dict:
        segments = []
        for s in self.segments:
            item: dict = {}
            if s.speaker:
                item["speaker"] = s.speaker
            item["startTime"] = round(s.start, 3)
            item["endTime"] = round(s.end, 3)
            item["body"] = s.text.strip()
            segments.append(item)
        return {"version": "1.0.0", "segments": segments}

    @classmethod
    def from_podcast_json(cls, data: dict, *, source: object = None) -> Transcript:
        if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
            raise InputError("not a Podcasting 2.0 transcript (no 'segments' list)", path=source)
        segments = []
        for i, item in enumerate(data["segments"]):
            try:
                segments.append(Segment(start=float(item["startTime"]), end=float(item["endTime"]),
                                        text=str(item["body"]), speaker=item.get("speaker")))
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"bad segment ({exc})", path=source,
                                 where=f"segments[{i}]") from None
        return cls(segments=segments, language=data.get("language"))


def read_transcript_json(path: Path) -> Transcript:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"invalid JSON ({exc})", path=path) from None
    return Transcript.from_podcast_json(data, source=path)


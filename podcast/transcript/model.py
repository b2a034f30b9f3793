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

    def as_stored(self) -> Transcript:
        """A copy as ``transcript.json`` keeps it: times (and word probabilities) to the
        millisecond, text without surrounding spaces, no empty speaker name. Renderers start
        from it, so a transcript renders the same before and after a trip through the file."""
        segments = [
            Segment(start=round(s.start, 3), end=round(s.end, 3), text=s.text.strip(),
                    speaker=s.speaker or None, doubtful=s.doubtful,
                    words=[Word(start=round(w.start, 3), end=round(w.end, 3),
                                text=w.text.strip(),
                                probability=(round(w.probability, 3)
                                             if w.probability is not None else None),
                                doubtful=w.doubtful) for w in s.words])
            for s in self.segments]
        return Transcript(segments=segments, language=self.language,
                          corrections=list(self.corrections))

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
        """Read the Podcasting 2.0 shape back, with this tool's extra keys when present
        (each segment's ``words`` and ``doubtful`` mark, ``language``, ``corrections``), so
        that a transcript read from ``transcript.json`` renders exactly as it was written."""
        if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
            raise InputError("not a Podcasting 2.0 transcript (no 'segments' list)", path=source)
        segments = []
        for i, item in enumerate(data["segments"]):
            try:
                segments.append(Segment(start=float(item["startTime"]), end=float(item["endTime"]),
                                        text=str(item["body"]), speaker=item.get("speaker"),
                                        words=_words(item.get("words") or []),
                                        doubtful=bool(item.get("doubtful", False))))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InputError(f"bad segment ({exc})", path=source,
                                 where=f"segments[{i}]") from None
        corrections = data.get("corrections")
        return cls(segments=segments, language=data.get("language"),
                   corrections=corrections if isinstance(corrections, list) else [])


def _words(items: list) -> list[Word]:
    """The ``words`` of one segment as written by :func:`podcast.transcript.render.to_json`."""
    words = []
    for w in items:
        probability = w.get("probability")
        words.append(Word(start=float(w["start"]), end=float(w["end"]), text=str(w["word"]),
                          probability=float(probability) if probability is not None else None,
                          doubtful=bool(w.get("doubtful", False))))
    return words

def read_transcript_json(path: Path) -> Transcript:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"invalid JSON ({exc})", path=path) from None
    return Transcript.from_podcast_json(data, source=path)


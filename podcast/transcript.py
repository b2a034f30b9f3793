"""The transcript model shared by transcription, search, feed and site.

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


def load_transcript(episode_dir: Path) -> Transcript | None:
    """The episode's transcript as the editor left it, or None when it has none yet.

    When an editor corrected ``transcript.vtt``, ``.srt``, ``.txt`` or ``.json`` by hand
    (detected by hash against what the tool wrote), the corrected file is what is returned,
    even before ``podcast transcribe`` has re-synchronised the other formats.
    """
    from podcast.transcribe.edits import current_transcript

    found = current_transcript(Path(episode_dir))
    return found[0] if found is not None else None

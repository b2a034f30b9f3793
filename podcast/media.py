"""Build metadata of a processed episode (``build/audio/<slug>.json``).

Written by the audio stage, read by the feed/site (enclosure length, duration, chapters),
by transcription (which audio to transcribe) and by stats (ID3 size for the IAB threshold).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from podcast.errors import InputError
from podcast.fsutil import write_output


@dataclass
class MediaChapter:
    start: float  # seconds in the processed file (already shifted by the intro)
    title: str
    url: str | None = None


@dataclass
class MediaInfo:
    slug: str
    file: str  # file name inside build/audio/, e.g. "snorojning.mp3"
    size_bytes: int
    duration_seconds: float
    mime_type: str = "audio/mpeg"
    bitrate_kbps: int | None = None
    channels: int | None = None
    sample_rate: int | None = None
    integrated_lufs: float | None = None
    loudness_range_lu: float | None = None
    true_peak_dbtp: float | None = None
    id3_size_bytes: int = 0
    intro_offset_seconds: float = 0.0  # how far the speech moved because of intro/trim
    chapters: list[MediaChapter] = field(default_factory=list)
    sha256: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, data: dict) -> MediaInfo:
        chapters = [MediaChapter(**c) for c in data.get("chapters", [])]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "chapters"}
        return cls(**known, chapters=chapters)


def write_media_info(path: Path, info: MediaInfo) -> None:
    """Write atomically; a full disk or a missing permission is a one-line error naming
    ``path``, and the previous file is left as it was."""
    write_output(path, info.to_json())


def read_media_info(path: Path) -> MediaInfo | None:
    """The media info at ``path``, or None when the episode has not been processed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable build metadata ({exc}); run 'podcast process' again",
                         path=path) from None
    try:
        return MediaInfo.from_dict(data)
    except TypeError as exc:
        raise InputError(f"unexpected build metadata ({exc}); run 'podcast process' again",
                         path=path) from None

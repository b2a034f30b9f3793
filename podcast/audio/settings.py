"""What the audio stage needs to know, resolved from ``[audio]`` in ``podcast.toml``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from podcast.config import AudioSection

#: Bump when the processing changes in a way that should redo finished episodes.
PROCESS_VERSION = "1"

#: Headroom below the true-peak ceiling given to the (sample-peak) limiter before encoding;
#: MP3 encoding and reconstruction add inter-sample peaks. Corrected after measuring if needed.
LIMITER_MARGIN_DB = 1.5


@dataclass(frozen=True)
class AudioSettings:
    target_lufs: float = -16.0
    true_peak: float = -1.0
    sample_rate: int = 44100
    channels: str = "auto"  # auto | mono | stereo
    bitrate_kbps: int = 128
    mono_bitrate_kbps: int = 64
    intro: Path | None = None
    outro: Path | None = None
    jingle: Path | None = None  # played at each chapter change
    crossfade_seconds: float = 1.0
    duck: bool = False
    duck_seconds: float = 3.0
    duck_db: float = -15.0
    trim_silence: bool = True
    silence_threshold_db: float = -50.0
    max_pause_seconds: float = 0.0
    compress: bool = True

    @classmethod
    def from_section(cls, section: AudioSection, *, root: Path | None = None) -> AudioSettings:
        """Settings from a config section; intro/outro paths are relative to ``root``."""
        target, peak = section.loudness_target()

        def resolve(name: str | None) -> Path | None:
            if not name:
                return None
            p = Path(name)
            return p if p.is_absolute() or root is None else root / p

        return cls(target_lufs=target, true_peak=peak, sample_rate=section.sample_rate,
                   channels=section.channels, bitrate_kbps=section.bitrate_kbps,
                   mono_bitrate_kbps=section.mono_bitrate_kbps,
                   intro=resolve(section.intro), outro=resolve(section.outro),
                   jingle=resolve(section.jingle),
                   crossfade_seconds=section.crossfade_seconds, duck=section.duck,
                   duck_seconds=section.duck_seconds, duck_db=section.duck_db,
                   trim_silence=section.trim_silence,
                   silence_threshold_db=section.silence_threshold_db,
                   max_pause_seconds=section.max_pause_seconds, compress=section.compress)

    def output_channels(self, source_channels: list[int]) -> int:
        if self.channels == "mono":
            return 1
        if self.channels == "stereo":
            return 2
        return 2 if any(c >= 2 for c in source_channels) else 1

    def bitrate_for(self, channels: int) -> int:
        return self.mono_bitrate_kbps if channels == 1 else self.bitrate_kbps

    def fingerprint_data(self) -> dict:
        data = {k: (str(v) if isinstance(v, Path) else v) for k, v in self.__dict__.items()}
        return data


@dataclass(frozen=True)
class ChapterMark:
    start: float  # seconds in the recording (before trimming and intro)
    title: str
    url: str | None = None


@dataclass(frozen=True)
class TagInfo:
    """What goes into the ID3 tag."""

    title: str
    show: str | None = None
    author: str | None = None
    date: dt.datetime | dt.date | None = None
    description: str | None = None
    number: int | None = None
    season: int | None = None
    language: str = "sv"
    cover: Path | None = None
    identifier: str | None = None  # stable id (episode guid), written as UFID and TGID
    url: str | None = None  # the episode's web page
    chapters: list[ChapterMark] = field(default_factory=list)

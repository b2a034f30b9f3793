"""What the audio stage needs to know, resolved from ``[audio]`` in ``podcast.toml``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from pathlib import Path

from podcast.config import AudioSection

#: Bump when the processing changes in a way that should redo finished episodes (an input of
#: the ``process`` stage's fingerprint).
PROCESS_VERSION = "1"

#: Headroom below the true-peak ceiling given to the (sample-peak) limiter before encoding;
#: MP3 encoding and reconstruction add inter-sample peaks. Corrected after measuring if needed.
LIMITER_MARGIN_DB = 1.5


@dataclass
class AudioSettings(AudioSection):
    """``[audio]`` as the processing uses it: the same keys (one definition, in
    :class:`~podcast.config.AudioSection`), with the preset resolved into ``target_lufs`` and
    ``true_peak`` and the intro/outro/jingle names made absolute."""

    @classmethod
    def from_section(cls, section: AudioSection, *, root: Path | None = None) -> AudioSettings:
        """Settings from a config section; intro/outro paths are relative to ``root``."""
        target, peak = section.loudness_target()

        def resolve(name: str | None) -> str | None:
            if not name:
                return None
            p = Path(name)
            return str(p if p.is_absolute() or root is None else root / p)

        values = {f.name: getattr(section, f.name) for f in fields(AudioSection)}
        values.update(preset=None, target_lufs=target, true_peak=peak,
                      intro=resolve(section.intro), outro=resolve(section.outro),
                      jingle=resolve(section.jingle))
        return cls(**values)

    @property
    def intro_path(self) -> Path | None:
        return Path(self.intro) if self.intro else None

    @property
    def outro_path(self) -> Path | None:
        return Path(self.outro) if self.outro else None

    @property
    def jingle_path(self) -> Path | None:
        """The sting played at each chapter change."""
        return Path(self.jingle) if self.jingle else None

    def output_channels(self, source_channels: list[int]) -> int:
        if self.channels == "mono":
            return 1
        if self.channels == "stereo":
            return 2
        return 2 if any(c >= 2 for c in source_channels) else 1

    def bitrate_for(self, channels: int) -> int:
        return self.mono_bitrate_kbps if channels == 1 else self.bitrate_kbps


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

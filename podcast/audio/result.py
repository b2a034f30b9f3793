"""What processing one recording produced (kept free of heavy imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from podcast.audio.tags import TimedChapter


@dataclass
class ProcessResult:
    output: Path
    duration_seconds: float = 0.0
    size_bytes: int = 0
    sample_rate: int = 0
    channels: int = 0
    bitrate_kbps: int = 0
    integrated_lufs: float | None = None
    loudness_range_lu: float | None = None
    true_peak_dbtp: float | None = None
    id3_size_bytes: int = 0
    speech_offset_seconds: float = 0.0  # intro length minus crossfade, minus trimmed start
    trimmed_start_seconds: float = 0.0
    trimmed_end_seconds: float = 0.0
    pauses_shortened: int = 0
    removed_seconds: float = 0.0
    input_duration_seconds: float = 0.0
    input_loudness_lufs: float | None = None
    gain_db: float = 0.0
    renders: int = 0
    chapters: list[TimedChapter] = field(default_factory=list)
    sha256: str | None = None
    elapsed_seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step
    media_info_path: Path | None = None

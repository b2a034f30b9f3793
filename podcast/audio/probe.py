"""Find out what a source file is before decoding it: format, codec, channels, rate, duration.

Uses ffprobe when present and falls back to parsing ``ffmpeg -i`` (the imageio-ffmpeg wheel
ships no ffprobe). Every problem becomes an :class:`~podcast.errors.AudioError` naming the file.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from podcast import ffmpeg
from podcast.errors import AudioError, ExternalToolError

log = logging.getLogger(__name__)

#: ffmpeg demuxer names accepted as recordings (WAV/FLAC/MP3/M4A/OGG and close relatives).
SUPPORTED_FORMATS = {
    "wav": "WAV", "w64": "WAV", "flac": "FLAC", "mp3": "MP3", "ogg": "OGG",
    "mov": "M4A", "mp4": "M4A", "m4a": "M4A", "aiff": "AIFF", "matroska": "WebM", "webm": "WebM",
}
SUPPORTED_LABEL = "WAV, FLAC, MP3, M4A, OGG"

#: Shortest recording accepted (a shorter file is treated as empty).
MIN_DURATION = 0.05


@dataclass(frozen=True)
class SourceInfo:
    path: Path
    format: str  # the label from SUPPORTED_FORMATS, e.g. "FLAC"
    codec: str
    channels: int
    sample_rate: int
    duration: float  # seconds


def _supported(format_name: str) -> str | None:
    for name in format_name.split(","):
        if name.strip() in SUPPORTED_FORMATS:
            return SUPPORTED_FORMATS[name.strip()]
    return None


def _probe_with_ffprobe(path: Path, probe: str) -> dict:
    proc = subprocess.run(
        [probe, "-v", "error", "-show_format", "-show_streams", "-of", "json", str(path)],
        capture_output=True, text=True, errors="replace")
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
        detail = detail.replace(str(path) + ": ", "")
        raise AudioError(f"not a readable audio file ({detail})", path=path)
    try:
        return json.loads(proc.stdout or "{}")
    except ValueError:
        raise AudioError("not a readable audio file (ffprobe gave no answer)", path=path) from None


_DURATION_RE = re.compile(r"Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)")
_INPUT_RE = re.compile(r"Input #0, ([\w,]+), from")
_AUDIO_RE = re.compile(r"Stream #0:\d+.*?: Audio: (\w+).*?, (\d+) Hz, ([^,]+)")


def _probe_with_ffmpeg(path: Path) -> dict:
    """Approximate ffprobe's JSON from ``ffmpeg -i`` (no ffprobe available)."""
    proc = subprocess.run([ffmpeg.ffmpeg_path(), "-hide_banner", "-nostdin", "-i", str(path)],
                          capture_output=True, text=True, errors="replace")
    text = proc.stderr
    fmt = _INPUT_RE.search(text)
    if not fmt:
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        detail = lines[-1].replace(str(path) + ": ", "") if lines else "unknown error"
        raise AudioError(f"not a readable audio file ({detail})", path=path)
    data: dict = {"format": {"format_name": fmt.group(1)}, "streams": []}
    dur = _DURATION_RE.search(text)
    if dur:
        h, m, s = dur.groups()
        data["format"]["duration"] = str(int(h) * 3600 + int(m) * 60 + float(s))
    for codec, rate, layout in _AUDIO_RE.findall(text):
        layout = layout.strip()
        channels = {"mono": 1, "stereo": 2}.get(layout)
        if channels is None:
            m = re.match(r"(\d+) channels", layout)
            channels = int(m.group(1)) if m else 2
        data["streams"].append({"codec_type": "audio", "codec_name": codec,
                                "sample_rate": rate, "channels": channels})
    return data


def probe_file(path: Path | str) -> SourceInfo:
    """Describe one recording; raise AudioError for missing, broken, empty or unsupported files."""
    path = Path(path)
    if not path.exists():
        raise AudioError("file not found", path=path)
    if not path.is_file():
        raise AudioError("not a file", path=path)
    if path.stat().st_size == 0:
        raise AudioError("file is empty (0 bytes)", path=path)
    probe = ffmpeg.ffprobe_path()
    try:
        data = _probe_with_ffprobe(path, probe) if probe else _probe_with_ffmpeg(path)
    except (OSError, ExternalToolError) as exc:
        raise AudioError(f"cannot probe: {exc}", path=path) from None
    fmt = data.get("format") or {}
    label = _supported(str(fmt.get("format_name", "")))
    if label is None:
        raise AudioError(f"unsupported format {fmt.get('format_name', '?')!r} "
                         f"(use {SUPPORTED_LABEL})", path=path)
    audio = [s for s in data.get("streams", []) if s.get("codec_type") == "audio"]
    if not audio:
        raise AudioError("contains no audio stream", path=path)
    stream = audio[0]
    try:
        channels = int(stream.get("channels") or 0)
        rate = int(stream.get("sample_rate") or 0)
    except (TypeError, ValueError):
        channels, rate = 0, 0
    if channels < 1 or rate < 1:
        raise AudioError("audio stream has no channels or sample rate", path=path)
    duration = _duration(stream, fmt)
    if duration is None or duration < MIN_DURATION:
        raise AudioError("contains no audio (duration 0)", path=path)
    info = SourceInfo(path=path, format=label, codec=str(stream.get("codec_name", "?")),
                      channels=channels, sample_rate=rate, duration=duration)
    log.debug("probed %s: %s", path, info)
    return info


def _duration(stream: dict, fmt: dict) -> float | None:
    for value in (stream.get("duration"), fmt.get("duration")):
        try:
            if value is not None and value != "N/A":
                return float(value)
        except (TypeError, ValueError):
            continue
    return None

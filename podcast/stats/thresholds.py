"""Byte thresholds of the IAB rule: ID3 tag size + one minute of audio (whole file ≤ 60 s).

Sizes come from the media files themselves (mutagen for the ID3 tag and MPEG stream; the
Xing/Info frame and its LAME-style encoder delay/padding for the exact, gapless duration) or,
inside a show, from the build metadata the audio stage writes next to each MP3.
"""

from __future__ import annotations

import logging
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import InputError

log = logging.getLogger(__name__)

AUDIO_EXTENSIONS = (".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mp4")
ONE_MINUTE = 60.0


@dataclass(frozen=True)
class EpisodeMedia:
    """What the counting rules need to know about one media file."""

    episode: str
    size_bytes: int
    id3_size_bytes: int
    duration_seconds: float
    trailer_bytes: int = 0  # an ID3v1 tag at the end: not audio either

    @property
    def threshold_bytes(self) -> int:
        """Bytes a listener must receive (in one window) for a download to count."""
        return threshold_bytes(self.size_bytes, self.id3_size_bytes, self.duration_seconds,
                               self.trailer_bytes)


def threshold_bytes(size: int, id3_size: int, duration: float, trailer: int = 0) -> int:
    """ID3 size + one minute of audio bytes; the whole file for episodes of 60 s or less.

    One minute of audio is the audio part of the file (between the tags) times 60 s over the
    duration, which is exact for constant and average bit rates alike.
    """
    audio = size - id3_size - trailer
    if duration <= ONE_MINUTE or audio <= 0:
        return size
    return min(size, id3_size + int(audio * ONE_MINUTE / duration))


def _gapless_duration(path: Path, frame_offset: int, sample_rate: int) -> float | None:
    """Duration from the Xing/Info frame count minus encoder delay and padding, if present."""
    try:
        with open(path, "rb") as fh:
            fh.seek(frame_offset)
            frame = fh.read(400)
    except OSError:
        return None
    if len(frame) < 4 or frame[0] != 0xFF or (frame[1] & 0xE0) != 0xE0:
        return None
    version_bits = (frame[1] >> 3) & 0x03  # 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
    mono = (frame[3] >> 6) & 0x03 == 3
    if version_bits == 3:
        side, samples_per_frame = (17 if mono else 32), 1152
    else:
        side, samples_per_frame = (9 if mono else 17), 576
    tag = 4 + side
    if frame[tag:tag + 4] not in (b"Xing", b"Info"):
        return None
    flags = struct.unpack(">I", frame[tag + 4:tag + 8])[0]
    if not flags & 0x1:
        return None
    frames = struct.unpack(">I", frame[tag + 8:tag + 12])[0]
    samples = frames * samples_per_frame
    # Encoder tag (LAME/Lavc) at a fixed offset when bytes, TOC and quality are all present.
    pos = tag + 8 + 4 * bool(flags & 0x1) + 4 * bool(flags & 0x2) + 100 * bool(flags & 0x4) \
        + 4 * bool(flags & 0x8)
    enc = frame[pos:pos + 24]
    if len(enc) == 24 and enc[:4] in (b"LAME", b"Lavc", b"Lavf", b"GOGO", b"L3.9"):
        b0, b1, b2 = enc[21], enc[22], enc[23]
        delay = (b0 << 4) | (b1 >> 4)
        padding = ((b1 & 0x0F) << 8) | b2
        if delay + padding < samples:
            samples -= delay + padding
    return samples / sample_rate if sample_rate else None


def probe_media(path: Path, episode: str | None = None) -> EpisodeMedia:
    """Size, ID3 tag size and duration of one media file (MP3 precise, others via mutagen)."""
    import mutagen
    from mutagen.id3 import ID3, ID3NoHeaderError

    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("media file not found", path=path) from None
    name = episode or path.stem
    id3 = 0
    try:
        id3 = ID3(path).size
    except ID3NoHeaderError:
        id3 = 0
    except Exception:
        id3 = 0
    try:
        audio = mutagen.File(path)
    except Exception as exc:
        raise InputError(f"not a readable audio file ({exc})", path=path) from None
    if audio is None or getattr(audio, "info", None) is None:
        raise InputError("not a readable audio file", path=path)
    info = audio.info
    duration = float(getattr(info, "length", 0.0) or 0.0)
    offset = getattr(info, "frame_offset", None)
    if path.suffix.lower() == ".mp3" and offset is not None:
        gapless = _gapless_duration(path, int(offset), int(getattr(info, "sample_rate", 0)))
        if gapless:
            duration = gapless
    if duration <= 0:
        raise InputError("audio duration is zero or unknown", path=path)
    trailer = 0
    if size > 128 + id3:
        with open(path, "rb") as fh:
            fh.seek(size - 128)
            if fh.read(3) == b"TAG":
                trailer = 128
    return EpisodeMedia(episode=name, size_bytes=size, id3_size_bytes=id3,
                        duration_seconds=duration, trailer_bytes=trailer)


def media_from_dir(folder: Path,
                   media_map: dict[str, str] | None = None) -> dict[str, EpisodeMedia]:
    """Every audio file in ``folder`` (not recursive), keyed by episode name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("media folder not found", path=folder)
    found: dict[str, EpisodeMedia] = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file() and entry.name.lower().endswith(AUDIO_EXTENSIONS):
            name = episode_name(entry.name, media_map)
            found[name] = probe_media(Path(entry.path), name)
    if not found:
        raise InputError("no audio files (.mp3, .m4a, ...) in the media folder", path=folder)
    return found


def media_from_workspace(ws) -> dict[str, EpisodeMedia]:
    """The processed episodes of a show: the MP3 itself when built, else its build metadata."""
    from podcast.media import read_media_info

    media_map = ws.config.stats.media_map
    found: dict[str, EpisodeMedia] = {}
    folder = ws.audio_dir
    if not folder.is_dir():
        return found
    for mp3 in sorted(folder.glob("*.mp3")):
        name = episode_name(mp3.name, media_map)
        try:
            found[name] = probe_media(mp3, name)
            continue
        except InputError as exc:
            log.warning("%s", exc)
        info = read_media_info(ws.media_info_path(mp3.stem))
        if info is not None and info.duration_seconds > 0:
            found[name] = EpisodeMedia(name, info.size_bytes, info.id3_size_bytes,
                                       info.duration_seconds)
    return found


def episode_name(file_name: str, media_map: dict[str, str] | None = None) -> str:
    """The episode a media file belongs to: mapped by the show, else its name sans extension."""
    if media_map:
        mapped = media_map.get(file_name)
        if mapped:
            return mapped
    stem, dot, ext = file_name.rpartition(".")
    name = stem if dot and ("." + ext.lower()) in AUDIO_EXTENSIONS else file_name
    if media_map and name in media_map:
        return media_map[name]
    return name

"""Decode any recording into the 16 kHz mono float32 samples Whisper expects (via ffmpeg)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from podcast.errors import AudioError, ExternalToolError
from podcast.ffmpeg import ffmpeg_path

SAMPLE_RATE = 16000


def decode_audio(path: Path | str, *, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Samples in [-1, 1] (float32, mono, ``sample_rate`` Hz); AudioError names a bad file."""
    path = Path(path)
    if not path.is_file():
        raise AudioError("audio file not found", path=path)
    cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
           "-vn", "-ac", "1", "-ar", str(sample_rate), "-f", "s16le", "-acodec", "pcm_s16le", "-"]
    try:
        proc = subprocess.run(cmd, capture_output=True, check=False)
    except FileNotFoundError:
        raise ExternalToolError(f"cannot run ffmpeg at {cmd[0]}") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError(f"cannot decode audio: {detail[-1] if detail else 'ffmpeg failed'}",
                         path=path)
    samples = np.frombuffer(proc.stdout, dtype=np.int16).astype(np.float32) / 32768.0
    if samples.size == 0:
        raise AudioError("no audio samples (empty or not an audio file)", path=path)
    return samples

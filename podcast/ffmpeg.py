"""The ffmpeg boundary: locate the binary and run it.

ffmpeg on PATH is preferred (Debian's has every filter); without one, the static binary
shipped in the ``imageio-ffmpeg`` wheel is used, so ``pip install`` alone gives a working tool.
ffprobe is optional: probing falls back to ``ffmpeg -i`` parsing where it is missing.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from pathlib import Path

from podcast.errors import ExternalToolError

log = logging.getLogger(__name__)


@functools.cache
def ffmpeg_path() -> str:
    """Path of the ffmpeg binary used (PODCAST_FFMPEG overrides)."""
    override = os.environ.get("PODCAST_FFMPEG")
    if override:
        return override
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
    except ImportError:
        raise ExternalToolError(
            "ffmpeg not found: install it (apt-get install ffmpeg) or pip install imageio-ffmpeg"
        ) from None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:
        raise ExternalToolError(f"ffmpeg not found: {exc}") from None


@functools.cache
def ffprobe_path() -> str | None:
    """Path of ffprobe, or None (the imageio-ffmpeg wheel has no ffprobe)."""
    override = os.environ.get("PODCAST_FFPROBE")
    if override:
        return override
    beside = Path(ffmpeg_path()).with_name("ffprobe")
    if beside.is_file():
        return str(beside)
    return shutil.which("ffprobe")


def ffmpeg_source() -> str:
    """'PATH' or 'imageio-ffmpeg': which ffmpeg is in use (shown by ``podcast doctor``)."""
    path = ffmpeg_path()
    return "imageio-ffmpeg" if "imageio_ffmpeg" in path else "PATH"


def _last_error_line(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for line in reversed(lines):
        if not line.startswith(("frame=", "size=", "video:", "[out#")):
            return line
    return lines[-1] if lines else "no output"


def run_ffmpeg(args: list[str], *, input_path: Path | str | None = None,
               capture: bool = True, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run ``ffmpeg -hide_banner -nostdin <args>``; raise ExternalToolError on failure.

    ``input_path`` names the file the error is about, so that the message names it.
    """
    cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", *args]
    log.debug("running %s", " ".join(cmd))
    try:
        proc = subprocess.run(cmd, capture_output=capture, text=True, timeout=timeout,
                              errors="replace")
    except FileNotFoundError:
        raise ExternalToolError(f"cannot run ffmpeg at {cmd[0]}") from None
    except subprocess.TimeoutExpired:
        raise ExternalToolError(f"ffmpeg timed out after {timeout} s", path=input_path) from None
    if proc.returncode != 0:
        raise ExternalToolError(f"ffmpeg failed: {_last_error_line(proc.stderr or '')}",
                                path=input_path)
    return proc

"""Decode one or several recordings through an ffmpeg filter graph into float chunks.

ffmpeg concatenates the sources, converts them to one sample rate and channel count and runs
the given filters; Python reads the result from a pipe in fixed-size chunks, so memory stays
flat whatever the length of the recording.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from podcast import ffmpeg
from podcast.errors import AudioError, ExternalToolError

log = logging.getLogger(__name__)

CHUNK_FRAMES = 1 << 16


def layout_for(channels: int) -> str:
    return "mono" if channels == 1 else "stereo"


def concat_graph(n_inputs: int, sample_rate: int, channels: int, *, first_input: int = 0,
                 out_label: str = "cat") -> str:
    """Graph text: inputs ``first_input..`` → one float stream ``[out_label]``."""
    layout = layout_for(channels)
    parts = []
    for i in range(n_inputs):
        idx = first_input + i
        parts.append(f"[{idx}:a:0]aresample={sample_rate},"
                     f"aformat=sample_fmts=flt:channel_layouts={layout}[s{idx}]")
    labels = "".join(f"[s{first_input + i}]" for i in range(n_inputs))
    if n_inputs == 1:
        parts.append(f"{labels}anull[{out_label}]")
    else:
        parts.append(f"{labels}concat=n={n_inputs}:v=0:a=1[{out_label}]")
    return ";".join(parts)


def input_args(paths: Sequence[Path]) -> list[str]:
    args: list[str] = []
    for p in paths:
        args += ["-i", str(p)]
    return args


def describe_sources(paths: Sequence[Path]) -> str:
    return str(paths[0]) if len(paths) == 1 else ", ".join(str(p) for p in paths)


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else "unknown error"


class PcmReader:
    """Run ``ffmpeg <args> -f f32le pipe:1`` and iterate float32 chunks ``(frames, channels)``.

    Use as a context manager; leaving it early stops ffmpeg. A non-zero exit becomes an
    :class:`AudioError` naming ``sources``.
    """

    def __init__(self, args: list[str], channels: int, *, sources: Sequence[Path],
                 chunk_frames: int = CHUNK_FRAMES) -> None:
        self.args = args
        self.channels = channels
        self.sources = list(sources)
        self.chunk_frames = chunk_frames
        self._proc: subprocess.Popen | None = None
        self._stderr = tempfile.TemporaryFile()
        self.frames = 0

    def __enter__(self) -> PcmReader:
        cmd = [ffmpeg.ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
               *self.args, "-f", "f32le", "pipe:1"]
        log.debug("running %s", " ".join(cmd))
        try:
            self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._stderr,
                                          stdin=subprocess.DEVNULL)
        except OSError as exc:
            raise ExternalToolError(f"cannot run ffmpeg: {exc}") from None
        return self

    def __iter__(self) -> Iterator[np.ndarray]:
        assert self._proc is not None and self._proc.stdout is not None
        frame_bytes = 4 * self.channels
        buf = bytearray(self.chunk_frames * frame_bytes)
        view = memoryview(buf)
        stream = self._proc.stdout
        while True:
            filled = 0
            while filled < len(buf):
                n = stream.readinto(view[filled:])
                if not n:
                    break
                filled += n
            usable = filled - filled % frame_bytes
            if usable:
                chunk = np.frombuffer(bytes(view[:usable]), dtype=np.float32)
                chunk = chunk.reshape(-1, self.channels)
                self.frames += chunk.shape[0]
                yield chunk
            if filled < len(buf):
                break
        self._finish()

    def _finish(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.stdout:
            proc.stdout.close()
        code = proc.wait()
        self._proc = None
        if code != 0:
            self._stderr.seek(0)
            detail = _last_line(self._stderr.read().decode("utf-8", "replace"))
            raise AudioError(f"cannot decode: {detail}", path=describe_sources(self.sources))

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._proc is not None:
            if exc_type is not None:
                self._proc.kill()
                self._proc.wait()
                self._proc = None
            else:
                self._finish()
        self._stderr.close()


def decode(paths: Sequence[Path], *, sample_rate: int, channels: int,
           filters: str | None = None, chunk_frames: int = CHUNK_FRAMES,
           out_channels: int | None = None) -> PcmReader:
    """A :class:`PcmReader` over the concatenation of ``paths`` with optional ``filters``.

    ``filters`` is filter-graph text applied to ``[cat]`` that must end in ``[out]``
    (e.g. ``"[cat]acompressor[out]"``); ``out_channels`` is its channel count when it changes it.
    """
    graph = concat_graph(len(paths), sample_rate, channels)
    if filters:
        graph += ";" + filters
        label = "[out]"
    else:
        label = "[cat]"
    args = [*input_args(paths), "-filter_complex", graph, "-map", label]
    return PcmReader(args, out_channels or channels, sources=paths, chunk_frames=chunk_frames)

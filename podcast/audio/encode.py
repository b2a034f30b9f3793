"""The rendering pass: decoder → cuts in numpy → mastering graph + MP3 encoder.

Two ffmpeg processes run side by side (one decodes and levels, the other mixes the jingles,
limits and encodes), joined by pipes through Python, which applies the cuts. Both cores work
and memory stays flat.
"""

from __future__ import annotations

import functools
import logging
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from podcast import ffmpeg
from podcast.audio.decode import PcmReader, describe_sources, input_args
from podcast.audio.silence import Editor, EditPlan
from podcast.errors import ExternalToolError, PodcastError

log = logging.getLogger(__name__)


#: LAME's algorithm quality (0 best/slowest … 9 fastest). 5 is LAME's "good speed" setting:
#: for speech at 64–128 kbps no audible difference to 3, about 1.5× faster (measured here).
LAME_QUALITY = 5


#: ffmpeg's words for a failure to write its output file (the muxer or the file protocol).
#: ffmpeg can exit 0 after "Error writing trailer" (when the whole file was still buffered),
#: so these are looked for in its error output whatever its exit code.
_WRITE_FAILURES = ("Error writing trailer", "Error closing file", "av_interleaved_write_frame",
                   "Error submitting a packet to the muxer", "Error muxing a packet")


class _EncoderStopped(Exception):
    """The encoder closed its input (it failed): stop decoding, report the encoder."""


def output_write_error(stderr: str, output: Path, shown: Path | None = None) -> str | None:
    """The reason (``No space left on device``) when ffmpeg's error output says it could not
    write ``output``; None when the failure is about something else."""
    for line in (ln.strip() for ln in stderr.splitlines()):
        if line and (str(output) in line or line.startswith(_WRITE_FAILURES)):
            return line.rsplit(": ", 1)[-1] if ": " in line else line
    return None


@dataclass(frozen=True)
class EncodeOptions:
    sample_rate: int
    channels: int
    bitrate_kbps: int


def encoder_command(graph: str, extra_inputs: Sequence[Path], opts: EncodeOptions,
                    output: Path) -> list[str]:
    """ffmpeg reading raw float speech on stdin (input 0) and writing a tag-less CBR MP3."""
    return [
        ffmpeg.ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
        "-f", "f32le", "-ar", str(opts.sample_rate), "-ac", str(opts.channels), "-i", "pipe:0",
        *input_args(extra_inputs),
        "-filter_complex", graph, "-map", "[final]",
        "-c:a", "libmp3lame", "-b:a", f"{opts.bitrate_kbps}k",
        "-compression_level", str(LAME_QUALITY),
        "-ar", str(opts.sample_rate), "-ac", str(opts.channels),
        "-map_metadata", "-1", "-id3v2_version", "0", "-write_id3v1", "0",
        "-fflags", "+bitexact", "-flags:a", "+bitexact",
        "-f", "mp3", "-y", str(output),
    ]


def render(reader: PcmReader, plan: EditPlan, *, graph: str, extra_inputs: Sequence[Path],
           opts: EncodeOptions, output: Path,
           on_chunk: Callable[[int], None] | None = None,
           stage: Callable[[np.ndarray], np.ndarray] | None = None,
           after_cuts: Callable[[np.ndarray], np.ndarray] | None = None,
           output_name: Path | None = None) -> int:
    """Stream ``reader`` through the cuts of ``plan`` into the encoder; returns frames written.

    A failure to write ``output`` (disk full, no permission) raises :class:`PodcastError`
    naming ``output_name`` (the file the user asked for; default ``output``), not the
    recordings; other encoder failures name the recordings.
    """
    cmd = encoder_command(graph, extra_inputs, opts, output)
    log.debug("running %s", " ".join(cmd))
    editor = Editor(plan)
    written = 0
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                    stderr=err)
        except OSError as exc:
            raise ExternalToolError(f"cannot run ffmpeg: {exc}") from None
        assert proc.stdin is not None
        broken = False
        try:
            try:
                with reader:
                    for chunk in reader:
                        out = editor.feed(stage(chunk) if stage else chunk)
                        if after_cuts is not None:
                            out = after_cuts(out)
                        if out.shape[0]:
                            try:
                                proc.stdin.write(out.tobytes())
                            except BrokenPipeError:
                                # leaving the block kills the decoder (no "Broken pipe"
                                # blamed on the recording)
                                raise _EncoderStopped from None
                            written += out.shape[0]
                        if on_chunk:
                            on_chunk(chunk.shape[0])
            except _EncoderStopped:
                broken = True
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                broken = True
        code = proc.wait()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        reason = output_write_error(stderr, output)
        if reason is not None:
            raise PodcastError(f"cannot write the MP3: {reason}", path=output_name or output)
        if code != 0 or broken:
            lines = [ln for ln in stderr.splitlines() if ln.strip()]
            detail = lines[-1].strip() if lines else f"exit code {code}"
            names = describe_sources([*reader.sources, *extra_inputs])
            raise ExternalToolError(f"encoding failed: {detail}", path=names)
    return written


@functools.cache
def codec_gain_db(bitrate_kbps: int, channels: int, sample_rate: int) -> float:
    """Level change (dB) the MP3 encoder + decoder apply, measured on a 1 kHz tone.

    LAME scales its input slightly (about −0.45 dB here); the gain stage compensates so that
    the finished file, not the signal fed to the encoder, meets the loudness target.
    """
    args = ["-f", "lavfi", "-i", f"sine=frequency=997:sample_rate={sample_rate}:duration=3",
            "-af", f"volume=-20dB,aformat=channel_layouts={'mono' if channels == 1 else 'stereo'}"]
    with tempfile.TemporaryDirectory() as tmp:
        mp3 = Path(tmp) / "tone.mp3"
        cmd = [ffmpeg.ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", *args,
               "-c:a", "libmp3lame", "-b:a", f"{bitrate_kbps}k",
               "-compression_level", str(LAME_QUALITY), "-f", "mp3", str(mp3)]
        proc = subprocess.run(cmd, capture_output=True)
        if proc.returncode != 0:
            raise ExternalToolError("ffmpeg cannot encode MP3 (libmp3lame missing?): "
                                    + proc.stderr.decode("utf-8", "replace").strip()[-200:])
        levels = []
        for source in (args, ["-i", str(mp3)]):
            src = [ffmpeg.ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
                   *source, "-ac", "1", "-f", "f32le", "pipe:1"]
            data = np.frombuffer(subprocess.run(src, capture_output=True).stdout, np.float32)
            middle = data[len(data) // 4: 3 * len(data) // 4].astype(np.float64)
            levels.append(10 * np.log10(np.mean(middle ** 2) + 1e-30))
    gain = float(levels[1] - levels[0])
    log.debug("MP3 codec gain at %d kbps, %d ch: %.3f dB", bitrate_kbps, channels, gain)
    return gain if abs(gain) < 3.0 else 0.0

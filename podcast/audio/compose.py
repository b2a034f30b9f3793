"""Intro/outro music around the speech, and the filter graph of the final (mastering) step.

Jingles are measured with the same meter as the speech and given the gain that brings them
to the show's loudness target; they are crossfaded with the speech (``acrossfade``), or with
``duck`` the intro plays on under the first seconds of speech at a lower level. A look-ahead
limiter over the whole mix comes last.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from podcast.audio.decode import decode, layout_for
from podcast.audio.limiter import soft_clip
from podcast.audio.meter import LoudnessMeter
from podcast.audio.probe import probe_file
from podcast.errors import AudioError

#: Ramp time of the intro going down under speech when ducking.
DUCK_RAMP_SECONDS = 0.5


@dataclass(frozen=True)
class Jingle:
    path: Path
    duration: float
    loudness_lufs: float
    gain_db: float


def measure_jingle(path: Path, *, target_lufs: float, sample_rate: int, channels: int) -> Jingle:
    """Probe and measure an intro/outro; its gain brings it to ``target_lufs``."""
    probe_file(path)
    meter = LoudnessMeter(sample_rate, channels)
    with decode([path], sample_rate=sample_rate, channels=channels) as reader:
        for chunk in reader:
            meter.feed(chunk)
    result = meter.result()
    if not math.isfinite(result.integrated_lufs):
        raise AudioError("jingle is silent", path=path)
    gain = max(-30.0, min(30.0, target_lufs - result.integrated_lufs))
    return Jingle(path=path, duration=result.duration, loudness_lufs=result.integrated_lufs,
                  gain_db=gain)


@dataclass(frozen=True)
class Layout:
    """How the parts are placed on the output's time line."""

    speech_offset: float  # where speech sample 0 lands in the output
    intro_fade: float = 0.0  # crossfade lengths actually used (0 without that jingle)
    outro_fade: float = 0.0


def _crossfade_for(requested: float, *lengths: float) -> float:
    """acrossfade needs both parts longer than the fade: clamp to half the shortest part."""
    shortest = min(lengths)
    return round(max(0.0, min(requested, shortest / 2.0)), 3)


def master_graph(*, speech_seconds: float, speech_gain_db: float, limit_db: float,
                 sample_rate: int, channels: int, intro: Jingle | None, outro: Jingle | None,
                 crossfade: float, duck: bool, duck_seconds: float, duck_db: float,
                 ) -> tuple[str, Layout]:
    """Filter graph: input 0 = edited speech (pipe), then intro, then outro → ``[final]``."""
    layout = layout_for(channels)
    fmt = f"aresample={sample_rate},aformat=sample_fmts=flt:channel_layouts={layout}"
    parts = [f"[0:a]{fmt},volume={speech_gain_db:.4f}dB:precision=float[sp]"]
    current = "sp"
    next_input = 1
    offset = 0.0
    intro_fade = outro_fade = 0.0
    if intro is not None:
        parts.append(f"[{next_input}:a]{fmt},volume={intro.gain_db:.4f}dB:precision=float[in]")
        next_input += 1
        if duck:
            start = max(0.0, intro.duration - duck_seconds)
            down = 10 ** (duck_db / 20.0)
            a = max(0.0, start - DUCK_RAMP_SECONDS)
            b = max(a + 0.01, start)
            fade = min(1.0, max(0.05, (intro.duration - start) / 2.0))
            envelope = (f"if(lt(t,{a:.3f}),1,if(lt(t,{b:.3f}),"
                        f"1+({down:.5f}-1)*(t-{a:.3f})/{b - a:.3f},{down:.5f}))")
            parts.append(f"[in]volume='{envelope}':eval=frame,"
                         f"afade=t=out:st={intro.duration - fade:.3f}:d={fade:.3f}[ind]")
            delay_ms = int(round(start * 1000))
            parts.append(f"[sp]adelay=delays={delay_ms}:all=1[spd]")
            parts.append("[ind][spd]amix=inputs=2:duration=longest:normalize=0[withintro]")
            offset = delay_ms / 1000.0
        else:
            x = _crossfade_for(crossfade, intro.duration, speech_seconds)
            if x > 0:
                parts.append(f"[in][sp]acrossfade=d={x:.3f}:c1=tri:c2=tri[withintro]")
            else:
                parts.append("[in][sp]concat=n=2:v=0:a=1[withintro]")
            offset = intro.duration - x
            intro_fade = x
        current = "withintro"
    if outro is not None:
        parts.append(f"[{next_input}:a]{fmt},volume={outro.gain_db:.4f}dB:precision=float[out]")
        x = _crossfade_for(crossfade, outro.duration, speech_seconds)
        if x > 0:
            parts.append(f"[{current}][out]acrossfade=d={x:.3f}:c1=tri:c2=tri[withoutro]")
        else:
            parts.append(f"[{current}][out]concat=n=2:v=0:a=1[withoutro]")
        outro_fade = x
        current = "withoutro"
    limit = min(1.0, max(0.0625, 10 ** (limit_db / 20.0)))
    parts.append(f"[{current}]alimiter=limit={limit:.5f}:level=false:latency=true:"
                 f"attack=5:release=80[final]")
    return ";".join(parts), Layout(speech_offset=offset, intro_fade=intro_fade,
                                       outro_fade=outro_fade)


def load_jingle(jingle: Jingle, *, sample_rate: int, channels: int,
                ceiling_db: float) -> np.ndarray:
    """The (short) jingle in memory at the working format, at its matched loudness."""
    with decode([jingle.path], sample_rate=sample_rate, channels=channels) as reader:
        parts = list(reader)
    data = np.concatenate(parts) if parts else np.zeros((0, channels), np.float32)
    data = (data * np.float32(10 ** (jingle.gain_db / 20.0))).astype(np.float32)
    return soft_clip(data, 10 ** (ceiling_db / 20.0))


class Inserter:
    """Insert ``clip`` into a stream before the given sample positions (of the stream as it
    arrives), e.g. a jingle at every chapter change."""

    def __init__(self, clip: np.ndarray, positions: list[int]) -> None:
        self.clip = clip
        self.positions = sorted(set(positions))
        self.pos = 0

    def feed(self, chunk: np.ndarray) -> np.ndarray:
        n = chunk.shape[0]
        lo, hi = self.pos, self.pos + n
        self.pos = hi
        cuts = [p for p in self.positions if lo <= p < hi]
        if not cuts:
            return chunk
        parts, start = [], lo
        for p in cuts:
            parts.append(chunk[start - lo:p - lo])
            parts.append(self.clip)
            start = p
        parts.append(chunk[start - lo:])
        return np.concatenate(parts)

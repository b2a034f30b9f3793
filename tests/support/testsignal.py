"""Synthetic recordings for tests and benchmarks (deterministic, written in chunks).

:func:`write_conversation` makes the hard case of the issue: several voices at very different
levels (e.g. peaks at −2, −9 and −15 dBFS) taking turns with pauses, over mains hum and a
noise floor, with silence at both ends. Voice material is either synthetic (harmonic "vowels"
in syllable rhythm) or a real speech clip that is cut into turns.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class ConversationSpec:
    duration: float = 60.0
    sample_rate: int = 44100
    channels: int = 2
    voices_db: Sequence[float] = (-2.0, -9.0, -15.0)  # peak level of each voice
    lead_silence: float = 3.0
    tail_silence: float = 4.0
    hum_db: float = -60.0  # 50 Hz + harmonics
    noise_db: float = -70.0  # RMS of the white noise floor
    turn_seconds: tuple[float, float] = (4.0, 10.0)
    pause_seconds: tuple[float, float] = (0.3, 1.2)
    long_pause_every: int = 4  # every n-th pause lasts long_pause seconds
    long_pause: float = 4.0
    seed: int = 7
    speech: np.ndarray | None = field(default=None, repr=False)  # mono, at sample_rate


def synthetic_voice(seconds: float, rate: int, f0: float, rng: np.random.Generator) -> np.ndarray:
    """A speech-like mono signal with peak 1.0: harmonic syllables with pitch movement."""
    n = int(seconds * rate)
    out = np.zeros(n)
    pos = 0
    while pos < n:
        syl = int(rng.uniform(0.09, 0.28) * rate)
        gap = int(rng.uniform(0.02, 0.12) * rate)
        m = min(syl, n - pos)
        t = np.arange(m) / rate
        pitch = f0 * (1 + 0.08 * np.sin(2 * np.pi * rng.uniform(2, 5) * t + rng.uniform(0, 6)))
        phase = 2 * np.pi * np.cumsum(pitch) / rate
        tone = np.zeros(m)
        formant = rng.uniform(500, 1200)
        for h in range(1, 24):
            amp = 1.0 / h * np.exp(-((h * f0 - formant) / 900.0) ** 2 * 0.5) + 0.15 / h
            tone += amp * np.sin(h * phase)
        env = np.sin(np.pi * np.arange(m) / max(m, 1)) ** 0.7 * rng.uniform(0.4, 1.0)
        out[pos:pos + m] = tone * env
        pos += m + gap
    peak = np.max(np.abs(out)) or 1.0
    return out / peak


def _turns(spec: ConversationSpec) -> Iterator[tuple[str, float, int]]:
    """('speech', seconds, voice) / ('pause', seconds, -1) until the body is filled."""
    rng = np.random.default_rng(spec.seed)
    body = spec.duration - spec.lead_silence - spec.tail_silence
    used, voice, pauses = 0.0, 0, 0
    while used < body:
        turn = min(rng.uniform(*spec.turn_seconds), body - used)
        yield "speech", turn, voice
        used += turn
        voice = (voice + 1) % len(spec.voices_db)
        if used >= body:
            break
        pauses += 1
        pause = spec.long_pause if spec.long_pause_every and pauses % spec.long_pause_every == 0 \
            else rng.uniform(*spec.pause_seconds)
        pause = min(pause, body - used)
        yield "pause", pause, -1
        used += pause


def conversation_chunks(spec: ConversationSpec) -> Iterator[np.ndarray]:
    """The recording as float chunks of shape (frames, channels)."""
    rate, ch = spec.sample_rate, spec.channels
    rng = np.random.default_rng(spec.seed + 1)
    pans = [(1.0, 0.8), (0.8, 1.0), (0.95, 0.95)]
    f0s = [118.0, 205.0, 160.0]
    clock = [0]
    speech_pos = [0]

    def floor(n: int) -> np.ndarray:
        t = (clock[0] + np.arange(n)) / rate
        clock[0] += n
        hum = sum(np.sin(2 * np.pi * 50 * k * t) / k for k in (1, 2, 3)) / 1.6
        noise = rng.standard_normal((n, ch)) * 10 ** (spec.noise_db / 20)
        return noise + (hum * 10 ** (spec.hum_db / 20))[:, None]

    def voice(seconds: float, k: int) -> np.ndarray:
        if spec.speech is not None and spec.speech.size:
            n = int(seconds * rate)
            idx = (speech_pos[0] + np.arange(n)) % spec.speech.size
            speech_pos[0] += n
            mono = spec.speech[idx]
            peak = np.max(np.abs(mono)) or 1.0
            return mono / peak
        return synthetic_voice(seconds, rate, f0s[k % 3], rng)

    yield floor(int(spec.lead_silence * rate))
    for kind, seconds, k in _turns(spec):
        n = int(seconds * rate)
        block = floor(n)
        if kind == "speech":
            mono = voice(seconds, k)[:n] * 10 ** (spec.voices_db[k] / 20)
            pan = pans[k % 3] if ch == 2 else (1.0,)
            block = block + mono[:, None] * np.array(pan)[None, :ch]
        yield block
    yield floor(int(spec.tail_silence * rate))


def write_wav(path: Path, chunks: Iterator[np.ndarray], sample_rate: int, channels: int) -> Path:
    """Write float chunks as 16-bit PCM WAV (clipped to full scale)."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        for chunk in chunks:
            pcm = np.clip(np.round(chunk * 32767), -32768, 32767).astype("<i2")
            w.writeframes(pcm.tobytes())
    return Path(path)


def write_conversation(path: Path | str, spec: ConversationSpec | None = None) -> Path:
    spec = spec or ConversationSpec()
    return write_wav(Path(path), conversation_chunks(spec), spec.sample_rate, spec.channels)


def write_tone(path: Path | str, seconds: float, *, freq: float = 440.0, level_db: float = -12.0,
               sample_rate: int = 44100, channels: int = 2) -> Path:
    """A steady sine (jingle stand-in)."""
    t = np.arange(int(seconds * sample_rate)) / sample_rate
    mono = np.sin(2 * np.pi * freq * t) * 10 ** (level_db / 20)
    data = np.repeat(mono[:, None], channels, axis=1)
    return write_wav(Path(path), iter([data]), sample_rate, channels)


def write_silence(path: Path | str, seconds: float, *, sample_rate: int = 44100,
                  channels: int = 1) -> Path:
    data = np.zeros((int(seconds * sample_rate), channels))
    return write_wav(Path(path), iter([data]), sample_rate, channels)

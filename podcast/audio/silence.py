"""Silence: find where sound starts and ends and which pauses are too long, then cut.

:class:`LevelTracker` keeps one RMS level per 10 ms frame while the recording streams past
(numpy, about 1 MB per hour). :func:`plan_edits` turns those levels into the intervals to
keep; :class:`EditPlan` maps recording times (chapters) to output times, and
:class:`Editor` applies the cuts to a stream with short fades so that no cut clicks.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

import numpy as np

from podcast.errors import AudioError

FRAME_SECONDS = 0.01
#: Sound shorter than this (a click, a chair) does not count as the start or end of speech.
MIN_SOUND_SECONDS = 0.08
#: Silence kept before the first and after the last sound when trimming.
PAD_START_SECONDS = 0.25
PAD_END_SECONDS = 0.5
#: Fade applied at each cut.
FADE_SECONDS = 0.01


class LevelTracker:
    """Per-10 ms RMS level (dBFS, mean power over channels) of a stream of float chunks."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.frame = max(1, int(round(FRAME_SECONDS * sample_rate)))
        self._rest = np.zeros(0, dtype=np.float64)
        self._levels: list[np.ndarray] = []
        self.frames = 0

    def feed(self, chunk: np.ndarray) -> None:
        if chunk.ndim == 1:
            chunk = chunk[:, None]
        power = np.square(chunk[:, 0], dtype=np.float64)
        for c in range(1, chunk.shape[1]):
            power += np.square(chunk[:, c], dtype=np.float64)
        if chunk.shape[1] > 1:
            power /= chunk.shape[1]
        self.frames += power.shape[0]
        if self._rest.size:
            power = np.concatenate([self._rest, power])
        whole = power.shape[0] // self.frame
        if whole:
            ms = power[: whole * self.frame].reshape(whole, self.frame).mean(axis=1)
            self._levels.append(ms)
        self._rest = power[whole * self.frame:]

    def levels_db(self) -> np.ndarray:
        parts = list(self._levels)
        if self._rest.size:
            parts.append(np.array([self._rest.mean()]))
        if not parts:
            return np.zeros(0)
        ms = np.concatenate(parts)
        with np.errstate(divide="ignore"):
            return 10.0 * np.log10(np.maximum(ms, 1e-20))


@dataclass
class EditPlan:
    """Intervals of the (concatenated) recording to keep, in samples, sorted and disjoint."""

    sample_rate: int
    total: int
    keep: list[tuple[int, int]]
    pauses_shortened: int = 0
    speech_start: float = 0.0  # seconds, first sound in the recording
    speech_end: float = 0.0
    _starts: list[int] = field(default_factory=list, repr=False)
    _cum: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.keep]
        cum, total = [], 0
        for s, e in self.keep:
            cum.append(total)
            total += e - s
        self._cum = cum

    @property
    def kept_samples(self) -> int:
        return sum(e - s for s, e in self.keep)

    @property
    def kept_seconds(self) -> float:
        return self.kept_samples / self.sample_rate

    @property
    def removed_seconds(self) -> float:
        return (self.total - self.kept_samples) / self.sample_rate

    @property
    def trimmed_start(self) -> float:
        return self.keep[0][0] / self.sample_rate if self.keep else 0.0

    @property
    def trimmed_end(self) -> float:
        return (self.total - self.keep[-1][1]) / self.sample_rate if self.keep else 0.0

    def map_time(self, seconds: float) -> float:
        """Where a moment of the recording ends up in the edited audio (cut parts snap forward)."""
        pos = int(round(seconds * self.sample_rate))
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return 0.0
        s, e = self.keep[i]
        inside = min(pos, e) - s
        return (self._cum[i] + inside) / self.sample_rate

    def is_identity(self) -> bool:
        return self.keep == [(0, self.total)]


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index runs where ``mask`` is true."""
    if mask.size == 0:
        return []
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    diff = np.diff(padded)
    starts = np.flatnonzero(diff == 1)
    ends = np.flatnonzero(diff == -1)
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def sound_mask(levels_db: np.ndarray, threshold_db: float) -> np.ndarray:
    """Frames above the threshold, without isolated blips shorter than MIN_SOUND_SECONDS."""
    mask = levels_db > threshold_db
    min_frames = max(1, int(round(MIN_SOUND_SECONDS / FRAME_SECONDS)))
    for s, e in _runs(mask):
        if e - s < min_frames:
            mask[s:e] = False
    return mask


def plan_edits(levels_db: np.ndarray, *, sample_rate: int, total: int, threshold_db: float,
               trim: bool, max_pause: float) -> EditPlan:
    """Decide what to keep. Raises :class:`AudioError` when the recording has no sound at all."""
    mask = sound_mask(levels_db, threshold_db)
    sounds = _runs(mask)
    if not sounds:
        raise AudioError(f"the recording is silent (nothing above {threshold_db:g} dBFS)")
    frame = sample_rate * FRAME_SECONDS
    first = int(sounds[0][0] * frame)
    last = min(total, int(math.ceil(sounds[-1][1] * frame)))
    if trim:
        start = max(0, first - int(PAD_START_SECONDS * sample_rate))
        end = min(total, last + int(PAD_END_SECONDS * sample_rate))
    else:
        start, end = 0, total
    keep: list[tuple[int, int]] = []
    shortened = 0
    if max_pause > 0:
        half = int(max_pause * sample_rate / 2)
        cursor = start
        for (_, a), (b, _) in zip(sounds, sounds[1:], strict=False):
            gap_start, gap_end = int(a * frame), int(b * frame)
            if (gap_end - gap_start) > max_pause * sample_rate:
                keep.append((cursor, gap_start + half))
                cursor = gap_end - half
                shortened += 1
        keep.append((cursor, end))
    else:
        keep.append((start, end))
    keep = [(s, e) for s, e in keep if e > s]
    return EditPlan(sample_rate=sample_rate, total=total, keep=keep, pauses_shortened=shortened,
                    speech_start=first / sample_rate, speech_end=last / sample_rate)


class Editor:
    """Apply an :class:`EditPlan` to a stream of chunks (fades of FADE_SECONDS at every cut)."""

    def __init__(self, plan: EditPlan) -> None:
        self.plan = plan
        self.pos = 0
        self.fade = max(1, int(FADE_SECONDS * plan.sample_rate))

    def feed(self, chunk: np.ndarray) -> np.ndarray:
        n = chunk.shape[0]
        lo, hi = self.pos, self.pos + n
        self.pos = hi
        if self.plan.is_identity():
            return chunk
        pieces = []
        for s, e in self.plan.keep:
            if e <= lo:
                continue
            if s >= hi:
                break
            a, b = max(s, lo), min(e, hi)
            piece = chunk[a - lo: b - lo].astype(np.float32, copy=True)
            idx = np.arange(a, b)
            gain = np.ones(b - a, dtype=np.float32)
            if s > 0:  # fade in after a cut
                gain = np.minimum(gain, np.clip((idx - s + 0.5) / self.fade, 0.0, 1.0))
            if e < self.plan.total:  # fade out before a cut
                gain = np.minimum(gain, np.clip((e - idx - 0.5) / self.fade, 0.0, 1.0))
            piece *= gain[:, None] if piece.ndim == 2 else gain
            pieces.append(piece)
        if not pieces:
            return chunk[:0]
        return pieces[0] if len(pieces) == 1 else np.concatenate(pieces)

"""Loudness gain + look-ahead peak limiter whose effect on loudness is known in advance.

The analysis pass keeps, per 10 ms frame of the levelled signal, its K-weighted energy and
its sample peak. The limiter works on exactly those frames: the gain a frame needs
(``ceiling / peak``) is spread to its neighbours by a minimum filter and smoothed by a moving
average that is one frame narrower, then interpolated between frame centres — so every sample
ends up at or below the ceiling, and the loudness after gain and limiting can be *predicted*
from the stored frames. :func:`solve_gain` finds the gain that lands the prediction on the
target (a plain "measure, apply gain" would come out quiet by whatever the limiter took off).
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from podcast.audio.meter import frames_to_sub_blocks, integrated_from_blocks

#: Frames (10 ms) of smoothing on each side; the minimum filter reaches one frame further.
SMOOTH_RADIUS = 2


def frame_gains(peaks: np.ndarray, gain_lin: float, ceiling_lin: float) -> np.ndarray:
    """Limiter gain per frame (≤ 1) for frames with ``peaks`` after a static ``gain_lin``."""
    if peaks.size == 0:
        return np.ones(0)
    with np.errstate(divide="ignore"):
        need = np.minimum(1.0, ceiling_lin / np.maximum(peaks * gain_lin, 1e-12))
    held = ndimage.minimum_filter1d(need, size=2 * (SMOOTH_RADIUS + 1) + 1, mode="nearest")
    smooth = ndimage.uniform_filter1d(held, size=2 * SMOOTH_RADIUS + 1, mode="nearest")
    return np.minimum(smooth, 1.0)


def predict_loudness(energies: np.ndarray, peaks: np.ndarray, kept: np.ndarray, gain_db: float,
                     ceiling_db: float, per_sub: int) -> float:
    """Integrated loudness (LUFS) of the kept frames after gain and limiter."""
    gain = 10 ** (gain_db / 20.0)
    g = frame_gains(peaks, gain, 10 ** (ceiling_db / 20.0))
    e = energies * (gain * g) ** 2
    sub = frames_to_sub_blocks(e, per_sub)
    keep = frames_to_sub_blocks(kept.astype(float), per_sub) > 0.5
    return integrated_from_blocks(sub[keep])


def solve_gain(energies: np.ndarray, peaks: np.ndarray, kept: np.ndarray, target: float,
               ceiling_db: float, per_sub: int, *, max_gain_db: float = 40.0,
               tolerance: float = 0.005) -> tuple[float, float]:
    """(gain dB, predicted LUFS) so that gain + limiter reach ``target`` as near as possible.

    Loudness grows monotonically with gain (ever more slowly as the limiter works harder), so
    bisection between −max and +max finds it; the result is clamped to that range.
    """
    def at(g: float) -> float:
        return predict_loudness(energies, peaks, kept, g, ceiling_db, per_sub)

    lo, hi = -max_gain_db, max_gain_db
    if at(hi) <= target:
        return hi, at(hi)
    if at(lo) >= target:
        return lo, at(lo)
    # Start near the answer: without limiting, loudness moves 1:1 with gain.
    guess = max(lo, min(hi, target - at(0.0)))
    value = at(guess)
    if value < target:
        lo = guess
    else:
        hi = guess
    while hi - lo > tolerance:
        mid = (lo + hi) / 2
        if at(mid) < target:
            lo = mid
        else:
            hi = mid
    gain = (lo + hi) / 2
    return gain, at(gain)


class GainStage:
    """Apply the static gain and the frame gains to a stream (positions in frames of the
    analysed signal, i.e. before any cut)."""

    def __init__(self, gains: np.ndarray, frame: int, gain_db: float) -> None:
        self.static = 10 ** (gain_db / 20.0)
        self.frame = frame
        self.gains = gains if gains.size else np.ones(1)
        self.centres = (np.arange(self.gains.size) + 0.5) * frame
        self.pos = 0

    def feed(self, chunk: np.ndarray) -> np.ndarray:
        n = chunk.shape[0]
        idx = self.pos + np.arange(n)
        self.pos += n
        g = np.interp(idx, self.centres, self.gains) * self.static
        return (chunk * g[:, None].astype(np.float32)).astype(np.float32, copy=False)

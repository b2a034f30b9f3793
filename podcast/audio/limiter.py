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
#: The frame limiter may leave peaks this far above the ceiling for the soft clipper.
CLIP_HEADROOM_DB = 3.0
#: The soft clipper is linear up to this far below the ceiling.
CLIP_KNEE_DB = 3.0


def _neighbour_max(x: np.ndarray) -> np.ndarray:
    return ndimage.maximum_filter1d(x, size=3, mode="nearest")


def frame_gains(peaks: np.ndarray, curve_lin: np.ndarray, ceiling_lin: float) -> np.ndarray:
    """Final linear gain per frame: ``curve_lin`` (dynamics × loudness gain) times a limiter
    gain ≤ 1 such that every sample stays at or below ``ceiling_lin`` once the frame values
    are interpolated between frame centres."""
    if peaks.size == 0:
        return np.ones(0)
    curve = np.broadcast_to(curve_lin, peaks.shape).astype(float)
    # Within a frame the interpolated curve reaches at most the largest neighbouring value.
    reach = np.maximum(peaks * _neighbour_max(curve), 1e-12)
    need = np.minimum(1.0, ceiling_lin / reach)
    held = ndimage.minimum_filter1d(need, size=2 * (SMOOTH_RADIUS + 1) + 1, mode="nearest")
    smooth = ndimage.uniform_filter1d(held, size=2 * SMOOTH_RADIUS + 1, mode="nearest")
    # uniform_filter1d may round a hair above the held minimum: never exceed it.
    limit = ndimage.minimum_filter1d(need, size=3, mode="nearest")
    return curve * np.minimum(np.minimum(smooth, limit), 1.0)


def predict_loudness(energies: np.ndarray, peaks: np.ndarray, kept: np.ndarray, gain_db: float,
                     ceiling_db: float, per_sub: int,
                     curve_db: np.ndarray | None = None) -> float:
    """Integrated loudness (LUFS) of the kept frames after dynamics, gain and limiter."""
    curve = 10 ** (((curve_db if curve_db is not None else 0.0) + gain_db) / 20.0)
    g = frame_gains(peaks, curve, 10 ** (ceiling_db / 20.0))
    e = energies * g ** 2
    sub = frames_to_sub_blocks(e, per_sub)
    keep = frames_to_sub_blocks(kept.astype(float), per_sub) > 0.5
    return integrated_from_blocks(sub[keep])


def solve_gain(energies: np.ndarray, peaks: np.ndarray, kept: np.ndarray, target: float,
               ceiling_db: float, per_sub: int, *, curve_db: np.ndarray | None = None,
               max_gain_db: float = 40.0, tolerance: float = 0.005) -> tuple[float, float]:
    """(gain dB, predicted LUFS) so that dynamics + gain + limiter reach ``target``.

    Loudness grows monotonically with gain (ever more slowly as the limiter works harder), so
    bisection between −max and +max finds it; the result is clamped to that range.
    """
    def at(g: float) -> float:
        return predict_loudness(energies, peaks, kept, g, ceiling_db, per_sub, curve_db)

    lo, hi = -max_gain_db, max_gain_db
    if at(hi) <= target:
        return hi, at(hi)
    if at(lo) >= target:
        return lo, at(lo)
    while hi - lo > tolerance:
        mid = (lo + hi) / 2
        if at(mid) < target:
            lo = mid
        else:
            hi = mid
    gain = (lo + hi) / 2
    return gain, at(gain)


class GainStage:
    """Apply per-frame linear gains (interpolated between frame centres) to a stream whose
    positions count from the first analysed sample (i.e. before any cut)."""

    def __init__(self, gains: np.ndarray, frame: int, *, clip_lin: float | None = None) -> None:
        """``clip_lin``: ceiling of the soft clipper after the gains (None: no clipper)."""
        self.frame = frame
        self.clip = clip_lin
        self.gains = gains if gains.size else np.ones(1)
        self.centres = (np.arange(self.gains.size) + 0.5) * frame
        self.pos = 0

    def feed(self, chunk: np.ndarray) -> np.ndarray:
        n = chunk.shape[0]
        idx = self.pos + np.arange(n)
        self.pos += n
        g = np.interp(idx, self.centres, self.gains).astype(np.float32)
        out = chunk * g[:, None]
        if self.clip is not None:
            out = soft_clip(out, self.clip)
        return out


def soft_clip(x: np.ndarray, ceiling: float) -> np.ndarray:
    """Leave |x| ≤ knee (ceiling − CLIP_KNEE_DB) alone; above it bend smoothly (tanh) so that
    the output approaches but never exceeds ``ceiling``. Catches the short peaks a 10 ms-frame
    limiter lets through when it is set CLIP_HEADROOM_DB above the ceiling (glottal pulses of
    synthetic or very close-miked speech)."""
    knee = ceiling * 10 ** (-CLIP_KNEE_DB / 20.0)
    mag = np.abs(x)
    over = mag > knee
    if not over.any():
        return x
    out = x.copy()
    span = ceiling - knee
    bent = knee + span * np.tanh((mag[over] - knee) / span)
    out[over] = np.sign(x[over]) * bent.astype(x.dtype)
    return out

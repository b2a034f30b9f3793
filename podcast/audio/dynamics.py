"""Leveller and compressor as gain curves computed from the analysis frames (10 ms).

Both work on what the analysis pass stored per frame (K-weighted energy, and whether the
frame holds sound), relative to the recording's own speech loudness, so they behave the same
whatever the recording level:

- *Leveller*: the local speech loudness (a Gaussian-weighted average over sound frames only,
  σ = 1.5 s) is pulled to the speech loudness of the whole recording, at most ±15 dB. Pauses
  take the gain of the speech around them, so the noise floor is not pumped up in pauses —
  the weakness of frame-peak normalisers such as ffmpeg's ``dynaudnorm``.
- *Compressor*: an RMS detector (50 ms) on the levelled signal, 3:1 above a threshold 4 dB over
  the speech loudness, with a 6 dB soft knee: loud syllables come down, the limiter has less
  to do.

The curves are applied by :class:`~podcast.audio.limiter.GainStage` together with the
loudness gain and the limiter, all in one multiplication per sample.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage, signal

from podcast.audio.meter import integrated_from_blocks

LEVELLER_SIGMA_SECONDS = 1.5
LEVELLER_MAX_DB = 15.0
GAIN_SMOOTH_SECONDS = 0.2
COMP_RMS_SECONDS = 0.05
COMP_ABOVE_DB = 4.0
COMP_RATIO = 3.0
COMP_KNEE_DB = 6.0
_OFFSET = -0.691


def _db(x: np.ndarray) -> np.ndarray:
    return 10.0 * np.log10(np.maximum(x, 1e-20))


def speech_loudness(energies: np.ndarray, sound: np.ndarray, per_sub: int) -> float:
    """Gated loudness of the sound frames (LUFS)."""
    e = energies[sound[: energies.size]]
    if e.size == 0:
        return float("-inf")
    whole = e.size // per_sub
    if whole == 0:
        return float(_OFFSET + _db(np.array([e.mean() if e.size else 0.0]))[0])
    sub = e[: whole * per_sub].reshape(whole, per_sub).mean(axis=1)
    return integrated_from_blocks(sub)


def leveller_db(energies: np.ndarray, sound: np.ndarray, frame_seconds: float,
                reference: float) -> np.ndarray:
    """Gain (dB) per frame that brings local speech loudness to ``reference``."""
    n = energies.size
    s = sound[:n].astype(float)
    if n == 0 or s.sum() == 0:
        return np.zeros(n)
    sigma = LEVELLER_SIGMA_SECONDS / frame_seconds
    num = ndimage.gaussian_filter1d(energies * s, sigma, mode="nearest")
    den = ndimage.gaussian_filter1d(s, sigma, mode="nearest")
    valid = den > 0.05
    local = np.full(n, reference)
    local[valid] = _OFFSET + _db(num[valid] / den[valid])
    gain = np.clip(reference - local, -LEVELLER_MAX_DB, LEVELLER_MAX_DB)
    idx = np.arange(n)
    if valid.any() and not valid.all():
        gain[~valid] = np.interp(idx[~valid], idx[valid], gain[valid])
    return ndimage.gaussian_filter1d(gain, GAIN_SMOOTH_SECONDS / frame_seconds, mode="nearest")


def compressor_db(energies: np.ndarray, pre_gain_db: np.ndarray, frame_seconds: float,
                  reference: float) -> np.ndarray:
    """Gain reduction (dB, ≤ 0) per frame of an RMS compressor after ``pre_gain_db``."""
    if energies.size == 0:
        return np.zeros(0)
    power = energies * 10 ** (pre_gain_db / 10.0)
    a = np.exp(-frame_seconds / COMP_RMS_SECONDS)
    smooth = signal.lfilter([1 - a], [1, -a], power)
    level = _OFFSET + _db(smooth)
    over = level - (reference + COMP_ABOVE_DB)
    half = COMP_KNEE_DB / 2
    slope = 1.0 - 1.0 / COMP_RATIO
    reduction = np.where(over <= -half, 0.0,
                         np.where(over >= half, -slope * over,
                                  -slope * (over + half) ** 2 / (2 * COMP_KNEE_DB)))
    return reduction


def dynamics_db(energies: np.ndarray, sound: np.ndarray, frame_seconds: float,
                per_sub: int) -> np.ndarray:
    """Leveller + compressor gain (dB) per frame."""
    reference = speech_loudness(energies, sound, per_sub)
    if not np.isfinite(reference):
        return np.zeros(energies.size)
    lev = leveller_db(energies, sound, frame_seconds, reference)
    comp = compressor_db(energies, lev, frame_seconds, reference)
    return lev + comp

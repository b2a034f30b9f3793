"""Leveller and compressor curves on frame data with known levels."""

from __future__ import annotations

import numpy as np
import pytest

from podcast.audio.dynamics import COMP_ABOVE_DB, compressor_db, dynamics_db, leveller_db

FRAME = 0.01


def _segments(parts: list[tuple[float, float | None]]) -> tuple[np.ndarray, np.ndarray]:
    """(seconds, LUFS or None for silence) → per-frame energies and sound mask."""
    energies, sound = [], []
    for seconds, lufs in parts:
        n = int(seconds / FRAME)
        level = -80.0 if lufs is None else lufs
        energies.append(np.full(n, 10 ** ((level + 0.691) / 10)))
        sound.append(np.full(n, lufs is not None))
    return np.concatenate(energies), np.concatenate(sound)


def _segment_mean(energies, gain_db, start, stop):
    sl = slice(int(start / FRAME), int(stop / FRAME))
    return -0.691 + 10 * np.log10(np.mean(energies[sl] * 10 ** (gain_db[sl] / 10)))


def test_leveller_brings_quiet_and_loud_voices_together():
    energies, sound = _segments([(8, -10.0), (2, None), (8, -17.0), (2, None), (8, -23.0)])
    gain = leveller_db(energies, sound, FRAME, reference=-17.0)
    loud = _segment_mean(energies, gain, 3, 6)
    mid = _segment_mean(energies, gain, 13, 16)
    quiet = _segment_mean(energies, gain, 23, 26)
    assert max(loud, mid, quiet) - min(loud, mid, quiet) < 1.5  # was 13 dB apart
    # the pause between a loud and a quiet voice gets a gain between theirs, not a boost
    pause = gain[int(8.5 / FRAME):int(9.5 / FRAME)]
    assert pause.max() <= gain[int(23 / FRAME)] + 0.01


def test_leveller_never_exceeds_its_range():
    energies, sound = _segments([(5, -10.0), (5, -60.0)])
    gain = leveller_db(energies, sound, FRAME, reference=-10.0)
    assert gain.max() <= 15.0 + 1e-9 and gain.min() >= -15.0 - 1e-9


def test_compressor_acts_only_above_its_threshold():
    energies, _ = _segments([(2, -20.0), (2, -20.0 + COMP_ABOVE_DB + 9.0)])
    reduction = compressor_db(energies, np.zeros(energies.size), FRAME, reference=-20.0)
    assert np.all(reduction[: int(1.5 / FRAME)] == 0.0)
    # 9 dB over the threshold at 3:1 → 6 dB down
    assert reduction[int(3.5 / FRAME)] == pytest.approx(-6.0, abs=0.05)


def test_silence_only_gives_no_gain():
    energies, sound = _segments([(3, None)])
    assert np.all(dynamics_db(energies, sound, FRAME, 10) == 0.0)

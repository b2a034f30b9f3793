"""Cut planning, the time map, the streaming editor and the predictable limiter."""

from __future__ import annotations

import numpy as np
import pytest

from podcast.audio.limiter import GainStage, frame_gains, predict_loudness
from podcast.audio.meter import LoudnessMeter
from podcast.audio.silence import (
    PAD_END_SECONDS,
    PAD_START_SECONDS,
    Editor,
    LevelTracker,
    plan_edits,
)
from podcast.errors import AudioError

RATE = 1000  # small rate: easy sample arithmetic


def _levels(pattern: list[tuple[float, bool]]) -> np.ndarray:
    """Seconds of sound (True) / silence (False) → 10 ms levels in dBFS."""
    parts = [np.full(int(round(s * 100)), -20.0 if loud else -80.0) for s, loud in pattern]
    return np.concatenate(parts)


def test_trim_keeps_pads_and_finds_speech():
    levels = _levels([(3, False), (5, True), (4, False)])
    plan = plan_edits(levels, sample_rate=RATE, total=12 * RATE, threshold_db=-50, trim=True,
                      max_pause=0)
    assert plan.speech_start == pytest.approx(3.0)
    assert plan.speech_end == pytest.approx(8.0)
    assert plan.trimmed_start == pytest.approx(3.0 - PAD_START_SECONDS)
    assert plan.trimmed_end == pytest.approx(4.0 - PAD_END_SECONDS)
    assert plan.map_time(3.0) == pytest.approx(PAD_START_SECONDS)
    assert plan.map_time(0.0) == 0.0


def test_long_pauses_are_shortened_and_times_follow():
    levels = _levels([(1, True), (6, False), (1, True), (0.5, False), (1, True)])
    plan = plan_edits(levels, sample_rate=RATE, total=int(9.5 * RATE), threshold_db=-50,
                      trim=False, max_pause=2.0)
    assert plan.pauses_shortened == 1
    assert plan.removed_seconds == pytest.approx(4.0, abs=0.01)
    # The second sound started at 7 s; 4 s of pause were cut before it.
    assert plan.map_time(7.0) == pytest.approx(3.0, abs=0.01)
    # A moment inside the cut part snaps to where the cut is.
    assert plan.map_time(4.0) == pytest.approx(2.0, abs=0.01)
    assert plan.map_time(8.5) == pytest.approx(4.5, abs=0.01)


def test_clicks_do_not_count_as_speech():
    levels = _levels([(1, False), (0.03, True), (2, False), (2, True), (1, False)])
    plan = plan_edits(levels, sample_rate=RATE, total=int(6.03 * RATE), threshold_db=-50,
                      trim=True, max_pause=0)
    assert plan.speech_start == pytest.approx(3.03, abs=0.01)


def test_silence_is_refused():
    with pytest.raises(AudioError, match="silent"):
        plan_edits(np.full(500, -90.0), sample_rate=RATE, total=5 * RATE, threshold_db=-50,
                   trim=True, max_pause=0)


def test_editor_streams_the_plan_with_fades():
    rate = 8000
    x = np.ones((rate * 10, 2), dtype=np.float32)
    tracker = LevelTracker(rate)
    signal = x.copy()
    signal[: rate * 2] = 0
    signal[rate * 4: rate * 8] = 0
    tracker.feed(signal)
    plan = plan_edits(tracker.levels_db(), sample_rate=rate, total=len(x), threshold_db=-50,
                      trim=True, max_pause=1.0)
    editor = Editor(plan)
    out = np.concatenate([editor.feed(x[i:i + 3001]) for i in range(0, len(x), 3001)])
    assert out.shape[0] == plan.kept_samples
    assert out[0, 0] < 0.2  # faded in after the cut at the start
    assert out[out.shape[0] // 2 - 4000, 0] == pytest.approx(1.0)
    assert np.all(out <= 1.0)


def test_limiter_keeps_every_sample_under_the_ceiling_and_its_loudness_is_predicted():
    rate = 44100
    rng = np.random.default_rng(1)
    n = rate * 20
    # Speech-like: noise bursts with sharp clicks (high crest factor).
    env = np.repeat(rng.uniform(0.05, 0.3, n // 2205 + 1), 2205)[:n]
    x = (rng.standard_normal((n, 2)) * env[:, None]).astype(np.float32)
    x[rng.integers(0, n, 60)] *= 6
    meter = LoudnessMeter(rate, 2, resolution=0.01, frame_peaks=True)
    meter.feed(x)
    energies, peaks = meter.frame_energies(), meter.frame_peaks()
    gain_db, ceiling_db = 6.0, -3.0
    # a gain curve that moves (as the leveller's does), plus the static gain
    curve_db = 4.0 * np.sin(np.arange(len(peaks)) / 37.0)
    gains = frame_gains(peaks, 10 ** ((curve_db + gain_db) / 20), 10 ** (ceiling_db / 20))
    stage = GainStage(gains, 441)
    y = np.concatenate([stage.feed(x[i:i + 10000]) for i in range(0, n, 10000)])
    usable = len(peaks) * 441
    assert np.max(np.abs(y[:usable])) <= 10 ** (ceiling_db / 20) * 1.0001
    ratio = gains / 10 ** ((curve_db + gain_db) / 20)
    assert ratio.min() < 0.5  # the limiter really worked
    check = LoudnessMeter(rate, 2)
    check.feed(y[:usable])
    predicted = predict_loudness(energies, peaks, np.ones(len(peaks), bool), gain_db,
                                 ceiling_db, 10, curve_db)
    assert check.result().integrated_lufs == pytest.approx(predicted, abs=0.1)

"""The numpy loudness meter against the standard's numbers and against ffmpeg's ebur128."""

from __future__ import annotations

import numpy as np
import pytest

from podcast.audio.meter import LoudnessMeter, k_weighting_sos
from podcast.audio.process import measure_file

from .conftest import ebur128


def test_k_weighting_matches_bs1770_coefficients_at_48k():
    sos = k_weighting_sos(48000)
    # ITU-R BS.1770-4, tables 1 and 2 (48 kHz)
    np.testing.assert_allclose(sos[0, :3], [1.53512485958697, -2.69169618940638,
                                            1.19839281085285], atol=1e-6)
    np.testing.assert_allclose(sos[0, 4:], [-1.69065929318241, 0.73248077421585], atol=1e-6)
    np.testing.assert_allclose(sos[1, 4:], [-1.99004745483398, 0.99007225036621], atol=1e-6)


@pytest.mark.parametrize("rate", [44100, 48000, 16000])
def test_sine_reads_as_the_standard_says(rate):
    # A 997 Hz sine at -6.02 dBFS on one channel reads -9.03 LUFS (0 dBFS sine = -3.01 LUFS).
    t = np.arange(rate * 5) / rate
    x = (0.5 * np.sin(2 * np.pi * 997 * t))[:, None]
    meter = LoudnessMeter(rate, 1, true_peak=True)
    for i in range(0, len(x), 7777):  # odd chunk size: state must carry over
        meter.feed(x[i:i + 7777])
    result = meter.result()
    assert result.integrated_lufs == pytest.approx(-9.03, abs=0.05)
    assert result.true_peak_dbtp == pytest.approx(-6.02, abs=0.1)
    assert result.loudness_range_lu < 0.1


def test_true_peak_finds_inter_sample_peaks():
    # fs/4 sine with 45° phase: every sample sits at 0.707 of the real peak (3 dB below).
    rate = 48000
    t = np.arange(rate) / rate
    x = (0.5 * np.sin(2 * np.pi * rate / 4 * t + np.pi / 4))[:, None]
    meter = LoudnessMeter(rate, 1, true_peak=True)
    meter.feed(x)
    result = meter.result()
    assert result.sample_peak_db == pytest.approx(-9.03, abs=0.05)
    assert result.true_peak_dbtp == pytest.approx(-6.02, abs=0.3)


def test_stereo_sums_channels():
    rate = 44100
    t = np.arange(rate * 3) / rate
    mono = 0.25 * np.sin(2 * np.pi * 1000 * t)
    m1 = LoudnessMeter(rate, 1)
    m1.feed(mono[:, None])
    m2 = LoudnessMeter(rate, 2)
    m2.feed(np.stack([mono, mono], axis=1))
    assert m2.result().integrated_lufs - m1.result().integrated_lufs == pytest.approx(3.01,
                                                                                        abs=0.02)


def test_meter_agrees_with_ffmpeg_ebur128(conversation):
    ours = measure_file(conversation)
    theirs = ebur128(conversation)
    assert ours.integrated_lufs == pytest.approx(theirs["I"], abs=0.2)
    assert ours.loudness_range_lu == pytest.approx(theirs["LRA"], abs=1.0)
    assert ours.true_peak_dbtp == pytest.approx(theirs["TP"], abs=0.3)

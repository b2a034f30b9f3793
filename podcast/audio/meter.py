"""A streaming loudness meter after ITU-R BS.1770-4 / EBU R128 (Tech 3341/3342).

Fed chunk by chunk (float samples, shape ``(frames, channels)``), it keeps only one number
per channel per 100 ms, so a 60-minute stereo recording costs a few hundred kilobytes:

- K-weighting: the two biquads of BS.1770 (high shelf, then high pass), designed for the
  actual sample rate from the analogue prototype parameters; filter state carries over chunks.
- Integrated loudness: 400 ms blocks (75 % overlap) gated at −70 LUFS and −10 LU relative.
- Loudness range: 3 s short-term windows every 100 ms, gated at −70 LUFS and −20 LU relative,
  95th minus 10th percentile.
- True peak: 4× polyphase oversampling (chunks overlap so that no edge effect counts).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import signal

SUB_BLOCK = 0.1  # seconds per stored energy value
_ABS_GATE = -70.0
_OFFSET = -0.691


def k_weighting_sos(sample_rate: int) -> np.ndarray:
    """Second-order sections of the K-weighting filter at ``sample_rate``."""
    fs = float(sample_rate)
    # Stage 1: high shelf, +4 dB above ~1.7 kHz (head effects).
    gain_db, f0, q = 3.999843853973347, 1681.974450955533, 0.7071752369554196
    k = math.tan(math.pi * f0 / fs)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh ** 0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf_b = [(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
               (vh - vb * k / q + k * k) / a0]
    shelf_a = [1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0]
    # Stage 2: second-order high pass at ~38 Hz (RLB weighting).
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / fs)
    a0 = 1.0 + k / q + k * k
    hp_b = [1.0, -2.0, 1.0]
    hp_a = [1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0]
    return np.array([shelf_b + shelf_a, hp_b + hp_a], dtype=np.float64)


def _to_lufs(mean_square: np.ndarray | float) -> np.ndarray | float:
    with np.errstate(divide="ignore"):
        return _OFFSET + 10.0 * np.log10(mean_square)


def integrated_from_blocks(sub: np.ndarray) -> float:
    """Integrated loudness (LUFS) from channel-summed mean squares per 100 ms sub-block."""
    if len(sub) < 4:
        if len(sub) == 0:
            return float("-inf")
        return float(_to_lufs(float(np.mean(sub))))
    kernel = np.ones(4) / 4.0
    blocks = np.convolve(sub, kernel, mode="valid")
    loud = _to_lufs(blocks)
    gated = blocks[loud > _ABS_GATE]
    if gated.size == 0:
        return float("-inf")
    relative = float(_to_lufs(gated.mean())) - 10.0
    final = blocks[(loud > _ABS_GATE) & (loud > relative)]
    if final.size == 0:
        return float("-inf")
    return float(_to_lufs(final.mean()))


def loudness_range_from_blocks(sub: np.ndarray) -> float:
    """Loudness range (LU) after EBU Tech 3342 from 100 ms channel-summed mean squares."""
    if len(sub) < 30:
        return 0.0
    short = np.convolve(sub, np.ones(30) / 30.0, mode="valid")
    loud = _to_lufs(short)
    gated = short[loud > _ABS_GATE]
    if gated.size == 0:
        return 0.0
    relative = float(_to_lufs(gated.mean())) - 20.0
    values = loud[(loud > _ABS_GATE) & (loud > relative)]
    if values.size < 2:
        return 0.0
    lo, hi = np.percentile(values, [10, 95])
    return float(hi - lo)


def frames_to_sub_blocks(frames: np.ndarray, per_sub: int) -> np.ndarray:
    """Average groups of ``per_sub`` frame energies into 100 ms sub-blocks (rest dropped)."""
    if per_sub == 1:
        return frames
    whole = len(frames) // per_sub
    return frames[: whole * per_sub].reshape(whole, per_sub).mean(axis=1)


#: True peak is searched only near sample peaks within this distance of the maximum so far
#: (an inter-sample overshoot of more than 3 dB does not occur in real programme material).
TP_SEARCH_DB = 3.0


def _true_runs(mask: np.ndarray) -> list[tuple[int, int]]:
    if not mask.any():
        return []
    padded = np.concatenate([[0], mask.astype(np.int8), [0]])
    diff = np.diff(padded)
    return list(zip(np.flatnonzero(diff == 1).tolist(), np.flatnonzero(diff == -1).tolist(),
                    strict=True))


def _true_peak_phases() -> np.ndarray:
    """(12, 3): the three in-between phases of a 48-tap 4× interpolation low-pass, reversed
    for use as correlation columns."""
    taps = signal.firwin(48, 0.25 * 0.94, window=("kaiser", 7.0)) * 4.0
    return np.stack([taps[p::4][::-1] for p in range(1, 4)], axis=1)


_PHASES = _true_peak_phases()
_TAPS = _PHASES.shape[0]
_PHASES32 = _PHASES.astype(np.float32)


def oversampled_peak(buf: np.ndarray, margin: int) -> float:
    """Largest |value| of ``buf`` (frames, channels) upsampled 4×, ignoring ``margin`` frames
    at each edge (where the filter would see the chunk boundary)."""
    n = buf.shape[0]
    if n <= 2 * margin:
        return 0.0
    peak = float(np.max(np.abs(buf[margin:n - margin])))
    lo = max(0, margin - _TAPS // 2)
    hi = n - margin + _TAPS // 2 - _TAPS + 1
    if hi <= lo:
        return peak
    data = np.ascontiguousarray(buf, dtype=np.float32)
    for c in range(data.shape[1]):
        windows = np.lib.stride_tricks.sliding_window_view(data[:, c], _TAPS)[lo:hi]
        y = np.ascontiguousarray(windows) @ _PHASES32  # (frames, 3): values between samples
        peak = max(peak, float(np.max(np.abs(y))))
    return peak


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    loudness_range_lu: float
    sample_peak_db: float
    true_peak_dbtp: float | None  # None when not measured
    duration: float


class LoudnessMeter:
    """Feed float chunks of shape (frames, channels); read :meth:`result` at the end."""

    _TP_MARGIN = 16  # input samples of context on each side of an oversampled stretch
    _TP_BLOCK = 256

    def __init__(self, sample_rate: int, channels: int, *, true_peak: bool = False,
                 resolution: float = SUB_BLOCK, frame_peaks: bool = False) -> None:
        """``resolution``: seconds per stored energy value (a tenth of SUB_BLOCK at least);
        ``frame_peaks``: also keep the sample peak of every such frame."""
        self.sample_rate = sample_rate
        self.channels = channels
        self.resolution = resolution
        self._per_sub = max(1, int(round(SUB_BLOCK / resolution)))
        self._sos = k_weighting_sos(sample_rate)
        self._zi = np.zeros((self._sos.shape[0], 2, channels))
        self._block = max(1, int(round(resolution * sample_rate)))
        self._frame_peaks = frame_peaks
        self._peaks: list[np.ndarray] = []
        self._partial_peak = 0.0
        self._partial = 0.0  # channel-summed squares of the unfinished frame
        self._partial_n = 0
        self._energies: list[np.ndarray] = []  # channel-summed mean square per frame
        self._frames = 0
        self._peak = 0.0
        self._true_peak = true_peak
        self._tp = 0.0
        self._tp_tail: np.ndarray | None = None

    def feed(self, chunk: np.ndarray) -> None:
        if chunk.ndim == 1:
            chunk = chunk[:, None]
        n = chunk.shape[0]
        if n == 0:
            return
        self._frames += n
        weighted, self._zi = signal.sosfilt(self._sos, chunk, axis=0, zi=self._zi)
        # channel-summed squares (G = 1 for left, right and mono), one contiguous vector
        sq = np.square(weighted[:, 0])
        for c in range(1, self.channels):
            sq += np.square(weighted[:, c])
        mag = np.abs(chunk[:, 0])
        for c in range(1, self.channels):
            np.maximum(mag, np.abs(chunk[:, c]), out=mag)
        self._peak = max(self._peak, float(mag.max()))
        peaks = mag if self._frame_peaks else None
        pos = 0
        if self._partial_n:
            take = min(self._block - self._partial_n, n)
            self._partial += float(sq[:take].sum())
            if peaks is not None:
                self._partial_peak = max(self._partial_peak, float(peaks[:take].max()))
            self._partial_n += take
            pos = take
            if self._partial_n == self._block:
                self._energies.append(np.array([self._partial / self._block]))
                self._partial = 0.0
                self._partial_n = 0
                if peaks is not None:
                    self._peaks.append(np.array([self._partial_peak]))
                    self._partial_peak = 0.0
        whole = (n - pos) // self._block
        if whole:
            end = pos + whole * self._block
            self._energies.append(sq[pos:end].reshape(whole, self._block).mean(axis=1))
            if peaks is not None:
                self._peaks.append(peaks[pos:end].reshape(whole, self._block).max(axis=1))
            pos = end
        if pos < n:
            self._partial += float(sq[pos:].sum())
            if peaks is not None:
                self._partial_peak = max(self._partial_peak, float(peaks[pos:].max()))
            self._partial_n += n - pos
        if self._true_peak:
            self._feed_true_peak(chunk)

    def _feed_true_peak(self, chunk: np.ndarray) -> None:
        m = self._TP_MARGIN
        buf = chunk if self._tp_tail is None else np.concatenate([self._tp_tail, chunk])
        n = buf.shape[0]
        if n <= 2 * m:
            self._tp_tail = buf
            return
        # Oversample only around blocks whose sample peak comes within TP_SEARCH_DB of the
        # largest peak so far: elsewhere an inter-sample peak cannot set a new maximum.
        blk = self._TP_BLOCK
        whole = n // blk
        peaks = np.abs(buf[: whole * blk]).reshape(whole, -1).max(axis=1)
        if whole * blk < n:
            peaks = np.append(peaks, np.abs(buf[whole * blk:]).max())
        best = max(self._tp, self._peak)
        hot = peaks >= best * 10 ** (-TP_SEARCH_DB / 20.0)
        for a, b in _true_runs(hot):
            lo, hi = max(0, a * blk - m), min(n, b * blk + m)
            self._tp = max(self._tp, oversampled_peak(buf[lo:hi], m))
        self._tp_tail = buf[-2 * m:]

    @property
    def duration(self) -> float:
        return self._frames / self.sample_rate

    def frame_energies(self) -> np.ndarray:
        """Channel-summed mean square per complete frame of ``resolution`` seconds."""
        return np.concatenate(self._energies) if self._energies else np.zeros(0)

    def frame_peaks(self) -> np.ndarray:
        """Sample peak (linear, over channels) per complete frame (needs ``frame_peaks``)."""
        return np.concatenate(self._peaks) if self._peaks else np.zeros(0)

    def sub_block_energies(self) -> np.ndarray:
        """Channel-summed mean square per complete 100 ms sub-block."""
        return frames_to_sub_blocks(self.frame_energies(), self._per_sub)

    def result(self) -> Loudness:
        sub = self.sub_block_energies()
        peak_db = 20 * math.log10(self._peak) if self._peak > 0 else float("-inf")
        tp_db = None
        if self._true_peak:
            tp = max(self._tp, self._peak)
            tp_db = 20 * math.log10(tp) if tp > 0 else float("-inf")
        return Loudness(integrated_lufs=integrated_from_blocks(sub),
                        loudness_range_lu=loudness_range_from_blocks(sub),
                        sample_peak_db=peak_db, true_peak_dbtp=tp_db, duration=self.duration)

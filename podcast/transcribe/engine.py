"""One interface for the transcription engines (faster-whisper, openai-whisper).

An engine turns 16 kHz samples into :class:`~podcast.transcript.Segment` objects, yielded
as they are decoded so that long episodes stream. Loaded engines are cached per process by
their settings, so a model is read from disk once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from podcast.errors import ModelError, PodcastError
from podcast.transcript import Segment

log = logging.getLogger(__name__)

ENGINES = ("faster-whisper", "openai-whisper")


@dataclass(frozen=True)
class EngineSettings:
    """What decides which model instance is loaded."""

    engine: str = "faster-whisper"
    model: str = "auto"
    device: str = "cpu"
    compute_type: str = "int8"
    threads: int = 0
    allow_download: bool = False
    language_hint: str | None = None  # only used to pick the 'auto' model


@dataclass
class DecodeOptions:
    """How to decode one file."""

    language: str | None = None
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = True
    initial_prompt: str | None = None
    hotwords: str | None = None
    batch_size: int = 0  # faster-whisper only: >0 uses the batched pipeline (needs VAD)
    condition_on_previous_text: bool = True
    temperature_fallback: bool = True
    #: temperatures tried in turn when a decoding fails the thresholds below
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    compression_ratio_threshold: float | None = 2.4
    log_prob_threshold: float | None = -1.0
    no_speech_threshold: float | None = 0.6
    min_silence_ms: int = 1000
    speech_pad_ms: int = 400
    vad_threshold: float = 0.5
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0

    @property
    def temperature(self) -> tuple[float, ...] | float:
        return self.temperatures if self.temperature_fallback else 0.0

    def vad_parameters(self) -> dict:
        return {"min_silence_duration_ms": self.min_silence_ms,
                "speech_pad_ms": self.speech_pad_ms, "threshold": self.vad_threshold}


@dataclass
class Decoding:
    """A decoding in progress: iterate ``segments`` to run it."""

    segments: Iterator[Segment]
    duration: float  # seconds of audio
    language: str | None = None
    info: dict = field(default_factory=dict)


class Engine(Protocol):
    name: str
    model_label: str

    def transcribe(self, samples: np.ndarray, options: DecodeOptions) -> Decoding: ...

    def detect_language(self, samples: np.ndarray) -> dict[str, float]: ...


_CACHE: dict[EngineSettings, Engine] = {}


def load_engine(settings: EngineSettings) -> Engine:
    """The engine for ``settings`` (cached: loading a model takes seconds)."""
    engine = _CACHE.get(settings)
    if engine is not None:
        return engine
    factory = _factory(settings.engine)
    engine = factory(settings)
    _CACHE[settings] = engine
    return engine


def _factory(name: str) -> Callable[[EngineSettings], Engine]:
    if name == "faster-whisper":
        from podcast.transcribe.fw_engine import FasterWhisperEngine

        return FasterWhisperEngine
    if name == "openai-whisper":
        from podcast.transcribe.ow_engine import OpenAIWhisperEngine

        return OpenAIWhisperEngine
    raise PodcastError(f"unknown engine {name!r} (choose {' or '.join(ENGINES)})",
                       where="transcription.engine")


def speech_spans(samples: np.ndarray, *, min_silence_ms: int = 1000, speech_pad_ms: int = 400,
                 threshold: float = 0.5, sample_rate: int = 16000
                 ) -> list[tuple[float, float]]:
    """Speech regions in seconds, found by the Silero VAD that ships inside faster-whisper."""
    try:
        from faster_whisper.vad import VadOptions, get_speech_timestamps
    except ImportError:
        raise ModelError("voice activity detection needs faster-whisper "
                         "(pip install faster-whisper)") from None
    stamps = get_speech_timestamps(samples, VadOptions(
        min_silence_duration_ms=min_silence_ms, speech_pad_ms=speech_pad_ms, threshold=threshold))
    return [(s["start"] / sample_rate, s["end"] / sample_rate) for s in stamps]

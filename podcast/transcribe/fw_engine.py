"""faster-whisper (CTranslate2) engine: the default, int8 on CPU."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import numpy as np

from podcast.errors import ModelError
from podcast.transcribe.engine import DecodeOptions, Decoding, EngineSettings
from podcast.transcribe.models import resolve_model
from podcast.transcript import Segment, Word

log = logging.getLogger(__name__)

DETECT_SECONDS = 120


class FasterWhisperEngine:
    name = "faster-whisper"

    def __init__(self, settings: EngineSettings) -> None:
        try:
            from faster_whisper import BatchedInferencePipeline, WhisperModel
        except ImportError:
            raise ModelError("faster-whisper is not installed (pip install faster-whisper)") \
                from None
        resolved = resolve_model(settings.model, language=settings.language_hint,
                                 allow_download=settings.allow_download)
        self.model_label = resolved.label
        target = str(resolved.path) if resolved.path is not None else resolved.name
        try:
            self.model = WhisperModel(target, device=settings.device,
                                      compute_type=settings.compute_type,
                                      cpu_threads=settings.threads,
                                      local_files_only=not settings.allow_download)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"cannot load the model: {exc}", path=target) from None
        self._batched = BatchedInferencePipeline(self.model)
        log.info("faster-whisper loaded %s (%s, %s)", self.model_label, settings.device,
                 settings.compute_type)

    def detect_language(self, samples: np.ndarray) -> dict[str, float]:
        """Language probabilities from the first 30 s of speech (VAD-filtered) found in the
        first two minutes."""
        _, _, probs = self.model.detect_language(samples[:DETECT_SECONDS * 16000],
                                                 vad_filter=True)
        return dict(probs)

    def transcribe(self, samples: np.ndarray, options: DecodeOptions) -> Decoding:
        common = dict(
            language=options.language,
            beam_size=options.beam_size,
            word_timestamps=options.word_timestamps,
            initial_prompt=options.initial_prompt,
            hotwords=options.hotwords,
            condition_on_previous_text=options.condition_on_previous_text,
            vad_parameters=options.vad_parameters(),
            temperature=options.temperature,
            compression_ratio_threshold=options.compression_ratio_threshold,
            log_prob_threshold=options.log_prob_threshold,
            no_speech_threshold=options.no_speech_threshold,
            repetition_penalty=options.repetition_penalty,
            no_repeat_ngram_size=options.no_repeat_ngram_size,
        )
        if options.batch_size > 0 and options.vad:
            segments, info = self._batched.transcribe(
                samples, batch_size=options.batch_size, vad_filter=True, **common)
        else:
            segments, info = self.model.transcribe(samples, vad_filter=options.vad, **common)
        return Decoding(segments=_convert(segments), duration=float(info.duration),
                        language=info.language,
                        info={"language_probability": info.language_probability,
                              "duration_after_vad": info.duration_after_vad})


def _convert(segments: Iterator) -> Iterator[Segment]:
    for seg in segments:
        words = [Word(start=float(w.start), end=float(w.end), text=w.word,
                      probability=float(w.probability)) for w in (seg.words or [])]
        yield Segment(start=float(seg.start), end=float(seg.end), text=seg.text.strip(),
                      words=words)

"""openai-whisper (PyTorch) engine: the optional reference implementation.

It runs the *same* weights as faster-whisper: a CTranslate2 model folder (the packaged
Whisper base, or any local one) is converted once into an openai-whisper checkpoint by
:mod:`podcast.transcribe.convert`. Voice activity detection uses the Silero VAD from
faster-whisper and hands the speech regions to openai-whisper as ``clip_timestamps``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import numpy as np

from podcast.errors import ModelError
from podcast.transcribe.convert import convert_ct2_to_openai
from podcast.transcribe.engine import DecodeOptions, Decoding, EngineSettings, speech_spans
from podcast.transcribe.models import is_ct2_folder, resolve_model
from podcast.transcript import Segment, Word

log = logging.getLogger(__name__)

#: PyTorch on a small CPU runs Whisper faster on one thread than on two (measured: 46 s vs
#: 200 s for 34 s of audio on the 2-core CI machine), so "auto" means one thread.
DEFAULT_THREADS = 1


class OpenAIWhisperEngine:
    name = "openai-whisper"

    def __init__(self, settings: EngineSettings) -> None:
        try:
            import torch
            import whisper
        except ImportError:
            raise ModelError("openai-whisper is not installed: pip install torch==2.13.0 "
                             "then pip install 'kommunpodd[openai-whisper]'") from None
        if settings.device not in ("cpu", "auto"):
            self.device = settings.device
        else:
            self.device = "cuda" if settings.device == "auto" and torch.cuda.is_available() \
                else "cpu"
        torch.set_num_threads(settings.threads or DEFAULT_THREADS)
        resolved = resolve_model(settings.model, language=settings.language_hint,
                                 allow_download=settings.allow_download)
        if resolved.path is None:
            checkpoint: str = resolved.name  # openai-whisper downloads its own names
        elif resolved.path.is_file():
            checkpoint = str(resolved.path)
        elif is_ct2_folder(resolved.path):
            checkpoint = str(convert_ct2_to_openai(resolved.path))
        else:
            raise ModelError("neither a CTranslate2 folder nor an openai-whisper checkpoint",
                             path=resolved.path)
        self.model_label = resolved.label
        try:
            raw = torch.load(checkpoint, map_location="cpu", weights_only=False) \
                if resolved.path is not None else None
            self.model = whisper.load_model(checkpoint, device=self.device)
        except (RuntimeError, OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the model: {exc}", path=checkpoint) from None
        heads = (raw or {}).get("alignment_heads") or []
        if heads:
            dims = self.model.dims
            mask = torch.zeros(dims.n_text_layer, dims.n_text_head, dtype=torch.bool)
            for layer, head in heads:
                mask[layer, head] = True
            self.model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
        log.info("openai-whisper loaded %s on %s", self.model_label, self.device)

    def detect_language(self, samples: np.ndarray) -> dict[str, float]:
        """Language probabilities from the first 30 s."""
        import whisper

        audio = whisper.pad_or_trim(samples.astype(np.float32))
        mel = whisper.log_mel_spectrogram(audio, self.model.dims.n_mels).to(self.model.device)
        _, probs = self.model.detect_language(mel)
        return {k: float(v) for k, v in probs.items()}

    def transcribe(self, samples: np.ndarray, options: DecodeOptions) -> Decoding:
        duration = len(samples) / 16000
        kwargs: dict = dict(
            language=options.language,
            beam_size=options.beam_size if options.beam_size > 1 else None,
            word_timestamps=options.word_timestamps,
            initial_prompt=options.initial_prompt,
            condition_on_previous_text=options.condition_on_previous_text,
            fp16=self.device != "cpu",
            verbose=None,
            temperature=options.temperature,
            compression_ratio_threshold=options.compression_ratio_threshold,
            logprob_threshold=options.log_prob_threshold,
            no_speech_threshold=options.no_speech_threshold,
        )
        if options.beam_size > 1:
            kwargs["best_of"] = options.beam_size
        info: dict = {}
        if options.vad:
            spans = speech_spans(samples, min_silence_ms=options.min_silence_ms,
                                 speech_pad_ms=options.speech_pad_ms,
                                 threshold=options.vad_threshold)
            if not spans:
                return Decoding(segments=iter(()), duration=duration,
                                language=options.language, info={"duration_after_vad": 0.0})
            # openai-whisper loops forever on a clip that ends after its last mel frame
            # (one frame per 160 samples): speech running to the very end of the file did that
            end = (len(samples) // 160) / 100
            kwargs["clip_timestamps"] = [min(t, end) for span in spans for t in span]
            info["duration_after_vad"] = sum(e - s for s, e in spans)
        result = self.model.transcribe(samples, **kwargs)
        return Decoding(segments=_convert(result.get("segments", [])), duration=duration,
                        language=result.get("language"), info=info)


def _convert(segments: list[dict]) -> Iterator[Segment]:
    for seg in segments:
        words = [Word(start=float(w["start"]), end=float(w["end"]), text=w["word"],
                      probability=float(w.get("probability", 0.0)))
                 for w in seg.get("words") or []]
        yield Segment(start=float(seg["start"]), end=float(seg["end"]),
                      text=str(seg["text"]).strip(), words=words)

"""Real models, loaded once per test session (the CI budget for these tests is 8 minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.transcribe.audio import decode_audio
from podcast.transcribe.engine import DecodeOptions, EngineSettings, load_engine
from podcast.transcribe.models import resolve_model
from podcast.transcribe.segments import split_sentences
from podcast.transcript import Transcript


@pytest.fixture(scope="session")
def packaged_model() -> Path:
    """The PyPI-packaged Whisper base, reassembled and sha256-verified in the model cache."""
    resolved = resolve_model("auto")
    assert resolved.source == "packaged" and resolved.path is not None
    return resolved.path


@pytest.fixture(scope="session")
def fw_default(packaged_model):
    """faster-whisper as the tool runs it by default (int8, CPU)."""
    return load_engine(EngineSettings())


@pytest.fixture(scope="session")
def ow_engine(packaged_model):
    """openai-whisper on the same weights (converted from the CTranslate2 folder)."""
    try:
        import whisper  # noqa: F401
    except ImportError:
        pytest.fail("openai-whisper is not installed: pip install torch==2.13.0 && "
                    "pip install openai-whisper (see docs/installation.md)")
    return load_engine(EngineSettings(engine="openai-whisper", compute_type="float32"))


@pytest.fixture(scope="session")
def en_samples(speech_dir):
    return decode_audio(speech_dir / "en_30s.wav")


@pytest.fixture(scope="session")
def en_reference(test_data) -> str:
    """What ``en_30s.wav`` says (espeak-ng reads this file; see ``speech_dir``)."""
    return (test_data / "audio" / "en_reference.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def en_transcript(fw_default, en_samples) -> Transcript:
    """en_30s.wav through the default pipeline (VAD, word times, beam 5)."""
    decoding = fw_default.transcribe(en_samples, DecodeOptions(language="en"))
    return Transcript(segments=list(split_sentences(decoding.segments)), language="en")

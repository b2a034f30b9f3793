"""No invented text: loops, no-speech segments, the glossary's language, glossary fixes,
doubtful marks in the JSON (synthetic segments; real espeak-ng audio and the real model where
the language or a re-decoding is involved)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from podcast.config import TranscriptionSection
from podcast.transcribe.audio import decode_audio
from podcast.transcribe.clean import (
    CleanOptions,
    CleanReport,
    clean_decoding,
    drop_no_speech,
    mark_doubtful,
    remove_loops,
)
from podcast.transcribe.engine import DecodeOptions, Decoding
from podcast.transcribe.glossary import correct, matches, sound_key
from podcast.transcribe.loops import collapse_repeats, is_looping, longest_repeat
from podcast.transcribe.run import audio_language, decode_options, file_options
from podcast.transcript import Segment, Transcript, Word
from podcast.transcript.render import to_json
from tests.support.wer import word_error_rate


def _segment(start: float, text: str, step: float = 0.4,
             probability: float | None = 0.9) -> Segment:
    words = [Word(start + i * step, start + (i + 1) * step, " " + w, probability)
             for i, w in enumerate(text.split())]
    return Segment(start=start, end=words[-1].end, text=text, words=words)


# --- loops -------------------------------------------------------------------------------

def test_repeated_phrase_is_a_loop_and_a_double_word_is_not():
    looping = "särnslutat fanns särnslutat fanns, särnslutat fanns. Hej".split()
    found = longest_repeat(looping)
    assert (found.start, found.length, found.count) == (0, 2, 3)
    assert is_looping(looping)
    assert not is_looping("det var bra bra sagt av dig".split())
    assert not is_looping("Good morning. Good morning.".split())
    # a longer run of two copies does not hide a shorter phrase said three times
    assert is_looping("a b a b x x x".split())


def test_collapse_keeps_one_copy():
    words = "vi pratar om om om om sandning och halka".split()
    assert [words[i] for i in collapse_repeats(words)] == \
        "vi pratar om sandning och halka".split()


def test_loop_across_segments_is_cut_back_without_an_engine():
    segments = [_segment(40.0, "Nu pratar vi om vintern."),
                *[_segment(49.8 + 1.9 * i, "Särnslutat fanns.") for i in range(6)],
                _segment(62.0, "Sandning och halka är viktigt.")]
    report = CleanReport()
    out = remove_loops(segments, None, None, DecodeOptions(language="sv"), CleanOptions(),
                       report)
    text = " ".join(s.text for s in out)
    assert text.count("Särnslutat") == 1
    assert text.startswith("Nu pratar vi om vintern.")
    assert text.endswith("Sandning och halka är viktigt.")
    assert report.loops == 1 and report.repeats_cut == 10 and report.redecoded == 0
    for seg in out:  # word times stay inside their segment
        assert all(seg.start <= w.start <= w.end <= seg.end + 1e-9 for w in seg.words)


def test_segments_outside_speech_are_dropped():
    segments = [_segment(0.5, "Hej och välkommen."), _segment(30.0, "Good morning.")]
    report = CleanReport()
    out = drop_no_speech(segments, [(0.0, 3.0)], CleanOptions(), report)
    assert [s.text for s in out] == ["Hej och välkommen."]
    assert report.no_speech_dropped == 1


# --- glossary ----------------------------------------------------------------------------

@pytest.mark.parametrize(("heard", "term"), [
    ("Big Love", "bygglov"), ("big love", "bygglov"), ("bygg lov", "bygglov"),
    ("fär tjänst", "färdtjänst"),
])
def test_glossary_near_misses_match(heard, term):
    assert matches(heard, term)


@pytest.mark.parametrize(("heard", "term"), [
    ("byggnad", "bygglov"), ("bygglovet", "bygglov"), ("Bygglov", "bygglov"),
    ("blogg", "bygglov"), ("Big", "bygglov"), ("Snöröjningen", "snöröjning"),
    ("kommunen", "kommunfullmäktige"),
])
def test_glossary_never_a_loose_match(heard, term):
    assert not matches(heard, term)


def test_sound_key_hears_english_spelling_as_swedish():
    assert sound_key("Big Love") == sound_key("bygglov")
    assert sound_key("byggnad") != sound_key("bygglov")


def test_glossary_correction_is_applied_and_recorded():
    segments = [_segment(12.0, "Nästa avsnitt handlar om Big Love."),
                _segment(20.0, "En ny byggnad kräver bygglovet.")]
    fixes = correct(segments, ["bygglov", "kommuncenter"])
    assert segments[0].text == "Nästa avsnitt handlar om bygglov."
    assert [w.text for w in segments[0].words][-1] == " bygglov."
    assert segments[1].text == "En ny byggnad kräver bygglovet."
    assert len(fixes) == 1
    fix = fixes[0]
    assert (fix.original, fix.replacement) == ("Big Love", "bygglov")
    assert fix.start == pytest.approx(13.6) and fix.end == pytest.approx(14.4)


# --- doubtful marks and the JSON --------------------------------------------------------

def test_doubtful_marks_and_words_in_json():
    sure = _segment(0.0, "Välkommen till kommunen.", probability=0.95)
    unsure = _segment(2.0, "Särnslutat fanns där.", probability=0.35)
    unsure.words[0].probability = 0.1
    report = CleanReport()
    mark_doubtful([sure, unsure], CleanOptions(), report)
    assert (report.doubtful_segments, report.doubtful_words) == (1, 1)
    transcript = Transcript(segments=[sure, unsure], language="sv", corrections=[
        {"original": "Big Love", "replacement": "bygglov", "start": 13.6, "end": 14.4}])
    data = json.loads(to_json(transcript))
    first, second = data["segments"]
    assert "doubtful" not in first and second["doubtful"] is True
    assert second["words"][0] == {"start": 2.0, "end": 2.4, "word": "Särnslutat",
                                   "probability": 0.1, "doubtful": True}
    assert "doubtful" not in second["words"][1]
    assert data["corrections"][0]["replacement"] == "bygglov"
    # the existing reader still takes it (extra keys are ignored)
    back = Transcript.from_podcast_json(data)
    assert [s.text for s in back.segments] == [sure.text, unsure.text]


def test_clean_decoding_runs_all_steps_without_audio():
    segments = [_segment(0.0, "om om om Big Love", probability=0.8)]
    decoding = Decoding(segments=iter(segments), duration=3.0, language="sv")
    out, report = clean_decoding(None, None, decoding, DecodeOptions(language="sv"),
                                 CleanOptions(glossary=("bygglov",)))
    assert [s.text for s in out] == ["om bygglov"]
    assert report.repeats_cut == 2 and len(report.corrections) == 1


# --- real audio: the glossary's language, re-decoding a loop ----------------------------

def _espeak(tmp_path: Path, voice: str, text: str) -> np.ndarray:
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (scripts/setup installs it)")
    wav = tmp_path / f"{voice}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(wav), text], check=True)
    return decode_audio(wav)


ENGLISH = ("Good afternoon. The library opens at nine in the morning and closes at six "
           "in the evening. You can return books at the front desk.")


def test_english_clip_in_swedish_show_gets_no_swedish_prompt(fw_default, tmp_path):
    samples = _espeak(tmp_path, "en-us", ENGLISH)
    cfg = TranscriptionSection(language="sv", glossary=["bygglov", "kommuncenter"])
    language = audio_language(fw_default, samples, cfg, "sv", explicit=False)
    assert language == "en"
    options, clean = file_options(decode_options(cfg), cfg, language, "sv")
    assert options.language == "en" and options.initial_prompt is None
    assert clean.glossary == ()
    decoding = fw_default.transcribe(samples, options)
    out, _ = clean_decoding(fw_default, samples, decoding, options, clean)
    text = " ".join(s.text for s in out)
    assert word_error_rate(ENGLISH, text, "en") <= 0.15, text
    # Swedish audio in the Swedish show keeps the glossary as its prompt
    sv_options, sv_clean = file_options(decode_options(cfg), cfg, "sv", "sv")
    assert sv_options.initial_prompt == "bygglov, kommuncenter."
    assert sv_clean.glossary == ("bygglov", "kommuncenter")
    # an explicit language is never second-guessed
    assert audio_language(fw_default, samples, cfg, "sv", explicit=True) == "sv"


def test_loop_window_is_decoded_again(fw_default, tmp_path):
    text = "Snöröjningen börjar när det har kommit fem centimeter snö."
    samples = _espeak(tmp_path, "sv", text)
    end = len(samples) / 16000
    fake_loop = [_segment(0.0 + i * end / 4, "Särnslutat fanns.", step=end / 8)
                 for i in range(4)]
    report = CleanReport()
    out = remove_loops(fake_loop, fw_default, samples, DecodeOptions(language="sv"),
                       CleanOptions(), report)
    redone = " ".join(s.text for s in out)
    assert report.redecoded == 1 and report.repeats_cut == 0
    assert "Särnslutat" not in redone and not is_looping(redone.split())
    assert "kommit fem centimeter" in redone, redone


def test_glossary_copied_from_the_prompt_is_cut_without_an_engine():
    glossary = ("Kommunpodden", "kommuncenter", "plogvall", "bygglov")
    segments = [_segment(0.0, "Välkommen till kommuncenter, plogvall, bygglov. Jag heter Eva."),
                _segment(6.0, "Vi pratar om bygglov och plogvall.")]
    options = DecodeOptions(language="sv", initial_prompt=", ".join(glossary) + ".")
    report = CleanReport()
    out = remove_loops(segments, None, None, options, CleanOptions(glossary=glossary), report)
    assert [s.text for s in out] == ["Välkommen till kommuncenter, Jag heter Eva.",
                                     "Vi pratar om bygglov och plogvall."]
    assert report.prompt_echoes == 1 and report.repeats_cut == 2
    # without a prompt the same words are what was said
    report = CleanReport()
    kept = remove_loops(segments, None, None, DecodeOptions(language="sv"),
                        CleanOptions(glossary=glossary), report)
    assert kept == segments and report.prompt_echoes == 0


def test_transcribe_file_writes_words_probabilities_and_language(fw_default, tmp_path):
    from podcast.transcribe.run import transcribe_file

    _espeak(tmp_path, "sv", "Välkommen till kommunens podd. Idag pratar vi om snöröjning.")
    cfg = TranscriptionSection(glossary=["snöröjning"])
    result = transcribe_file(tmp_path / "sv.wav", tmp_path / "out", cfg, show_language="sv")
    data = json.loads((tmp_path / "out" / "sv.json").read_text(encoding="utf-8"))
    assert result.language == data["language"] == "sv"
    words = [w for seg in data["segments"] for w in seg["words"]]
    assert words and all(0.0 <= w["probability"] <= 1.0 and w["start"] <= w["end"]
                         for w in words)
    for w in words:  # probabilities are rounded to 3 decimals in the file
        assert w["probability"] <= 0.3 if w.get("doubtful") else w["probability"] >= 0.2995
    assert Transcript.from_podcast_json(data).segments  # still a Podcasting 2.0 transcript


def test_a_regional_show_language_reaches_whisper_as_its_base_code(fw_default, tmp_path):
    """show.language = "sv-SE" is valid for the feed; Whisper knows only "sv"."""
    from podcast.transcribe.run import effective_config, transcribe_file

    assert effective_config(TranscriptionSection(), "sv-SE").language == "sv"
    assert effective_config(TranscriptionSection(language="en"), "sv-SE").language == "en"
    _espeak(tmp_path, "sv", "Välkommen till kommunens podd om snöröjning.")
    result = transcribe_file(tmp_path / "sv.wav", tmp_path / "out", TranscriptionSection(),
                             show_language="sv-SE")
    assert result.language == "sv" and result.segments > 0

"""Real transcription with real weights, both engines, on espeak-ng recordings made at test time."""

from __future__ import annotations

import subprocess

import webvtt

from podcast.cli import cli
from podcast.ffmpeg import ffmpeg_path
from podcast.transcribe.audio import decode_audio
from podcast.transcribe.engine import DecodeOptions, EngineSettings, load_engine
from podcast.transcript.render import cues
from tests.support.wer import word_error_rate


def test_faster_whisper_english_wer_at_most_10_percent(en_transcript, en_reference):
    wer = word_error_rate(en_reference, en_transcript.text, "en")
    assert wer <= 0.10, f"WER {wer:.1%}: {en_transcript.text}"
    assert en_transcript.segments[0].words, "word timestamps requested"
    starts = [s.start for s in en_transcript.segments]
    assert starts == sorted(starts)


def test_vad_skips_the_silent_lead_in(fw_default, speech_dir):
    samples = decode_audio(speech_dir / "sv_en_with_silence.wav")
    decoding = fw_default.transcribe(samples, DecodeOptions(language="sv"))
    from podcast.transcribe.segments import split_sentences
    from podcast.transcript import Transcript

    transcript = Transcript(segments=list(split_sentences(decoding.segments)))
    first_cue = cues(transcript)[0]
    assert first_cue.start >= 9.0, first_cue
    # Swedish speech is recognised as Swedish words (espeak-ng is hard: only loose checks)
    assert "kommun" in transcript.text.lower()


def _same_weights_options() -> DecodeOptions:
    # Greedy, no fallback, no VAD: the decoding both implementations define identically.
    return DecodeOptions(language="en", beam_size=1, vad=False, word_timestamps=False,
                         temperature_fallback=False, batch_size=0)


def test_both_engines_give_the_same_text_on_the_same_weights(ow_engine, packaged_model,
                                                             en_samples, en_reference):
    fw32 = load_engine(EngineSettings(compute_type="float32"))
    fw_text = " ".join(s.text for s in fw32.transcribe(en_samples,
                                                       _same_weights_options()).segments)
    ow_text = " ".join(s.text for s in ow_engine.transcribe(en_samples,
                                                            _same_weights_options()).segments)
    assert ow_text.split() == fw_text.split()
    assert word_error_rate(en_reference, ow_text, "en") <= 0.10, ow_text


def test_openai_whisper_through_the_cli_with_vad(ow_engine, speech_dir, tmp_path, runner):
    # 10 s of silence, then the short Swedish sample, whose speech runs to the very end of the
    # file: a VAD clip ending past the last frame used to make openai-whisper loop forever
    delayed = tmp_path / "tyst_start.wav"
    subprocess.run([ffmpeg_path(), "-v", "error", "-i", str(speech_dir / "sv_3s.wav"),
                    "-af", "adelay=10000:all=1", str(delayed)], check=True)
    out = tmp_path / "out"
    res = runner.invoke(cli, ["transcribe", "--input", str(delayed), "--output-dir", str(out),
                              "--engine", "openai-whisper", "--language", "sv"])
    assert res.exit_code == 0, res.output
    captions = webvtt.read(str(out / "tyst_start.vtt")).captions
    assert captions and captions[0].start_in_seconds >= 9
    assert "kommun" in (out / "tyst_start.txt").read_text(encoding="utf-8").lower()

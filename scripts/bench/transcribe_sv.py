"""Benchmark: Swedish transcription quality (WER) and speed (RTF) on real read speech.

Data: the development half of ``../shared/data/speech-sv`` — 57 clips (4.3 min) of Swedish
sentences read by many speakers, from Mozilla Common Voice 6.1 sv-SE (CC0) and NST
(Norwegian/Nordic Language Technology, CC0); the other half is kept aside as the held-out set.
The clips are joined into one "episode" with about 1 s of silence between them (ffmpeg reads
every clip; see ``podcast.transcribe.audio``), transcribed as the tool does it (decode, then the
loop, no-speech and glossary clean-up of :mod:`podcast.transcribe.clean`) with each setting,
and scored against the joined reference sentences.

Printed per setting: WER (lower case, punctuation removed, number words as digits, word-level
Levenshtein — `tests/support/wer.py`), RTF (wall seconds transcribing / seconds of
audio, model loading excluded) and the longest run of one phrase repeated back to back
(loop check: a run of 3 or more is a loop). With openai-whisper installed its RTF on the same
audio and weights (beam 5, the tool's defaults) is the anchor of the speed ratio.

Settings: ``--set 'beam_size=1;temperature_fallback=false'`` (repeatable; ``;`` between keys,
which are fields of ``DecodeOptions`` or ``CleanOptions``, or ``engine``/``model``/
``compute_type``; ``clean=false`` skips the clean-up; ``temperatures=0/0.4/0.8``).
With no ``--set`` only the default Swedish setting is measured. Keep runs short: each setting
decodes 4.3 minutes of audio.
Run: python scripts/bench/transcribe_sv.py [--set ...] [--skip-openai] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
from shared_data import SHARED_DATA  # noqa: E402

DATA = SHARED_DATA / "speech-sv"
sys.path.insert(0, str(REPO))

from podcast.transcribe.audio import SAMPLE_RATE, decode_audio  # noqa: E402
from podcast.transcribe.clean import CleanOptions, clean_decoding  # noqa: E402
from podcast.transcribe.engine import DecodeOptions, EngineSettings, load_engine  # noqa: E402
from podcast.transcribe.loops import longest_repeat  # noqa: E402
from podcast.transcribe.run import default_decode_options  # noqa: E402
from tests.support.wer import normalize, word_error_rate  # noqa: E402

GAP_SECONDS = 1.0
ENGINE_KEYS = ("engine", "model", "compute_type")


def episode(folder: Path, limit: int | None = None) -> tuple[np.ndarray, str]:
    """All clips of the manifest, in its order, joined with silence; and the joined text."""
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:limit]
    gap = np.zeros(int(GAP_SECONDS * SAMPLE_RATE), dtype=np.float32)
    parts: list[np.ndarray] = []
    for row in rows:
        parts += [decode_audio(folder / row["file"]), gap]
    return np.concatenate(parts[:-1]), " ".join(row["text"] for row in rows)


def parse_setting(text: str) -> tuple[dict, dict]:
    """'a=1;b=false' → (engine settings, decode options)."""
    fields = {f.name: f for f in dataclasses.fields(DecodeOptions)}
    clean_fields = {f.name for f in dataclasses.fields(CleanOptions)}
    engine: dict = {}
    decode: dict = {}
    for item in filter(None, (p.strip() for p in text.split(";"))):
        name, _, raw = item.partition("=")
        name = name.strip()
        value: object = raw.strip()
        if raw.strip().lower() in ("true", "false"):
            value = raw.strip().lower() == "true"
        elif raw.strip().lower() == "none":
            value = None
        else:
            for kind in (int, float):
                try:
                    value = kind(raw)
                    break
                except ValueError:
                    pass
            if name == "initial_prompt":
                value = raw.strip()
        if name in ENGINE_KEYS:
            engine[name] = value
        elif name == "temperatures":
            decode[name] = tuple(float(t) for t in str(raw).split("/"))
        elif name in fields or name in clean_fields or name == "clean":
            decode[name] = value
        else:
            raise SystemExit(f"unknown setting {name!r}")
    return engine, decode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        help="one setting to measure, e.g. 'beam_size=1;vad=false' (repeatable)")
    parser.add_argument("--skip-openai", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="use the first N clips only")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", action="store_true", help="print each hypothesis")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) > 2:
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:2]))
    samples, reference = episode(args.data, args.limit)
    duration = len(samples) / SAMPLE_RATE
    print(f"speech-sv dev: {duration:.1f} s of audio, {len(normalize(reference, 'sv'))} words; "
          f"load average {os.getloadavg()[0]:.1f} (other work slows every RTF)")
    settings = args.settings or [""]
    runs = [(s or "default", *parse_setting(s)) for s in settings]
    if not args.skip_openai:
        try:
            import whisper  # noqa: F401

            runs.append(("openai-whisper (anchor)", {"engine": "openai-whisper",
                                                     "compute_type": "float32"}, {}))
        except ImportError:
            print("openai-whisper not installed: no speed anchor")
    rows = []
    for label, engine_kw, decode_kw in runs:
        engine = load_engine(EngineSettings(**engine_kw))
        clean = decode_kw.pop("clean", True)
        clean_kw = {k: decode_kw.pop(k) for k in list(decode_kw)
                    if k in {f.name for f in dataclasses.fields(CleanOptions)}}
        options = dataclasses.replace(default_decode_options("sv"), **decode_kw)
        started = time.perf_counter()
        decoding = engine.transcribe(samples, options)
        if clean:
            segments, report = clean_decoding(engine, samples, decoding, options,
                                              CleanOptions(**clean_kw))
        else:
            segments, report = list(decoding.segments), None
        seconds = time.perf_counter() - started
        text = " ".join(s.text for s in segments)
        wer = word_error_rate(reference, text, "sv")
        loop = longest_repeat(normalize(text, "sv"))
        run_len = loop.count if loop else 1
        phrase = " ".join(normalize(text, "sv")[loop.start:loop.start + loop.length]) \
            if loop else ""
        rows.append((label, wer, seconds / duration, run_len, phrase, report))
        print(f"{label:50s} WER {wer:6.1%}  RTF {seconds / duration:.3f}  longest repeat "
              f"{run_len}x {phrase!r}  {report.summary() if report else 'no clean-up'}  "
              f"(load {os.getloadavg()[0]:.1f})", flush=True)
        if args.show:
            print("   ", text)
    anchor = next((r for r in rows if r[0].startswith("openai-whisper")), None)
    if anchor:
        print("\nspeed relative to openai-whisper on the same audio")
        for label, _, rtf, *_ in rows:
            print(f"  {label:50s} {anchor[2] / rtf:5.1f}x")


if __name__ == "__main__":
    main()

"""One recording (or several, concatenated) → a finished, tagged MP3.

1. *Probe* every source (clear error for missing/broken/empty/unsupported files).
2. *Analyse* (one streaming decode): per 10 ms frame the RMS level (silence), K-weighted
   energy and sample peak. Plan the cuts (trim, long pauses), refuse a silent recording,
   compute the leveller + compressor gain curve (:mod:`dynamics`) and solve for the loudness
   gain that, after the limiter, lands the kept speech on the target (:mod:`limiter`) —
   two-pass normalisation: measure, then apply.
3. *Render* (second decode): one gain per sample (curve × gain × limiter), cut, mix the
   loudness-matched intro/outro, safety-limit and encode the MP3 (:mod:`encode`).
4. *Check*: decode the MP3 and measure it (integrated, range, true peak with 4× oversampling);
   if it misses the target by more than 0.5 LU or the ceiling, correct and render again.
5. *Tag* (ID3v2.3: text, cover, chapters shifted by trim and intro) and move into place.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from podcast.audio.compose import Inserter, Jingle, load_jingle, master_graph, measure_jingle
from podcast.audio.decode import decode
from podcast.audio.dynamics import dynamics_db
from podcast.audio.encode import EncodeOptions, codec_gain_db, render
from podcast.audio.limiter import (
    CLIP_HEADROOM_DB,
    GainStage,
    frame_gains,
    predict_loudness,
    solve_gain,
)
from podcast.audio.meter import (
    SUB_BLOCK,
    Loudness,
    LoudnessMeter,
)
from podcast.audio.probe import SourceInfo, probe_file
from podcast.audio.result import ProcessResult
from podcast.audio.settings import LIMITER_MARGIN_DB, AudioSettings, TagInfo
from podcast.audio.silence import EditPlan, LevelTracker, plan_edits, sound_mask
from podcast.audio.tags import TimedChapter, write_tags
from podcast.errors import AudioError, InputError
from podcast.fsutil import atomic_path, file_sha256
from podcast.progress import Progress, ensure

log = logging.getLogger(__name__)

#: The check step accepts this deviation from the target before rendering again.
LOUDNESS_TOLERANCE_LU = 0.5
TRUE_PEAK_SAFETY_DB = 0.2
MAX_RENDERS = 3
MAX_GAIN_DB = 40.0
#: Analysis frame (limiter and loudness prediction resolution).
FRAME = 0.01
PER_SUB = int(round(SUB_BLOCK / FRAME))


@dataclass
class Analysis:
    sources: list[SourceInfo]
    sample_rate: int
    channels: int
    plan: EditPlan
    input_loudness_lufs: float  # of the raw recording
    speech_loudness_lufs: float  # of the kept part after levelling/compression, before gain
    duration: float
    frame: int = 441  # samples per analysis frame (10 ms)
    energies: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)
    peaks: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)
    kept: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool), repr=False)
    curve_db: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)


def analyse(paths: Sequence[Path], settings: AudioSettings, *,
            progress: Progress | None = None, label: str = "") -> Analysis:
    """Probe the sources and run the analysis pass (one decode, statistics per 10 ms)."""
    prog = ensure(progress)
    sources = [probe_file(p) for p in paths]
    channels = settings.output_channels([s.channels for s in sources])
    rate = settings.sample_rate
    total_seconds = sum(s.duration for s in sources)
    levels = LevelTracker(rate)
    meter = LoudnessMeter(rate, channels, resolution=FRAME, frame_peaks=True)
    prog.start(total_seconds, f"{label}analysing".strip())
    with decode(paths, sample_rate=rate, channels=channels) as reader:
        for chunk in reader:
            levels.feed(chunk)
            meter.feed(chunk)
            prog.advance(chunk.shape[0] / rate)
    prog.finish()
    total = levels.frames
    where = paths[0] if len(paths) == 1 else ", ".join(str(p) for p in paths)
    if total == 0:
        raise AudioError("decoded to no audio at all", path=where)
    levels_db = levels.levels_db()
    try:
        plan = plan_edits(levels_db, sample_rate=rate, total=total,
                          threshold_db=settings.silence_threshold_db,
                          trim=settings.trim_silence, max_pause=settings.max_pause_seconds)
    except AudioError as exc:
        raise AudioError(exc.message, path=where) from None
    energies = meter.frame_energies()
    peaks = meter.frame_peaks()
    frame = max(1, int(round(FRAME * rate)))
    kept = _kept_frames(energies.size, frame, plan)
    sound = np.zeros(energies.size, dtype=bool)
    mask = sound_mask(levels_db, settings.silence_threshold_db)[: energies.size]
    sound[: mask.size] = mask
    curve = dynamics_db(energies, sound, FRAME, PER_SUB) if settings.compress \
        else np.zeros(energies.size)
    speech = predict_loudness(energies, peaks, kept, 0.0, 300.0, PER_SUB, curve)
    if not math.isfinite(speech):
        raise AudioError("the recording is silent (no measurable loudness)", path=where)
    return Analysis(sources=sources, sample_rate=rate, channels=channels, plan=plan,
                    input_loudness_lufs=meter.result().integrated_lufs,
                    speech_loudness_lufs=speech, duration=total / rate,
                    frame=frame, energies=energies, peaks=peaks, kept=kept, curve_db=curve)


def _kept_frames(n: int, frame: int, plan: EditPlan) -> np.ndarray:
    """Boolean per analysis frame: does its centre lie in a kept interval?"""
    centres = (np.arange(n) + 0.5) * frame
    mask = np.zeros(n, dtype=bool)
    for s, e in plan.keep:
        mask |= (centres >= s) & (centres < e)
    return mask


def measure_file(path: Path, *, true_peak: bool = True,
                 on_chunk: Callable[[int], None] | None = None) -> Loudness:
    """Loudness of any audio file, at its own rate and channel count (numpy meter)."""
    info = probe_file(path)
    channels = min(info.channels, 2)
    meter = LoudnessMeter(info.sample_rate, channels, true_peak=true_peak)
    with decode([path], sample_rate=info.sample_rate, channels=channels) as reader:
        for chunk in reader:
            meter.feed(chunk)
            if on_chunk:
                on_chunk(chunk.shape[0])
    return meter.result()


def _check_chapters(tags: TagInfo | None, input_duration: float,
                    tags_path: Path | None) -> None:
    for i, ch in enumerate(tags.chapters if tags else []):
        if ch.start >= input_duration:
            raise InputError(
                f"chapter '{ch.title}' starts at {ch.start:g} s, after the end of the "
                f"recording ({input_duration:.1f} s)", path=tags_path,
                where=f"chapters[{i}].start")


def _jingle_points(tags: TagInfo | None, plan: EditPlan) -> list[int]:
    """Where (samples of the cut speech) a jingle goes: at every chapter after the first."""
    points = []
    for ch in (tags.chapters[1:] if tags else []):
        pos = int(round(plan.map_time(ch.start) * plan.sample_rate))
        if 0 < pos < plan.kept_samples:
            points.append(pos)
    return sorted(set(points))


def _timed_chapters(tags: TagInfo | None, plan: EditPlan, offset: float, duration: float,
                    jingle_points: list[int], jingle_seconds: float) -> list[TimedChapter]:
    if tags is None or not tags.chapters:
        return []
    starts: list[float] = []
    for ch in tags.chapters:
        mapped = plan.map_time(ch.start)
        pos = int(round(mapped * plan.sample_rate))
        # jingles inserted before this point push it later (its own jingle starts the chapter)
        mapped += jingle_seconds * sum(1 for p in jingle_points if p < pos)
        t = 0.0 if mapped <= 0.0 else offset + mapped
        if starts and t <= starts[-1]:
            t = starts[-1] + 0.001
        starts.append(round(t, 3))
    out = []
    for i, ch in enumerate(tags.chapters):
        end = starts[i + 1] if i + 1 < len(starts) else duration
        out.append(TimedChapter(start=starts[i], end=max(end, starts[i]), title=ch.title,
                                url=ch.url))
    return out


def process_file(paths: Sequence[Path | str], output: Path | str,
                 settings: AudioSettings | None = None, tags: TagInfo | None = None, *,
                 tags_path: Path | None = None, progress: Progress | None = None,
                 label: str = "") -> ProcessResult:
    """Produce ``output`` (MP3) from ``paths``, written atomically (:mod:`podcast.fsutil`)."""
    began = time.perf_counter()
    settings = settings or AudioSettings()
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no recording given")
    output = Path(output)
    prog = ensure(progress)
    timings: dict[str, float] = {}
    analysis = analyse(paths, settings, progress=prog, label=label)
    timings["analyse"] = time.perf_counter() - began
    rate, channels = analysis.sample_rate, analysis.channels
    intro = outro = None
    if settings.intro_path:
        intro = measure_jingle(settings.intro_path, target_lufs=settings.target_lufs,
                               sample_rate=rate, channels=channels)
    if settings.outro_path:
        outro = measure_jingle(settings.outro_path, target_lufs=settings.target_lufs,
                               sample_rate=rate, channels=channels)
    _check_chapters(tags, analysis.duration, tags_path)
    opts = EncodeOptions(sample_rate=rate, channels=channels,
                         bitrate_kbps=settings.bitrate_for(channels))
    limit_db = settings.true_peak - LIMITER_MARGIN_DB
    points = _jingle_points(tags, analysis.plan) if settings.jingle else []
    inserter = None
    jingle_seconds = 0.0
    if points:
        assert settings.jingle_path is not None
        jingle = measure_jingle(settings.jingle_path, target_lufs=settings.target_lufs,
                                sample_rate=rate, channels=channels)
        clip = load_jingle(jingle, sample_rate=rate, channels=channels, ceiling_db=limit_db)
        jingle_seconds = clip.shape[0] / rate
    # Aim the signal fed to the encoder so that the decoded MP3 meets the target.
    aim = settings.target_lufs - codec_gain_db(opts.bitrate_kbps, channels, rate)
    gain, predicted = _solve(analysis, aim, limit_db)
    extra = [j.path for j in (intro, outro) if j is not None]
    renders = 0
    measured: Loudness | None = None
    layout = None
    with atomic_path(output) as tmp:
        while True:
            renders += 1
            graph, layout = _graph(settings, analysis, intro, outro, gain, limit_db,
                                   len(points) * jingle_seconds)
            reader = decode(paths, sample_rate=rate, channels=channels)
            curve = 10 ** ((analysis.curve_db + gain) / 20.0)
            frame_ceiling = 10 ** ((limit_db + CLIP_HEADROOM_DB) / 20)
            stage = GainStage(frame_gains(analysis.peaks, curve, frame_ceiling),
                              analysis.frame, clip_lin=10 ** (limit_db / 20))
            mark = time.perf_counter()
            prog.start(analysis.duration, f"{label}rendering".strip())
            if points:
                inserter = Inserter(clip, points)
            render(reader, analysis.plan, graph=graph, extra_inputs=extra, opts=opts,
                   output=tmp, on_chunk=lambda n: prog.advance(n / rate), stage=stage.feed,
                   after_cuts=inserter.feed if inserter else None, output_name=output)
            prog.finish()
            # (a known total: the CLI's progress bar cannot show an open-ended task)
            timings["render"] = timings.get("render", 0.0) + time.perf_counter() - mark
            mark = time.perf_counter()
            prog.start(analysis.duration, f"{label}checking".strip())
            measured = measure_file(tmp, on_chunk=lambda n: prog.advance(n / rate))
            prog.finish()
            timings["check"] = timings.get("check", 0.0) + time.perf_counter() - mark
            off = settings.target_lufs - measured.integrated_lufs
            over = (measured.true_peak_dbtp or -99.0) - (settings.true_peak - TRUE_PEAK_SAFETY_DB)
            log.info("render %d: %.2f LUFS (predicted %.2f), LRA %.1f LU, true peak %.2f dBTP "
                     "(gain %.2f dB, limit %.2f dB)", renders, measured.integrated_lufs,
                     predicted, measured.loudness_range_lu,
                     measured.true_peak_dbtp or float("nan"), gain, limit_db)
            if (abs(off) <= LOUDNESS_TOLERANCE_LU and over <= 0) or renders >= MAX_RENDERS:
                if abs(off) > 1.0 or over > TRUE_PEAK_SAFETY_DB:
                    log.warning("%s: %.1f LUFS / %.1f dBTP after %d renders (target %.1f / %.1f)",
                                output.name, measured.integrated_lufs,
                                measured.true_peak_dbtp or float("nan"), renders,
                                settings.target_lufs, settings.true_peak)
                break
            if over > 0:
                limit_db -= over + 0.3
            if abs(off) > LOUDNESS_TOLERANCE_LU or over > 0:
                # Encoding shifted the loudness (or the ceiling moved): aim off by as much.
                aim += off
                gain, predicted = _solve(analysis, aim, limit_db)
        assert measured is not None and layout is not None
        chapters = _timed_chapters(tags, analysis.plan, layout.speech_offset, measured.duration,
                                   points, jingle_seconds)
        log.info("%s: analyse %.1f s, render %.1f s, check %.1f s (%d render(s))", output.name,
                 timings["analyse"], timings["render"], timings["check"], renders)
        id3 = write_tags(tmp, tags, chapters) if tags is not None else 0
        digest = file_sha256(tmp)
        size = tmp.stat().st_size
    plan = analysis.plan
    return ProcessResult(
        output=output, duration_seconds=round(measured.duration, 3), size_bytes=size,
        sample_rate=rate, channels=channels, bitrate_kbps=opts.bitrate_kbps,
        integrated_lufs=round(measured.integrated_lufs, 2),
        loudness_range_lu=round(measured.loudness_range_lu, 2),
        true_peak_dbtp=round(measured.true_peak_dbtp, 2)
        if measured.true_peak_dbtp is not None else None,
        id3_size_bytes=id3, speech_offset_seconds=round(layout.speech_offset
                                                         - plan.trimmed_start, 3),
        trimmed_start_seconds=round(plan.trimmed_start, 3),
        trimmed_end_seconds=round(plan.trimmed_end, 3), pauses_shortened=plan.pauses_shortened,
        removed_seconds=round(plan.removed_seconds, 3),
        input_duration_seconds=round(analysis.duration, 3),
        input_loudness_lufs=round(analysis.input_loudness_lufs, 2)
        if math.isfinite(analysis.input_loudness_lufs) else None,
        gain_db=round(gain, 2), renders=renders, chapters=chapters, sha256=digest,
        elapsed_seconds=round(time.perf_counter() - began, 2),
        timings={k: round(v, 2) for k, v in timings.items()})


def _solve(analysis: Analysis, aim: float, limit_db: float) -> tuple[float, float]:
    return solve_gain(analysis.energies, analysis.peaks, analysis.kept, aim,
                      limit_db + CLIP_HEADROOM_DB, PER_SUB, curve_db=analysis.curve_db,
                      max_gain_db=MAX_GAIN_DB)


def _graph(settings: AudioSettings, analysis: Analysis, intro: Jingle | None,
           outro: Jingle | None, gain: float, limit_db: float, extra_seconds: float):
    return master_graph(speech_seconds=analysis.plan.kept_seconds + extra_seconds,
                        speech_gain_db=0.0,
                        limit_db=limit_db, sample_rate=analysis.sample_rate,
                        channels=analysis.channels, intro=intro, outro=outro,
                        crossfade=settings.crossfade_seconds, duck=settings.duck,
                        duck_seconds=settings.duck_seconds, duck_db=settings.duck_db)

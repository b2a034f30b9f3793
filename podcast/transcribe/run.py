"""Transcribe an episode (or one file): decode, shape, write every format, keep hand edits."""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from podcast.config import TranscriptionSection
from podcast.episode import Episode
from podcast.errors import InputError, PodcastError
from podcast.fsutil import file_sha256, write_text_atomic
from podcast.media import read_media_info
from podcast.progress import Progress, ensure
from podcast.review import status as review_status
from podcast.state import hash_json
from podcast.transcribe import segments as shaping
from podcast.transcribe.audio import SAMPLE_RATE, decode_audio
from podcast.transcribe.clean import CleanOptions, clean_decoding
from podcast.transcribe.engine import DecodeOptions, Engine, EngineSettings, load_engine
from podcast.transcribe.stage import SPEECH_PAD_MS, episode_audio_files
from podcast.transcript import Segment, Transcript, edits
from podcast.transcript.captions import MAX_LINE_CHARS
from podcast.transcript.render import FORMATS, render_all, rendering_id
from podcast.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class TranscribeResult:
    status: str  # "transcribed", "kept-edit" or "kept-reviewed"
    audio: Path | None
    outputs: list[Path] = field(default_factory=list)
    slug: str | None = None
    duration: float = 0.0
    elapsed: float = 0.0
    segments: int = 0
    language: str | None = None
    engine: str | None = None
    model: str | None = None
    edited_from: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def rtf(self) -> float | None:
        """Real-time factor: seconds of computing per second of audio."""
        return self.elapsed / self.duration if self.duration and self.elapsed else None


def recogniser_language(language: str | None) -> str | None:
    """The base language code Whisper knows (``sv-SE`` → ``sv``)."""
    return language.split("-")[0].lower() if language else None


def effective_config(cfg: TranscriptionSection, show_language: str | None
                     ) -> TranscriptionSection:
    """``[transcription]`` as the engine uses it: the show's language (its base code) when
    none is set, float32 for openai-whisper (PyTorch on CPU)."""
    cfg = dataclasses.replace(cfg)
    if not cfg.language:
        cfg.language = recogniser_language(show_language)
    if cfg.engine == "openai-whisper" and cfg.compute_type.startswith("int8"):
        cfg.compute_type = "float32"  # PyTorch on CPU runs float32
    return cfg


def engine_settings(cfg: TranscriptionSection) -> EngineSettings:
    return EngineSettings(engine=cfg.engine, model=cfg.model, device=cfg.device,
                          compute_type=cfg.compute_type, threads=cfg.threads,
                          allow_download=cfg.allow_download,
                          language_hint=cfg.language if cfg.allow_download else None)


def default_decode_options(language: str | None = None) -> DecodeOptions:
    """The decoding settings the tool uses (tuned on the speech-sv development set: 800 ms of
    audio kept around each detected speech region instead of 400 ms lowered WER from 31.8 %
    to 27.9 %; see docs/transcription-quality.md)."""
    return DecodeOptions(language=language, speech_pad_ms=SPEECH_PAD_MS)


def decode_options(cfg: TranscriptionSection) -> DecodeOptions:
    prompt = cfg.initial_prompt
    if not prompt and cfg.glossary:
        prompt = ", ".join(cfg.glossary) + "."
    return dataclasses.replace(
        default_decode_options(cfg.language), beam_size=cfg.beam_size, vad=cfg.vad,
        word_timestamps=cfg.word_timestamps, initial_prompt=prompt,
        batch_size=cfg.batch_size if cfg.engine == "faster-whisper" else 0)


#: The show's language is replaced by a detected one only when the detector is this sure of
#: the other language and gives the show's language less than SHOW_LANGUAGE_DOUBT.
OTHER_LANGUAGE_SURE = 0.7
SHOW_LANGUAGE_DOUBT = 0.1


def audio_language(engine: Engine, samples: np.ndarray, cfg: TranscriptionSection,
                   show_language: str | None, explicit: bool) -> str | None:
    """The language to decode ``samples`` in.

    A language given on the command line (``--language``) is kept. The show's language
    (``transcription.language``, else ``show.language``) is checked against the audio: a clip
    clearly in another language (an English interview in a Swedish show) is decoded in that
    language.
    """
    if explicit or not cfg.language:
        return cfg.language
    try:
        probs = engine.detect_language(samples)
    except (RuntimeError, ValueError) as exc:  # detection is a check, not a requirement
        log.warning("language detection failed (%s); using %s", exc, cfg.language)
        return cfg.language
    best = max(probs, key=probs.__getitem__) if probs else cfg.language
    if (best != cfg.language and probs.get(best, 0.0) >= OTHER_LANGUAGE_SURE
            and probs.get(cfg.language, 0.0) < SHOW_LANGUAGE_DOUBT):
        log.warning("the audio is in %s (%.0f %% sure), not the show's %s: decoding it as %s, "
                    "without the glossary", best, 100 * probs[best], cfg.language, best)
        return best
    return cfg.language


def file_options(base: DecodeOptions, cfg: TranscriptionSection, language: str | None,
                 glossary_language: str | None) -> tuple[DecodeOptions, CleanOptions]:
    """Decoding and clean-up options for audio in ``language``: the glossary (as the prompt
    and for corrections) only when that is the glossary's language."""
    same = language is None or glossary_language is None or language == glossary_language
    options = dataclasses.replace(base, language=language)
    if not same:
        options.initial_prompt = cfg.initial_prompt if not cfg.glossary else None
        options.hotwords = None
    clean = CleanOptions(glossary=tuple(cfg.glossary) if same else ())
    return options, clean


def transcribe_audio(audio: Path | list[Path], cfg: TranscriptionSection, *,
                     progress: Progress | None = None, label: str = "Transcribing",
                     speakers: dict[str, str] | None = None,
                     offset: float = 0.0, show_language: str | None = None,
                     language_explicit: bool = True) -> tuple[Transcript, TranscribeResult]:
    """Run the configured engine over one file (or several played one after another).

    Times are shifted by ``offset`` seconds (e.g. the intro of the processed episode). The
    glossary is in ``show_language`` (default: the configured language); with
    ``language_explicit`` false the configured language is checked against the audio.
    """
    paths = [Path(audio)] if isinstance(audio, (str, Path)) else [Path(p) for p in audio]
    engine = load_engine(engine_settings(cfg))
    base = decode_options(cfg)
    glossary_language = recogniser_language(show_language) or cfg.language
    corrections: list[dict] = []
    bar = ensure(progress)
    turns = shaping.speaker_turns(speakers or {})
    out: list[Segment] = []
    language = None
    started = time.perf_counter()
    total = 0.0
    first_offset = offset
    for path in paths:
        samples = decode_audio(path)
        duration = len(samples) / SAMPLE_RATE
        total += duration
        bar.start(duration, f"{label} ({path.name})")
        spoken = audio_language(engine, samples, cfg, glossary_language, language_explicit)
        options, clean_options = file_options(base, cfg, spoken, glossary_language)
        decoding = engine.transcribe(samples, options)
        language = language or decoding.language
        cleaned, report = clean_decoding(engine, samples, decoding, options, clean_options)
        log.info("%s: %s", path.name, report.summary())
        corrections += [{**c.to_plain(), "start": round(c.start + offset, 3),
                         "end": round(c.end + offset, 3)} for c in report.corrections]
        done = 0.0
        stream = shaping.assign_speakers(
            shaping.shift(shaping.split_sentences(cleaned), offset), turns)
        for seg in stream:
            out.append(seg)
            log.info("[%7.2f → %7.2f] %s", seg.start, seg.end, seg.text)
            step = max(0.0, min(seg.end - offset, duration) - done)
            done += step
            elapsed = time.perf_counter() - started
            processed = offset - first_offset + done
            bar.advance(step, info=f"RTF {elapsed / max(processed, 1e-6):.2f}")
        bar.advance(max(0.0, duration - done))
        bar.finish()
        offset += duration
    elapsed = time.perf_counter() - started
    result = TranscribeResult(status="transcribed", audio=paths[0], duration=total,
                              elapsed=elapsed, segments=len(out), language=language,
                              engine=engine.name, model=engine.model_label)
    log.info("transcribed %.1f s of audio in %.1f s (RTF %.3f) with %s",
             total, elapsed, elapsed / total if total else 0.0, engine.name)
    return Transcript(segments=out, language=language or cfg.language,
                      corrections=corrections), result


def write_outputs(transcript: Transcript, directory: Path, name: str, *,
                  max_line_chars: int = MAX_LINE_CHARS, formats: tuple[str, ...] = FORMATS,
                  skip: tuple[str, ...] = ()) -> dict[str, Path]:
    """Write ``<name>.<fmt>`` for each format not in ``skip`` (the one renderer, as the site
    publishes them)."""
    wanted = tuple(fmt for fmt in formats if fmt not in skip)
    written = {}
    for fmt, text in render_all(transcript, wanted, max_line_chars=max_line_chars).items():
        path = Path(directory) / f"{name}.{fmt}"
        write_text_atomic(path, text)
        written[fmt] = path
    return written


def transcribe_file(audio: Path, output_dir: Path, cfg: TranscriptionSection, *,
                    progress: Progress | None = None, name: str | None = None,
                    show_language: str | None = None,
                    language_explicit: bool = False) -> TranscribeResult:
    """``podcast transcribe --input AUDIO --output-dir DIR``: writes ``<name>.{vtt,srt,...}``.

    ``cfg`` is ``[transcription]`` with the command's flags merged in; ``language_explicit``
    says that its language came from ``--language`` (kept, not checked against the audio).
    """
    explicit = language_explicit
    glossary_language = cfg.language or show_language
    cfg = effective_config(cfg, show_language)
    audio = Path(audio)
    transcript, result = transcribe_audio(audio, cfg, progress=progress,
                                          show_language=glossary_language,
                                          language_explicit=explicit)
    outputs = write_outputs(transcript, Path(output_dir), name or audio.stem,
                            max_line_chars=cfg.max_line_chars)
    result.outputs = list(outputs.values())
    return result


def _episode_audio(ws: Workspace, episode: Episode) -> tuple[list[Path], float]:
    """(audio files to transcribe, seconds to add to their times)."""
    raw = episode_audio_files(ws, episode)
    if raw == [ws.processed_audio_path(episode.slug)]:
        return raw, 0.0
    if not raw:
        raise InputError("no processed audio and no recording listed (add 'recording:' to "
                         "episode.md or run 'podcast process')", path=episode.path)
    missing = [p for p in raw if not p.is_file()]
    if missing:
        raise InputError("recording not found", path=missing[0])
    info = read_media_info(ws.media_info_path(episode.slug))
    offset = info.intro_offset_seconds if info is not None else 0.0
    log.warning("%s: no processed MP3 (run 'podcast process'); transcribing the raw "
                "recording (times shifted by %.1f s for the intro), so times may differ from "
                "the published audio", episode.slug, offset)
    return raw, offset


def _audio_hash(paths: list[Path]) -> str:
    return hash_json([file_sha256(p) for p in paths])


def episode_audio(ws: Workspace, episode: Episode) -> tuple[list[Path], float, str]:
    """(the audio the transcript is timed to, seconds added to its times, its hash)."""
    audio, offset = _episode_audio(ws, episode)
    return audio, offset, _audio_hash(audio)


def transcribe_episode(ws: Workspace, episode: Episode, *, progress: Progress | None = None,
                       force: bool = False, language_explicit: bool = False,
                       update_search: bool = True) -> TranscribeResult:
    """Transcribe one episode into ``episodes/<slug>/transcript.*`` and update the index.

    Uses ``ws.config.transcription`` (a command merges its flags into it first;
    ``language_explicit``: the language came from ``--language``). Hand-edited transcripts are
    never overwritten (the other formats are regenerated from the edited one) unless ``force``.
    Whether the episode needs transcribing at all is the runner's decision
    (:mod:`podcast.transcribe.stage`).
    """
    cfg = effective_config(ws.config.transcription, ws.config.show.language)
    folder = episode.dir
    audio, offset = _episode_audio(ws, episode)
    audio_hash = _audio_hash(audio)
    state = edits.read_state(folder)
    changed = edits.edited_formats(folder, state) if edits.transcript_files(folder) else []
    protected = bool(changed) or bool(state and state.edited)
    # A transcript an editor reviewed (with this audio) is kept like a hand edit.
    reviewed = not changed and review_status.protects(folder, audio_hash)
    result: TranscribeResult
    if protected and not force:
        result = _keep_edit(folder, state, changed, cfg, audio, audio_hash)
    elif reviewed and not force and all((folder / f"transcript.{f}").is_file() for f in FORMATS):
        result = TranscribeResult(status="kept-reviewed", audio=audio[0],
                                  outputs=[folder / f"transcript.{f}" for f in FORMATS],
                                  engine=state.engine if state else None,
                                  model=state.model if state else None)
    else:
        transcript, result = transcribe_audio(audio, cfg, progress=progress,
                                              label=f"Transcribing {episode.slug}",
                                              speakers=episode.meta.speakers, offset=offset,
                                              show_language=(ws.config.transcription.language
                                                             or ws.config.show.language),
                                              language_explicit=language_explicit)
        written = write_outputs(transcript, folder, "transcript",
                                max_line_chars=cfg.max_line_chars)
        edits.write_state(folder, edits.TranscriptState(
            audio_sha256=audio_hash, engine=result.engine, model=result.model,
            files={f: file_sha256(p) for f, p in written.items()},
            rendering=rendering_id(cfg.max_line_chars)))
        result.outputs = list(written.values())
    result.slug = episode.slug
    review_note = review_status.after_transcribe(
        folder, audio_sha256=audio_hash, retranscribed=result.status == "transcribed")
    if review_note:
        result.warnings.append(review_note)
    for w in result.warnings:
        log.warning("%s: %s", episode.slug, w)
    if update_search:
        from podcast.search import update_index

        try:
            update_index(ws)
        except PodcastError as exc:  # the transcript is written; the index can wait
            result.warnings.append(f"search index not updated: {exc}")
            log.warning("%s: search index not updated: %s", episode.slug, exc)
    return result


def _keep_edit(folder: Path, state: edits.TranscriptState | None, changed: list[str],
               cfg: TranscriptionSection, audio: list[Path], audio_hash: str
               ) -> TranscribeResult:
    found = edits.current_transcript(folder)
    source = (changed[0] if changed and changed[0] in edits.EDITABLE
              else (state.edited_from if state else None))
    result = TranscribeResult(status="kept-edit", audio=audio[0], edited_from=source,
                              engine=state.engine if state else None,
                              model=state.model if state else None)
    if state is not None and state.audio_sha256 and state.audio_sha256 != audio_hash:
        result.warnings.append("the audio changed but the transcript was edited by hand; "
                               "kept the edit (use --force to transcribe again)")
    if found is None:
        result.warnings.append("hand-made transcript kept as it is (no timed format to sync)")
        return result
    transcript, _ = found
    transcript.language = transcript.language or cfg.language
    # Bring the other formats in line with a new edit, never touching edited files; with no
    # new edit (already synchronised) only missing formats are written, or, when the renderer
    # or the caption width changed since, every format but the one the editor corrected.
    rendering = rendering_id(cfg.max_line_chars)
    outdated = state is not None and bool(state.edited_from) and state.rendering != rendering
    if changed:
        keep = tuple(changed)
    elif outdated:
        keep = (state.edited_from,)
    else:
        keep = tuple(edits.transcript_files(folder))
    written = write_outputs(transcript, folder, "transcript", max_line_chars=cfg.max_line_chars,
                            skip=keep)
    files = {f: file_sha256(p) for f, p in edits.transcript_files(folder).items()}
    edits.write_state(folder, edits.TranscriptState(
        audio_sha256=state.audio_sha256 if state else audio_hash,
        settings=state.settings if state else None,
        engine=result.engine, model=result.model, files=files, edited=True,
        edited_from=source,
        rendering=rendering if changed or outdated else (state.rendering if state else None)))
    result.outputs = sorted(set(written.values()) | {folder / f"transcript.{f}" for f in keep})
    result.segments = len(transcript.segments)
    return result


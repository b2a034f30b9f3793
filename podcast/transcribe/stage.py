"""The ``transcribe`` stage: an episode's audio → ``episodes/<slug>/transcript.*``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import AudioError
from podcast.stage import Stage, StageContext, StageResult, shown
from podcast.transcript.render import RENDER_VERSION
from podcast.workspace import Workspace

#: ``show.language`` is the spoken language when ``transcription.language`` is not set.
READS = ("transcription.engine", "transcription.model", "transcription.language",
         "transcription.compute_type", "transcription.beam_size", "transcription.vad",
         "transcription.word_timestamps", "transcription.glossary",
         "transcription.initial_prompt", "transcription.max_line_chars",
         "transcription.allow_download", "transcription.batch_size", "show.language",
         "site.build_dir")
#: Read, but they only say how fast the same transcript is made: no reason to transcribe again.
SPEED_ONLY = ("transcription.threads", "transcription.device")
#: The search index that transcribing also updates (with ``show.base_url``) is ``build``'s.
IGNORES = (*SPEED_ONLY, "show.title",
           "show.description", "show.author", "show.owner_email", "show.base_url",
           "show.owner_name", "show.artwork", "show.category", "show.subcategory",
           "show.explicit", "show.type", "show.copyright", "show.locked", "show.hosts",
           "show.website_name", "show.contact_url", "audio.*", "storage.*", "contacts.*",
           "site.episodes_per_page", "site.strict", "site.accessibility_contact",
           "site.subscribe_links",
           "site.require_reviewed_transcripts", "stats.*")


#: Audio kept around each detected speech region (ms). Tuned on the speech-sv development set:
#: 800 ms instead of 400 ms lowered WER from 31.8 % to 27.9 % (docs/transcription-quality.md).
SPEECH_PAD_MS = 800
#: Raised when the decoding defaults or the clean-up after decoding change, so that
#: transcripts are made again (an input of the fingerprint, like the settings).
CLEAN_UP_VERSION = 1


def episode_audio_files(ws: Workspace, episode: Episode) -> list[Path]:
    """The audio an episode is transcribed from: the processed MP3, else its recordings."""
    processed = ws.processed_audio_path(episode.slug)
    return [processed] if processed.is_file() else episode.recording_paths


def _applies(ws: Workspace, ep: Episode) -> bool:
    """Episodes with audio: recordings, or a processed MP3."""
    return bool(ep.meta.recordings) or ws.processed_audio_path(ep.slug).is_file()


def _files(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    return episode_audio_files(ws, ep)


def _data(ws: Workspace, ep: Episode | None, now: dt.datetime) -> object:
    assert ep is not None
    return {"speakers": ep.meta.speakers, "clean_up": CLEAN_UP_VERSION,
            "speech_pad_ms": SPEECH_PAD_MS, "rendering": RENDER_VERSION}


def _outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    return [ws.transcript_path(ep, "json")]


def _run(ctx: StageContext) -> StageResult:
    from podcast.transcribe.run import transcribe_episode

    ws, ep = ctx.ws, ctx.episode
    assert ep is not None
    result = transcribe_episode(ws, ep, progress=ctx.progress, force=ctx.discard_edits,
                                language_explicit=bool(ctx.options.get("language_explicit")))
    first = shown(ws, ep.dir / "transcript.*")
    if result.status == "kept-edit":
        source = f" (from transcript.{result.edited_from})" if result.edited_from else ""
        return StageResult("kept", result.outputs,
                           f"{first}: kept the hand-edited transcript{source}, other formats "
                           "brought in line (--force transcribes again)")
    if result.status == "kept-reviewed":
        return StageResult("kept", result.outputs,
                           f"{first}: kept the reviewed transcript (--force transcribes again)")
    if result.segments == 0:
        for path in result.outputs:  # just written from nothing: no hand edit is lost
            path.unlink(missing_ok=True)
        raise AudioError("no speech found: the transcript would be empty (is the recording "
                         "silent or music only?)", path=result.audio)
    names = ", ".join(sorted(p.suffix.lstrip(".") for p in result.outputs))
    return StageResult("made", result.outputs,
                       f"{first}: transcribed {result.duration:.0f} s in {result.elapsed:.1f} s "
                       f"(RTF {result.rtf or 0:.2f}, {result.engine}; {names}; "
                       f"{result.segments} segments)")


STAGE = Stage("transcribe", "transcript (VTT, SRT, JSON, text) and search index",
              per_episode=True, reads=READS, ignores=IGNORES, outputs=_outputs, run=_run,
              applies=_applies, files=_files, data=_data,
              scope="episodes with recordings or a processed MP3 (build/audio/<slug>.mp3)")

"""One episode of a show through the audio processing: inputs from the show, outputs in
``build/audio``.

Writes ``build/audio/<slug>.mp3`` and the :class:`~podcast.media.MediaInfo` JSON beside it.
Whether an episode must be processed again is the runner's decision
(:mod:`podcast.audio.stage` declares the inputs); this module always does the work.
"""

from __future__ import annotations

import logging
from pathlib import Path

from podcast.audio.result import ProcessResult
from podcast.audio.settings import AudioSettings, ChapterMark, TagInfo
from podcast.episode import Episode
from podcast.errors import InputError
from podcast.media import MediaChapter, MediaInfo, write_media_info
from podcast.progress import Progress
from podcast.workspace import Workspace

log = logging.getLogger(__name__)


def episode_settings(ws: Workspace) -> AudioSettings:
    return AudioSettings.from_section(ws.config.audio, root=ws.root)


def episode_tags(ws: Workspace, episode: Episode) -> TagInfo:
    meta = episode.meta
    show = ws.config.show
    cover = ws.artwork_path if ws.artwork_path.is_file() else None
    chapters = [ChapterMark(start=ch.seconds, title=ch.title, url=ch.url) for ch in meta.chapters]
    return TagInfo(title=meta.title, show=show.title, author=show.author, date=meta.date,
                   description=meta.description or None, number=meta.number,
                   season=meta.season, language=show.language, cover=cover,
                   identifier=meta.guid or ws.episode_url(episode.slug),
                   url=ws.episode_url(episode.slug), chapters=chapters)


def _check_recordings(episode: Episode) -> list[Path]:
    if not episode.meta.recordings:
        raise InputError("no recording listed (add 'recordings: [file.wav]' to the front matter)",
                         path=episode.path, where="recordings")
    paths = episode.recording_paths
    for i, p in enumerate(paths):
        if not p.is_file():
            raise InputError(f"recording not found: {p.name}", path=episode.path,
                             where=f"recordings[{i}]")
    return paths


def process_episode(ws: Workspace, episode: Episode, *,
                    progress: Progress | None = None) -> ProcessResult:
    """Process one episode: ``build/audio/<slug>.mp3`` and its media info."""
    paths = _check_recordings(episode)
    settings = episode_settings(ws)
    tags = episode_tags(ws, episode)
    out = ws.processed_audio_path(episode.slug)
    info_path = ws.media_info_path(episode.slug)
    # Imported here: the signal-processing modules (scipy) take seconds to import, and a
    # run with nothing to process should not pay for them.
    from podcast.audio.process import process_file

    result = process_file(paths, out, settings, tags, tags_path=episode.path,
                          progress=progress, label=f"{episode.slug}: ")
    info = MediaInfo(
        slug=episode.slug, file=out.name, size_bytes=result.size_bytes,
        duration_seconds=result.duration_seconds, bitrate_kbps=result.bitrate_kbps,
        channels=result.channels, sample_rate=result.sample_rate,
        integrated_lufs=result.integrated_lufs, loudness_range_lu=result.loudness_range_lu,
        true_peak_dbtp=result.true_peak_dbtp, id3_size_bytes=result.id3_size_bytes,
        intro_offset_seconds=result.speech_offset_seconds,
        chapters=[MediaChapter(start=c.start, title=c.title, url=c.url)
                  for c in result.chapters],
        sha256=result.sha256)
    write_media_info(info_path, info)
    result.media_info_path = info_path
    log.info("%s: %.1f LUFS, true peak %.1f dBTP, %d bytes", episode.slug,
             result.integrated_lufs or 0, result.true_peak_dbtp or 0, result.size_bytes)
    return result

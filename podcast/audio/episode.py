"""The audio stage for one episode of a show: inputs from the show, outputs in ``build/audio``.

Writes ``build/audio/<slug>.mp3`` and the :class:`~podcast.media.MediaInfo` JSON beside it.
Re-running with the same inputs (recordings, jingles, cover, ``[audio]`` settings, tag data)
does nothing: their fingerprint is stored in the MediaInfo as ``input_fingerprint``.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from pathlib import Path

from podcast.audio.result import ProcessResult
from podcast.audio.settings import PROCESS_VERSION, AudioSettings, ChapterMark, TagInfo
from podcast.episode import Episode
from podcast.errors import InputError
from podcast.media import MediaChapter, MediaInfo, read_media_info, write_media_info
from podcast.progress import Progress
from podcast.state import State, hash_json
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


def input_fingerprint(ws: Workspace, episode: Episode, settings: AudioSettings,
                      tags: TagInfo) -> str:
    """Hash of everything the MP3 depends on (file contents, not dates)."""
    files = [*episode.recording_paths,
             *[p for p in (settings.intro, settings.outro, settings.jingle, tags.cover)
               if p is not None]]
    with State(ws.state_path) as state:
        hashes = [[str(p), state.file_hash(p) if p.is_file() else "missing"] for p in files]
    tag_data = asdict(tags)
    tag_data["cover"] = None  # covered by its content hash
    return hash_json({"version": PROCESS_VERSION, "files": hashes,
                      "settings": settings.fingerprint_data(), "tags": tag_data})


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


def process_episode(ws: Workspace, episode: Episode, *, progress: Progress | None = None,
                    force: bool = False) -> ProcessResult:
    """Process one episode unless its inputs are unchanged since the last run."""
    paths = _check_recordings(episode)
    settings = episode_settings(ws)
    tags = episode_tags(ws, episode)
    fingerprint = input_fingerprint(ws, episode, settings, tags)
    out = ws.processed_audio_path(episode.slug)
    info_path = ws.media_info_path(episode.slug)
    try:
        previous = read_media_info(info_path)
    except InputError as exc:  # derived data: never trusted, made again
        log.warning("%s; processing %s again", exc, episode.slug)
        previous = None
    if (not force and previous is not None and previous.input_fingerprint == fingerprint
            and out.is_file() and out.stat().st_size == previous.size_bytes):
        log.info("%s: unchanged, nothing to do", episode.slug)
        return ProcessResult(output=out, skipped=True, duration_seconds=previous.duration_seconds,
                             size_bytes=previous.size_bytes,
                             integrated_lufs=previous.integrated_lufs,
                             loudness_range_lu=previous.loudness_range_lu,
                             true_peak_dbtp=previous.true_peak_dbtp,
                             id3_size_bytes=previous.id3_size_bytes, sha256=previous.sha256,
                             media_info_path=info_path)
    # Imported here: the signal-processing modules (scipy) take seconds to import, and an
    # unchanged episode should cost only its fingerprint.
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
        sha256=result.sha256, input_fingerprint=fingerprint)
    write_media_info(info_path, info)
    result.media_info_path = info_path
    log.info("%s: %.1f LUFS, true peak %.1f dBTP, %d bytes", episode.slug,
             result.integrated_lufs or 0, result.true_peak_dbtp or 0, result.size_bytes)
    return result

"""The ``process`` stage: raw recording(s) of an episode → ``build/audio/<slug>.{mp3,json}``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from podcast.audio.settings import PROCESS_VERSION
from podcast.episode import Episode
from podcast.schema import to_plain
from podcast.stage import Stage, StageContext, StageResult, shown
from podcast.workspace import Workspace

#: The ID3 tag takes the show's title, author and language (TLAN), and the episode page
#: address (WOAR, and UFID when the episode has no guid) from ``show.base_url``.
READS = ("audio.*", "show.title", "show.author", "show.language", "show.base_url",
         "show.artwork", "site.build_dir")
IGNORES = ("show.description", "show.owner_email", "show.owner_name", "show.category",
           "show.subcategory", "show.explicit", "show.type", "show.copyright", "show.locked",
           "show.hosts", "show.website_name", "show.contact_url", "transcription.*",
           "storage.*", "contacts.*", "site.episodes_per_page", "site.strict",
           "site.accessibility_contact", "site.subscribe_links",
           "site.require_reviewed_transcripts", "stats.*")


def _applies(ws: Workspace, ep: Episode) -> bool:
    return bool(ep.meta.recordings)


def _files(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    cfg = ws.config.audio
    extra = [ws.resolve(name) for name in (cfg.intro, cfg.outro, cfg.jingle) if name]
    return [*ep.recording_paths, *extra, ws.artwork_path]


def _data(ws: Workspace, ep: Episode | None, now: dt.datetime) -> object:
    assert ep is not None
    return {"version": PROCESS_VERSION, "meta": to_plain(ep.meta)}


def _outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    return [ws.processed_audio_path(ep.slug), ws.media_info_path(ep.slug)]


def _check(ws: Workspace, ep: Episode | None, now: dt.datetime,
           options: dict[str, object]) -> list[str]:
    assert ep is not None
    cfg = ws.config.audio
    problems = [f"{p}: recording not found" for p in ep.recording_paths if not p.is_file()]
    for key in ("intro", "outro", "jingle"):
        name = getattr(cfg, key)
        if name and not ws.resolve(name).is_file():
            problems.append(f"{ws.resolve(name)}: audio.{key} not found ({ws.config_path})")
    return problems


def _run(ctx: StageContext) -> StageResult:
    from podcast.audio.episode import process_episode

    assert ctx.episode is not None
    ws = ctx.ws
    result = process_episode(ws, ctx.episode, progress=ctx.progress)
    lufs, peak = ws.config.audio.loudness_target()
    measured = "?" if result.integrated_lufs is None else f"{result.integrated_lufs:.1f}"
    tp = "?" if result.true_peak_dbtp is None else f"{result.true_peak_dbtp:.1f}"
    seconds = result.duration_seconds
    lra = "?" if result.loudness_range_lu is None else f"{result.loudness_range_lu:.1f}"
    detail = (f"{shown(ws, result.output)}: {measured} LUFS (target {lufs:g}), "
              f"true peak {tp} dBTP (limit {peak:g}), "
              f"{int(seconds // 60)}:{int(seconds % 60):02d}, "
              f"{result.size_bytes / 1e6:.1f} MB, LRA {lra} LU, "
              f"trimmed {result.trimmed_start_seconds:.1f} s + "
              f"{result.trimmed_end_seconds:.1f} s, {len(result.chapters)} chapter(s)")
    outputs = [result.output, *([result.media_info_path] if result.media_info_path else [])]
    return StageResult("made", outputs, detail)


STAGE = Stage("process", "loudness-normalised MP3 with tags and chapters", per_episode=True,
              reads=READS, ignores=IGNORES, outputs=_outputs, run=_run, applies=_applies,
              files=_files, data=_data, check=_check,
              scope="episodes with recordings (add 'recordings: [file.wav]' to episode.md)")

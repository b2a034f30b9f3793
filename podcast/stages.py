"""The stages ``podcast run`` chains, with what each depends on.

A stage is a function in its own module; this registry only says, per stage, which inputs
decide whether it must run again (the *fingerprint*), which outputs must exist, and how to
call it. Stage modules are imported lazily so a missing optional dependency only affects
its own stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from podcast.episode import Episode
from podcast.progress import Progress
from podcast.schema import to_plain
from podcast.state import State, hash_json
from podcast.workspace import Workspace


@dataclass(frozen=True)
class Stage:
    name: str
    per_episode: bool
    description: str
    fingerprint: Callable[[Workspace, Episode | None, State, dt.datetime], str]
    outputs: Callable[[Workspace, Episode | None], list[Path]]
    execute: Callable[[Workspace, Episode | None, Progress | None, dt.datetime], object]
    applies: Callable[[Workspace, Episode], bool] = lambda ws, ep: True


def _optional_files(ws: Workspace, names: list[str | None]) -> list[Path]:
    return [ws.resolve(n) for n in names if n]


# --- process ------------------------------------------------------------------------------
def _process_fingerprint(ws: Workspace, ep: Episode | None, state: State, now: dt.datetime) -> str:
    assert ep is not None
    cfg = ws.config
    files = ep.recording_paths + _optional_files(
        ws, [cfg.audio.intro, cfg.audio.outro, cfg.audio.jingle])
    files.append(ws.artwork_path)
    return hash_json({
        "files": state.files_hash(files),
        "audio": to_plain(cfg.audio),
        "show": [cfg.show.title, cfg.show.author],
        "meta": to_plain(ep.meta),
    })


def _process_outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    return [ws.processed_audio_path(ep.slug), ws.media_info_path(ep.slug)]


def _process_execute(ws: Workspace, ep: Episode | None, progress: Progress | None,
                     now: dt.datetime) -> object:
    from podcast.audio import process_episode

    assert ep is not None
    return process_episode(ws, ep, progress=progress)


# --- transcribe ---------------------------------------------------------------------------
def _transcribe_fingerprint(ws: Workspace, ep: Episode | None, state: State,
                            now: dt.datetime) -> str:
    assert ep is not None
    audio = ws.processed_audio_path(ep.slug)
    return hash_json({
        "audio": state.file_hash(audio) if audio.is_file() else "missing",
        "transcription": to_plain(ws.config.transcription),
        "language": ws.config.show.language,
        "speakers": ep.meta.speakers,
    })


def _transcribe_outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    assert ep is not None
    return [ws.transcript_path(ep, "json")]


def _transcribe_execute(ws: Workspace, ep: Episode | None, progress: Progress | None,
                        now: dt.datetime) -> object:
    from podcast.transcribe import transcribe_episode

    assert ep is not None
    return transcribe_episode(ws, ep, progress=progress)


# --- build --------------------------------------------------------------------------------
def _tree_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _build_fingerprint(ws: Workspace, ep: Episode | None, state: State, now: dt.datetime) -> str:
    episodes = ws.episodes()
    files: list[Path] = [ws.config_path, ws.artwork_path, *_tree_files(ws.templates_dir)]
    for e in episodes:
        files.extend(sorted(p for p in e.dir.iterdir()
                            if p.is_file() and (p.name == "episode.md"
                                                or p.name.startswith("transcript."))))
        files.append(ws.media_info_path(e.slug))
    return hash_json({
        "files": state.files_hash(files),
        "files_list": [str(p.relative_to(ws.root)) if p.is_relative_to(ws.root) else str(p)
                       for p in files],
        "published": [e.slug for e in episodes if e.is_published(now)],
    })


def _build_outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    return [ws.site_dir / "feed.xml", ws.site_dir / "index.html", ws.search_db_path]


def _build_execute(ws: Workspace, ep: Episode | None, progress: Progress | None,
                   now: dt.datetime) -> object:
    from podcast.search import update_index
    from podcast.site import build_site

    result = build_site(ws, now=now, progress=progress)
    update_index(ws, now=now)  # titles/notes of new episodes become searchable with the site
    return result


STAGES: list[Stage] = [
    Stage("process", True, "loudness-normalised MP3 with tags and chapters",
          _process_fingerprint, _process_outputs, _process_execute,
          applies=lambda ws, ep: bool(ep.meta.recordings)),
    Stage("transcribe", True, "transcript (VTT, SRT, JSON, text) and search index",
          _transcribe_fingerprint, _transcribe_outputs, _transcribe_execute,
          applies=lambda ws, ep: bool(ep.meta.recordings)),
    Stage("build", False, "feed.xml and the static site",
          _build_fingerprint, _build_outputs, _build_execute),
]


def stage_names() -> list[str]:
    return [s.name for s in STAGES]

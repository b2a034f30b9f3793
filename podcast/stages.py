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
from podcast.errors import AudioError
from podcast.progress import Progress
from podcast.review.status import REVIEW_FILE
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
    #: Problems that would make the step fail, found without running it (missing inputs):
    #: a dry run reports them, a run fails the step with them before starting it.
    check: Callable[[Workspace, Episode | None, dt.datetime], list[str]] = \
        lambda ws, ep, now: []
    #: One line saying what a finished step made (from what ``execute`` returned).
    summary: Callable[[Workspace, object], str] = lambda ws, result: ""


def _shown(ws: Workspace, path: Path) -> str:
    """A path as the user sees it: relative to the show folder when inside it."""
    return str(path.relative_to(ws.root)) if path.is_relative_to(ws.root) else str(path)


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


def _process_check(ws: Workspace, ep: Episode | None, now: dt.datetime) -> list[str]:
    assert ep is not None
    cfg = ws.config.audio
    problems = [f"{p}: recording not found" for p in ep.recording_paths if not p.is_file()]
    for key in ("intro", "outro", "jingle"):
        name = getattr(cfg, key)
        if name and not ws.resolve(name).is_file():
            problems.append(f"{ws.resolve(name)}: audio.{key} not found ({ws.config_path})")
    return problems


def _process_summary(ws: Workspace, result: object) -> str:
    lufs, peak = ws.config.audio.loudness_target()
    measured = getattr(result, "integrated_lufs", None)
    true_peak = getattr(result, "true_peak_dbtp", None)
    seconds = getattr(result, "duration_seconds", 0.0)
    loudness = "?" if measured is None else f"{measured:.1f}"
    tp = "?" if true_peak is None else f"{true_peak:.1f}"
    return (f"{_shown(ws, result.output)}: {loudness} LUFS (target {lufs:g}), "  # type: ignore[attr-defined]
            f"true peak {tp} dBTP (limit {peak:g}), {int(seconds // 60)}:{int(seconds % 60):02d}")


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
    audio = ws.processed_audio_path(ep.slug)
    if not audio.is_file():  # 'podcast run' transcribes what is published, never the raw file
        raise AudioError("no processed MP3 to transcribe; run 'podcast process' first", path=audio)
    result = transcribe_episode(ws, ep, progress=progress)
    if result.status == "transcribed" and result.segments == 0:
        for path in result.outputs:  # just written from nothing: no hand edit is lost
            path.unlink(missing_ok=True)
        raise AudioError("no speech found: the transcript would be empty (is the recording "
                         "silent or music only?)", path=audio)
    return result


def _transcribe_summary(ws: Workspace, result: object) -> str:
    status = getattr(result, "status", "")
    outputs = getattr(result, "outputs", [])
    names = ", ".join(sorted(p.suffix.lstrip(".") for p in outputs))
    first = _shown(ws, outputs[0].with_suffix(".*")) if outputs else "transcript"
    if status == "transcribed":
        return f"{first} written ({names}; {getattr(result, 'segments', 0)} segments)"
    if status == "kept-edit":
        return f"{first}: kept the hand-edited transcript, other formats brought in line"
    return f"{first}: up to date"


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
                            if p.is_file() and (p.name in ("episode.md", REVIEW_FILE)
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


def _build_check(ws: Workspace, ep: Episode | None, now: dt.datetime) -> list[str]:
    from podcast.placeholders import find_placeholders

    due = [e for e in ws.episodes() if e.is_published(now)
           and ws.media_info_path(e.slug).is_file()]
    return [str(p) for p in find_placeholders(ws, due)]


def _build_summary(ws: Workspace, result: object) -> str:
    published = len(getattr(result, "published", []))
    return f"{published} episode(s) in the feed and site ({_shown(ws, ws.site_dir)})"


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
          applies=lambda ws, ep: bool(ep.meta.recordings), check=_process_check,
          summary=_process_summary),
    Stage("transcribe", True, "transcript (VTT, SRT, JSON, text) and search index",
          _transcribe_fingerprint, _transcribe_outputs, _transcribe_execute,
          applies=lambda ws, ep: bool(ep.meta.recordings), summary=_transcribe_summary),
    Stage("build", False, "feed.xml and the static site",
          _build_fingerprint, _build_outputs, _build_execute, check=_build_check,
          summary=_build_summary),
]


def stage_names() -> list[str]:
    return [s.name for s in STAGES]

"""The ``build`` stage: every published episode → ``build/site/`` (feed, pages, search)."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from podcast.episode import Episode
from podcast.review.status import REVIEW_FILE
from podcast.stage import Stage, StageContext, StageResult, shown
from podcast.workspace import Workspace

#: ``transcription.language`` is the language of transcripts on the pages;
#: ``transcription.max_line_chars`` shapes the published caption files.
READS = ("show.*", "site.*", "transcription.language", "transcription.max_line_chars")
IGNORES = ("audio.*", "transcription.engine", "transcription.model", "transcription.device",
           "transcription.compute_type", "transcription.threads", "transcription.beam_size",
           "transcription.vad", "transcription.word_timestamps", "transcription.glossary",
           "transcription.initial_prompt", "transcription.allow_download",
           "transcription.batch_size", "storage.*", "contacts.*", "stats.*")


def _tree_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _tool_files() -> list[Path]:
    """The builder's own code, templates and static files: a new version rebuilds the site."""
    package = Path(str(resources.files("podcast")))  # as podcast.site.pages finds them
    return [*_tree_files(Path(__file__).parent), *_tree_files(package / "templates"),
            *_tree_files(package / "static")]


def _files(ws: Workspace, ep: Episode | None) -> list[Path]:
    files: list[Path] = [ws.artwork_path, *_tree_files(ws.templates_dir), *_tool_files()]
    for e in ws.episodes():
        recordings = set(e.recording_paths)
        files.extend(p for p in sorted(e.dir.iterdir())
                     if p.is_file() and (not p.name.startswith(".") or p.name == REVIEW_FILE)
                     and p not in recordings)
        files.append(ws.media_info_path(e.slug))
    return files


def _data(ws: Workspace, ep: Episode | None, now: dt.datetime) -> object:
    published = [e.slug for e in ws.episodes() if e.is_published(now)]
    return {"published": published,
            "files": [shown(ws, p) for p in _files(ws, ep) if p.is_relative_to(ws.root)]}


def _outputs(ws: Workspace, ep: Episode | None) -> list[Path]:
    return [ws.site_dir / "feed.xml", ws.site_dir / "index.html", ws.search_db_path]


def _check(ws: Workspace, ep: Episode | None, now: dt.datetime,
           options: dict[str, object]) -> list[str]:
    from podcast.placeholders import find_placeholders

    if options.get("base_url"):  # a preview only warns
        return []
    due = [e for e in ws.episodes() if e.is_published(now)
           and ws.media_info_path(e.slug).is_file()]
    return [str(p) for p in find_placeholders(ws, due)]


def _run(ctx: StageContext) -> StageResult:
    from podcast.search import update_index
    from podcast.site import build_site

    ws = ctx.ws
    base_url = ctx.options.get("base_url")
    result = build_site(ws, now=ctx.now, progress=ctx.progress,
                        search=bool(ctx.options.get("search", True)),
                        base_url=str(base_url) if base_url else None)
    update_index(ws, now=ctx.now)  # titles/notes of new episodes become searchable with the site
    changed = len(result.written) + len(result.removed)
    detail = (f"{len(result.published)} episode(s) in the feed and site "
              f"({shown(ws, result.site_dir)}): {changed} file(s) changed, "
              f"{result.unchanged} unchanged"
              + (", search index updated" if result.search_indexed else "")
              + (f"; scheduled (not yet published): {', '.join(result.scheduled)}"
                 if result.scheduled else ""))
    return StageResult("made", [result.feed_path, result.site_dir], detail)


STAGE = Stage("build", "feed.xml and the static site", per_episode=False, reads=READS,
              ignores=IGNORES, outputs=_outputs, run=_run, files=_files, data=_data,
              check=_check)

"""``build_site``: feed.xml, pages, media, transcripts, chapters, sitemap and search index.

Incremental: an episode page (and its transcript files) is rendered again only when one of
its inputs changed (episode.md, transcript files, build metadata, templates, static files,
config or this code, the transcript package included); everything else is rendered in memory
and written only when the bytes differ. Pagefind runs only when an HTML file changed. A no-op
rebuild therefore touches no file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

import podcast.transcript as transcript_package
from podcast.errors import InputError, PodcastError
from podcast.fsutil import write_text_atomic
from podcast.placeholders import check_placeholders
from podcast.progress import Progress, ensure
from podcast.schema import to_plain
from podcast.site.context import EpisodeView, ShowContext, collect, without_controls
from podcast.site.feed import FEED_CSS, FEED_STYLESHEET, artwork_name, build_feed
from podcast.site.images import write_episode_images, write_show_images
from podcast.site.pages import Renderer, builtin_static_dir, builtin_templates_dir
from podcast.site.parallel import map_parallel
from podcast.site.search import BUNDLE_DIR, build_search_index
from podcast.site.seo import robots_txt, sitemap_xml
from podcast.site.textfiles import CHAPTERS_FILE, render_chapters
from podcast.transcript import edits, load_transcript
from podcast.transcript.render import render_all, rendering_id
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

MANIFEST = "site-manifest.json"
#: Folders of the site that the build owns completely (stale files there are removed).
OWNED_DIRS = ("avsnitt", "amnen", "media", "static")


@dataclass
class BuildResult:
    site_dir: Path
    feed_path: Path
    published: list[str] = field(default_factory=list)  # newest first
    scheduled: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    unprocessed: list[str] = field(default_factory=list)
    missing_transcripts: list[str] = field(default_factory=list)
    unreviewed_transcripts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    pages_rendered: int = 0
    search_indexed: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def _tree_digest(h: hashlib._Hash, folder: Path, label: str) -> None:
    if not folder.is_dir():
        return
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        h.update(f"{label}/{path.relative_to(folder).as_posix()}\0".encode())
        h.update(path.read_bytes())


def _global_key(ws: Workspace) -> str:
    """Everything every page depends on: code, templates, static files, config."""
    h = hashlib.sha256()
    _tree_digest(h, Path(__file__).parent, "code")
    _tree_digest(h, Path(transcript_package.__file__).parent, "transcript-code")
    _tree_digest(h, builtin_templates_dir(), "templates")
    _tree_digest(h, builtin_static_dir(), "static")
    _tree_digest(h, ws.templates_dir, "show-templates")
    h.update(json.dumps(to_plain(ws.config), sort_keys=True, default=str).encode())
    return h.hexdigest()


def _stat_sig(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _neighbours(ctx: ShowContext, i: int) -> list:
    """(slug, title) of the older and the newer episode than ``ctx.episodes[i]``."""
    older = ctx.episodes[i + 1] if i + 1 < len(ctx.episodes) else None
    newer = ctx.episodes[i - 1] if i > 0 else None
    return [(v.slug, v.title) if v else None for v in (older, newer)]


def _episode_key(global_key: str, view: EpisodeView, ws: Workspace,
                 neighbours: list | None = None) -> str:
    """Inputs of one episode page, by file signature (size + modification time)."""
    data = [
        global_key, view.slug, view.guid, view.date.isoformat(), neighbours,
        _stat_sig(view.image_path) if view.image_path else None,
        _stat_sig(view.episode.path), _stat_sig(ws.media_info_path(view.slug)), view.size_bytes,
        [(t.name, t.slug) for t in view.themes],
        [(fmt, _stat_sig(p)) for fmt, p in sorted(view.transcript_sources.items())],
        view.transcript_reviewed,
    ]
    return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _load_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_manifest(path: Path, data: dict) -> None:
    write_text_atomic(path, json.dumps(data, sort_keys=True, indent=0), durable=False)


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG file, read from its header; None if unknown."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
                w, h = struct.unpack(">II", head[16:24])
                return w, h
            if not head.startswith(b"\xff\xd8"):
                return None
            fh.seek(2)
            while True:
                marker = fh.read(2)
                if len(marker) < 2 or marker[0] != 0xFF:
                    return None
                kind = marker[1]
                if kind in (0xD8, 0x01) or 0xD0 <= kind <= 0xD7:
                    continue
                length_bytes = fh.read(2)
                if len(length_bytes) < 2:
                    return None
                (length,) = struct.unpack(">H", length_bytes)
                if kind in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                            0xCE, 0xCF):
                    data = fh.read(5)
                    h, w = struct.unpack(">HH", data[1:5])
                    return w, h
                fh.seek(length - 2, 1)
    except OSError:
        return None


def _artwork_problem(path: Path, label: str) -> str | None:
    """Why podcast apps would refuse ``path`` as artwork (size and shape), or None."""
    size = image_size(path)
    if size is None:
        return f"{label}: cannot read the image size"
    if size[0] != size[1] or not (1400 <= size[0] <= 3000):
        return (f"{label}: artwork is {size[0]}x{size[1]} px; podcast apps require a "
                "square image of 1400-3000 px")
    return None


def _check_artwork(ws: Workspace, warnings: list[str]) -> None:
    path = ws.artwork_path
    if not path.is_file():
        raise InputError("show artwork not found (show.artwork in podcast.toml)", path=path)
    if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
        raise InputError("show artwork must be a .jpg or .png file", path=path,
                         where="show.artwork")
    problem = _artwork_problem(path, path.name)
    if problem:
        warnings.append(problem)
        log.warning("%s", problem)


def _render_episode(ctx: ShowContext, renderer: Renderer, out, view: EpisodeView) -> None:
    base = f"avsnitt/{view.slug}/"
    # load_transcript returns the transcript as the editor left it (a hand-corrected VTT,
    # SRT or TXT wins over the JSON); every published format is rendered from that one
    # version, by the transcriber's own renderer and with its settings, so that page, VTT,
    # SRT, JSON and TXT always agree and equal what 'podcast transcribe' writes.
    transcript = load_transcript(view.episode.dir) if view.has_transcript else None
    out.write_text(base + "index.html", renderer.episode(view, transcript))
    if transcript is not None:
        formats = tuple(fmt for fmt, _, _ in view.transcript_files)
        width = ctx.ws.config.transcription.max_line_chars
        # Files the transcriber wrote with these settings and nobody changed since are what
        # rendering would give again (tests compare the two): published as they are, which
        # spares the caption layout, the costly part of a cold build.
        written = edits.files_as_written(view.episode.dir, formats, rendering_id(width))
        if written is not None:
            for fmt, name, _mime in view.transcript_files:
                out.write_bytes(base + name, written[fmt])
            return
        rendered = render_all(transcript, formats, max_line_chars=width,
                              language=view.transcript_language)
        for fmt, name, _mime in view.transcript_files:
            out.write_text(base + name, rendered[fmt])


def _mark_episode(out, view: EpisodeView) -> None:
    base = f"avsnitt/{view.slug}/"
    out.mark(base + "index.html")
    for _fmt, name, _mime in view.transcript_files:
        out.mark(base + name)


_WORKER: dict = {}


def _worker_init(ctx: ShowContext, renderer: Renderer | None, site: Path) -> None:
    _WORKER["ctx"] = ctx
    _WORKER["renderer"] = renderer or Renderer(ctx)
    _WORKER["site"] = site


def _worker_render(index: int) -> tuple[list[str], int]:
    from podcast.site.writer import SiteWriter

    ctx: ShowContext = _WORKER["ctx"]
    out = SiteWriter(_WORKER["site"])
    _render_episode(ctx, _WORKER["renderer"], out, ctx.episodes[index])
    return out.written, out.unchanged


def _render_episodes(ctx: ShowContext, renderer: Renderer, out, views: list[EpisodeView],
                     bar: Progress) -> None:
    """Render episode pages; each is independent, so a cold build of a large show uses
    every core (see :mod:`podcast.site.parallel`)."""
    index = {id(v): i for i, v in enumerate(ctx.episodes)}

    def done(i: int, result: tuple[list[str], int]) -> None:
        written, unchanged = result
        out.written.extend(written)
        out.unchanged += unchanged
        bar.advance(1, info=ctx.episodes[i].slug)

    map_parallel(_worker_render, [index[id(v)] for v in views], initializer=_worker_init,
                 initargs=(ctx, renderer, out.root), on_result=done)
    for view in views:
        base = f"avsnitt/{view.slug}/"
        out.kept.add(base + "index.html")
        for _fmt, name, _mime in view.transcript_files:
            out.kept.add(base + name)


def with_base_url(ws: Workspace, base_url: str) -> Workspace:
    """The same show published at another address (e.g. a local preview server)."""
    if not base_url.startswith(("http://", "https://")):
        raise InputError(f"must start with http:// or https:// (got {base_url!r})",
                         where="base URL")
    show = dataclasses.replace(ws.config.show, base_url=base_url)
    return Workspace(root=ws.root, config=dataclasses.replace(ws.config, show=show))


def _without_control_chars(ws: Workspace) -> Workspace:
    """The show's settings without control characters (which XML cannot hold), with a
    warning naming podcast.toml and the settings."""
    found: list[str] = []
    config = without_controls(ws.config, "", found)
    if not found:
        return ws
    log.warning("%s: control characters removed from %s", ws.config_path, ", ".join(found))
    return Workspace(root=ws.root, config=config)


def unreviewed_message(ctx: ShowContext, *, most: int = 5) -> str | None:
    """One line naming the published transcripts no editor has reviewed (None: all are)."""
    slugs = ctx.unreviewed_transcripts
    if not slugs:
        return None
    total = sum(1 for v in ctx.episodes if v.has_transcript)
    named = ", ".join(slugs[:most]) + (f" and {len(slugs) - most} more"
                                       if len(slugs) > most else "")
    return (f"{len(slugs)} of {total} published transcript(s) not reviewed ({named}); "
            "run 'podcast review'")


def _check_reviews(ws: Workspace, ctx: ShowContext, warnings: list[str]) -> None:
    """Warn about machine-made transcripts, or refuse them with
    ``[site] require_reviewed_transcripts``."""
    message = unreviewed_message(ctx)
    if message is None:
        return
    if ws.config.site.require_reviewed_transcripts:
        raise InputError(message, path=ws.config_path.name,
                         where="site.require_reviewed_transcripts")
    warnings.append(message)
    log.warning("%s", message)


def build_site(ws: Workspace, *, now: dt.datetime | None = None, strict: bool = False,
               progress: Progress | None = None, search: bool = True,
               base_url: str | None = None) -> BuildResult:
    """Build feed and site into ``ws.site_dir``. ``now`` decides which episodes are due;
    ``base_url`` overrides ``show.base_url`` (to preview with a podcast app locally)."""
    from podcast.site.writer import SiteWriter

    if base_url:
        ws = with_base_url(ws, base_url)
    ws = _without_control_chars(ws)
    started = time.perf_counter()
    now = now or dt.datetime.now(dt.UTC)
    strict = strict or ws.config.site.strict
    bar = ensure(progress)
    ctx = collect(ws, now)
    warnings = list(ctx.warnings)
    warnings += check_placeholders(ws, [v.episode for v in ctx.episodes], preview=bool(base_url))
    _check_artwork(ws, warnings)
    for view in ctx.episodes:
        problem = view.image_path and _artwork_problem(
            view.image_path, f"{view.slug}/{view.image_path.name}")
        if problem:
            warnings.append(problem)
            log.warning("%s", problem)
    if strict and ctx.missing_transcripts:
        first = ws.episodes_dir / ctx.missing_transcripts[0] / "transcript.json"
        raise InputError(
            f"--strict: {len(ctx.missing_transcripts)} published episode(s) have no transcript "
            f"({', '.join(ctx.missing_transcripts)}); run 'podcast transcribe'", path=first)
    _check_reviews(ws, ctx, warnings)

    site = ws.site_dir
    out = SiteWriter(site)
    renderer = Renderer(ctx)
    manifest_path = ws.cache_dir / MANIFEST
    manifest = _load_manifest(manifest_path)
    if manifest.get("site_dir") != str(site):
        manifest = {}
    old_keys: dict = manifest.get("episodes", {})
    new_keys: dict[str, str] = {}
    global_key = _global_key(ws)
    rendered = 0

    if ctx.episodes:  # (a bar of unknown length needs an iterable in click)
        bar.start(len(ctx.episodes), "Building site")
    pending: list[EpisodeView] = []
    for i, view in enumerate(ctx.episodes):
        base = f"avsnitt/{view.slug}/"
        out.copy_file(f"media/{view.slug}.mp3", view.audio_path, link=True)
        if view.image_path is not None:
            out.copy_file(base + str(view.image_name), view.image_path)
            write_episode_images(view.image_path, view.slug, ws.cache_dir / "images", out)
        key = _episode_key(global_key, view, ws, _neighbours(ctx, i))
        new_keys[view.slug] = key
        if old_keys.get(view.slug) == key and (site / base / "index.html").is_file() and all(
                (site / base / name).is_file() for _f, name, _m in view.transcript_files):
            _mark_episode(out, view)
            bar.advance(1, info=view.slug)
        else:
            pending.append(view)
        if view.chapters:
            out.write_text(base + CHAPTERS_FILE, render_chapters(view.chapters, title=view.title))
    _render_episodes(ctx, renderer, out, pending, bar)
    rendered += len(pending)
    bar.finish()

    # Everything below depends only on the episodes' keys (and the global key): render a
    # page again only when its key changed or it is missing; otherwise keep the file.
    old_pages: dict = manifest.get("pages", {})
    new_pages: dict[str, str] = {}
    all_key = _key(global_key, [(v.slug, new_keys[v.slug]) for v in ctx.episodes])

    def cached(path: str, key: str, render) -> None:
        nonlocal rendered
        new_pages[path] = key
        if old_pages.get(path) == key and (site / path).is_file():
            out.mark(path)
            return
        data = render()
        if isinstance(data, bytes):
            out.write_bytes(path, data)
        else:
            out.write_text(path, data)
        rendered += 1

    cached("feed.xml", all_key, lambda: build_feed(ctx))
    out.copy_file(artwork_name(ctx), ws.artwork_path)
    write_show_images(ws.artwork_path, ws.cache_dir / "images", out)
    cached("index.html", all_key, renderer.home)
    lists_key = _key(all_key, "lists")
    if old_pages.get("avsnitt/index.html") == lists_key and all(
            (site / p).is_file() for p, k in old_pages.items() if k == lists_key):
        for path, k in old_pages.items():
            if k == lists_key:
                out.mark(path)
                new_pages[path] = k
    else:
        for path, html in renderer.episode_lists():
            out.write_text(path, html)
            new_pages[path] = lists_key
            rendered += 1
    cached("amnen/index.html", all_key, renderer.themes_index)
    for theme in ctx.themes:
        cached(f"amnen/{theme.slug}/index.html", all_key,
               lambda theme=theme: renderer.theme(theme))
    cached("sok/index.html", global_key, renderer.search)
    cached("om/index.html", global_key, renderer.about)
    cached("tillganglighet/index.html",
           _key(global_key, [(v.slug, v.has_transcript, v.transcript_reviewed)
                             for v in ctx.episodes]), renderer.accessibility)
    cached("404.html", global_key, renderer.not_found)
    cached(FEED_STYLESHEET, global_key, renderer.feed_stylesheet)
    cached(FEED_CSS, global_key, renderer.feed_css)
    static = builtin_static_dir()
    for path in sorted(p for p in static.rglob("*") if p.is_file()):
        out.copy_file("static/" + path.relative_to(static).as_posix(), path)
    sitemap = [(ws.site_url, ctx.episodes[0].date.date().isoformat() if ctx.episodes else None)]
    sitemap += [(ws.episode_url(v.slug), v.date.date().isoformat()) for v in ctx.episodes]
    sitemap += [(ws.site_url + p, None) for p in ("avsnitt/", "amnen/", "sok/", "om/",
                                                   "tillganglighet/")]
    sitemap += [(f"{ws.site_url}amnen/{t.slug}/", None) for t in ctx.themes]
    out.write_text("sitemap.xml", sitemap_xml(sitemap))
    out.write_text("robots.txt", robots_txt(ws.site_url))
    removed = out.remove_stale(OWNED_DIRS)
    html_changed = any(p.endswith(".html") for p in out.written + removed)

    # The index is stale when pages changed since it was last built (e.g. by a build with
    # --no-search, or a failed Pagefind run); the manifest remembers that for later builds.
    index_missing = not (site / BUNDLE_DIR / "pagefind.js").is_file()
    stale = html_changed or index_missing or bool(manifest.get("search_stale"))
    indexed = False
    if search and stale:
        try:
            build_search_index(site, language=ctx.show.language)
            indexed = True
        except PodcastError as exc:
            if strict:
                raise
            warnings.append(f"search index not built: {exc}")
            log.warning("search index not built: %s", exc)

    _save_manifest(manifest_path, {"site_dir": str(site), "episodes": new_keys,
                                   "pages": new_pages, "search_stale": stale and not indexed})
    return BuildResult(
        site_dir=site, feed_path=site / "feed.xml",
        published=[v.slug for v in ctx.episodes], scheduled=ctx.scheduled, drafts=ctx.drafts,
        unprocessed=ctx.unprocessed, missing_transcripts=ctx.missing_transcripts,
        unreviewed_transcripts=ctx.unreviewed_transcripts,
        warnings=warnings, written=out.written, unchanged=out.unchanged, removed=removed,
        pages_rendered=rendered, search_indexed=indexed,
        seconds=time.perf_counter() - started)

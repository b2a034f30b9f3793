"""What the feed and the pages are made from: the show and its publishable episodes.

:func:`collect` decides which episodes are published (not a draft, date reached, audio
processed), gathers their media info, chapters, people and transcript presence, and reports
everything it had to leave out as warnings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import pickle
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from podcast.config import Person
from podcast.episode import EPISODE_FILE, Episode, load_episode
from podcast.errors import InputError, InvalidValue
from podcast.fsutil import write_bytes_atomic
from podcast.media import MediaInfo, read_media_info
from podcast.review.status import read_review
from podcast.site.htmltext import feed_html, notes_html, plain_text, strip_control_chars
from podcast.site.parallel import map_parallel
from podcast.site.textfiles import TRANSCRIPT_FORMATS, ChapterItem
from podcast.slug import slugify
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

#: Podcasting 2.0: podcast:guid is UUIDv5 of the feed URL (no scheme, no trailing slash).
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


#: A transcript exists when one of these (with times) is in the episode folder.
TIMED_FORMATS = ("json", "vtt", "srt")


def podcast_guid(feed_url: str) -> str:
    """The show's ``podcast:guid`` from its feed URL."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def episode_guid(show_guid: str, episode: Episode) -> str:
    """``guid:`` from episode.md, else a UUIDv5 of the show guid and the slug."""
    if episode.meta.guid:
        return episode.meta.guid.strip()
    return str(uuid.uuid5(uuid.UUID(show_guid), episode.slug))


def as_utc(value: dt.datetime) -> dt.datetime:
    """Episode dates without a zone are UTC (as in :meth:`Episode.is_published`)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


@dataclass
class PersonView:
    name: str
    role: str
    href: str | None = None
    img: str | None = None

    @property
    def group(self) -> str:
        return "cast"


@dataclass
class ThemeView:
    name: str
    slug: str
    episodes: list[EpisodeView] = field(default_factory=list)


@dataclass
class EpisodeView:
    episode: Episode
    guid: str
    date: dt.datetime  # aware, UTC
    media: MediaInfo
    audio_path: Path  # processed MP3 in build/audio
    size_bytes: int
    chapters: list[ChapterItem]
    persons: list[PersonView]
    notes_html: str
    feed_description: str
    summary: str
    has_transcript: bool
    transcript_language: str
    transcript_sources: dict[str, Path]  # format → file in the episode folder (for cache keys)
    themes: list[ThemeView] = field(default_factory=list)
    image_path: Path | None = None  # the episode's own art (``image:`` in episode.md)
    transcript_reviewed: bool = False  # an editor reviewed it (``podcast review``)

    @property
    def image_name(self) -> str | None:
        """File name of the episode's art in its site folder (``bild.jpg``/``bild.png``)."""
        if self.image_path is None:
            return None
        suffix = self.image_path.suffix.lower()
        return "bild" + (".jpg" if suffix == ".jpeg" else suffix)

    @property
    def slug(self) -> str:
        return self.episode.slug

    @property
    def title(self) -> str:
        return self.episode.meta.title

    @property
    def meta(self):
        return self.episode.meta

    @property
    def duration(self) -> float:
        return self.media.duration_seconds

    @property
    def transcript_files(self) -> list[tuple[str, str, str]]:
        """(format, file name, MIME type) of the transcript files published for this episode."""
        if not self.has_transcript:
            return []
        return [(fmt, name, mime) for fmt, (name, mime) in TRANSCRIPT_FORMATS.items()]


@dataclass
class ShowContext:
    ws: Workspace
    now: dt.datetime
    guid: str
    episodes: list[EpisodeView]  # published, newest first
    themes: list[ThemeView]
    warnings: list[str] = field(default_factory=list)
    missing_transcripts: list[str] = field(default_factory=list)
    unreviewed_transcripts: list[str] = field(default_factory=list)
    unprocessed: list[str] = field(default_factory=list)
    scheduled: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)

    @property
    def config(self):
        return self.ws.config

    @property
    def show(self):
        return self.ws.config.show


def _persons(show_hosts: list[Person], episode: Episode) -> list[PersonView]:
    hosts = episode.meta.hosts or show_hosts
    out = [PersonView(p.name, p.role or "host", p.href, p.img) for p in hosts]
    out += [PersonView(p.name, "guest" if p.role == "host" else p.role, p.href, p.img)
            for p in episode.meta.guests]
    return out


def _chapters(episode: Episode, media: MediaInfo) -> list[ChapterItem]:
    if media.chapters:
        return [ChapterItem(c.start, c.title, c.url) for c in sorted(media.chapters,
                                                                     key=lambda c: c.start)]
    offset = media.intro_offset_seconds or 0.0
    return [ChapterItem(round(c.seconds + offset, 3), c.title, c.url)
            for c in episode.meta.chapters]


def _summary(episode: Episode, notes: str) -> str:
    if episode.meta.description.strip():
        return " ".join(episode.meta.description.split())
    text = plain_text(notes)
    return text[:297].rsplit(" ", 1)[0] + " …" if len(text) > 300 else text


def _feed_description(summary: str, notes: str, has_own_summary: bool,
                      page_url: str | None = None) -> str:
    import html as _html

    body = feed_html(notes, base_url=page_url)
    lead = f"<p>{_html.escape(summary, quote=False)}</p>" if summary else ""
    if not has_own_summary:  # the summary was taken from the notes: do not repeat it
        lead = "" if body else lead
    text = (lead + body).strip()
    if len(text.encode("utf-8")) > 4000:  # Apple's limit: keep the summary only
        text = lead or f"<p>{_html.escape(summary[:3900], quote=False)}</p>"
    return text


EPISODE_CACHE = "site-episodes.pickle"


def _cache_version(site_url: str) -> str:
    """Changes whenever the episode model's or the notes' code changes, or the site's
    address (images and links in notes are judged by it): then the cache is ignored."""
    import podcast.config
    import podcast.episode
    import podcast.schema
    import podcast.site.htmltext

    h = hashlib.sha256(b"site-episodes-2")
    for module in (podcast.episode, podcast.config, podcast.schema, podcast.site.htmltext):
        h.update(Path(module.__file__).read_bytes())
    h.update(site_url.encode())
    return h.hexdigest()


def without_controls(value: object, where: str, found: list[str]) -> Any:
    """``value`` (a dataclass, list, dict or string from episode.md) with control characters
    removed from every string; ``found`` collects the fields that had any."""
    if isinstance(value, str):
        clean = strip_control_chars(value)
        if clean != value:
            found.append(where)
        return clean
    if isinstance(value, list):
        return [without_controls(v, f"{where}[{i}]", found) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: without_controls(v, f"{where}.{k}", found) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = without_controls(old, f"{where}.{f.name}" if where else f.name, found)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _clean_episode(ep: Episode) -> Episode:
    """Control characters (e.g. a vertical tab pasted from Word) cannot go into the feed's
    XML: they are removed from every text field, with a warning naming the file and field."""
    found: list[str] = []
    meta = without_controls(ep.meta, "", found)
    notes = without_controls(ep.notes_markdown, "notes", found)
    if not found:
        return ep
    log.warning("%s: control characters removed from %s", ep.path, ", ".join(found))
    return dataclasses.replace(ep, meta=meta, notes_markdown=notes)


def _parse_entry(item: tuple) -> tuple:
    """(signature, Episode, notes HTML, summary, feed description) of one episode folder."""
    sig, site_url = item
    ep = _clean_episode(load_episode(Path(sig[0])))
    notes = notes_html(ep.notes_markdown, site_url=site_url, source=ep.path)
    summary = _summary(ep, notes)
    return (sig, ep, notes, summary,
            _feed_description(summary, notes, bool(ep.meta.description.strip()),
                              f"{site_url}avsnitt/{ep.slug}/"))


def load_episodes(ws: Workspace) -> list[tuple[Episode, str, str, str]]:
    """Every episode with its notes as HTML, its one-paragraph summary and its feed
    description (Apple's HTML subset), oldest first.

    Same validation as :meth:`Workspace.episodes` (each changed ``episode.md`` goes through
    :func:`podcast.episode.load_episode`), but parsed episodes and rendered notes are cached
    in ``build/cache`` by file size and modification time: parsing YAML front matter and
    Markdown for hundreds of episodes is most of a no-op rebuild otherwise.
    """
    if not ws.episodes_dir.is_dir():
        return []
    cache_path = ws.cache_dir / EPISODE_CACHE
    version = _cache_version(ws.site_url)
    try:
        cache = pickle.loads(cache_path.read_bytes())
        if not isinstance(cache, dict) or cache.get("version") != version:
            cache = {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        cache = {}
    old: dict = cache.get("episodes", {})
    new: dict = {}
    todo: list[tuple[str, tuple]] = []
    for child in sorted(ws.episodes_dir.iterdir()):
        md = child / EPISODE_FILE
        try:
            st = md.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        sig = (str(child), st.st_size, st.st_mtime_ns)
        hit = old.get(child.name)
        if hit is not None and hit[0] == sig:
            new[child.name] = hit
        else:
            new[child.name] = None
            todo.append((child.name, sig))
    changed = bool(todo)
    # Parse changed episodes (all of them on a cold build) in parallel.
    parsed = map_parallel(_parse_entry, [(sig, ws.site_url) for _name, sig in todo])
    for (name, _sig), entry in zip(todo, parsed, strict=True):
        new[name] = entry
    if changed or set(new) != set(old):
        try:
            write_bytes_atomic(cache_path, pickle.dumps({"version": version, "episodes": new},
                                                        protocol=pickle.HIGHEST_PROTOCOL),
                               durable=False)
        except OSError as exc:  # a cache that cannot be written only costs time
            log.debug("cannot write %s: %s", cache_path, exc)
    found = [e[1:] for e in new.values()]
    found.sort(key=lambda item: (as_utc(item[0].meta.date), item[0].meta.number or 0,
                                 item[0].slug))
    return found


def _episode_image(ep: Episode) -> Path | None:
    """The episode's own image file (checked to exist), or None."""
    if not ep.meta.image:
        return None
    path = ep.dir / ep.meta.image.strip()
    if not path.is_file():
        raise InputError(f"file not found: {path.name} (in {ep.dir.name}/)", path=ep.path,
                         where="image")
    return path


def collect(ws: Workspace, now: dt.datetime) -> ShowContext:
    """Gather the publishable episodes (newest first) and every reason one was left out."""
    show = ws.config.show
    guid = podcast_guid(ws.feed_url)
    ctx = ShowContext(ws=ws, now=now, guid=guid, episodes=[], themes=[])
    seen_guids: dict[str, str] = {}
    for ep, notes, summary, feed_description in load_episodes(ws):
        if ep.meta.draft:
            ctx.drafts.append(ep.slug)
            continue
        if not ep.is_published(now):
            ctx.scheduled.append(ep.slug)
            log.info("%s: scheduled for %s, not published yet", ep.slug, ep.meta.date)
            continue
        media = read_media_info(ws.media_info_path(ep.slug))
        if media is None:
            ctx.unprocessed.append(ep.slug)
            msg = (f"{ep.slug}: no processed audio ({ws.media_info_path(ep.slug).name} missing); "
                   "left out of the feed and site - run 'podcast process'")
            ctx.warnings.append(msg)
            log.warning(msg)
            continue
        audio = ws.processed_audio_path(ep.slug)
        try:
            size = audio.stat().st_size
        except FileNotFoundError:
            raise InputError("processed audio is missing although its build metadata exists; "
                             "run 'podcast process' again", path=audio) from None
        if size != media.size_bytes:
            log.warning("%s: %s is %d bytes but its metadata says %d; using the file's size",
                        ep.slug, audio.name, size, media.size_bytes)
        g = episode_guid(guid, ep)
        if g in seen_guids:
            raise InputError(f"guid {g!r} is already used by episode '{seen_guids[g]}'",
                             path=ep.path, where="guid")
        seen_guids[g] = ep.slug
        sources = {fmt: ep.dir / name for fmt, (name, _) in TRANSCRIPT_FORMATS.items()
                   if (ep.dir / name).is_file()}
        has_transcript = any(fmt in sources for fmt in TIMED_FORMATS)
        if not has_transcript:
            ctx.missing_transcripts.append(ep.slug)
            msg = (f"{ep.slug}: no transcript ({ep.dir.name}/transcript.json); the transcript is "
                   "the legal text alternative to the audio - run 'podcast transcribe'")
            ctx.warnings.append(msg)
            log.warning(msg)
        reviewed = has_transcript and read_review(ep.dir).reviewed
        if has_transcript and not reviewed:
            ctx.unreviewed_transcripts.append(ep.slug)
        image = _episode_image(ep)
        ctx.episodes.append(EpisodeView(
            episode=ep, guid=g, date=as_utc(ep.meta.date), media=media, audio_path=audio,
            size_bytes=size, chapters=_chapters(ep, media), persons=_persons(show.hosts, ep),
            notes_html=notes, feed_description=feed_description,
            summary=summary, has_transcript=has_transcript,
            transcript_language=ws.config.transcription.language or show.language,
            transcript_sources=sources, image_path=image, transcript_reviewed=reviewed,
        ))
    ctx.episodes.sort(key=lambda e: (e.date, e.meta.number or 0, e.slug), reverse=True)
    order = {v.slug: i for i, v in enumerate(ctx.episodes)}
    ctx.unreviewed_transcripts.sort(key=order.__getitem__)
    themes: dict[str, ThemeView] = {}
    for view in ctx.episodes:
        for name in view.meta.themes:
            try:
                slug = slugify(name)
            except InvalidValue:
                continue
            theme = themes.setdefault(slug, ThemeView(name=name.strip(), slug=slug))
            if view not in theme.episodes:
                theme.episodes.append(view)
                view.themes.append(theme)
    ctx.themes = sorted(themes.values(), key=lambda t: t.name.casefold())
    return ctx

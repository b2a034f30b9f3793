"""``podcast init`` and ``podcast new``: scaffold a show and an episode. Never overwrites."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from podcast.config import CONFIG_NAME
from podcast.episode import EPISODE_FILE, EpisodeMeta, render_episode_file
from podcast.errors import InputError, InvalidValue, WorkspaceError
from podcast.fsutil import write_text_atomic
from podcast.schema import load_dataclass
from podcast.slug import slugify
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

CONFIG_TEMPLATE = """\
# Kommunpodd show configuration. Every key is documented in the manual: docs/config.md.

[show]
title = "{title}"
description = "Kommunens kontaktcenter svarar på de vanligaste frågorna."
author = "{author}"
owner_name = "{author}"
owner_email = "podd@example.se"            # a role mailbox, not a person's
language = "sv"
base_url = "https://podd.example.se/"
artwork = "cover.jpg"                      # square JPEG/PNG, 1400-3000 px
category = "Government"
explicit = false

[audio]
target_lufs = -16.0                        # Apple: -16 LUFS, true peak -1 dBTP
true_peak = -1.0
bitrate_kbps = 128
# intro = "audio/intro.wav"
# outro = "audio/outro.wav"

[transcription]
engine = "faster-whisper"
model = "auto"                             # 'auto': a local model folder or the PyPI-packaged base
glossary = ["kommuncenter", "bygglov"]

[storage]
# bucket = "min-podd"
# endpoint_url = "https://s3.example.se"   # any S3-compatible service; leave out for AWS
# region = "eu-north-1"

[contacts]
# text = "fritext"                         # column names; auto-detected when left out

[site.subscribe_links]
# The show's page in each app, shown as "Prenumerera" links on the site (fill in once listed):
# "Apple Podcasts" = "https://podcasts.apple.com/se/podcast/..."
# "Spotify" = "https://open.spotify.com/show/..."
# "Podcast Addict" = "https://podcastaddict.com/podcast/..."
# "Pocket Casts" = "https://pca.st/..."
"""

EPISODE_NOTES = """\
Skriv shownotes här: vad avsnittet handlar om, vem som medverkar och länkar till mer information.
"""

#: The one chapter ``podcast new`` writes; left unchanged it is a placeholder.
PLACEHOLDER_CHAPTER = {"start": "00:00", "title": "Inledning"}


@dataclass
class ScaffoldResult:
    root: Path
    created: list[Path] = field(default_factory=list)
    existing: list[Path] = field(default_factory=list)


def init_show(directory: Path, *, title: str = "Kommunpodden",
              author: str = "Kommunen") -> ScaffoldResult:
    """Create a show folder. Existing files are left alone (safe to re-run)."""
    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise WorkspaceError("exists and is not a folder", path=root)
    result = ScaffoldResult(root=root)
    root.mkdir(parents=True, exist_ok=True)
    safe_title = title.replace("\\", "\\\\").replace('"', '\\"')
    safe_author = author.replace("\\", "\\\\").replace('"', '\\"')
    files = {
        CONFIG_NAME: CONFIG_TEMPLATE.format(title=safe_title, author=safe_author),
        "templates/README.md": ("Put a template here with the same name as one of the built-in "
                                "site templates to override it.\n"),
        ".gitignore": "build/\n",
    }
    for name, text in files.items():
        path = root / name
        if path.exists():
            result.existing.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        result.created.append(path)
    (root / "episodes").mkdir(exist_ok=True)
    cover = root / "cover.jpg"
    if cover.exists():
        result.existing.append(cover)
    else:
        with resources.as_file(resources.files("podcast") / "data" / "cover.jpg") as src:
            shutil.copyfile(src, cover)
        result.created.append(cover)
    return result


@dataclass
class NewEpisodeResult:
    slug: str
    path: Path
    recordings: list[Path]


def new_episode(ws: Workspace, title: str, *, date: dt.date | None = None, slug: str | None = None,
                number: int | None = None, recordings: list[Path] | None = None,
                today: dt.date | None = None) -> NewEpisodeResult:
    """Create ``episodes/<slug>/episode.md`` (and copy raw recordings in). Never overwrites."""
    if not title.strip():
        raise InputError("the title is empty")
    try:
        slug = slugify(slug or title)
    except InvalidValue as exc:
        raise InputError(exc.message) from None
    folder = ws.episodes_dir / slug
    if (folder / EPISODE_FILE).exists():
        raise WorkspaceError("episode already exists; choose another title or --slug",
                             path=folder / EPISODE_FILE)
    existing, broken = ws.loadable_episodes()
    for exc in broken:  # another episode's mistake must not stop a new episode
        log.warning("%s (not counted for the next episode number)", exc)
    if number is None:
        number = max((e.meta.number or 0 for e in existing), default=0) + 1
    recordings = [Path(r) for r in recordings or []]
    for rec in recordings:
        if not rec.is_file():
            raise InputError("recording not found", path=rec)
    date = date or today or dt.date.today()
    meta = {
        "title": title.strip(),
        "date": date.isoformat(),
        "draft": True,  # published only once someone sets 'draft: false'
        "number": number,
        "season": 1,
        "description": "",
        "hosts": [{"name": h.name, "role": h.role} for h in ws.config.show.hosts],
        "guests": [],
        "themes": [],
        "chapters": [dict(PLACEHOLDER_CHAPTER)],
        "recordings": [r.name for r in recordings],
    }
    # Validate what is about to be written with the same schema every command loads it with,
    # so that nothing is written that the next command would reject.
    _, problems = load_dataclass(EpisodeMeta, meta)
    if problems:
        raise InputError("; ".join(problems))
    folder.mkdir(parents=True, exist_ok=True)
    copied = []
    for rec in recordings:
        target = folder / rec.name
        if not target.exists():
            shutil.copyfile(rec, target)
        copied.append(target)
    path = folder / EPISODE_FILE
    write_text_atomic(path, render_episode_file(meta, EPISODE_NOTES))
    ws.reload()
    log.info("created %s", path)
    return NewEpisodeResult(slug=slug, path=path, recordings=copied)

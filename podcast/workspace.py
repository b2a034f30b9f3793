"""A show workspace: ``podcast.toml``, ``episodes/<slug>/``, ``templates/`` and the build folder.

All path conventions live here so that every stage agrees on them:

- ``build/audio/<slug>.mp3`` and ``build/audio/<slug>.json`` — processed episode +
  :class:`MediaInfo`
- ``episodes/<slug>/transcript.{json,vtt,srt,txt,html}`` — transcripts (an editor may correct them)
- ``build/site/`` — the static site and ``feed.xml`` that ``publish`` uploads
- ``build/state.sqlite`` — input hashes of finished stages (``podcast run``)
- ``build/search.sqlite`` — the full-text search index
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from podcast.config import CONFIG_NAME, ShowConfig, load_config
from podcast.episode import EPISODE_FILE, Episode, load_episode
from podcast.errors import ConfigError, WorkspaceError


@dataclass
class Workspace:
    root: Path
    config: ShowConfig

    @classmethod
    def load(cls, root: Path | str) -> Workspace:
        root = Path(root).resolve()
        config_path = root / CONFIG_NAME
        if not config_path.is_file():
            raise WorkspaceError(
                f"no {CONFIG_NAME} here; run 'podcast init' or pass --show DIR", path=root)
        return cls(root=root, config=load_config(config_path))

    @classmethod
    def find(cls, start: Path | str | None = None) -> Workspace:
        """The show containing ``start`` (default: the working directory), searching upwards."""
        env = os.environ.get("PODCAST_SHOW")
        here = Path(start or env or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls.load(folder)
        raise WorkspaceError(
            f"no {CONFIG_NAME} in this folder or above; run 'podcast init' or pass --show DIR",
            path=here)

    # --- folders -------------------------------------------------------------------------
    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def episodes_dir(self) -> Path:
        return self.root / "episodes"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def build_dir(self) -> Path:
        return self.root / self.config.site.build_dir

    @property
    def audio_dir(self) -> Path:
        return self.build_dir / "audio"

    @property
    def site_dir(self) -> Path:
        return self.build_dir / "site"

    @property
    def cache_dir(self) -> Path:
        return self.build_dir / "cache"

    @property
    def state_path(self) -> Path:
        return self.build_dir / "state.sqlite"

    @property
    def search_db_path(self) -> Path:
        return self.build_dir / "search.sqlite"

    @property
    def stats_db_path(self) -> Path:
        db = self.config.stats.db
        return (self.root / db) if db else self.build_dir / "stats.sqlite"

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the show folder."""
        p = Path(relative)
        return p if p.is_absolute() else self.root / p

    @property
    def artwork_path(self) -> Path:
        return self.resolve(self.config.show.artwork)

    # --- episodes ------------------------------------------------------------------------
    @cached_property
    def _episodes(self) -> list[Episode]:
        if not self.episodes_dir.is_dir():
            return []
        found = []
        for child in sorted(self.episodes_dir.iterdir()):
            if child.is_dir() and (child / EPISODE_FILE).is_file():
                found.append(load_episode(child))
        found.sort(key=lambda e: (e.meta.date, e.meta.number or 0, e.slug))
        return found

    def loadable_episodes(self) -> tuple[list[Episode], list[ConfigError]]:
        """Every episode that loads, and the errors of those that do not (for commands such as
        ``podcast new`` that must work while another episode.md has a mistake)."""
        if "_episodes" in self.__dict__:
            return list(self._episodes), []
        found, problems = [], []
        if self.episodes_dir.is_dir():
            for child in sorted(self.episodes_dir.iterdir()):
                if child.is_dir() and (child / EPISODE_FILE).is_file():
                    try:
                        found.append(load_episode(child))
                    except ConfigError as exc:
                        problems.append(exc)
        found.sort(key=lambda e: (e.meta.date, e.meta.number or 0, e.slug))
        return found, problems

    def episodes(self) -> list[Episode]:
        """All episodes, oldest first (validated; the first invalid one raises)."""
        return list(self._episodes)

    def episode(self, slug: str) -> Episode:
        for ep in self._episodes:
            if ep.slug == slug:
                return ep
        known = ", ".join(e.slug for e in self._episodes) or "none"
        raise WorkspaceError(f"no episode '{slug}' (episodes: {known})", path=self.episodes_dir)

    def select(self, slugs: list[str] | tuple[str, ...] | None) -> list[Episode]:
        """The named episodes, or all when none are named."""
        if not slugs:
            return self.episodes()
        return [self.episode(s) for s in slugs]

    def reload(self) -> None:
        self.__dict__.pop("_episodes", None)

    # --- per-episode outputs ---------------------------------------------------------------
    def processed_audio_path(self, slug: str) -> Path:
        return self.audio_dir / f"{slug}.mp3"

    def media_info_path(self, slug: str) -> Path:
        return self.audio_dir / f"{slug}.json"

    def transcript_path(self, episode: Episode, fmt: str = "json") -> Path:
        return episode.dir / f"transcript.{fmt}"

    # --- public URLs -----------------------------------------------------------------------
    @property
    def site_url(self) -> str:
        return self.config.show.site_url

    def episode_url(self, slug: str) -> str:
        return f"{self.site_url}avsnitt/{slug}/"

    def media_url(self, slug: str) -> str:
        return f"{self.site_url}media/{slug}.mp3"

    @property
    def feed_url(self) -> str:
        return f"{self.site_url}feed.xml"

"""The one shape of a stage, and what the runner needs to know to decide whether it must run.

Each stage package defines its stage once (``podcast/audio/stage.py``,
``podcast/transcribe/stage.py``, ``podcast/site/stage.py``): its name, the episodes it applies
to, its inputs — files, the config keys it reads and any other data — its outputs, and ``run``,
which does the work and returns a :class:`StageResult`. A stage never decides by itself
whether it is up to date: :mod:`podcast.pipeline` (the runner) hashes the declared inputs and
outputs and skips a step only when neither changed since it last finished.

Config keys are dotted (``show.base_url``); ``section.*`` means every key of a section. Every
key of the schema is either in ``reads`` or in ``ignores`` of every stage (a test enumerates the
config dataclasses), so a new key cannot be forgotten.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from podcast.config import ShowConfig
from podcast.episode import Episode
from podcast.progress import Progress
from podcast.schema import to_plain
from podcast.workspace import Workspace

#: "made": the outputs were written; "kept": the stage kept what is there (a hand-edited
#: transcript) and brought the rest in line.
Status = Literal["made", "kept"]


@dataclass
class StageResult:
    """What one step of a stage produced."""

    status: Status
    outputs: list[Path] = field(default_factory=list)
    #: One line saying what was made (loudness, transcript, feed), as the user sees it.
    detail: str = ""


@dataclass
class StageContext:
    """Everything ``run`` gets: the show, the episode (None for show-wide stages), the time
    that decides what is published, a progress bar, ``discard_edits`` and the stage's
    options."""

    ws: Workspace
    episode: Episode | None
    now: dt.datetime
    progress: Progress | None = None
    #: Replace what a stage would otherwise keep (a hand-edited transcript).
    discard_edits: bool = False
    #: Command-line choices that are no config key (``podcast build --no-search``); they
    #: are part of the fingerprint like every other input.
    options: dict[str, object] = field(default_factory=dict)


def _no_files(ws: Workspace, ep: Episode | None) -> list[Path]:
    return []


def _no_data(ws: Workspace, ep: Episode | None, now: dt.datetime) -> object:
    return None


def _no_problems(ws: Workspace, ep: Episode | None, now: dt.datetime,
                 options: dict[str, object]) -> list[str]:
    return []


def _always(ws: Workspace, ep: Episode) -> bool:
    return True


@dataclass(frozen=True)
class Stage:
    name: str
    description: str
    per_episode: bool
    #: Config keys whose values are inputs (``"audio.*"``, ``"show.base_url"``).
    reads: tuple[str, ...]
    #: Config keys the stage does not read (or that only change how fast it runs).
    ignores: tuple[str, ...]
    outputs: Callable[[Workspace, Episode | None], list[Path]]
    run: Callable[[StageContext], StageResult]
    applies: Callable[[Workspace, Episode], bool] = _always
    #: Which episodes ``applies`` accepts, in words (for an episode named that it does not).
    scope: str = "every episode"
    #: Input files; their contents are hashed (a missing file counts as "missing").
    files: Callable[[Workspace, Episode | None], list[Path]] = _no_files
    #: Other inputs as plain data (episode metadata, the published episodes, a version).
    data: Callable[[Workspace, Episode | None, dt.datetime], object] = _no_data
    #: Problems a dry run reports without running the step (a missing recording).
    check: Callable[[Workspace, Episode | None, dt.datetime, dict[str, object]], list[str]] \
        = _no_problems


# --- config keys --------------------------------------------------------------------------
def config_keys(config_cls: type = ShowConfig) -> list[str]:
    """Every key of the config schema, dotted (``audio.target_lufs``), in schema order."""
    keys = []
    hints = {f.name: f for f in dataclasses.fields(config_cls)}
    for name, section_field in hints.items():
        section_cls = _section_class(config_cls, section_field)
        keys.extend(f"{name}.{f.name}" for f in dataclasses.fields(section_cls))
    return keys


def _section_class(config_cls: type, section_field: dataclasses.Field) -> type:
    if section_field.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return section_field.default_factory  # type: ignore[return-value,misc]
    import typing

    return typing.get_type_hints(config_cls)[section_field.name]


def expand(patterns: tuple[str, ...]) -> list[str]:
    """The config keys matched by ``patterns`` (``section.*`` or a dotted key)."""
    known = config_keys()
    out: list[str] = []
    for pattern in patterns:
        if pattern.endswith(".*"):
            matched = [k for k in known if k.startswith(pattern[:-1])]
        else:
            matched = [pattern] if pattern in known else []
        if not matched:
            raise ValueError(f"no config key matches {pattern!r}")
        out.extend(k for k in matched if k not in out)
    return out


def config_value(config: ShowConfig, key: str) -> object:
    section, name = key.split(".", 1)
    return getattr(getattr(config, section), name)


def config_inputs(config: ShowConfig, patterns: tuple[str, ...]) -> dict[str, object]:
    """The values of the keys a stage reads, as plain data (for its fingerprint)."""
    return {key: to_plain(config_value(config, key)) for key in expand(patterns)}


def unclaimed_keys(stage: Stage) -> Iterator[str]:
    """Schema keys neither read nor ignored by ``stage`` (a test keeps this empty)."""
    claimed = set(expand(stage.reads)) | set(expand(stage.ignores))
    return (k for k in config_keys() if k not in claimed)


def shown(ws: Workspace, path: Path) -> str:
    """A path as the user sees it: relative to the show folder when inside it."""
    return str(path.relative_to(ws.root)) if path.is_relative_to(ws.root) else str(path)

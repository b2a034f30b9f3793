"""The episode model: ``episodes/<slug>/episode.md`` = YAML front matter + Markdown show notes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from podcast.config import Person
from podcast.errors import ConfigError, InvalidValue
from podcast.schema import load_dataclass

EPISODE_FILE = "episode.md"
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _YamlLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """Safe YAML whose impossible dates (``date: 2026-02-30``) are YAML errors with a line."""

    def construct_checked_timestamp(self, node: yaml.Node) -> object:
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"not a valid date: {node.value} ({exc})", node.start_mark) from None


_YamlLoader.add_constructor("tag:yaml.org,2002:timestamp",
                            _YamlLoader.construct_checked_timestamp)
_TIME_RE = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


def parse_timestamp(value: object) -> float:
    """'1:02:03', '02:03', '62.5' or a number → seconds."""
    if isinstance(value, bool):
        raise InvalidValue(f"not a time: {value!r}")
    if isinstance(value, (int, float)):
        if value < 0:
            raise InvalidValue(f"negative time: {value}")
        return float(value)
    text = str(value).strip()
    m = _TIME_RE.match(text)
    if m:
        hours, minutes, seconds = m.groups()
        if int(minutes) >= 60 and hours is not None:
            raise InvalidValue(f"minutes must be below 60 in {text!r}")
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    try:
        seconds = float(text)
    except ValueError:
        raise InvalidValue(f"not a time (use HH:MM:SS, MM:SS or seconds): {text!r}") from None
    if seconds < 0:
        raise InvalidValue(f"negative time: {text!r}")
    return seconds


def format_timestamp(seconds: float, *, always_hours: bool = False) -> str:
    """Seconds → 'MM:SS' or 'H:MM:SS'."""
    total = int(round(seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    if h or always_hours:
        return f"{h}:{m:02d}:{s:02d}"
    return f"{m:02d}:{s:02d}"


def _timestamp_problem(value: str) -> str | None:
    try:
        parse_timestamp(value)
    except InvalidValue as exc:
        return exc.message
    return None


@dataclass
class Chapter:
    start: str = field(metadata={"coerce": True, "check": _timestamp_problem})
    title: str
    url: str | None = None

    @property
    def seconds(self) -> float:
        return parse_timestamp(self.start)


@dataclass
class EpisodeMeta:
    title: str
    date: dt.datetime
    description: str = ""
    number: int | None = field(default=None, metadata={"min": 0})
    season: int | None = field(default=None, metadata={"min": 0})
    type: str = field(default="full", metadata={"choices": ("full", "trailer", "bonus")})
    explicit: bool | None = None
    hosts: list[Person] = field(default_factory=list)
    guests: list[Person] = field(default_factory=list)
    themes: list[str] = field(default_factory=list, metadata={"alias": "tags"})
    chapters: list[Chapter] = field(default_factory=list)
    recordings: list[str] = field(default_factory=list, metadata={"alias": "recording"})
    guid: str | None = None
    draft: bool = False
    speakers: dict[str, str] = field(default_factory=dict)
    image: str | None = None  # the episode's own art: a .jpg/.png file in the episode folder

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if self.image is not None:
            name = self.image.strip()
            if not name.lower().endswith((".jpg", ".jpeg", ".png")):
                problems.append(("image", f"must be a .jpg or .png file, got {self.image!r}"))
            elif name.startswith(("/", "\\")) or ".." in Path(name).parts or "://" in name:
                problems.append(("image", "must be a file in the episode folder "
                                          f"(e.g. 'bild.jpg'), got {self.image!r}"))
        previous: float | None = None
        for i, ch in enumerate(self.chapters):
            try:
                start = parse_timestamp(ch.start)
            except InvalidValue:
                continue  # already reported by the check of Chapter.start
            if previous is not None and start <= previous:
                problems.append((f"chapters[{i}].start",
                                 "chapters must be in increasing time order"))
            previous = start
        return problems


@dataclass
class Episode:
    """One episode folder, loaded and validated."""

    slug: str
    dir: Path
    meta: EpisodeMeta
    notes_markdown: str
    notes_line: int = 1  # line of episode.md where the notes begin

    @property
    def path(self) -> Path:
        return self.dir / EPISODE_FILE

    @property
    def recording_paths(self) -> list[Path]:
        return [self.dir / name for name in self.meta.recordings]

    def is_published(self, now: dt.datetime) -> bool:
        """False for drafts and for episodes scheduled after ``now`` (both naive UTC or aware)."""
        if self.meta.draft:
            return False
        date = self.meta.date
        if date.tzinfo is None and now.tzinfo is not None:
            date = date.replace(tzinfo=dt.UTC)
        if date.tzinfo is not None and now.tzinfo is None:
            now = now.replace(tzinfo=dt.UTC)
        return date <= now


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (yaml text, body, line number where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise InvalidValue("must start with a '---' line opening the YAML front matter")
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "".join(lines[1:i]), "".join(lines[i + 1:]), i + 2
    raise InvalidValue("front matter is not closed by a '---' line")


def load_episode(directory: Path) -> Episode:
    """Load ``directory/episode.md``; raise :class:`ConfigError` naming file and key."""
    directory = Path(directory)
    path = directory / EPISODE_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("file not found", path=path) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=path) from None
    try:
        front, body, body_line = split_front_matter(text)
    except InvalidValue as exc:
        raise ConfigError(exc.message, path=path) from None
    try:
        data = yaml.load(front, Loader=_YamlLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}YAML error: {problem}", path=path) from None
    meta, problems = load_dataclass(EpisodeMeta, data)
    if problems:
        raise ConfigError(problems, path=path)
    assert meta is not None
    if meta.date.tzinfo is not None:  # dates are kept as naive UTC so that all compare
        meta.date = meta.date.astimezone(dt.UTC).replace(tzinfo=None)
    for i, rec in enumerate(meta.recordings):
        if Path(rec).is_absolute() or ".." in Path(rec).parts:
            raise ConfigError([f"recordings[{i}]: must be a file name inside the episode folder"],
                              path=path)
    return Episode(slug=directory.name, dir=directory, meta=meta, notes_markdown=body,
                   notes_line=body_line)


def render_episode_file(meta: dict, notes: str) -> str:
    """Front matter dict + notes → episode.md text (used by ``podcast new``)."""
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return f"---\n{front}---\n\n{notes.rstrip()}\n"

"""Scaffold placeholders and example domains must not reach listeners.

``podcast init`` and ``podcast new`` write placeholder text ("Skriv shownotes här…", a lone
"Inledning" chapter) and example addresses (``https://podd.example.se/``, ``podd@example.se``).
:func:`check_placeholders` finds them in ``podcast.toml`` and in the episodes about to be
published; ``podcast build`` and ``podcast publish`` refuse to go on, while a local preview
(``podcast build --base-url``, ``podcast serve``) only warns.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import ConfigError
from podcast.schema import to_plain
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

#: The start of the show notes ``podcast new`` writes (podcast/scaffold.py EPISODE_NOTES).
NOTES_PLACEHOLDER = "Skriv shownotes här"
#: The one chapter ``podcast new`` writes (podcast/scaffold.py PLACEHOLDER_CHAPTER).
CHAPTER_PLACEHOLDER = (0.0, "Inledning")

#: Host names reserved for examples (RFC 2606 / RFC 6761): example.se/.com/.org/.net, any
#: subdomain of them, and anything under the ``.example`` top-level domain.
_EXAMPLE_HOST = re.compile(
    r"(?<![\w.-])(?:[\w-]+\.)*(?:example\.(?:se|com|org|net)|[\w-]+\.example)(?![\w-]|\.\w)",
    re.IGNORECASE)


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: the file, the key or line in it, and the text found."""

    path: Path
    where: str
    found: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.found}"


class PlaceholderError(ConfigError):
    """The show still holds scaffold placeholders or example domains (all listed, one line)."""

    def __init__(self, found: list[Placeholder]) -> None:
        super().__init__([str(p) for p in found])
        self.found = list(found)
        self.message = (
            f"{len(found)} placeholder(s) from 'podcast init'/'podcast new' left: "
            + "; ".join(str(p) for p in found)
            + ". Replace them before publishing (to preview anyway: "
              "podcast build --base-url http://127.0.0.1:8000/)")


def example_hosts(text: str) -> list[str]:
    """Example host names (``podd.example.se``, ``kommun.example``) mentioned in ``text``."""
    return [m.group(0) for m in _EXAMPLE_HOST.finditer(text)]


def _strings(value: object, key: str) -> Iterator[tuple[str, str]]:
    """(dotted key, string) for every string inside plain data."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{key}.{k}" if key else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{key}[{i}]")


def _example(text: str, host: str) -> str:
    shown = text.strip() if len(text.strip()) <= 60 else host
    return f"example address {shown!r}"


def _domains(path: Path, data: object, prefix: str = "") -> Iterator[Placeholder]:
    for key, text in _strings(data, prefix):
        for host in example_hosts(text):
            yield Placeholder(path, key, _example(text, host))


def config_placeholders(ws: Workspace) -> list[Placeholder]:
    """Example domains anywhere in ``podcast.toml`` (base URL, e-mail, links)."""
    return list(_domains(ws.config_path, to_plain(ws.config)))


def episode_placeholders(episode: Episode) -> list[Placeholder]:
    """Scaffold text and example domains in one episode's front matter and notes."""
    found: list[Placeholder] = []
    meta = episode.meta
    for number, line in enumerate(episode.notes_markdown.splitlines(), episode.notes_line):
        if NOTES_PLACEHOLDER in line:
            found.append(Placeholder(episode.path, f"line {number} (notes)",
                                     f"placeholder text {NOTES_PLACEHOLDER + '…'!r}"))
        for host in example_hosts(line):
            found.append(Placeholder(episode.path, f"line {number} (notes)",
                                     f"example address {host!r}"))
    if len(meta.chapters) == 1 and (meta.chapters[0].seconds, meta.chapters[0].title) \
            == CHAPTER_PLACEHOLDER:
        found.append(Placeholder(episode.path, "chapters",
                                 "only the placeholder chapter '00:00 Inledning'; "
                                 "add the real chapters or remove the list"))
    plain = to_plain(meta)
    for key in ("title", "description", "hosts", "guests", "chapters"):
        found.extend(_domains(episode.path, plain[key], key))
    return found


def find_placeholders(ws: Workspace, episodes: Iterable[Episode]) -> list[Placeholder]:
    """Placeholders in the config and in ``episodes`` (pass the ones being published)."""
    found = config_placeholders(ws)
    for episode in episodes:
        found.extend(episode_placeholders(episode))
    return found


def check_placeholders(ws: Workspace, episodes: Iterable[Episode], *,
                       preview: bool = False) -> list[str]:
    """Raise :class:`PlaceholderError` listing every placeholder (file and key or line each);
    for a ``preview`` log each as a warning and return the warnings instead."""
    found = find_placeholders(ws, episodes)
    if found and not preview:
        raise PlaceholderError(found)
    warnings = [f"{p} (fine in a preview; replace it before publishing)" for p in found]
    for warning in warnings:
        log.warning("%s", warning)
    return warnings

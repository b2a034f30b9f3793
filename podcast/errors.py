"""One error hierarchy for every stage.

Stage modules raise these; the CLI turns them into one-line messages and exit codes.
Each error carries an optional *location* (file, and line/key/row inside it) so that the
message always names where the problem is.
"""

from __future__ import annotations


class PodcastError(Exception):
    """Base class of every error the tool reports to its user."""

    exit_code = 1

    def __init__(self, message: str, *, path: object = None, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.where = where

    def __str__(self) -> str:
        prefix = ""
        if self.path:
            prefix = self.path
            if self.where:
                prefix += f": {self.where}"
            prefix += ": "
        elif self.where:
            prefix = f"{self.where}: "
        return prefix + self.message


class ConfigError(PodcastError):
    """podcast.toml or an episode.md is invalid. Holds every problem found."""

    exit_code = 3

    def __init__(self, problems: list[str] | str, *, path: object = None) -> None:
        if isinstance(problems, str):
            problems = [problems]
        self.problems = list(problems)
        message = self.problems[0] if len(self.problems) == 1 else (
            f"{len(self.problems)} problems: " + "; ".join(self.problems)
        )
        super().__init__(message, path=path)


class WorkspaceError(PodcastError):
    """No show here, or the show folder is not laid out as expected."""

    exit_code = 3


class InputError(PodcastError):
    """A user-supplied input file (log, recording, transcript) cannot be used."""

    exit_code = 4


class InvalidValue(InputError):
    """A value cannot be read: a time (``1:02:03``), a title that gives no slug, an
    ``episode.md`` without front matter. Raised by the small parsers without a place; the
    caller that knows the file (and the key) adds it or turns it into a config problem."""


class AudioError(InputError):
    """A recording is broken, empty, silent or in an unsupported format."""


class ExternalToolError(PodcastError):
    """ffmpeg or another external program failed or is missing."""

    exit_code = 5


class StageUnavailable(PodcastError):
    """A stage cannot run here (its optional dependency or model is missing)."""

    exit_code = 6


class PublishError(PodcastError):
    """Uploading to storage failed (credentials, endpoint, bucket, permissions)."""

    exit_code = 7


class StatsError(PodcastError):
    """Listen counting failed: the statistics database or a logging bucket cannot be used
    (busy, full disk, read-only, access denied). A bad log file is an :class:`InputError`."""

    exit_code = 1


class ModelError(StageUnavailable):
    """A transcription or embedding model is missing or broken."""

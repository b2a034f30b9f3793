"""Transcription (issue #5): faster-whisper or openai-whisper → VTT, SRT, JSON, text, HTML.

The entry points are imported lazily so that ``import podcast.transcribe`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from podcast.episode import Episode
    from podcast.progress import Progress
    from podcast.transcribe.run import TranscribeResult
    from podcast.workspace import Workspace


def transcribe_episode(ws: Workspace, episode: Episode, *, progress: Progress | None = None,
                       **kwargs: object) -> TranscribeResult:
    """See :func:`podcast.transcribe.run.transcribe_episode`."""
    from podcast.transcribe.run import transcribe_episode as run

    return run(ws, episode, progress=progress, **kwargs)  # type: ignore[arg-type]


__all__ = ["transcribe_episode"]

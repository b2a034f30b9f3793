"""Audio production (issue #4): raw recording(s) → loudness-normalised, tagged MP3.

Small modules, each one step: :mod:`probe` (what a file is), :mod:`decode` (ffmpeg → float
chunks), :mod:`silence` (trim and pause cuts), :mod:`meter` (BS.1770 loudness, true peak),
:mod:`limiter` (gain + look-ahead limiter with predictable loudness), :mod:`compose`
(intro/outro, mastering graph), :mod:`encode` (MP3), :mod:`tags` (ID3 with mutagen),
:mod:`process` (one file) and :mod:`episode` (one episode of a show).

The signal-processing modules import scipy, which is slow to import; they are loaded on
first use so that ``podcast process`` on unchanged episodes stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from podcast.audio.settings import AudioSettings, ChapterMark, TagInfo

if TYPE_CHECKING:
    from podcast.audio.episode import process_episode
    from podcast.audio.process import analyse, measure_file, process_file
    from podcast.audio.result import ProcessResult

__all__ = ["AudioSettings", "ChapterMark", "ProcessResult", "TagInfo", "analyse",
           "measure_file", "process_episode", "process_file"]

_LAZY = {"analyse", "measure_file", "process_file"}


def __getattr__(name: str):
    if name in _LAZY:
        from podcast.audio import process

        return getattr(process, name)
    if name == "process_episode":  # (mutagen, for the tags, loads only when audio is made)
        from podcast.audio.episode import process_episode

        return process_episode
    if name == "ProcessResult":
        from podcast.audio.result import ProcessResult

        return ProcessResult
    raise AttributeError(f"module 'podcast.audio' has no attribute {name!r}")

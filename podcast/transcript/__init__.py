"""Transcripts: the model, reading and rendering every file format, and hand edits.

One package shared by the transcriber (``podcast transcribe``), the site build, search and the
themes' coverage report, so that every part reads and publishes a transcript the same way:

- :mod:`.model`: :class:`Word`, :class:`Segment`, :class:`Transcript` and the Podcasting 2.0
  JSON shape;
- :mod:`.readers`: WebVTT and SubRip files back into a transcript, edited plain text
  re-aligned on the timeline;
- :mod:`.render`: the one renderer of every format (VTT, SRT, JSON, TXT, HTML);
- :mod:`.edits`: which files an editor corrected by hand, and the transcript as the editor
  left it (:func:`load_transcript`).

The modules import each other in one direction only (model ← readers ← edits; model ←
render); ``tests/transcript/test_import_graph.py`` keeps it that way.
"""

from __future__ import annotations

from podcast.transcript.edits import load_transcript
from podcast.transcript.model import Segment, Transcript, Word, read_transcript_json

__all__ = ["Segment", "Transcript", "Word", "load_transcript", "read_transcript_json"]

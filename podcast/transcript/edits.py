"""Hand corrections: which transcript files an editor changed since the tool wrote them.

Beside the transcript the tool keeps ``.transcript.state.json`` with the sha256 of every file
it wrote, the audio it transcribed and the settings used. A file whose hash differs was
edited by hand; once edited, a transcript stays protected until ``--force``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from podcast.errors import InputError
from podcast.fsutil import file_sha256, write_text_atomic
from podcast.transcript import readers
from podcast.transcript.model import Transcript, read_transcript_json

log = logging.getLogger(__name__)

STATE_FILE = ".transcript.state.json"
#: Formats an editor may correct, in the order they are trusted when several changed at once.
EDITABLE = ("json", "vtt", "srt", "txt")


@dataclass
class TranscriptState:
    audio_sha256: str | None = None
    settings: str | None = None
    engine: str | None = None
    model: str | None = None
    files: dict[str, str] = field(default_factory=dict)  # format → sha256 as written
    edited: bool = False
    edited_from: str | None = None
    rendering: str | None = None  # renderer version and caption width the files were made with


def read_state(episode_dir: Path) -> TranscriptState | None:
    path = Path(episode_dir) / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("%s: unreadable (%s); treating existing transcripts as edited", path, exc)
        return None
    known = {k: v for k, v in data.items() if k in TranscriptState.__dataclass_fields__}
    return TranscriptState(**known)


def write_state(episode_dir: Path, state: TranscriptState) -> None:
    path = Path(episode_dir) / STATE_FILE
    write_text_atomic(path, json.dumps(asdict(state), indent=2, sort_keys=True) + "\n")


def transcript_files(episode_dir: Path) -> dict[str, Path]:
    """Existing transcript files by format."""
    out = {}
    for fmt in ("json", "vtt", "srt", "txt", "html"):
        p = Path(episode_dir) / f"transcript.{fmt}"
        if p.is_file():
            out[fmt] = p
    return out


def edited_formats(episode_dir: Path, state: TranscriptState | None = None) -> list[str]:
    """Formats changed by hand since the tool wrote them, newest edit first.

    Without a state record every existing transcript file counts as hand-made.
    """
    state = state if state is not None else read_state(episode_dir)
    files = transcript_files(episode_dir)
    changed = []
    for fmt, path in files.items():
        recorded = state.files.get(fmt) if state else None
        if recorded is None or recorded != file_sha256(path):
            changed.append(fmt)
    changed.sort(key=lambda f: (-files[f].stat().st_mtime_ns,
                                EDITABLE.index(f) if f in EDITABLE else 99))
    return changed


def files_as_written(episode_dir: Path, formats: tuple[str, ...], rendering: str
                     ) -> dict[str, bytes] | None:
    """The transcript files of ``formats`` as the tool last wrote them, when publishing them
    as they are gives what rendering the transcript again would: the tool wrote them with
    ``rendering`` (renderer version and caption width), from its own transcript (no edit),
    and no transcript file in the folder has changed since. None otherwise."""
    episode_dir = Path(episode_dir)
    state = read_state(episode_dir)
    if state is None or state.edited or state.rendering != rendering:
        return None
    # every transcript file in the folder, published or not, read and checked once (what
    # edited_formats checks, without reading the files a second time to publish them)
    found = {}
    for fmt, path in transcript_files(episode_dir).items():
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != state.files.get(fmt):
            return None
        found[fmt] = data
    if any(fmt not in found for fmt in formats):
        return None
    return {fmt: found[fmt] for fmt in formats}


def read_format(episode_dir: Path, fmt: str, *, base: Transcript | None = None) -> Transcript:
    """Parse one transcript file. Plain text needs ``base`` (the timed version) to align."""
    path = Path(episode_dir) / f"transcript.{fmt}"
    if fmt == "json":
        return read_transcript_json(path)
    if fmt == "vtt":
        return readers.read_vtt(path)
    if fmt == "srt":
        return readers.read_srt(path)
    if fmt == "txt":
        if base is None:
            raise InputError("an edited plain-text transcript needs transcript.json or .vtt "
                             "beside it for the times", path=path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", path=path) from None
        return readers.realign_text(base, text)
    raise InputError(f"cannot read transcripts in format {fmt!r}", path=path)


def current_transcript(episode_dir: Path) -> tuple[Transcript, str | None] | None:
    """The transcript as the editor left it: (transcript, edited format or None)."""
    episode_dir = Path(episode_dir)
    files = transcript_files(episode_dir)
    if not files:
        return None
    state = read_state(episode_dir)
    edited = [f for f in edited_formats(episode_dir, state) if f in EDITABLE]
    timed = [f for f in ("json", "vtt", "srt") if f in files]
    if not edited:
        if not timed:
            return None
        return read_format(episode_dir, timed[0]), None
    source = edited[0]
    base = None
    if source == "txt":
        unedited = [f for f in timed if f not in edited] or timed
        if not unedited:
            raise InputError("an edited plain-text transcript needs transcript.json beside it",
                             path=files["txt"])
        base = read_format(episode_dir, unedited[0])
    return read_format(episode_dir, source, base=base), source


def load_transcript(episode_dir: Path) -> Transcript | None:
    """The episode's transcript as the editor left it, or None when it has none yet.

    When an editor corrected ``transcript.vtt``, ``.srt``, ``.txt`` or ``.json`` by hand
    (detected by hash against what the tool wrote), the corrected file is what is returned,
    even before ``podcast transcribe`` has re-synchronised the other formats.
    """
    found = current_transcript(Path(episode_dir))
    return found[0] if found is not None else None

"""The review state of a transcript: machine-made, or reviewed by an editor (who, when).

It is kept beside the transcript in ``episodes/<slug>/.transcript.review.json``::

    {"state": "reviewed", "by": "Sara Lind", "at": "2026-03-02T09:15:00Z",
     "audio_sha256": "…"}

No file (or ``"state": "machine"``) means the transcript is as the recogniser wrote it.
``podcast transcribe`` keeps a review while the audio is unchanged (a reviewed transcript is
not transcribed again, like a hand edit) and drops it when it writes a new machine transcript
or the audio changed since the review.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from podcast.errors import InputError
from podcast.fsutil import write_text_atomic

log = logging.getLogger(__name__)

REVIEW_FILE = ".transcript.review.json"
MACHINE = "machine"
REVIEWED = "reviewed"


@dataclass(frozen=True)
class ReviewStatus:
    state: str = MACHINE
    by: str | None = None
    at: str | None = None  # ISO 8601, UTC, whole seconds ("2026-03-02T09:15:00Z")
    audio_sha256: str | None = None  # the audio the editor listened to

    @property
    def reviewed(self) -> bool:
        return self.state == REVIEWED

    def to_plain(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


def review_path(episode_dir: Path) -> Path:
    return Path(episode_dir) / REVIEW_FILE


def read_review(episode_dir: Path) -> ReviewStatus:
    """The transcript's review state (machine when there is no record)."""
    path = review_path(episode_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ReviewStatus()
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable review record ({exc}); delete it to mark the "
                         "transcript as not reviewed", path=path) from None
    if not isinstance(data, dict) or data.get("state") not in (MACHINE, REVIEWED):
        raise InputError("not a review record (expected \"state\": \"machine\" or "
                         "\"reviewed\")", path=path)
    if data["state"] == MACHINE:
        return ReviewStatus()
    fields = {k: str(data[k]) for k in ("by", "at", "audio_sha256")
              if isinstance(data.get(k), str)}
    return ReviewStatus(state=REVIEWED, **fields)


def is_reviewed(episode_dir: Path) -> bool:
    return read_review(episode_dir).reviewed


def iso_utc(moment: dt.datetime) -> str:
    """'2026-03-02T09:15:00Z' (a naive moment counts as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def mark_reviewed(episode_dir: Path, *, by: str, at: dt.datetime,
                  audio_sha256: str | None) -> ReviewStatus:
    """Record that ``by`` reviewed the transcript at ``at``."""
    if not by.strip():
        raise InputError("the reviewer's name is empty (use --editor NAME)", where="--editor")
    status = ReviewStatus(state=REVIEWED, by=" ".join(by.split()), at=iso_utc(at),
                          audio_sha256=audio_sha256)
    _write(review_path(episode_dir), status.to_plain())
    return status


def clear_review(episode_dir: Path) -> bool:
    """Mark the transcript machine-made again; True when it had been reviewed."""
    path = review_path(episode_dir)
    try:
        was = read_review(episode_dir).reviewed
    except InputError:
        was = False
    path.unlink(missing_ok=True)
    return was


def protects(episode_dir: Path, audio_sha256: str) -> bool:
    """Whether a review keeps ``podcast transcribe`` from transcribing again: it does while
    the audio is the one the editor listened to."""
    try:
        status = read_review(episode_dir)
    except InputError as exc:
        log.warning("%s", exc)
        return False
    return status.reviewed and status.audio_sha256 in (None, audio_sha256)


def after_transcribe(episode_dir: Path, *, audio_sha256: str, retranscribed: bool) -> str | None:
    """Drop a review that no longer holds after ``podcast transcribe``: a new machine
    transcript was written, or the audio changed since the review. Returns a warning."""
    try:
        status = read_review(episode_dir)
    except InputError as exc:
        return str(exc)
    if not status.reviewed:
        return None
    if retranscribed:
        clear_review(episode_dir)
        return "transcribed again: the transcript is machine-made, no longer reviewed"
    if status.audio_sha256 and status.audio_sha256 != audio_sha256:
        clear_review(episode_dir)
        return ("the audio changed since the transcript was reviewed: marked as not "
                "reviewed (run 'podcast review')")
    return None


def default_editor() -> str | None:
    """The reviewer's name: git's ``user.name``, else the login name."""
    git = shutil.which("git")
    if git:
        try:
            out = subprocess.run([git, "config", "--get", "user.name"], capture_output=True,
                                 text=True, timeout=10, check=False)
            name = out.stdout.strip()
            if name:
                return name
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        return getpass.getuser() or None
    except (OSError, KeyError):
        return None


def _write(path: Path, data: dict) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

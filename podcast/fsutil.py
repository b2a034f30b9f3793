"""File-system plumbing every stage shares.

- **Atomic writes**: :func:`write_bytes_atomic` / :func:`write_text_atomic` for data in hand,
  :func:`atomic_writer` for a writer that streams into an open file, and :func:`atomic_path`
  for a tool that writes a file by name (ffmpeg, ``torch.save``, a copy). The data goes to a
  hidden temporary file in the target's folder, is flushed to disk (fsync) and then renamed
  over the target, so a reader sees the old file or the new one, never half of one. On any
  failure the temporary file is removed and the old file is left as it was. Output that is
  rebuilt from its inputs anyway (the site, caches) passes ``durable=False``: still atomic,
  without the fsync (which costs milliseconds per file, seconds for a whole site).
- **Streaming hash**: :func:`file_sha256` reads in chunks (a long MP3 is never held in memory).
- **The user cache folder**: :func:`user_cache_dir` (``$XDG_CACHE_HOME/kommunpodd``, else
  ``~/.cache/kommunpodd``) for a command run outside a show.
- **gzip-aware reading**: :func:`open_maybe_gzip` (a stream) and :func:`gunzip_if_gzip`
  (bytes in hand) undo gzip when the data starts with its magic bytes, whatever the file name.

Errors are left to the caller (it knows which :class:`~podcast.errors.PodcastError` fits),
except where a helper opens a user's input file: those raise :class:`InputError` naming it.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from podcast.errors import InputError, PodcastError

#: The first two bytes of every gzip stream.
GZIP_MAGIC = b"\x1f\x8b"
#: Read size of the streaming hash (1 MiB).
HASH_CHUNK = 1 << 20
#: The application's folder name inside the user cache folder.
APP_NAME = "kommunpodd"


# --- atomic writes ----------------------------------------------------------------------------


def temp_path_for(path: Path) -> Path:
    """A fresh hidden name next to ``path`` for its temporary copy (``.name.<pid><rand>.tmp``).

    Hidden and ending in ``.tmp``, so a leftover is never published (see
    :func:`podcast.publish.local.is_ignored`)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}{secrets.token_hex(3)}.tmp")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: Path, *, suffix: str = "", durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; when the block ends normally, fsync it
    (unless not ``durable``) and rename it over ``path``. On an exception the temporary file
    is removed and ``path`` is untouched. For tools that write a file by name. ``suffix`` is
    appended to the temporary name (for a tool that picks its output format from the
    extension)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(path)
    if suffix:
        tmp = tmp.with_name(tmp.name + suffix)
    try:
        yield tmp
        if durable:
            _fsync(tmp)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "wb", *, encoding: str | None = None,
                  durable: bool = True) -> Iterator[IO]:
    """An open file (``"wb"`` or ``"w"``) whose content replaces ``path`` atomically when the
    block ends normally. On an exception nothing changes at ``path``. The file gets the usual
    permissions of a new file (0666 less the umask)."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_writer mode must be 'wb' or 'w', not {mode!r}")  # programming
    path = Path(path)
    tmp = temp_path_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(tmp, flags, 0o666)
    except FileNotFoundError:  # the folder is missing: make it (not asked for every file)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, flags, 0o666)
    try:
        if mode == "w":
            fh: IO = os.fdopen(fd, "w", encoding=encoding or "utf-8", newline="")
        else:
            fh = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    replaced = False
    try:
        with fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
        replaced = True
    finally:
        if not replaced:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _write_all(fh: BinaryIO, data: bytes) -> None:
    """Where the in-hand writers put bytes on disk (a disk-full test fakes it)."""
    fh.write(data)


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically (folders are created)."""
    with atomic_writer(path, "wb", durable=durable) as fh:
        _write_all(fh, data)


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8",
                      durable: bool = True) -> None:
    """Replace ``path`` with ``text`` atomically; newlines are written as given."""
    write_bytes_atomic(path, text.encode(encoding), durable=durable)


def write_output(path: Path, data: bytes | str, *, durable: bool = True) -> None:
    """Write a file the user asked for (a report, a state file) atomically; ``str`` is
    UTF-8. A full disk or a missing permission is a one-line :class:`PodcastError` naming
    ``path``, and the file that was there before is left as it was."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data, durable=durable)
    except OSError as exc:
        raise PodcastError(f"cannot write: {exc.strerror or exc}", path=path) from None


# --- hashing ----------------------------------------------------------------------------------


def update_from_file(hasher: hashlib._Hash, path: Path, *, chunk: int = HASH_CHUNK) -> None:
    """Feed the file's bytes to ``hasher`` in chunks."""
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            hasher.update(block)


def file_sha256(path: Path, *, chunk: int = HASH_CHUNK) -> str:
    """Hex SHA-256 of a file's content, read in chunks of ``chunk`` bytes."""
    h = hashlib.sha256()
    update_from_file(h, path, chunk=chunk)
    return h.hexdigest()


# --- the user cache folder --------------------------------------------------------------------


def user_cache_dir(*parts: str) -> Path:
    """``$XDG_CACHE_HOME/kommunpodd/<parts>`` (``~/.cache`` when the variable is unset or
    empty). Not created here."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, APP_NAME, *parts)


# --- gzip-aware reading -----------------------------------------------------------------------


def open_input(path: Path, *, what: str = "file") -> io.BufferedReader:
    """A user's input file opened for reading bytes. A missing file, a folder or an unreadable
    file raises :class:`InputError` naming it (``what`` is the kind of file expected, for the
    message about a folder)."""
    try:
        return open(path, "rb")  # returned to the caller, who closes it
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what}", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None


def open_maybe_gzip(path: Path, *, what: str = "file") -> BinaryIO:
    """:func:`open_input`, transparently gunzipped when the file starts with the gzip magic
    (the name does not matter). For a gzip file the stream's ``fileobj`` is the file on disk."""
    raw = open_input(path, what=what)
    if raw.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_maybe_gzip(path: Path, *, what: str = "file") -> bytes:
    """The whole content of a user's input file, gunzipped when it is gzip data."""
    with open_input(path, what=what) as fh:
        try:
            raw = fh.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    return gunzip_if_gzip(raw, path=path)


def gunzip_if_gzip(raw: bytes, *, path: object = None) -> bytes:
    """``raw`` decompressed when it is gzip data, else unchanged. Broken gzip data raises
    :class:`InputError` naming ``path``."""
    if raw[:2] == GZIP_MAGIC:
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(f"broken gzip file ({exc})", path=path) from None
    return raw

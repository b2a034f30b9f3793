"""podcast.fsutil: atomic writes keep the old file on any failure, the streaming hash equals
hashlib's, the user cache folder follows XDG_CACHE_HOME, gzip is undone by content."""

from __future__ import annotations

import errno
import gzip
import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from podcast import fsutil
from podcast.errors import InputError, PodcastError


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_text_and_bytes_replace_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.txt"
    fsutil.write_text_atomic(target, "första\n")
    assert target.read_text(encoding="utf-8") == "första\n"
    fsutil.write_bytes_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert _leftovers(target.parent) == []


def test_rebuildable_output_may_skip_the_fsync(tmp_path: Path, monkeypatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    fsutil.write_text_atomic(tmp_path / "sida.html", "<p>x</p>", durable=False)
    with fsutil.atomic_path(tmp_path / "bild.png", durable=False) as tmp:
        tmp.write_bytes(b"png")
    assert synced == []
    fsutil.write_text_atomic(tmp_path / "episode.md", "---\n")
    with fsutil.atomic_path(tmp_path / "avsnitt.mp3") as tmp:
        tmp.write_bytes(b"mp3")
    assert len(synced) == 2
    assert (tmp_path / "sida.html").read_text() == "<p>x</p>"
    assert (tmp_path / "bild.png").read_bytes() == b"png"
    assert _leftovers(tmp_path) == []


def test_atomic_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fsutil.write_text_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644


def test_a_failure_mid_write_leaves_the_old_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("gammal", encoding="utf-8")
    with pytest.raises(RuntimeError), fsutil.atomic_writer(target, "w") as fh:
        fh.write("ny och halv")
        fh.flush()
        raise RuntimeError("the writer crashed")
    assert target.read_text(encoding="utf-8") == "gammal"
    assert _leftovers(tmp_path) == []


def test_a_full_disk_is_one_error_naming_the_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "rapport.csv"
    target.write_bytes(b"old")

    def disk_full(fh: BinaryIO, data: bytes) -> None:
        fh.write(data[:3])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "_write_all", disk_full)
    with pytest.raises(PodcastError) as info:
        fsutil.write_output(target, "new content")
    assert str(info.value) == f"{target}: cannot write: No space left on device"
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_atomic_path_for_tools_that_write_by_name(tmp_path: Path) -> None:
    target = tmp_path / "bild.png"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), fsutil.atomic_path(target, suffix=".png") as tmp:
        assert tmp.parent == tmp_path and tmp.name.endswith(".tmp.png")
        tmp.write_bytes(b"half")
        raise ValueError("the tool failed")
    assert target.read_bytes() == b"old"
    with fsutil.atomic_path(target) as tmp:
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_streaming_hash_matches_hashlib_on_a_multi_chunk_file(tmp_path: Path) -> None:
    data = os.urandom(3 * 4096 + 17)
    path = tmp_path / "ljud.mp3"
    path.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    assert fsutil.file_sha256(path, chunk=4096) == expected
    assert fsutil.file_sha256(path) == expected
    empty = tmp_path / "tom"
    empty.write_bytes(b"")
    assert fsutil.file_sha256(empty) == hashlib.sha256(b"").hexdigest()


def test_user_cache_dir_follows_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fsutil.user_cache_dir("models") == tmp_path / "kommunpodd" / "models"
    monkeypatch.setenv("XDG_CACHE_HOME", "")
    monkeypatch.setenv("HOME", str(tmp_path / "hem"))
    assert fsutil.user_cache_dir() == tmp_path / "hem" / ".cache" / "kommunpodd"


def test_gzip_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    packed = tmp_path / "logg.txt"  # no .gz in the name
    packed.write_bytes(gzip.compress(b"rad 1\nrad 2\n"))
    plain = tmp_path / "logg.gz"  # .gz in the name, plain inside
    plain.write_bytes(b"rad 1\n")
    assert fsutil.read_maybe_gzip(packed) == b"rad 1\nrad 2\n"
    assert fsutil.read_maybe_gzip(plain) == b"rad 1\n"
    with fsutil.open_maybe_gzip(packed) as fh:
        assert fh.read() == b"rad 1\nrad 2\n"
    with fsutil.open_maybe_gzip(plain) as fh:
        assert fh.read() == b"rad 1\n"


def test_input_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "trasig.csv"
    broken.write_bytes(gzip.compress(b"x" * 100)[:12])
    with pytest.raises(InputError, match="broken gzip file"):
        fsutil.read_maybe_gzip(broken)
    with pytest.raises(InputError) as info:
        fsutil.open_maybe_gzip(tmp_path / "saknas.log")
    assert str(info.value) == f"{tmp_path / 'saknas.log'}: file not found"
    with pytest.raises(InputError) as info:
        fsutil.open_maybe_gzip(tmp_path, what="log file")
    assert str(info.value) == f"{tmp_path}: is a folder, not a log file"

"""A full disk while `podcast process` writes (#19.9): one line naming the path, exit code not
70, the outputs of the previous run intact. The disk is faked only where the atomic writer puts
bytes on the disk (the media info); everything else (ffmpeg, the MP3, the tags) is real."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import BinaryIO

from podcast import fsutil
from podcast.audio.settings import TagInfo
from podcast.audio.tags import write_tags
from podcast.cli import cli
from podcast.errors import PodcastError

SLUG = "sophamtning-och-atervinning"


def _disk_full(fh: BinaryIO, data: bytes) -> None:
    fh.write(data[: len(data) // 2])  # half of it lands, then the disk is full
    raise OSError(errno.ENOSPC, "No space left on device", fh.name)


def test_process_on_a_full_disk_names_the_path_and_keeps_earlier_outputs(
        runner, demo_show, monkeypatch):
    first = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert first.exit_code == 0, first.output
    info_path = demo_show / "build" / "audio" / f"{SLUG}.json"
    before = info_path.read_bytes()
    monkeypatch.setattr(fsutil, "_write_all", _disk_full)
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG, "--force"])
    assert result.exit_code not in (0, 70), result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert errors == [f"Error: {info_path}: cannot write: No space left on device"]
    assert "Traceback" not in result.output
    assert info_path.read_bytes() == before
    assert [p.name for p in info_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_run_reports_a_full_disk_once_and_goes_on(runner, demo_show, monkeypatch):
    monkeypatch.setattr(fsutil, "_write_all", _disk_full)
    result = runner.invoke(cli, ["--show", str(demo_show), "run", SLUG, "--stage", "process"])
    assert result.exit_code == 1, result.output
    info_path = demo_show / "build" / "audio" / f"{SLUG}.json"
    assert f"  failed: {info_path}: cannot write: No space left on device" in result.output
    assert result.output.count("No space left") == 1
    assert not info_path.exists()


def test_tag_writer_errors_name_the_file(tmp_path):
    for target in (tmp_path, tmp_path / "saknas" / "x.mp3"):  # a folder; a missing folder
        try:
            write_tags(target, TagInfo(title="x"), [])
        except PodcastError as exc:
            assert str(exc).startswith(f"{target}: cannot write the ID3 tag: ")
        else:
            raise AssertionError("no error")


# --- #18: the disk fills while ffmpeg writes the MP3 ---------------------------------------------
# The MP3's temporary name (where process_file has ffmpeg write) is made a symlink to /dev/full,
# on which every write fails with ENOSPC: the real ffmpeg meets a full disk, nothing is faked.
def test_encoder_on_a_full_disk_names_the_mp3_not_the_recordings(runner, demo_show, monkeypatch):
    first = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG])
    assert first.exit_code == 0, first.output
    mp3 = demo_show / "build" / "audio" / f"{SLUG}.mp3"
    before = mp3.read_bytes()
    made: list[Path] = []
    real_temp_path = fsutil.temp_path_for

    def full_for_the_mp3(path: Path) -> Path:
        tmp = real_temp_path(path)
        if Path(path) == mp3:
            tmp.symlink_to("/dev/full")
            made.append(tmp)
        return tmp

    monkeypatch.setattr(fsutil, "temp_path_for", full_for_the_mp3)
    result = runner.invoke(cli, ["--show", str(demo_show), "process", SLUG, "--force"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert errors == [f"Error: {mp3}: cannot write the MP3: No space left on device"]
    assert "inspelning" not in result.output and "Broken pipe" not in result.output
    assert "Traceback" not in result.output
    assert mp3.read_bytes() == before  # the previous MP3 is kept
    assert len(made) == 1
    assert not made[0].exists() and not made[0].is_symlink()  # the temporary name is gone


def test_a_write_failure_is_found_when_ffmpeg_exits_0(tmp_path):
    """A short file is still buffered when ffmpeg writes its trailer: the write fails but
    ffmpeg (7.x) exits 0, so the error output decides."""
    import subprocess

    from podcast.audio.encode import output_write_error
    from podcast.ffmpeg import ffmpeg_path

    out = tmp_path / "kort.mp3"
    out.symlink_to("/dev/full")
    proc = subprocess.run([ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
                           "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "libmp3lame",
                           "-f", "mp3", "-y", str(out)], capture_output=True, text=True)
    assert output_write_error(proc.stderr, out) == "No space left on device", proc.stderr
    assert output_write_error("[mp3 @ 0x1] Invalid sample rate\n", out) is None

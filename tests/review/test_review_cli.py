"""``podcast review`` as a user runs it: prints the address, serves the page until Ctrl-C;
mistakes are one line."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from reviewkit import make_review_show

from podcast.cli import cli


def test_review_command_serves_the_page_until_interrupted(tmp_path: Path) -> None:
    show = make_review_show(tmp_path / "show")
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "--show", str(show), "review",
                             "--no-browser", "--editor", "Sara Lind"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        m = re.match(r"Reviewing snorojning at (http://127\.0\.0\.1:\d+/[\w-]+/) "
                     r"\(Ctrl-C stops\)$", first.strip())
        assert m, (first, proc.stderr.read() if proc.poll() is not None else "")
        url = m.group(1)
        with urllib.request.urlopen(url, timeout=30) as resp:
            assert resp.status == 200 and b"review.js" in resp.read()
        with urllib.request.urlopen(url + "api/transcript", timeout=30) as resp:
            doc = json.loads(resp.read())
        assert doc["slug"] == "snorojning" and len(doc["cues"]) == 4
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Stopped." in out and "Traceback" not in err


def test_review_mistakes_are_one_line(tmp_path: Path, runner) -> None:
    show = make_review_show(tmp_path / "show")
    result = runner.invoke(cli, ["--show", str(show), "review", "nosuch", "--no-browser"])
    assert result.exit_code == 3
    assert result.output.strip().splitlines() == [
        f"Error: {show / 'episodes'}: no episode 'nosuch' (episodes: snorojning)"]
    for name in ("json", "vtt", "srt", "txt", "html"):
        (show / "episodes" / "snorojning" / f"transcript.{name}").unlink()
    result = runner.invoke(cli, ["--show", str(show), "review", "snorojning", "--no-browser"])
    assert result.exit_code == 4
    assert len(result.output.strip().splitlines()) == 1
    assert "no transcript to review; run 'podcast transcribe' first" in result.output
    (show / "build" / "audio" / "snorojning.mp3").unlink()
    result = runner.invoke(cli, ["--show", str(show), "review", "--no-browser"])
    assert result.exit_code == 4
    assert "every transcript is reviewed (or none is made yet)" in result.output

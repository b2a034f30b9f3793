"""`podcast search … | head`: a reader that closes standard output early ends the command
quietly (exit 0, nothing on stderr), not with exit 70 and an "Internal error"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CONFIG = """\
[show]
title = "Kommunpodden"
description = "Om kommunens tjänster"
author = "Kommunen"
owner_email = "podd@kommunen.test"
base_url = "https://podd.kommunen.test/"
"""

SENTENCE = ("Plogvallen vid din utfart måste du skotta bort själv, och sandlådan vid "
            "busshållplatsen fylls på när det har varit halt i flera dagar. ")


def _show(root: Path, episodes: int = 40, segments: int = 60) -> None:
    (root / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    for n in range(episodes):
        folder = root / "episodes" / f"avsnitt-{n:02d}"
        folder.mkdir(parents=True)
        (folder / "episode.md").write_text(textwrap.dedent(f"""\
            ---
            title: Snöröjning del {n}
            date: 2026-01-{n % 28 + 1:02d}T08:00:00
            ---

            Om plogning.
            """), encoding="utf-8")
        data = {"version": "1.0.0", "segments": [
            {"startTime": 10.0 * i, "endTime": 10.0 * i + 9, "body": SENTENCE * 3}
            for i in range(segments)]}
        (folder / "transcript.json").write_text(json.dumps(data, ensure_ascii=False),
                                                encoding="utf-8")


#: This checkout, whatever is installed.
ENV = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))


def _podcast(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "podcast", "--show", str(root), *args]


def _run_and_close_early(root: Path, *args: str) -> tuple[int, str, bytes]:
    proc = subprocess.Popen(_podcast(root, *args), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(200)  # what `head -c 200` would take
    proc.stdout.close()  # ... before the command has written everything
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=300), err, head


def test_search_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    _show(tmp_path)
    # index first, so that what follows only prints
    index = subprocess.run(_podcast(tmp_path, "search", "plogvallen", "--reindex"),
                           capture_output=True, text=True, env=ENV)
    assert index.returncode == 0, index.stderr
    full = subprocess.run(_podcast(tmp_path, "search", "plogvallen", "--limit", "1000"),
                          capture_output=True, env=ENV)
    assert full.returncode == 0
    assert len(full.stdout) > 256 * 1024  # far more than a pipe holds: the writer must block
    for fmt in ("table", "json"):
        code, err, head = _run_and_close_early(tmp_path, "search", "plogvallen",
                                               "--limit", "1000", "--format", fmt)
        assert head
        if fmt == "table":
            assert full.stdout.startswith(head)
        assert code == 0, err
        assert err == ""

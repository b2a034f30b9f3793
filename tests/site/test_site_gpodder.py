"""A real podcast client (Debian gPodder's ``gpo``) subscribes to the feed served by
``podcast serve`` and downloads every episode."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from site_showkit import NOW, make_show

from podcast.serve import serve_in_thread
from podcast.site import build_site
from podcast.workspace import Workspace

pytestmark = pytest.mark.slow


def test_gpodder_subscribes_and_downloads(tmp_path: Path) -> None:
    gpo = shutil.which("gpo")
    if gpo is None:
        pytest.fail("gPodder's 'gpo' is missing: apt-get install -y gpodder")
    show = make_show(tmp_path / "show", audio="real")
    ws = Workspace.load(show)
    ws.site_dir.mkdir(parents=True)
    server, base = serve_in_thread(ws.site_dir)
    try:
        result = build_site(ws, now=NOW, search=False, base_url=base)
        assert result.published == ["bygglov", "snorojning"]
        env = dict(os.environ, GPODDER_HOME=str(tmp_path / "gpo"),
                   GPODDER_DOWNLOAD_DIR=str(tmp_path / "downloads"))

        def run(*args: str) -> str:
            proc = subprocess.run([gpo, *args], env=env, capture_output=True, text=True,
                                  timeout=120)
            assert proc.returncode == 0, proc.stderr
            return proc.stdout

        run("subscribe", base + "feed.xml")
        assert "2 new episodes" in run("update")
        out = run("download")
        assert "2 episodes downloaded" in out, out
    finally:
        server.shutdown()
        server.server_close()
    files = {p.name: p.stat().st_size for p in (tmp_path / "downloads").rglob("*.mp3")}
    assert files == {f"{slug}.mp3": ws.processed_audio_path(slug).stat().st_size
                     for slug in ("bygglov", "snorojning")}

"""The static search index: Pagefind (``pagefind[bin]`` from PyPI) over the episode pages.

Pagefind reads the ``lang`` of each page (Swedish stemming for ``sv``) and indexes only the
elements marked ``data-pagefind-body`` (the episode pages: notes and transcript). The index is
built into a temporary folder next to the site and swapped in, so a failed run leaves the
previous index in place.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from podcast.errors import ExternalToolError, StageUnavailable

log = logging.getLogger(__name__)

BUNDLE_DIR = "pagefind"


def pagefind_command() -> list[str]:
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise StageUnavailable("site search needs Pagefind: pip install 'pagefind[bin]'") from None
    return [sys.executable, "-m", "pagefind"]


def build_search_index(site_dir: Path, *, language: str | None = None,
                       timeout: float = 600) -> Path:
    """Index ``site_dir`` into ``site_dir/pagefind`` (replacing the previous index)."""
    site_dir = Path(site_dir)
    staging = site_dir.parent / f".{BUNDLE_DIR}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    cmd = [*pagefind_command(), "--site", str(site_dir), "--output-path", str(staging), "--silent"]
    if language:
        cmd += ["--force-language", language.split("-")[0].lower()]
    log.info("indexing the site with Pagefind")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        shutil.rmtree(staging, ignore_errors=True)
        raise ExternalToolError(f"Pagefind did not finish within {timeout:.0f} s",
                                path=site_dir) from None
    if proc.returncode != 0 or not (staging / "pagefind.js").is_file():
        shutil.rmtree(staging, ignore_errors=True)
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise ExternalToolError(
            f"Pagefind failed (exit {proc.returncode}): {detail[-1] if detail else 'no output'}",
            path=site_dir)
    target = site_dir / BUNDLE_DIR
    old = site_dir.parent / f".{BUNDLE_DIR}-old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target

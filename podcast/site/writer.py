"""Writing the site: atomic (:mod:`podcast.fsutil`), and only when the content changed.

Unchanged files keep their modification time, so a rebuild that changes nothing touches
nothing (and publishing/search indexing can skip them).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import PodcastError
from podcast.fsutil import atomic_path, write_output

log = logging.getLogger(__name__)


@dataclass
class SiteWriter:
    root: Path
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept: set[str] = field(default_factory=set)  # every path the build produced (relative)

    def _target(self, relative: str) -> Path:
        self.kept.add(relative)
        return self.root / relative

    def write_bytes(self, relative: str, data: bytes) -> bool:
        """Write ``data`` unless the file already holds exactly it. True when written."""
        path = self._target(relative)
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                self.unchanged += 1
                return False
        except FileNotFoundError:
            pass
        write_output(path, data, durable=False)  # the site is rebuilt from its inputs
        self.written.append(relative)
        return True

    def write_text(self, relative: str, text: str) -> bool:
        return self.write_bytes(relative, text.encode("utf-8"))

    def mark(self, relative: str) -> None:
        """Keep an existing file without rewriting it (its inputs did not change)."""
        self.kept.add(relative)
        self.unchanged += 1

    def copy_file(self, relative: str, source: Path, *, link: bool = False) -> bool:
        """Hard-link (``link``) or copy ``source`` unless the target already matches it."""
        path = self._target(relative)
        try:
            src = source.stat()
        except FileNotFoundError:
            raise PodcastError("file not found", path=source) from None
        try:
            dst = path.stat()
            if (dst.st_ino == src.st_ino and dst.st_dev == src.st_dev) or (
                    dst.st_size == src.st_size and dst.st_mtime_ns == src.st_mtime_ns):
                self.unchanged += 1
                return False
        except FileNotFoundError:
            pass
        try:
            with atomic_path(path, durable=False) as tmp:
                if link:
                    try:
                        os.link(source, tmp)
                    except OSError:
                        shutil.copy2(source, tmp)
                else:
                    shutil.copy2(source, tmp)
        except OSError as exc:
            raise PodcastError(f"cannot copy {source}: {exc.strerror}", path=path) from None
        self.written.append(relative)
        return True

    def remove_stale(self, owned_dirs: tuple[str, ...]) -> list[str]:
        """Delete files under ``owned_dirs`` that this build did not produce (e.g. an episode
        that became a draft again). Other folders (pagefind/, user files) are left alone."""
        removed = []
        root = str(self.root)
        cut = len(root) + 1
        for top in owned_dirs:
            base = os.path.join(root, top)
            if not os.path.isdir(base):
                continue
            for folder, _dirs, files in os.walk(base, topdown=False):
                rel_folder = folder[cut:].replace(os.sep, "/")
                for name in files:
                    rel = f"{rel_folder}/{name}"
                    if rel not in self.kept:
                        os.unlink(os.path.join(folder, name))
                        removed.append(rel)
                if folder != base and not os.listdir(folder):
                    os.rmdir(folder)
        return sorted(removed)

"""The user manual: the MkDocs site under ``docs/`` (``mkdocs.yml`` at the repository root).

``podcast docs`` is a thin layer over these functions: :func:`find_config` locates
``mkdocs.yml``, :func:`build_manual` writes the static site into a folder and
:func:`serve_manual` previews it with live reload. MkDocs is an optional extra
(``pip install 'kommunpodd[docs]'``); without it both raise :class:`StageUnavailable`.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path

from podcast.errors import ExternalToolError, StageUnavailable

log = logging.getLogger(__name__)

CONFIG_NAME = "mkdocs.yml"
INSTALL_HINT = "pip install 'kommunpodd[docs]'"


def find_config(start: Path | None = None) -> Path:
    """``mkdocs.yml`` in ``start`` (default: the working directory) or a parent folder, else
    the one of the source checkout this package runs from (an editable install)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file() and (folder / "docs").is_dir():
            return candidate
    checkout = Path(__file__).resolve().parents[1] / CONFIG_NAME
    if checkout.is_file():
        return checkout
    raise StageUnavailable(f"no {CONFIG_NAME} in {here} or its parents: the manual ships with "
                           "the source repository (git clone), not with the installed package")


def _env() -> dict[str, str]:
    # Material for MkDocs prints a multi-line notice about its future on every run; the
    # variable it documents turns that off so only real problems reach the user.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _require_mkdocs() -> None:
    if importlib.util.find_spec("mkdocs") is None:
        raise StageUnavailable(f"MkDocs is not installed: {INSTALL_HINT}")


def build_manual(site_dir: Path, *, config: Path | None = None, strict: bool = True) -> Path:
    """Build the manual into ``site_dir`` (``mkdocs build``; strict: a broken link fails).

    Returns the folder's ``index.html``.
    """
    _require_mkdocs()
    config = config or find_config()
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config),
               "--site-dir", str(Path(site_dir).resolve())]
    if strict:
        command.append("--strict")
    log.info("building the manual: %s", " ".join(command))
    done = subprocess.run(command, capture_output=True, text=True, cwd=config.parent,
                          env=_env())
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr or done.stdout).splitlines()
                 if line.strip()]
        problems = [line for line in lines if line.startswith(("ERROR", "WARNING"))] or lines
        detail = " ".join(problems[0].split()) if problems else f"exit code {done.returncode}"
        more = f" (and {len(problems) - 1} more; run with -v)" if len(problems) > 1 else ""
        for line in lines:
            log.info("mkdocs: %s", line)
        raise ExternalToolError(f"mkdocs build failed: {detail}{more}", path=config)
    return Path(site_dir) / "index.html"


def serve_manual(*, host: str = "127.0.0.1", port: int = 8001,
                 config: Path | None = None) -> None:
    """Preview the manual at ``http://host:port/`` until Ctrl-C (``mkdocs serve``)."""
    _require_mkdocs()
    config = config or find_config()
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config),
               "--dev-addr", f"{host}:{port}"]
    log.info("serving the manual: %s", " ".join(command))
    try:
        code = subprocess.run(command, cwd=config.parent, env=_env()).returncode
    except KeyboardInterrupt:
        return
    if code not in (0, 130, -2):
        raise ExternalToolError(f"mkdocs serve stopped with exit code {code} (is port {port} "
                                "in use? try --port)", path=config)

"""Shared fixtures: the shared data folder, a copy of the demo show, a CLI runner."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (present on developer machines and in CI)."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.fail(f"shared data not found at {data}")
    return data


def copy_demo_show(target: Path) -> Path:
    """Copy the repository's demo show (config, episodes, templates, assets) to ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "podcast.toml", target / "podcast.toml")
    for folder in ("episodes", "templates", "assets"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, target / folder, dirs_exist_ok=True)
    return target


@pytest.fixture
def demo_show(tmp_path: Path) -> Path:
    """A fresh, writable copy of the demo show."""
    return copy_demo_show(tmp_path / "show")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _restore_podcast_logger():
    """CLI commands attach a stderr handler to the ``podcast`` logger and stop propagation;
    put the logger back afterwards so later tests' ``caplog`` sees records again."""
    logger = logging.getLogger("podcast")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]

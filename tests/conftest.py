"""Shared fixtures: the shared data folder, a copy of the demo show, a CLI runner, and headless
Chromium (Debian ``chromium`` driven by Playwright) with axe-core for the browser tests."""

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


CHROMIUM = "/usr/bin/chromium"
#: Without the background-networking flags Chromium keeps trying hosts this closed network
#: refuses; autoplay lets the player tests start audio without a click.
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--autoplay-policy=no-user-gesture-required"]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole test session."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install -y chromium")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def axe_violations(page) -> list:  # noqa: ANN001 - a Playwright Page
    """axe-core's WCAG 2.1 A/AA violations on the page: rule id and the elements hit."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} missing: run 'npm ci' in the repository root")
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}))",
        WCAG_TAGS)


@pytest.fixture
def axe():
    """:func:`axe_violations`, for tests that need it."""
    return axe_violations

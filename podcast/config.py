"""The show configuration, ``podcast.toml``: typed, validated once at load.

Every section is a dataclass; :func:`load_config` reports every problem at once, each
with the file name and the dotted key (``podcast.toml: audio.target_lufs: expected a number``).
"""

from __future__ import annotations

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


@dataclass
class Person:
    name: str
    role: str = "host"
    href: str | None = None
    img: str | None = None


@dataclass
class ShowSection:
    title: str
    description: str
    author: str
    owner_email: str = field(metadata={"help": "a role mailbox, e.g. podd@kommun.se"})
    base_url: str = field(metadata={"help": "public URL of the site, e.g. https://podd.kommun.se/"})
    owner_name: str | None = None
    language: str = "sv"
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

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if "@" not in self.owner_email:
            problems.append(("owner_email", f"not an e-mail address: {self.owner_email!r}"))
        if not self.base_url.startswith(("http://", "https://")):
            problems.append(("base_url", f"must start with https:// (got {self.base_url!r})"))
        if len(self.description.encode("utf-8")) > 4000:
            problems.append(("description", "longer than 4000 bytes (Apple's limit)"))
        if not (2 <= len(self.language) <= 5):
            problems.append(("language",
                             f"expected a language code like 'sv', got {self.language!r}"))
        return problems

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
    sample_rate: int = 44100
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

    def validate(self) -> list[tuple[str, str]]:
        if self.sample_rate not in (22050, 44100, 48000):
            return [("sample_rate", f"must be 22050, 44100 or 48000; got {self.sample_rate}")]
        return []

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
    language: str | None = None
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

    bucket: str | None = None
    prefix: str = ""
    region: str | None = None
    endpoint_url: str | None = field(default=None, metadata={
        "help": "S3-compatible endpoint, e.g. https://s3.example.se (empty: AWS S3)"})
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

    def validate(self) -> list[tuple[str, str]]:
        problems = []
        if self.endpoint_url and not self.endpoint_url.startswith(("http://", "https://")):
            problems.append(("endpoint_url",
                             f"must start with https:// or http:// (got {self.endpoint_url!r})"))
        if self.bucket is not None and not (3 <= len(self.bucket) <= 63):
            problems.append(("bucket",
                             f"a bucket name has 3 to 63 characters (got {self.bucket!r})"))
        return problems


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

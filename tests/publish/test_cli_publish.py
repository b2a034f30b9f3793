"""``podcast publish`` on the command line, against the real SeaweedFS server."""

from __future__ import annotations

import json
import re
import socket
import time
from pathlib import Path

import pytest

from podcast.cli import cli

pytestmark = pytest.mark.slow  # a real SeaweedFS server


def run(runner, show: Path, *args: str):
    return runner.invoke(cli, ["publish", "--show", str(show), *args])


def test_dry_run_then_publish_then_nothing_to_do(runner, show, s3_server, bucket):
    dry = run(runner, show, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert re.search(r"upload\s+podd/media/snow\.mp3\s+\(new, [\d.]+ kB\)", dry.output)
    summary = dry.output.strip().splitlines()[-1]
    assert re.search(r"upload 14 \([\d.]+ kB\), skip 0 \(0 B\), delete 0 \(0 B\); nothing was "
                     r"changed\.$", summary), summary
    assert s3_server.client().list_objects_v2(Bucket=bucket).get("KeyCount", 0) == 0
    assert "cors    add a rule: GET/HEAD from any origin" in dry.output

    first = run(runner, show)
    assert first.exit_code == 0, first.output
    assert f"Published to s3://{bucket}/podd/ at {s3_server.endpoint_url}: uploaded 14 " \
        in first.output
    assert s3_server.client().list_objects_v2(Bucket=bucket)["KeyCount"] == 14
    assert f"CORS rule added to bucket {bucket}: GET/HEAD from any origin." in first.output

    second = run(runner, show)
    assert second.exit_code == 0, second.output
    assert "uploaded 0 (0 B), skipped 14, deleted 0." in second.output
    assert "CORS" not in second.output
    cached = json.loads((show / "build" / "cache" / "publish" / "hashes.json").read_text())
    assert len(cached["files"]) == 14

    (show / "build" / "site" / "cover.jpg").unlink()
    third = run(runner, show)
    assert "1 remote file(s) are no longer built (run with --delete" in third.output
    fourth = run(runner, show, "--delete", "--dry-run")
    assert "delete  podd/cover.jpg  (not in the build," in fourth.output
    fifth = run(runner, show, "--delete")
    assert "uploaded 0 (0 B), skipped 13, deleted 1." in fifth.output


def test_flags_override_config(runner, show, s3_server, bucket):
    result = run(runner, show, "--prefix", "/annan/plats/", "--workers", "2")
    assert result.exit_code == 0, result.output
    keys = [o["Key"] for o in s3_server.client().list_objects_v2(Bucket=bucket)["Contents"]]
    assert "annan/plats/feed.xml" in keys and not any(k.startswith("podd/") for k in keys)


def one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_missing_bucket(runner, show, s3_server):
    line = one_line_error(run(runner, show, "--bucket", "finns-inte-har"), 7)
    assert "bucket 'finns-inte-har' does not exist" in line


def test_wrong_endpoint(runner, show):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    line = one_line_error(run(runner, show, "--endpoint-url", f"http://127.0.0.1:{port}"), 7)
    assert f"cannot connect to http://127.0.0.1:{port}" in line


def test_wrong_secret(runner, show, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    line = one_line_error(run(runner, show), 7)
    assert "the storage service rejected the credentials (SignatureDoesNotMatch)" in line


def test_unknown_access_key(runner, show, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIANOSUCHKEY")
    line = one_line_error(run(runner, show), 7)
    assert "the storage service rejected the credentials (InvalidAccessKeyId)" in line


def test_no_credentials(runner, show, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    line = one_line_error(run(runner, show), 7)
    assert "no storage credentials found" in line


def test_profile_from_the_credentials_file(runner, show, s3_server, bucket, monkeypatch,
                                          tmp_path):
    credentials = tmp_path / "aws-credentials"
    credentials.write_text(f"[kommunen]\naws_access_key_id = {s3_server.access_key}\n"
                           f"aws_secret_access_key = {s3_server.secret_key}\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIANOTTHISONE")  # the profile wins over these
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-this-one")
    toml = show / "podcast.toml"
    toml.write_text(toml.read_text() + 'profile = "kommunen"\n')
    result = run(runner, show)
    assert result.exit_code == 0, result.output
    assert "uploaded 14 " in result.output


def test_unknown_profile(runner, show):
    line = one_line_error(run(runner, show, "--profile", "kommunen"), 7)
    assert "AWS profile 'kommunen' not found" in line


def test_no_bucket_configured(runner, tmp_path):
    root = tmp_path / "plain"
    root.mkdir()
    (root / "podcast.toml").write_text(
        '[show]\ntitle = "T"\ndescription = "D"\nauthor = "A"\nowner_email = "a@b.se"\n'
        'base_url = "https://x.se/"\n')
    line = one_line_error(run(runner, root), 3)
    assert "podcast.toml" in line and "storage.bucket: no bucket given" in line


def test_site_not_built(runner, show):
    (show / "build" / "site" / "feed.xml").unlink()
    line = one_line_error(run(runner, show), 7)
    assert "no feed.xml in the built site; run 'podcast build' first" in line


def test_bad_endpoint_in_config(runner, show):
    toml = show / "podcast.toml"
    toml.write_text(re.sub(r'endpoint_url = ".*"', 'endpoint_url = "s3.example.se"',
                           toml.read_text()))
    line = one_line_error(run(runner, show), 3)
    assert "storage.endpoint_url" in line


@pytest.mark.parametrize("workers", ["1", "4"])
def test_ctrl_c_in_a_real_process_then_rerun(show, s3_server, bucket, gate_proxy, workers):
    """SIGINT to a running ``podcast publish``: exit 130, one line, old state, re-run completes.

    The publish goes through a proxy that holds every request after the third upload, so the
    signal lands while uploads are provably still running (not after they all finished, which
    a fast server and a slow test machine made possible when the test only raced them).
    """
    import os
    import signal
    import subprocess
    import sys

    site = show / "build" / "site"
    for i in range(400):
        page = site / "avsnitt" / f"a{i:03d}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<!doctype html><p>Avsnitt {i}</p>\n")
    client = s3_server.client()
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "publish", "--show", str(show),
                             "--workers", workers, "--endpoint-url", gate_proxy.endpoint_url],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert gate_proxy.holding.wait(60), "the publish never reached its fourth upload"
        proc.send_signal(signal.SIGINT)
        # Let the signal be handled before the held upload may go on (if the kernel handed the
        # signal to a worker thread, the main thread sees it when that upload returns).
        time.sleep(0.5)
    finally:
        gate_proxy.release()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-1] == "Interrupted."
    said = [m for line in lines
            if (m := re.match(r"error: publish interrupted: (\d+) of 414 upload\(s\) finished, "
                              r"feed\.xml not updated; run 'podcast publish' again", line))]
    assert said, err
    assert int(said[0].group(1)) <= 20  # stopped near the held upload, the rest cancelled
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", [])]
    assert "podd/feed.xml" not in keys and "podd/media/snow.mp3" in keys

    rerun = subprocess.run([sys.executable, "-m", "podcast", "publish", "--show", str(show),
                            "--endpoint-url", gate_proxy.endpoint_url],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    m = re.search(r"uploaded (\d+) .*, skipped (\d+), deleted 0\.", rerun.stdout)
    assert m and int(m.group(1)) + int(m.group(2)) == 414 and int(m.group(2)) >= 1
    keys = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        keys += [o["Key"] for o in page.get("Contents", [])]
    assert len(keys) == 414 and "podd/feed.xml" in keys


def test_only_empty_files_to_upload(runner, show, s3_server, bucket):
    assert run(runner, show).exit_code == 0
    (show / "build" / "site" / "robots.txt").write_text("")
    result = run(runner, show)
    assert result.exit_code == 0, result.output
    assert "uploaded 1 (0 B), skipped 14, deleted 0." in result.output
    head = s3_server.client().head_object(Bucket=bucket, Key="podd/robots.txt")
    assert head["ContentLength"] == 0

"""``--from-s3``: logs pulled straight from a logging bucket on a real S3 server (SeaweedFS)."""

from __future__ import annotations

import json
import uuid

import boto3
import pytest
from statshelp import S3_KEY, S3_SECRET

from podcast.cli import cli
from podcast.errors import StatsError

pytestmark = pytest.mark.slow


@pytest.fixture
def aws_env(monkeypatch, tmp_path):
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL", "AWS_SESSION_TOKEN",
                 "PODCAST_SHOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", S3_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", S3_SECRET)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


def test_ingest_from_a_logging_bucket(runner, weed_s3, aws_env, logs, media_dir, expected,
                                      tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # outside any show: the summary is in English
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    bucket = f"logs-{uuid.uuid4().hex[:10]}"
    s3 = boto3.client("s3", endpoint_url=weed_s3)
    s3.create_bucket(Bucket=bucket)
    s3.upload_file(str(logs / "s3-access.log.gz"), bucket, "podd/2026-11-09-00-00-00-ABC.gz")
    s3.upload_file(str(logs / "edge-access.log"), bucket, "podd/edge/2026-10-10.log")
    s3.put_object(Bucket=bucket, Key="other/unrelated.txt", Body=b"not a log")
    db = tmp_path / "s.sqlite"
    args = ["stats", "ingest", "--from-s3", f"s3://{bucket}/podd/", "--endpoint-url", weed_s3,
            "--media", str(media_dir), "--db", str(db)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert f"s3://{bucket}/podd/2026-11-09-00-00-00-ABC.gz (s3)" in result.output
    assert f"s3://{bucket}/podd/edge/2026-10-10.log (combined)" in result.output
    data = json.loads(runner.invoke(cli, ["stats", "report", "--db", str(db), "--format",
                                          "json"]).output)
    assert {r["episode"]: r["downloads"] for r in data["rows"]} == expected["all+edge"]
    # pulling the same prefix again adds nothing
    again = runner.invoke(cli, args)
    assert again.exit_code == 0 and "(0 new" in again.output


def test_wrong_credentials_and_empty_prefix(runner, weed_s3, aws_env, monkeypatch, tmp_path):
    bucket = f"logs-{uuid.uuid4().hex[:10]}"
    boto3.client("s3", endpoint_url=weed_s3).create_bucket(Bucket=bucket)
    db = str(tmp_path / "s.sqlite")
    empty = runner.invoke(cli, ["stats", "ingest", "--from-s3", f"s3://{bucket}/none/",
                                "--endpoint-url", weed_s3, "--db", db])
    assert empty.exit_code != 0 and "no log objects" in empty.output
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    denied = runner.invoke(cli, ["stats", "ingest", "--from-s3", f"s3://{bucket}/",
                                 "--endpoint-url", weed_s3, "--db", db])
    assert denied.exit_code == StatsError.exit_code
    assert "cannot read logs from the bucket" in denied.output
    assert "Traceback" not in denied.output

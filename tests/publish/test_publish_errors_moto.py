"""Error paths at the boto3 boundary, with moto standing in for AWS (in-process).

Throttling is injected as HTTP 503 SlowDown answers in botocore's ``before-send`` event (moto
still records the request it was sent, so these tests check what the client did with the
answers);
access denied comes from moto's IAM policy evaluation; CloudFront invalidations are
created in moto's CloudFront.
"""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from moto import mock_aws
from moto.core import set_initial_no_auth_action_count

from podcast.config import parse_config
from podcast.errors import PublishError
from podcast.publish import publish_site, resolve_target
from podcast.publish.store import S3Store

BUCKET = "kommunpodd-moto"
CONFIG = {"show": {"title": "T", "description": "D", "author": "A",
                   "owner_email": "a@b.se", "base_url": "https://podd.example.se/"}}


def target_for(**storage):
    data = dict(CONFIG, storage={"bucket": BUCKET, "region": "us-east-1", "prefix": "podd",
                                 **storage})
    return resolve_target(parse_config(json.loads(json.dumps(data))))


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **kwargs):
        yield self._body


SLOWDOWN = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>'
            b"<Message>Please reduce your request rate.</Message></Error>")


def throttle(store: S3Store, times: int | None) -> list[str]:
    """Answer the first ``times`` PutObject requests (all if None) with 503 SlowDown."""
    seen: list[str] = []

    def handler(request, **kwargs):
        seen.append(request.url)
        if times is None or len(seen) <= times:
            return AWSResponse(request.url, 503, {"Content-Type": "application/xml"},
                               _Raw(SLOWDOWN))
        return None

    store.client.meta.events.register_first("before-send.s3.PutObject", handler)
    return seen


@mock_aws
def test_throttling_is_retried_with_backoff(small_site):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    target = target_for(max_attempts=4, max_workers=1)
    store = S3Store(target)
    seen = throttle(store, times=2)
    result = publish_site(small_site, target, store=store)
    assert len(result.uploaded) == len(result.plan.uploads) == 14
    # 14 PutObject requests succeeded, 2 more were throttled and retried.
    assert len(seen) == 16
    body = boto3.client("s3", region_name="us-east-1").get_object(
        Bucket=BUCKET, Key="podd/feed.xml")["Body"].read()
    assert body == (small_site / "feed.xml").read_bytes()


@mock_aws
def test_persistent_throttling_stops_with_one_line_and_no_feed(small_site):
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=BUCKET)
    target = target_for(max_attempts=2, max_workers=2)
    store = S3Store(target)
    seen = throttle(store, times=None)
    with pytest.raises(PublishError) as err:
        publish_site(small_site, target, store=store)
    message = str(err.value)
    assert "kept throttling (SlowDown)" in message and "\n" not in message
    assert "0 of 14 upload(s) finished, feed.xml not updated" in message
    # Two attempts (max_attempts = 2) at the first file; nothing after it was tried.
    assert [url.split("/", 3)[-1] for url in seen] == ["podd/media/snow.mp3"] * 2
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
    assert "podd/feed.xml" not in keys


def _limited_user(actions: list[str]) -> tuple[str, str]:
    iam = boto3.client("iam", region_name="us-east-1")
    iam.create_user(UserName="publisher")
    iam.put_user_policy(UserName="publisher", PolicyName="limited", PolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
    key = iam.create_access_key(UserName="publisher")["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


@set_initial_no_auth_action_count(4)
@mock_aws
def test_access_denied_on_upload(small_site, monkeypatch):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    key_id, secret = _limited_user(["s3:List*", "s3:Get*", "s3:HeadBucket"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", secret)
    target = target_for(max_attempts=1)
    # A dry run only reads: allowed.
    plan = publish_site(small_site, target, dry_run=True).plan
    assert len(plan.uploads) == 14
    with pytest.raises(PublishError) as err:
        publish_site(small_site, target)
    message = str(err.value)
    assert message.startswith(f"access denied to s3://{BUCKET}/podd/ while uploading "
                              "(podd/media/snow.mp3)")
    assert "s3:PutObject" in message
    assert "0 of 14 upload(s) finished" in message


@set_initial_no_auth_action_count(4)
@mock_aws
def test_access_denied_on_listing(small_site, monkeypatch):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    key_id, secret = _limited_user(["s3:HeadBucket"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", secret)
    with pytest.raises(PublishError) as err:
        publish_site(small_site, target_for(max_attempts=1), dry_run=True)
    assert str(err.value).startswith(f"access denied to s3://{BUCKET}/podd/ while listing")


def _distribution() -> str:
    cf = boto3.client("cloudfront", region_name="us-east-1")
    answer = cf.create_distribution(DistributionConfig={
        "CallerReference": "kommunpodd-test",
        "Origins": {"Quantity": 1, "Items": [{
            "Id": "s3", "DomainName": f"{BUCKET}.s3.amazonaws.com",
            "OriginPath": "/podd", "S3OriginConfig": {"OriginAccessIdentity": ""}}]},
        "DefaultCacheBehavior": {"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all",
                                 "MinTTL": 0},
        "Comment": "", "Enabled": True})
    return answer["Distribution"]["Id"]


@mock_aws
def test_cloudfront_invalidates_replaced_and_deleted_paths_only(small_site):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    dist = _distribution()
    target = target_for(cloudfront_distribution_id=dist)
    cf = boto3.client("cloudfront", region_name="us-east-1")

    first = publish_site(small_site, target)
    assert first.invalidation_id is None  # everything was new: nothing cached anywhere

    (small_site / "avsnitt" / "snow" / "index.html").write_text("<p>Rättad</p>\n")
    (small_site / "feed.xml").write_text((small_site / "feed.xml").read_text() + "\n")
    (small_site / "avsnitt" / "snow" / "transcript.srt").unlink()
    (small_site / "avsnitt" / "ny").mkdir()
    (small_site / "avsnitt" / "ny" / "index.html").write_text("<p>Nytt avsnitt</p>\n")
    second = publish_site(small_site, target, delete=True)
    assert second.invalidated_paths == [
        "/avsnitt/snow/", "/avsnitt/snow/index.html", "/avsnitt/snow/transcript.srt",
        "/feed.xml"]
    stored = cf.get_invalidation(DistributionId=dist, Id=second.invalidation_id)
    assert sorted(stored["Invalidation"]["InvalidationBatch"]["Paths"]["Items"]) == \
        second.invalidated_paths

    third = publish_site(small_site, target)
    assert third.invalidation_id is None and third.uploaded == []


@mock_aws
def test_cloudfront_unknown_distribution(small_site):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    target = target_for(cloudfront_distribution_id="E2NOSUCHDIST")
    publish_site(small_site, target)
    (small_site / "index.html").write_text("<p>ändrad</p>\n")
    with pytest.raises(PublishError) as err:
        publish_site(small_site, target)
    assert "CloudFront distribution 'E2NOSUCHDIST' does not exist" in str(err.value)


@set_initial_no_auth_action_count(4)
@mock_aws
def test_listing_is_enough_when_head_bucket_is_not_allowed(small_site, monkeypatch):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    key_id, secret = _limited_user(["s3:ListBucket"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", secret)
    plan = publish_site(small_site, target_for(max_attempts=1), dry_run=True).plan
    assert len(plan.uploads) == 14


@mock_aws
def test_failed_invalidation_is_owed_to_the_next_run(small_site, tmp_path):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=BUCKET)
    dist = _distribution()
    target = target_for(cloudfront_distribution_id=dist)
    state = tmp_path / "state"
    publish_site(small_site, target, state_dir=state)

    (small_site / "index.html").write_text("<p>ändrad</p>\n")
    store = S3Store(target)
    calls = {"n": 0}

    def cdn_down(**kwargs):
        calls["n"] += 1
        raise ConnectionError("CloudFront unreachable (simulated)")

    store.session.events.register("before-call.cloudfront.CreateInvalidation", cdn_down)
    with pytest.raises(PublishError) as err:
        publish_site(small_site, target, store=store, state_dir=state)
    assert calls["n"] == 1
    assert "every upload finished; the next 'podcast publish' retries it" in str(err.value)
    owed = json.loads((state / f"cloudfront-pending-{dist}.json").read_text())["paths"]
    assert owed == ["/", "/index.html"]

    # Nothing changed since, yet the owed paths are invalidated now, then forgotten.
    again = publish_site(small_site, target, state_dir=state)
    assert again.uploaded == [] and again.invalidated_paths == ["/", "/index.html"]
    cf = boto3.client("cloudfront", region_name="us-east-1")
    stored = cf.get_invalidation(DistributionId=dist, Id=again.invalidation_id)
    assert sorted(stored["Invalidation"]["InvalidationBatch"]["Paths"]["Items"]) == owed
    assert not (state / f"cloudfront-pending-{dist}.json").exists()
    assert publish_site(small_site, target, state_dir=state).invalidation_id is None

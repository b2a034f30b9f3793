"""The bucket CORS rule (#18.10): set on the real S3 server (SeaweedFS supports bucket CORS
and answers browsers' preflight with it), kept when present, and a single warning where the
credentials or the service refuse it (moto's IAM evaluation, an injected NotImplemented)."""

from __future__ import annotations

import json
import logging
import urllib.request

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from moto import mock_aws
from moto.core import set_initial_no_auth_action_count

from podcast.config import parse_config
from podcast.publish import publish_site, resolve_target
from podcast.publish.store import CORS_RULE, S3Store

CONFIG = {"show": {"title": "T", "description": "D", "author": "A",
                   "owner_email": "a@b.se", "base_url": "https://podd.example.se/"}}
MOTO_BUCKET = "kommunpodd-moto"


def target_for(bucket: str, **storage):
    data = json.loads(json.dumps(CONFIG))
    data["storage"] = {"bucket": bucket, "region": "us-east-1", "prefix": "podd",
                       "max_attempts": 1, **storage}
    return resolve_target(parse_config(data))


def cors_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and "CORS" in r.getMessage()]


@pytest.mark.slow
def test_publish_adds_the_rule_keeps_others_and_browsers_get_cors(small_site, s3_server,
                                                                  bucket, caplog):
    client = s3_server.client()
    own = {"AllowedOrigins": ["https://kommun.example"], "AllowedMethods": ["PUT"],
           "AllowedHeaders": ["*"]}
    client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": [own]})
    [own] = client.get_bucket_cors(Bucket=bucket)["CORSRules"]  # as the server keeps it
    target = target_for(bucket, endpoint_url=s3_server.endpoint_url, addressing_style="path")

    dry = publish_site(small_site, target, dry_run=True)
    assert dry.cors == "missing"
    assert client.get_bucket_cors(Bucket=bucket)["CORSRules"] == [own]

    first = publish_site(small_site, target)
    assert first.cors == "set"
    rules = client.get_bucket_cors(Bucket=bucket)["CORSRules"]
    assert len(rules) == 2 and rules[0] == own
    assert {k: v for k, v in rules[1].items() if k != "ID"} == \
        {k: v for k, v in CORS_RULE.items() if k != "ID"}

    again = publish_site(small_site, target)
    assert again.cors == "present" and len(client.get_bucket_cors(Bucket=bucket)["CORSRules"]) == 2
    assert cors_warnings(caplog) == []

    # A browser player on another site: the preflight and the GET carry CORS headers.
    url = client.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": "podd/avsnitt/snow/transcript.vtt"})
    preflight = urllib.request.Request(url, method="OPTIONS", headers={
        "Origin": "https://player.example", "Access-Control-Request-Method": "GET"})
    with urllib.request.urlopen(preflight, timeout=10) as answer:  # local server
        assert answer.headers["Access-Control-Allow-Origin"] in ("*", "https://player.example")
        assert "GET" in answer.headers["Access-Control-Allow-Methods"]
    get = urllib.request.Request(url, headers={"Origin": "https://player.example"})
    with urllib.request.urlopen(get, timeout=10) as answer:  # local server
        assert answer.read().startswith(b"WEBVTT")
        assert answer.headers["Access-Control-Allow-Origin"] in ("*", "https://player.example")


def _user_without_cors(actions: list[str]) -> tuple[str, str]:
    iam = boto3.client("iam", region_name="us-east-1")
    iam.create_user(UserName="publisher")
    iam.put_user_policy(UserName="publisher", PolicyName="limited", PolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
    key = iam.create_access_key(UserName="publisher")["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


@set_initial_no_auth_action_count(4)
@mock_aws
def test_refused_by_the_credentials_warns_once_and_publishes(small_site, monkeypatch, caplog):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=MOTO_BUCKET)
    key_id, secret = _user_without_cors(["s3:ListBucket", "s3:GetObject", "s3:PutObject",
                                         "s3:HeadBucket"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", secret)
    caplog.set_level(logging.WARNING, logger="podcast")
    result = publish_site(small_site, target_for(MOTO_BUCKET))
    assert result.cors == "refused" and len(result.uploaded) == 14
    [warning] = cors_warnings(caplog)
    assert warning.startswith(f"bucket {MOTO_BUCKET}: could not check or set its CORS rule "
                              "(AccessDenied)")
    assert "allow GET and HEAD from any origin (*)" in warning and "s3:PutBucketCORS" in warning


@mock_aws
def test_service_without_bucket_cors_warns_once_and_publishes(small_site, caplog):
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket=MOTO_BUCKET)
    target = target_for(MOTO_BUCKET)
    store = S3Store(target)

    class _Raw:
        def stream(self, **kwargs):
            yield (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>NotImplemented</Code>'
                   b"<Message>A header you provided implies functionality that is not "
                   b"implemented</Message></Error>")

    def not_implemented(request, **kwargs):
        return AWSResponse(request.url, 501, {"Content-Type": "application/xml"}, _Raw())

    store.client.meta.events.register_first("before-send.s3.GetBucketCors", not_implemented)
    caplog.set_level(logging.WARNING, logger="podcast")
    result = publish_site(small_site, target, store=store)
    assert result.cors == "refused" and len(result.uploaded) == 14
    [warning] = cors_warnings(caplog)
    assert "(NotImplemented)" in warning


@mock_aws
def test_existing_open_rule_is_left_alone(small_site):
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket=MOTO_BUCKET)
    open_rule = {"AllowedOrigins": ["*"], "AllowedMethods": ["GET", "HEAD", "PUT"],
                 "AllowedHeaders": ["Range"], "MaxAgeSeconds": 60}
    s3.put_bucket_cors(Bucket=MOTO_BUCKET, CORSConfiguration={"CORSRules": [open_rule]})
    result = publish_site(small_site, target_for(MOTO_BUCKET))
    assert result.cors == "present"
    assert s3.get_bucket_cors(Bucket=MOTO_BUCKET)["CORSRules"] == [open_rule]

"""Integration tests of ``podcast publish`` against a real SeaweedFS S3 server."""

from __future__ import annotations

import json
import os
import signal
import urllib.request
from pathlib import Path

import pytest

from podcast.config import parse_config
from podcast.errors import PublishError
from podcast.publish import Kind, publish_site, resolve_target
from podcast.publish.local import is_ignored
from podcast.publish.store import S3Store

MB = 1024 * 1024

CONFIG = {"show": {"title": "T", "description": "D", "author": "A",
                   "owner_email": "a@b.se", "base_url": "https://podd.example.se/"}}

pytestmark = pytest.mark.slow  # a real SeaweedFS server


def make_target(server, bucket: str, **storage):
    data = json.loads(json.dumps(CONFIG))
    data["storage"] = {"bucket": bucket, "endpoint_url": server.endpoint_url,
                       "region": "us-east-1", "prefix": "podd", "addressing_style": "path",
                       "max_attempts": 2, **storage}
    config = parse_config(data)
    return resolve_target(config)


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and not is_ignored(p.relative_to(site).as_posix()))


def remote_keys(client, bucket: str) -> list[str]:
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return sorted(o["Key"] for page in pages for o in page.get("Contents", []))


def record_calls(store: S3Store) -> list[str]:
    """Keys of PutObject/CompleteMultipartUpload calls in the order the server answered."""
    seen: list[str] = []

    def after(params, model, **kwargs):
        seen.append(params["Key"])

    for op in ("PutObject", "CompleteMultipartUpload"):
        store.client.meta.events.register(f"provide-client-params.s3.{op}", after)
    return seen


def test_first_publish_sets_content_types_and_cache_headers(s3_server, bucket, site):
    target = make_target(s3_server, bucket, multipart_threshold_mb=5, multipart_chunk_mb=5)
    result = publish_site(site, target)
    files = site_files(site)
    assert len(result.uploaded) == len(files) == len(result.plan.uploads)
    client = s3_server.client()
    assert remote_keys(client, bucket) == [f"podd/{f}" for f in files]
    assert "podd/.DS_Store" not in remote_keys(client, bucket)
    assert "podd/feed.xml.tmp" not in remote_keys(client, bucket)

    expected = {
        "media/snow.mp3": ("audio/mpeg", "public, max-age=2592000"),
        "media/long.mp3": ("audio/mpeg", "public, max-age=2592000"),
        "avsnitt/snow/transcript.vtt": ("text/vtt; charset=utf-8", "public, max-age=86400"),
        "avsnitt/snow/transcript.srt": ("application/x-subrip", "public, max-age=86400"),
        "avsnitt/snow/transcript.json": ("application/json", "public, max-age=86400"),
        "avsnitt/snow/chapters.json": ("application/json+chapters", "public, max-age=86400"),
        "avsnitt/snow/index.html": ("text/html; charset=utf-8", "public, max-age=300"),
        "index.html": ("text/html; charset=utf-8", "public, max-age=300"),
        "style.css": ("text/css; charset=utf-8", "public, max-age=86400"),
        "cover.jpg": ("image/jpeg", "public, max-age=86400"),
        "avsnitt/snow/bilder/plogbil på Storgatan.jpg": ("image/jpeg", "public, max-age=86400"),
        "pagefind/pagefind.js": ("text/javascript; charset=utf-8", "public, max-age=86400"),
        "pagefind/pagefind-entry.json": ("application/json", "public, max-age=300"),
        "pagefind/fragment/sv_abc123.pf_fragment": ("application/octet-stream",
                                                    "public, max-age=86400"),
        "feed.xml": ("application/xml; charset=utf-8", "public, max-age=300"),
    }
    for rel, (ctype, cache) in expected.items():
        head = client.head_object(Bucket=bucket, Key=f"podd/{rel}")
        assert (head["ContentType"], head.get("CacheControl")) == (ctype, cache), rel
        assert head["Metadata"]["sha256"] == result.plan.actions[
            [a.rel for a in result.plan.actions].index(rel)].file.sha256

    # The 9.6 MB episode went up in 5 MiB parts: a multipart ETag, not the MD5.
    big = client.head_object(Bucket=bucket, Key="podd/media/long.mp3")
    local_big = next(a.file for a in result.plan.actions if a.rel == "media/long.mp3")
    assert big["ETag"].strip('"') == local_big.multipart_etag
    assert local_big.multipart_etag.endswith("-2")
    small = client.head_object(Bucket=bucket, Key="podd/media/snow.mp3")
    local_small = next(a.file for a in result.plan.actions if a.rel == "media/snow.mp3")
    assert small["ETag"].strip('"') == local_small.md5 and local_small.multipart_etag is None
    assert big["ContentLength"] == (site / "media" / "long.mp3").stat().st_size


def test_second_publish_uploads_nothing_then_only_the_changed_file(s3_server, bucket, site):
    target = make_target(s3_server, bucket, multipart_threshold_mb=5, multipart_chunk_mb=5)
    first = publish_site(site, target)
    assert len(first.uploaded) > 10

    second = publish_site(site, target)
    assert second.uploaded == []
    assert len(second.plan.skips) == len(first.uploaded)
    assert second.plan.upload_bytes == 0

    (site / "avsnitt" / "snow" / "index.html").write_text("<!doctype html><p>Ny text</p>\n")
    third = publish_site(site, target)
    assert [a.rel for a in third.uploaded] == ["avsnitt/snow/index.html"]
    assert third.uploaded[0].reason == "changed"
    body = s3_server.client().get_object(Bucket=bucket, Key="podd/avsnitt/snow/index.html")
    assert body["Body"].read() == b"<!doctype html><p>Ny text</p>\n"


def test_multipart_objects_with_another_part_size_are_recognised(s3_server, bucket, site):
    """An ETag for other part sizes cannot be recomputed: the stored SHA-256 decides."""
    publish_site(site, make_target(s3_server, bucket, multipart_threshold_mb=5,
                                   multipart_chunk_mb=5))
    other = make_target(s3_server, bucket, multipart_threshold_mb=6, multipart_chunk_mb=6)
    again = publish_site(site, other)
    assert again.uploaded == []
    # A same-sized object without our metadata and another ETag is not trusted.
    client = s3_server.client()
    data = (site / "cover.jpg").read_bytes()
    client.put_object(Bucket=bucket, Key="podd/cover.jpg", Body=bytes(reversed(data)))
    fixed = publish_site(site, other)
    assert [a.rel for a in fixed.uploaded] == ["cover.jpg"]
    assert client.get_object(Bucket=bucket, Key="podd/cover.jpg")["Body"].read() == data


def test_feed_is_uploaded_last_and_groups_in_order(s3_server, bucket, site):
    target = make_target(s3_server, bucket, max_workers=8)
    store = S3Store(target)
    calls = record_calls(store)
    result = publish_site(site, target, store=store)
    assert calls[-1] == "podd/feed.xml"
    assert result.upload_order[-1] == "podd/feed.xml"
    kinds = {a.key: a.kind for a in result.plan.uploads}
    order = [kinds[k] for k in calls if k in kinds]
    assert order == sorted(order), "a later group started before an earlier one finished"
    assert order[0] is Kind.MEDIA


def test_delete_only_when_asked_and_only_under_the_prefix(s3_server, bucket, site):
    target = make_target(s3_server, bucket)
    client = s3_server.client()
    client.put_object(Bucket=bucket, Key="other/keep.txt", Body=b"not ours")
    publish_site(site, target)
    (site / "avsnitt" / "snow" / "transcript.srt").unlink()

    kept = publish_site(site, target)
    assert [o.key for o in kept.plan.stale] == ["podd/avsnitt/snow/transcript.srt"]
    assert "podd/avsnitt/snow/transcript.srt" in remote_keys(client, bucket)

    dry = publish_site(site, target, delete=True, dry_run=True)
    assert [a.key for a in dry.plan.deletes] == ["podd/avsnitt/snow/transcript.srt"]
    assert "podd/avsnitt/snow/transcript.srt" in remote_keys(client, bucket)

    gone = publish_site(site, target, delete=True)
    assert [a.key for a in gone.deleted] == ["podd/avsnitt/snow/transcript.srt"]
    keys = remote_keys(client, bucket)
    assert "podd/avsnitt/snow/transcript.srt" not in keys
    assert "other/keep.txt" in keys
    assert len(keys) == len(site_files(site)) + 1


def test_dry_run_changes_nothing_and_counts_bytes(s3_server, bucket, site):
    target = make_target(s3_server, bucket)
    result = publish_site(site, target, dry_run=True)
    client = s3_server.client()
    assert remote_keys(client, bucket) == []
    files = site_files(site)
    assert len(result.plan.uploads) == len(files)
    assert result.plan.upload_bytes == sum((site / f).stat().st_size for f in files)
    assert result.uploaded == []


def test_interrupted_publish_keeps_old_feed_and_rerun_completes(s3_server, bucket, site):
    target = make_target(s3_server, bucket, max_attempts=1, max_workers=1)
    store = S3Store(target)
    puts = {"n": 0}

    def cut_connection(params, **kwargs):
        puts["n"] += 1
        if puts["n"] > 5:
            raise ConnectionResetError("connection reset by peer (simulated cut)")

    store.client.meta.events.register("before-call.s3.PutObject", cut_connection)
    with pytest.raises(PublishError) as err:
        publish_site(site, target, store=store)
    message = str(err.value)
    assert "\n" not in message
    assert "feed.xml not updated" in message and "run 'podcast publish' again" in message
    client = s3_server.client()
    after_cut = remote_keys(client, bucket)
    assert "podd/feed.xml" not in after_cut
    assert "podd/media/snow.mp3" in after_cut and "podd/media/long.mp3" in after_cut

    rerun = publish_site(site, target)
    assert rerun.upload_order[-1] == "podd/feed.xml"
    assert len(rerun.uploaded) == len(site_files(site)) - len(after_cut)
    assert remote_keys(client, bucket) == [f"podd/{f}" for f in site_files(site)]


def test_published_feed_and_media_can_be_fetched_range_and_presigned(s3_server, bucket, site):
    target = make_target(s3_server, bucket)
    publish_site(site, target)
    client = s3_server.client()

    url = client.generate_presigned_url("get_object", Params={"Bucket": bucket,
                                                              "Key": "podd/feed.xml"})
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.status == 200
        assert answer.headers["Content-Type"] == "application/xml; charset=utf-8"
        assert answer.read() == (site / "feed.xml").read_bytes()

    # Unsigned access once the owner allows public reads with a bucket policy.
    policy = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"],
        "Resource": [f"arn:aws:s3:::{bucket}/*"]}]}
    client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
    public = f"{s3_server.endpoint_url}/{bucket}/podd/media/snow.mp3"
    request = urllib.request.Request(public, headers={"Range": "bytes=100-1099"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 206
        assert answer.headers["Content-Type"] == "audio/mpeg"
        size = (site / "media" / "snow.mp3").stat().st_size
        assert answer.headers["Content-Range"] == f"bytes 100-1099/{size}"
        assert answer.read() == (site / "media" / "snow.mp3").read_bytes()[100:1100]
    with urllib.request.urlopen(f"{s3_server.endpoint_url}/{bucket}/podd/feed.xml",
                                timeout=10) as answer:
        assert answer.status == 200
        assert answer.headers["Cache-Control"] == "public, max-age=300"


def test_failed_multipart_upload_is_aborted_and_rerun_completes(s3_server, bucket, site):
    target = make_target(s3_server, bucket, max_attempts=1, multipart_threshold_mb=5,
                         multipart_chunk_mb=5, max_workers=1)
    store = S3Store(target)
    parts = {"n": 0}

    def cut_second_part(params, **kwargs):
        parts["n"] += 1
        if parts["n"] == 2:
            raise ConnectionResetError("connection reset by peer (simulated cut)")

    store.client.meta.events.register("before-call.s3.UploadPart", cut_second_part)
    with pytest.raises(PublishError, match=r"\(podd/media/long\.mp3\)"):
        publish_site(site, target, store=store)
    client = s3_server.client()
    assert client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    keys = remote_keys(client, bucket)
    assert "podd/media/long.mp3" not in keys and "podd/feed.xml" not in keys

    rerun = publish_site(site, target)
    assert "podd/media/long.mp3" in [a.key for a in rerun.uploaded]
    assert remote_keys(client, bucket) == [f"podd/{f}" for f in site_files(site)]


def test_ctrl_c_during_upload_leaves_old_feed_and_rerun_completes(s3_server, bucket, site):
    target = make_target(s3_server, bucket, max_workers=2)
    publish_site(site, target)
    old_feed = (site / "feed.xml").read_bytes()
    # A new build: new episode media, changed pages, a new feed.
    (site / "media" / "ny.mp3").write_bytes((site / "media" / "snow.mp3").read_bytes()[::-1])
    (site / "index.html").write_text("<!doctype html><p>Nytt avsnitt</p>\n")
    (site / "feed.xml").write_text(old_feed.decode() + "<!-- ny -->\n")

    store = S3Store(target)

    def press_ctrl_c(params, **kwargs):
        # A real SIGINT to this process, as Ctrl-C sends it; Python raises KeyboardInterrupt
        # in the main thread, which is waiting for the uploads of the page group.
        if params["Key"] == "podd/index.html":
            os.kill(os.getpid(), signal.SIGINT)

    store.client.meta.events.register("provide-client-params.s3.PutObject", press_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        publish_site(site, target, store=store)
    client = s3_server.client()
    assert client.get_object(Bucket=bucket, Key="podd/feed.xml")["Body"].read() == old_feed
    assert "podd/media/ny.mp3" in remote_keys(client, bucket)

    rerun = publish_site(site, target)
    # index.html may or may not have gone up before the interrupt; the feed had not.
    assert [a.rel for a in rerun.uploaded][-1] == "feed.xml"
    assert {a.rel for a in rerun.uploaded} <= {"index.html", "feed.xml"}
    assert client.get_object(Bucket=bucket, Key="podd/index.html")["Body"].read() == \
        (site / "index.html").read_bytes()
    assert client.get_object(Bucket=bucket, Key="podd/feed.xml")["Body"].read() == \
        (site / "feed.xml").read_bytes()

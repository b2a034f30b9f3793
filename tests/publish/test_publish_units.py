"""Unit tests of the pieces of publish that need no server."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import boto3
import pytest
from moto import mock_aws

from podcast.config import parse_config
from podcast.errors import ConfigError, PublishError
from podcast.publish import Kind, classify, publish_site, resolve_target
from podcast.publish.cloudfront import MAX_PATHS, invalidation_paths
from podcast.publish.kinds import CachePolicy, headers_for
from podcast.publish.local import chunk_size_for, hash_file, is_ignored, scan_site
from podcast.publish.plan import make_plan
from podcast.publish.store import RemoteObject
from podcast.publish.target import normalise_prefix

MB = 1024 * 1024
SHOW = {"title": "T", "description": "D", "author": "A", "owner_email": "a@b.se",
        "base_url": "https://www.kommun.se/podd"}


def config(**storage):
    return parse_config(json.loads(json.dumps({"show": SHOW, "storage": storage})))


@pytest.mark.parametrize(("rel", "kind", "ctype"), [
    ("media/a.mp3", Kind.MEDIA, "audio/mpeg"),
    ("media/a.m4a", Kind.MEDIA, "audio/x-m4a"),
    ("avsnitt/a/transcript.vtt", Kind.TRANSCRIPT, "text/vtt; charset=utf-8"),
    ("avsnitt/a/transcript.srt", Kind.TRANSCRIPT, "application/x-subrip"),
    ("avsnitt/a/transcript.json", Kind.TRANSCRIPT, "application/json"),
    ("avsnitt/a/chapters.json", Kind.TRANSCRIPT, "application/json+chapters"),
    ("avsnitt/a/a.chapters.json", Kind.TRANSCRIPT, "application/json+chapters"),
    ("cover.jpg", Kind.ASSET, "image/jpeg"),
    ("static/site.css", Kind.ASSET, "text/css; charset=utf-8"),
    ("pagefind/pagefind-ui.js", Kind.ASSET, "text/javascript; charset=utf-8"),
    ("pagefind/index/sv_1.pf_index", Kind.ASSET, "application/octet-stream"),
    ("pagefind/pagefind-entry.json", Kind.PAGE, "application/json"),
    ("index.html", Kind.PAGE, "text/html; charset=utf-8"),
    ("sitemap.xml", Kind.PAGE, "application/xml"),
    ("robots.txt", Kind.PAGE, "text/plain; charset=utf-8"),
    ("feed.xml", Kind.FEED, "application/xml; charset=utf-8"),
    ("avsnitt/a/feed.xml", Kind.PAGE, "application/xml; charset=utf-8"),
])
def test_kinds_and_content_types(rel, kind, ctype):
    assert classify(rel) is kind
    got_kind, got_type, cache = headers_for(rel, CachePolicy(1, 2, 3))
    assert (got_kind, got_type) == (kind, ctype)
    expected_age = {Kind.MEDIA: 1, Kind.TRANSCRIPT: 2, Kind.ASSET: 2, Kind.PAGE: 3,
                    Kind.FEED: 3}[kind]
    assert cache == f"public, max-age={expected_age}"


def test_ignored_names():
    assert is_ignored(".DS_Store") and is_ignored("a/.hidden/x.html")
    assert is_ignored("feed.xml.tmp") and is_ignored("x.mp3.part") and is_ignored("a~")
    assert not is_ignored("avsnitt/a/index.html")


def test_multipart_etag_matches_an_independent_computation(tmp_path):
    data = bytes(range(256)) * (4096 * 13 + 7)  # 13.6 MB, not a multiple of the part size
    path = tmp_path / "x.bin"
    path.write_bytes(data)
    part = 5 * MB
    md5, multipart, sha = hash_file(path, part)
    digests = b"".join(hashlib.md5(data[i:i + part]).digest() for i in range(0, len(data), part))
    assert multipart == f"{hashlib.md5(digests).hexdigest()}-3"
    assert md5 == hashlib.md5(data).hexdigest()
    assert sha == hashlib.sha256(data).hexdigest()
    assert hash_file(path, None)[1] is None


def test_chunk_size_follows_the_part_limit():
    assert chunk_size_for(8 * MB - 1, 8 * MB, 8 * MB) is None
    assert chunk_size_for(8 * MB, 8 * MB, 8 * MB) == 8 * MB
    assert chunk_size_for(100_000 * MB, 8 * MB, 8 * MB) == 16 * MB  # 10,000 parts at most


def test_prefix_and_target_from_config_and_flags():
    assert normalise_prefix(None) == "" and normalise_prefix("/") == ""
    assert normalise_prefix("/podd/2026/") == "podd/2026/"
    t = resolve_target(config(bucket="min-podd", prefix="x", max_workers=2),
                       prefix="y", region="eu-north-1")
    assert (t.bucket, t.prefix, t.region, t.max_workers) == ("min-podd", "y/", "eu-north-1", 2)
    assert t.site_path == "/podd/" and t.key("feed.xml") == "y/feed.xml"
    assert t.where == "s3://min-podd/y/"


def test_target_problems_name_the_keys():
    with pytest.raises(ConfigError) as err:
        resolve_target(config(), endpoint_url="ftp://x", config_path="show/podcast.toml")
    text = str(err.value)
    assert text.startswith("show/podcast.toml: 2 problems")
    assert "storage.bucket: no bucket given" in text and "storage.endpoint_url" in text
    with pytest.raises(ConfigError, match="storage.bucket: not a valid bucket name"):
        resolve_target(config(), bucket="Min_Podd!")
    with pytest.raises(ConfigError, match="storage.endpoint_url: must start with https://"):
        config(endpoint_url="s3.example.se")


def _site(root: Path) -> Path:
    (root / "avsnitt" / "a").mkdir(parents=True)
    (root / "avsnitt" / "a" / "index.html").write_text("a")
    (root / "index.html").write_text("i")
    (root / "feed.xml").write_text("<rss/>")
    return root


def test_plan_new_changed_unchanged_and_stale(tmp_path):
    site = _site(tmp_path / "site")
    target = resolve_target(config(bucket="min-podd", prefix="p"))
    local = scan_site(site, policy=target.cache, multipart_threshold=8 * MB,
                      multipart_chunk=8 * MB)
    assert [f.rel for f in local] == ["avsnitt/a/index.html", "index.html", "feed.xml"]
    by_rel = {f.rel: f for f in local}
    remote = {
        "p/index.html": RemoteObject("p/index.html", 1, by_rel["index.html"].md5),
        "p/feed.xml": RemoteObject("p/feed.xml", 6, "0" * 32),
        "p/old.html": RemoteObject("p/old.html", 9, "1" * 32),
    }
    asked = []

    def stored(key):
        asked.append(key)
        return None

    plan = make_plan(local, remote, target, stored_sha256=stored)
    assert [(a.op, a.rel, a.reason) for a in plan.actions] == [
        ("upload", "avsnitt/a/index.html", "new"), ("skip", "index.html", "unchanged"),
        ("upload", "feed.xml", "changed")]
    assert asked == ["p/feed.xml"]  # same size, other ETag: metadata consulted once
    assert [o.key for o in plan.stale] == ["p/old.html"]
    with_delete = make_plan(local, remote, target, delete=True, stored_sha256=stored)
    assert [(a.op, a.key) for a in with_delete.deletes] == [("delete", "p/old.html")]
    forced = make_plan(local, remote, target, force=True, stored_sha256=stored)
    assert len(forced.uploads) == 3


def test_invalidation_paths_use_the_public_url_path(tmp_path):
    site = _site(tmp_path / "site")
    target = resolve_target(config(bucket="min-podd", prefix="bucket-folder"))
    local = scan_site(site, policy=target.cache, multipart_threshold=8 * MB,
                      multipart_chunk=8 * MB)
    remote = {f"bucket-folder/{f.rel}": RemoteObject(f"bucket-folder/{f.rel}", 0, "x")
              for f in local}
    remote["bucket-folder/media/gammal fil.mp3"] = RemoteObject("x", 1, "y")
    plan = make_plan(local, remote, target, delete=True)
    paths = invalidation_paths(plan, target, replaced=set(remote))
    assert paths == ["/podd/", "/podd/avsnitt/a/", "/podd/avsnitt/a/index.html",
                     "/podd/feed.xml", "/podd/index.html", "/podd/media/gammal%20fil.mp3"]
    many = {f"bucket-folder/{i}.html": RemoteObject("k", 0, "x") for i in range(MAX_PATHS + 1)}
    wide = make_plan(local, many, target, delete=True)
    assert invalidation_paths(wide, target, replaced=set(many)) == ["/podd/*"]


def test_unbuilt_site_is_refused(tmp_path):
    with pytest.raises(PublishError, match="has not been built"):
        scan_site(tmp_path / "nope", policy=CachePolicy(), multipart_threshold=1,
                  multipart_chunk=1)


class RecordingProgress:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def start(self, total, label):
        self.events.append(("start", total, label))

    def advance(self, amount=1, *, info=None):
        self.events.append(("advance", amount, info))

    def finish(self):
        self.events.append(("finish",))


@mock_aws
def test_progress_reports_every_byte_once(tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "y")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="min-podd")
    site = _site(tmp_path / "site")
    (site / "media").mkdir()
    (site / "media" / "a.mp3").write_bytes(b"\xff\xfb" * (3 * MB))  # 6 MiB
    target = resolve_target(config(bucket="min-podd", region="us-east-1",
                                   multipart_threshold_mb=5, multipart_chunk_mb=5))
    progress = RecordingProgress()
    result = publish_site(site, target, progress=progress)
    total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    assert progress.events[0][:2] == ("start", total)
    assert progress.events[-1] == ("finish",)
    sent = sum(e[1] for e in progress.events if e[0] == "advance")
    assert sent == total == result.bytes_uploaded
    assert {e[2] for e in progress.events if e[0] == "advance"} == {
        "media/a.mp3", "avsnitt/a/index.html", "index.html", "feed.xml"}


@mock_aws
def test_public_read_sets_the_acl(tmp_path):
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="min-podd")
    site = _site(tmp_path / "site")
    publish_site(site, resolve_target(config(bucket="min-podd", region="us-east-1")))
    private = s3.get_object_acl(Bucket="min-podd", Key="feed.xml")["Grants"]
    assert not any(g["Grantee"].get("URI", "").endswith("/AllUsers") for g in private)

    (site / "feed.xml").write_text("<rss>ny</rss>")
    publish_site(site, resolve_target(config(bucket="min-podd", region="us-east-1"),
                                      public_read=True))
    public = s3.get_object_acl(Bucket="min-podd", Key="feed.xml")["Grants"]
    assert {"URI": "http://acs.amazonaws.com/groups/global/AllUsers", "Type": "Group"} in \
        [g["Grantee"] for g in public if g["Permission"] == "READ"]


def test_pending_invalidation_file(tmp_path):
    from podcast.publish.cloudfront import clear_pending, load_pending, merge_paths, save_pending

    path = tmp_path / "state" / "cloudfront-pending-E1.json"
    assert load_pending(path, "/podd/") == []
    save_pending(path, ["/podd/a.html"])
    assert load_pending(path, "/podd/") == ["/podd/a.html"]
    assert merge_paths(["/podd/a.html"], ["/podd/b.html"], "/podd/") == \
        ["/podd/a.html", "/podd/b.html"]
    assert merge_paths(["/podd/*"], ["/podd/b.html"], "/podd/") == ["/podd/*"]
    path.write_text("{not json")
    assert load_pending(path, "/podd/") == ["/podd/*"]
    clear_pending(path)
    assert not path.exists()



@pytest.mark.parametrize(("code", "status", "action", "expected"), [
    ("AccessControlListNotSupported", 400, "uploading",
     "storage.public_read: the bucket does not accept ACLs"),
    ("PermanentRedirect", 301, "listing the bucket",
     "storage.region: bucket 'min-podd' is in another region (PermanentRedirect)"),
    ("404", 404, "checking the bucket", "storage.bucket: bucket 'min-podd' does not exist"),
    ("ExpiredToken", 400, "listing the bucket", "the storage service rejected the credentials"),
    ("InternalError", 500, "uploading", "the storage service answered InternalError while "
                                        "uploading (k): We encountered an internal error."),
])
def test_explain_turns_service_answers_into_one_line(code, status, action, expected):
    from botocore.exceptions import ClientError

    from podcast.publish.store import explain

    exc = ClientError({"Error": {"Code": code, "Message": "We encountered an internal error."},
                       "ResponseMetadata": {"HTTPStatusCode": status}}, "PutObject")
    target = resolve_target(config(bucket="min-podd"))
    message = str(explain(exc, target, action, "k" if action == "uploading" else None))
    assert message.startswith(expected) and "\n" not in message


def test_hash_cache_skips_reading_unchanged_files(tmp_path):
    import os

    site = _site(tmp_path / "site")
    cache = tmp_path / "state" / "hashes.json"
    args = {"policy": CachePolicy(), "multipart_threshold": 8 * MB, "multipart_chunk": 8 * MB}
    first = {f.rel: f.md5 for f in scan_site(site, cache_path=cache, **args)}
    assert set(json.loads(cache.read_text())["files"]) == set(first)

    page = site / "index.html"
    stat = page.stat()
    page.write_text("X")  # same size, same mtime: the cached hashes are used (not re-read)
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert {f.rel: f.md5 for f in scan_site(site, cache_path=cache, **args)} == first
    # Without the cache (as with --force) the file is read again.
    assert {f.rel: f.md5 for f in scan_site(site, **args)}["index.html"] == \
        hashlib.md5(b"X").hexdigest()

    page.write_text("new text")  # other size and mtime: hashed again, cache updated
    again = {f.rel: f.md5 for f in scan_site(site, cache_path=cache, **args)}
    assert again["index.html"] == hashlib.md5(b"new text").hexdigest()
    (site / "avsnitt" / "a" / "index.html").unlink()
    scan_site(site, cache_path=cache, **args)
    assert "avsnitt/a/index.html" not in json.loads(cache.read_text())["files"]

    cache.write_text("{broken")
    assert {f.rel: f.md5 for f in scan_site(site, cache_path=cache, **args)}["index.html"] == \
        hashlib.md5(b"new text").hexdigest()


def test_ctrl_c_inside_a_lock_wait_stays_an_interrupt() -> None:
    """CPython can turn Ctrl-C inside a Condition wait into "cannot release un-acquired lock";
    the guard notes the signal and gives the interrupt back (seen once in CI as an
    "Internal error" of ``podcast publish``)."""
    import signal

    from podcast.publish.pool import InterruptSeen

    lock_error = RuntimeError("cannot release un-acquired lock")
    guard = InterruptSeen()
    assert guard.translate(lock_error) is lock_error  # no Ctrl-C: the error is a bug
    with pytest.raises(KeyboardInterrupt):
        with guard:
            signal.raise_signal(signal.SIGINT)
    assert guard.seen
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    assert isinstance(guard.translate(lock_error), KeyboardInterrupt)
    other = RuntimeError("something else")
    assert guard.translate(other) is other


def test_a_sigint_handler_of_the_caller_is_left_alone() -> None:
    import signal

    from podcast.publish.pool import InterruptSeen

    calls = []
    old = signal.signal(signal.SIGINT, lambda *a: calls.append(a))
    try:
        with InterruptSeen() as guard:
            signal.raise_signal(signal.SIGINT)
        assert calls and not guard.seen
    finally:
        signal.signal(signal.SIGINT, old)

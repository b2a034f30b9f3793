"""Benchmark: loading an episode page in Chromium on a throttled phone-like connection.

Builds a one-episode show (60 s MP3 at 64 kbps ≈ 480 kB, a 1400 px cover, a 60-line
transcript), serves it with ``podcast serve``'s handler and loads the episode page and the
home page in headless Chromium with Lighthouse's mobile network profile applied over the
DevTools protocol (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU slowdown).

Measured with PerformanceObserver in the page: LCP (largest contentful paint) and CLS
(layout shifts not caused by input, over the first 3 s), plus the bytes the browser fetched
and whether the MP3 was requested. The anchor, measured in the same run, is the same site
with the previous markup put back: ``preload="metadata"`` on the player and the full-size
cover as the page image and favicon. Prints medians of ``--runs`` loads and the ratios.
Numbers are for comparison on this machine only (not a Lighthouse score).

    python scripts/bench/site_vitals.py [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # this checkout, not another

from podcast.ffmpeg import run_ffmpeg  # noqa: E402
from podcast.media import MediaInfo, write_media_info  # noqa: E402
from podcast.serve import serve_in_thread  # noqa: E402
from podcast.site import build_site  # noqa: E402
from podcast.workspace import Workspace  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CONFIG = """\
[show]
title = "Benchpodden"
description = "En show för att mäta sidladdning."
author = "Exempelby kommun"
owner_email = "podd@exempelby.se"
base_url = "https://podd.exempelby.se/"
language = "sv"
"""
EPISODE = """\
---
title: Snöröjning på vintern
date: 2026-01-15T07:00:00
number: 1
description: Vem plogar din gata och vad gör du åt plogvallen?
---

I det här avsnittet pratar vi om snöröjning med gatuenheten.
"""
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
#: Lighthouse's default mobile throttling ("slow 4G").
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8,
           "uploadThroughput": 750e3 / 8}
MEASURE = """() => new Promise(done => {
    let lcp = 0, cls = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) lcp = e.startTime; })
      .observe({type: 'largest-contentful-paint', buffered: true});
    new PerformanceObserver(l => { for (const e of l.getEntries())
        if (!e.hadRecentInput) cls += e.value; })
      .observe({type: 'layout-shift', buffered: true});
    setTimeout(() => done({lcp, cls}), 3000);
})"""


def make_show(root: Path) -> Workspace:
    root.mkdir(parents=True)
    (root / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=1400x1400", "-frames:v",
                "1", "-q:v", "2", str(root / "cover.jpg")])
    folder = root / "episodes" / "snorojning"
    folder.mkdir(parents=True)
    (folder / "episode.md").write_text(EPISODE, encoding="utf-8")
    segments = [{"startTime": float(i), "endTime": float(i + 1),
                 "body": f"Rad {i}: vi börjar med huvudgatorna och bussgatorna."}
                for i in range(60)]
    (folder / "transcript.json").write_text(json.dumps({"version": "1.0.0",
                                                         "segments": segments}),
                                            encoding="utf-8")
    audio = root / "build" / "audio"
    audio.mkdir(parents=True)
    mp3 = audio / "snorojning.mp3"
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", "anoisesrc=d=60:c=pink:a=0.1",
                "-ac", "1", "-b:a", "64k", str(mp3)])
    write_media_info(audio / "snorojning.json", MediaInfo(
        slug="snorojning", file=mp3.name, size_bytes=mp3.stat().st_size, duration_seconds=60.0,
        bitrate_kbps=64, channels=1, sample_rate=44100))
    ws = Workspace.load(root)
    build_site(ws, now=NOW, search=False)
    return ws


def make_anchor(site: Path, target: Path) -> None:
    """The same site with the previous markup: preload=metadata, full-size cover."""
    shutil.copytree(site, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        html = html.replace('preload="none"', 'preload="metadata"')
        html = html.replace('favicon.png" sizes="32x32" type="image/png"', 'cover.jpg"')
        html = html.replace('srcset="cover-160.jpg 160w, cover-320.jpg 320w"', "")
        html = html.replace('src="cover-160.jpg"', 'src="cover.jpg"')
        page.write_text(html, encoding="utf-8")


def load(browser, url: str) -> dict:  # a Playwright Browser
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    fetched = {"bytes": 0, "mp3": 0}
    cdp.on("Network.loadingFinished",
           lambda e: fetched.__setitem__("bytes", fetched["bytes"] + e["encodedDataLength"]))
    page.on("request", lambda r: fetched.__setitem__("mp3", fetched["mp3"]
                                                      + r.url.endswith(".mp3")))
    page.goto(url)
    vitals = page.evaluate(MEASURE)
    context.close()
    return {**vitals, **fetched}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        ws = make_show(Path(tmp) / "show")
        make_anchor(ws.site_dir, Path(tmp) / "anchor")
        ours_srv, ours = serve_in_thread(ws.site_dir)
        anchor_srv, anchor = serve_in_thread(Path(tmp) / "anchor")
        mp3_kb = (ws.site_dir / "media" / "snorojning.mp3").stat().st_size / 1000
        print(f"MP3 {mp3_kb:.0f} kB; cover.jpg "
              f"{(ws.site_dir / 'cover.jpg').stat().st_size / 1000:.0f} kB; "
              f"runs {args.runs}; Lighthouse mobile throttling")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--headless", "--disable-gpu",
                "--disable-background-networking"])
            for label, path in (("episode page", "avsnitt/snorojning/"), ("home page", "")):
                results = {}
                for name, base in (("anchor", anchor), ("ours", ours)):
                    runs = [load(browser, base + path) for _ in range(args.runs)]
                    results[name] = {k: statistics.median(r[k] for r in runs)
                                     for k in ("lcp", "cls", "bytes", "mp3")}
                a, o = results["anchor"], results["ours"]
                print(f"{label}:")
                for name, r in (("anchor (preload=metadata, 1400 px cover)", a),
                                ("ours (preload=none, thumbnails)", o)):
                    print(f"  {name:42s} LCP {r['lcp']:7.0f} ms  CLS {r['cls']:.4f}  "
                          f"fetched {r['bytes'] / 1000:6.1f} kB  MP3 requests {r['mp3']:.0f}")
                if o["lcp"]:
                    print(f"  LCP anchor/ours {a['lcp'] / o['lcp']:.2f}x; bytes anchor/ours "
                          f"{a['bytes'] / max(o['bytes'], 1):.2f}x")
            browser.close()
        for srv in (ours_srv, anchor_srv):
            srv.shutdown()
            srv.server_close()


if __name__ == "__main__":
    main()

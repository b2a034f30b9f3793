"""Benchmark: Lighthouse scores of the built site, when Lighthouse is installed.

Serves a built site (default ``build/site``, made by ``scripts/demo`` or ``podcast run``)
with ``podcast serve``'s server and runs the Lighthouse CLI on the first episode page and
the home page, ``--runs`` times each, with Lighthouse's default mobile preset (simulated
slow 4G, 4x CPU slowdown, a 412 px phone screen). Prints the median score of each category
and the median of the performance metrics. The anchor, measured in the same run, is the
same site with ``preload="metadata"`` put back on the player (what made Chromium fetch the
whole MP3 on page load, issue 18).

Lighthouse is not a dependency of the project (it is not in CI or the tests). Install it
outside the repository, for example::

    mkdir -p /tmp/lh && (cd /tmp/lh && npm install lighthouse)
    python scripts/bench/site_lighthouse.py --lighthouse /tmp/lh/node_modules/.bin/lighthouse

Without Lighthouse (not given, not in ``/tmp/lh``, not on PATH) the script says so and
exits with status 2. Chromium is taken from ``CHROME_PATH`` or ``/usr/bin/chromium``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # this checkout, not another

from podcast.serve import serve_in_thread  # noqa: E402

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"first-contentful-paint": "FCP ms", "largest-contentful-paint": "LCP ms",
           "total-blocking-time": "TBT ms", "cumulative-layout-shift": "CLS",
           "speed-index": "SI ms"}


def find_lighthouse(given: str | None) -> str | None:
    """The Lighthouse CLI to run: the one given, the scratch install, or one on PATH."""
    for candidate in (given, "/tmp/lh/node_modules/.bin/lighthouse", shutil.which("lighthouse")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def first_episode(site: Path) -> str:
    """The site path of the first episode page (``avsnitt/<slug>/`` or ``episodes/<slug>/``)."""
    for index in sorted(site.glob("*/*/index.html")):
        html = index.read_text(encoding="utf-8")
        if 'id="player"' in html:
            return f"{index.parent.parent.name}/{index.parent.name}/"
    raise SystemExit(f"no episode page with a player in {site}")


def make_anchor(site: Path, target: Path) -> None:
    """The same site with the player's previous markup (``preload="metadata"``)."""
    shutil.copytree(site, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace('preload="none"', 'preload="metadata"'), encoding="utf-8")


def run_lighthouse(cli: str, chrome: str, url: str, out: Path) -> dict:
    """One Lighthouse run (mobile preset); returns category scores and metric values."""
    env = {**os.environ, "CHROME_PATH": chrome}
    subprocess.run([cli, url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    report = json.loads(out.read_text(encoding="utf-8"))
    result = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    for key in METRICS:
        result[key] = report["audits"][key]["numericValue"]
    failing = [key for key, audit in report["audits"].items()
               if audit.get("score") is not None and audit["score"] < 0.9
               and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")]
    result["failing"] = failing
    return result


def summary(runs: list[dict]) -> str:
    cats = "  ".join(f"{c} {statistics.median(r[c] for r in runs):.0f}" for c in CATEGORIES)
    metrics = "  ".join(
        f"{label} {statistics.median(r[key] for r in runs):.{3 if label == 'CLS' else 0}f}"
        for key, label in METRICS.items())
    return f"{cats}\n      {metrics}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=REPO / "build" / "site")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lighthouse", help="path of the Lighthouse CLI")
    args = parser.parse_args()
    cli = find_lighthouse(args.lighthouse)
    if cli is None:
        print("Lighthouse is not installed: mkdir -p /tmp/lh && (cd /tmp/lh && npm install "
              "lighthouse), then --lighthouse /tmp/lh/node_modules/.bin/lighthouse")
        return 2
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    site = args.site.resolve()
    if not (site / "index.html").is_file():
        raise SystemExit(f"no built site in {site} (run scripts/demo or podcast run)")
    episode = first_episode(site)
    mp3 = sorted((site / "media").glob("*.mp3")) if (site / "media").is_dir() else []
    load = os.getloadavg()
    print(f"site {site}; {len(mp3)} MP3 file(s) present; runs {args.runs}; "
          f"Lighthouse mobile preset; load {load[0]:.2f} {load[1]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        make_anchor(site, Path(tmp) / "anchor")
        ours_srv, ours = serve_in_thread(site)
        anchor_srv, anchor = serve_in_thread(Path(tmp) / "anchor")
        try:
            for label, path in (("episode page " + episode, episode), ("home page", "")):
                print(label + ":")
                for name, base in (("anchor (preload=metadata)", anchor), ("ours", ours)):
                    runs = [run_lighthouse(cli, chrome, base + path, Path(tmp) / "r.json")
                            for _ in range(args.runs)]
                    print(f"  {name}:\n      {summary(runs)}")
                    failing = sorted({k for r in runs for k in r["failing"]})
                    if failing:
                        print("      audits below 0.9 in some run: " + ", ".join(failing))
        finally:
            for srv in (ours_srv, anchor_srv):
                srv.shutdown()
                srv.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

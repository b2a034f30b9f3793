"""Benchmark: the whole audio chain on a 60-minute stereo episode, against ffmpeg-normalize.

    python scripts/bench/audio_chain.py [--minutes 60] [--keep DIR]

Makes a test recording in a temporary folder (stereo 44.1 kHz: three voices peaking at
-2/-9/-15 dBFS taking turns with pauses, 50 Hz hum and a noise floor; the voices are the
shared espeak sample ``../shared/data/audio/sv_60s.wav`` cut into turns), then runs

- ours:   ``podcast process --input REC --output OUT.mp3`` (built-in defaults, -16 LUFS),
- anchor: ``ffmpeg-normalize REC -t -16 -tp -1 -c:a libmp3lame -b:a 128k`` (two-pass loudnorm),

each as its own process tree, sampling the summed RSS of the tree every 50 ms. Both outputs
are measured with ``ffmpeg -af ebur128=peak=true`` (independent of our own meter). Prints
real-time factors, the speed ratio and peak memory, and whether the goals are met:
integrated within ±1 LU of -16, true peak ≤ -1 dBTP, ≥ 20× real time, ≤ 300 MB peak RSS.
Both encoders use LAME quality 5 (``-compression_level 5``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

REPO = Path(__file__).resolve().parents[2]
from shared_data import SHARED_DATA  # noqa: E402

SHARED_SPEECH = SHARED_DATA / "audio" / "sv_60s.wav"
sys.path.insert(0, str(REPO))

from tests.support.testsignal import ConversationSpec, write_conversation  # noqa: E402


def _tree_rss_kb(root: int) -> int:
    """Summed VmRSS of ``root`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                text = fh.read()
        except OSError:
            continue
        ppid = int(re.search(r"PPid:\s+(\d+)", text).group(1))
        m = re.search(r"VmRSS:\s+(\d+) kB", text)
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(m.group(1)) if m else 0
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_measured(cmd: list[str]) -> tuple[float, float, float, float]:
    """(wall seconds, peak summed RSS in MB, CPU seconds of the tree, mean load average)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_start = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, peak[0] / 1024, cpu, (load_start + os.getloadavg()[0]) / 2


def ebur128(path: Path) -> dict[str, float]:
    proc = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af",
                           "ebur128=peak=true", "-f", "null", "-"],
                          capture_output=True, text=True, check=True)
    summary = proc.stderr[proc.stderr.rfind("Summary:"):]
    return {"I": float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1)),
            "LRA": float(re.search(r"LRA:\s+(-?[\d.]+) LU", summary).group(1)),
            "TP": float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))}


def speech_material(rate: int) -> np.ndarray | None:
    if not SHARED_SPEECH.is_file():
        return None
    with wave.open(str(SHARED_SPEECH)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float64) / 32768
        src_rate = w.getframerate()
    g = np.gcd(rate, src_rate)
    return resample_poly(data, rate // g, src_rate // g)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--skip-anchor", action="store_true",
                        help="only time ours (no ratio; for a quick re-measurement)")
    args = parser.parse_args()
    if shutil.which("ffmpeg-normalize") is None:
        raise SystemExit("ffmpeg-normalize not found: pip install ffmpeg-normalize")
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-audio-"))
    work.mkdir(parents=True, exist_ok=True)
    seconds = args.minutes * 60
    try:
        rec = work / "episode.wav"
        t = time.perf_counter()
        spec = ConversationSpec(duration=seconds, sample_rate=44100, channels=2,
                                voices_db=(-2.0, -9.0, -15.0), hum_db=-60.0, noise_db=-70.0,
                                turn_seconds=(5.0, 40.0), pause_seconds=(0.3, 1.5),
                                long_pause_every=6, long_pause=4.0,
                                speech=speech_material(44100))
        write_conversation(rec, spec)
        print(f"test file: {args.minutes:g} min stereo 44.1 kHz, "
              f"{rec.stat().st_size / 1e6:.0f} MB, made in {time.perf_counter() - t:.0f} s")
        before = ebur128(rec)
        print(f"input:  I {before['I']:.1f} LUFS, LRA {before['LRA']:.1f} LU, "
              f"TP {before['TP']:.1f} dBTP")

        ours_out = work / "ours.mp3"
        env_cmd = [sys.executable, "-m", "podcast", "-q", "process", "--input", str(rec),
                   "--output", str(ours_out)]
        cwd = os.getcwd()
        os.chdir(work)  # outside any show: built-in defaults (-16 LUFS, -1 dBTP, 128 kbps)
        try:
            ours_s, ours_mb, ours_cpu, ours_load = run_measured(env_cmd)
            if args.skip_anchor:
                ours = ebur128(ours_out)
                print(f"ours:   {ours_s:7.1f} s = {seconds / ours_s:5.1f}x real time (load avg "
                      f"{ours_load:.1f}), CPU {ours_cpu:6.1f} s, peak RSS {ours_mb:4.0f} MB; "
                      f"output I {ours['I']:.1f} LUFS, LRA {ours['LRA']:.1f} LU, "
                      f"TP {ours['TP']:.1f} dBTP  (no anchor run)")
                return
            anchor_out = work / "anchor.mp3"
            anchor_s, anchor_mb, anchor_cpu, anchor_load = run_measured([
                "ffmpeg-normalize", str(rec), "-o", str(anchor_out), "-f", "-t", "-16",
                "-tp", "-1", "-c:a", "libmp3lame", "-b:a", "128k", "-ar", "44100",
                "-e", "-compression_level 5"])
        finally:
            os.chdir(cwd)
        ours, anchor = ebur128(ours_out), ebur128(anchor_out)
        for name, wall, mb, cpu, load, out in [
                ("ours", ours_s, ours_mb, ours_cpu, ours_load, ours),
                ("anchor", anchor_s, anchor_mb, anchor_cpu, anchor_load, anchor)]:
            print(f"{name + ':':7} {wall:7.1f} s = {seconds / wall:5.1f}x real time (load avg "
                  f"{load:.1f}), CPU {cpu:6.1f} s = {seconds / cpu:5.1f}x real time per core, "
                  f"peak RSS {mb:4.0f} MB; output I {out['I']:.1f} LUFS, LRA {out['LRA']:.1f} LU, "
                  f"TP {out['TP']:.1f} dBTP")
        print(f"ratio:  ours is {anchor_s / ours_s:.2f}x the speed of ffmpeg-normalize "
              f"(wall), {anchor_cpu / ours_cpu:.2f}x (CPU time), {ours_mb / anchor_mb:.2f}x its "
              "peak memory")
        print(f"bound on an idle 2-core machine: ours at most "
              f"{seconds / max(ours_cpu / 2, 1e-9):.0f}x real time (its CPU time spread over 2 "
              "cores); the wall times above include waiting for other work on the machine")
        goals = {
            "integrated within ±1 LU of -16": abs(ours["I"] + 16) <= 1.0,
            "true peak <= -1 dBTP": ours["TP"] <= -1.0,
            ">= 20x real time (wall, this run)": seconds / ours_s >= 20,
            "<= 300 MB peak RSS": ours_mb <= 300,
        }
        for goal, ok in goals.items():
            print(f"  [{'x' if ok else ' '}] {goal}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

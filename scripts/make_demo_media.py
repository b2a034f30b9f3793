#!/usr/bin/env python3
"""Regenerate the demo show's media: raw recordings (espeak-ng), jingles (sox), cover art.

Needs espeak-ng, sox, ffmpeg and ImageMagick (Debian packages). The outputs are committed, so
neither the demo nor the tests run this; it documents how they were made and re-makes them.
Prints each episode's line start times (for the chapters in episode.md).

    python scripts/make_demo_media.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATE = 22050
HOST = ("sv", 0.0)        # espeak-ng voice, gain dB
GUEST = ("sv+f2", -9.0)   # quieter guest: the processing stage has to even this out

EPISODES = {
    "snorojning-pa-vintern": {
        "format": "m4a",
        "lines": [
            (HOST, "Välkommen till Kommunpodden, där kommuncenter svarar på era vanligaste "
                   "frågor."),
            (HOST, "Idag pratar vi om snöröjning. Med mig har jag Karin från gatuenheten."),
            (GUEST, "Tack. Vi börjar ploga när det har kommit fem centimeter snö på gator och "
                    "cykelvägar."),
            ("pause", 3.0),
            (HOST, "Många ringer och undrar varför plogbilen lämnar en plogvall vid infarten."),
            (GUEST, "Plogvallen går tyvärr inte att undvika. Fastighetsägaren ansvarar för att "
                    "skotta bort den vid sin egen infart."),
            (HOST, "Och sandning, när gör ni det?"),
            (GUEST, "Vi sandar gångbanor och busshållplatser först, sedan större gator."),
            (HOST, "Tack Karin. Hör av dig till kommuncenter om du har fler frågor."),
        ],
    },
    "bygglov-och-attefallshus": {
        "format": "mp3",
        "lines": [
            (HOST, "Hej och välkommen till Kommunpodden. Idag handlar det om bygglov."),
            (GUEST, "Hej. Jag heter Ahmed och är bygglovshandläggare."),
            (HOST, "Behöver jag bygglov för ett attefallshus?"),
            (GUEST, "Nej, men du måste göra en anmälan och vänta på startbesked innan du börjar "
                    "bygga."),
            ("pause", 3.5),
            (HOST, "Hur lång tid tar det att få ett bygglov?"),
            (GUEST, "När ansökan är komplett har vi tio veckor på oss, oftast går det fortare."),
            (HOST, "Tack Ahmed. Ansökan gör du enklast i kommunens e-tjänst."),
        ],
    },
    "sophamtning-och-atervinning": {
        "format": "ogg",
        "lines": [
            (HOST, "Välkommen till Kommunpodden. Vi pratar om sophämtning och återvinning."),
            (GUEST, "Hej, jag heter Lena och arbetar på avfallsavdelningen."),
            (HOST, "Vad gör jag om soptunnan inte har tömts?"),
            (GUEST, "Anmäl det till kommuncenter samma dag, så kommer vi tillbaka inom två "
                    "arbetsdagar."),
            ("pause", 3.0),
            (HOST, "Och var lämnar jag grovavfall?"),
            (GUEST, "Grovavfall lämnar du på återvinningscentralen. Den är öppen alla dagar "
                    "utom måndag."),
            (HOST, "Tack Lena. Sortera rätt, så ses vi nästa gång."),
        ],
    },
}


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True)


def duration(path: Path) -> float:
    out = subprocess.run(["soxi", "-D", str(path)], check=True, capture_output=True, text=True)
    return float(out.stdout)


def make_episode(slug: str, spec: dict, tmp: Path) -> None:
    parts: list[Path] = []
    t = 1.5
    lead = tmp / f"{slug}-lead.wav"
    run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(lead), "trim", "0", "1.5")
    parts.append(lead)
    print(f"# {slug}")
    for i, (who, text) in enumerate(spec["lines"]):
        if who == "pause":
            p = tmp / f"{slug}-{i}-pause.wav"
            run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(p), "trim", "0", str(text))
            parts.append(p)
            t += float(text)
            continue
        voice, gain = who
        raw = tmp / f"{slug}-{i}-raw.wav"
        run("espeak-ng", "-v", voice, "-s", "155", "-w", str(raw), text)
        line = tmp / f"{slug}-{i}.wav"
        run("sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(line),
            "gain", str(gain), "pad", "0", "0.6")
        print(f"  {t:6.1f}s  {text[:60]}")
        t += duration(line)
        parts.append(line)
    tail = tmp / f"{slug}-tail.wav"
    run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(tail), "trim", "0", "2.5")
    parts.append(tail)
    speech = tmp / f"{slug}-speech.wav"
    run("sox", *map(str, parts), str(speech))
    # A faint noise floor and mains hum, as in a real room.
    length = str(duration(speech))
    noise = tmp / f"{slug}-noise.wav"
    run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(noise), "synth", length,
        "pinknoise", "vol", "0.003")
    hum = tmp / f"{slug}-hum.wav"
    run("sox", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(hum), "synth", length,
        "sine", "50", "vol", "0.002")
    mixed = tmp / f"{slug}-mixed.wav"
    run("sox", "-m", str(speech), str(noise), str(hum), str(mixed))
    folder = ROOT / "episodes" / slug
    folder.mkdir(parents=True, exist_ok=True)
    fmt = spec["format"]
    out = folder / f"inspelning.{fmt}"
    if fmt == "m4a":  # a phone recorder app file
        run("ffmpeg", "-loglevel", "error", "-y", "-i", str(mixed), "-c:a", "aac", "-b:a", "64k",
            "-map_metadata", "-1", "-bitexact", str(out))
    elif fmt == "mp3":  # a stereo 44.1 kHz recorder file
        run("ffmpeg", "-loglevel", "error", "-y", "-i", str(mixed), "-ac", "2", "-ar", "44100",
            "-c:a", "libmp3lame", "-b:a", "64k", "-map_metadata", "-1", "-bitexact", str(out))
    else:
        run("ffmpeg", "-loglevel", "error", "-y", "-i", str(mixed), "-c:a", "libvorbis",
            "-q:a", "3", "-map_metadata", "-1", "-bitexact", str(out))
    print(f"  -> {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB, "
          f"{duration(mixed):.1f} s)")


def make_jingles(tmp: Path) -> None:
    notes = {"intro": ["C5", "E5", "G5", "C6"], "outro": ["C6", "G5", "E5", "C5"]}
    for name, seq in notes.items():
        parts = []
        for i, note in enumerate(seq):
            p = tmp / f"{name}-{i}.wav"
            run("sox", "-n", "-r", "44100", "-c", "2", "-b", "16", str(p), "synth", "0.7",
                "pluck", note, "fade", "0", "0.7", "0.5", "gain", "-6")
            parts.append(str(p))
        bed = tmp / f"{name}-bed.wav"
        run("sox", *parts, str(bed), "pad", "0", "1.2", "reverb", "40")
        out = ROOT / "assets" / f"{name}.flac"
        run("ffmpeg", "-loglevel", "error", "-y", "-i", str(bed), "-c:a", "flac", str(out))
        print(f"{out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")


def make_cover() -> None:
    out = ROOT / "assets" / "cover.jpg"
    run("convert", "-size", "1400x1400", "gradient:#0b3d66-#1f7a8c",
        "-font", "DejaVu-Sans-Bold", "-fill", "white", "-gravity", "center",
        "-pointsize", "150", "-annotate", "+0-160", "Kommun-",
        "-pointsize", "150", "-annotate", "+0+10", "podden",
        "-font", "DejaVu-Sans", "-pointsize", "56", "-annotate", "+0+220",
        "Kommuncenter svarar",
        "-quality", "85", "-strip", str(out))
    print(f"{out.relative_to(ROOT)} ({out.stat().st_size // 1024} KB)")


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for slug, spec in EPISODES.items():
            make_episode(slug, spec, tmp)
        make_jingles(tmp)
    make_cover()


if __name__ == "__main__":
    main()

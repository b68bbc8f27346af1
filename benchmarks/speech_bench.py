"""Read-aloud generation: espeak-ng (and the Ogg/Opus encoder) for a 3,000-word page.

Speech is made by a background task after a publish and never inside a visitor's request,
so this time is what an editor's publish adds to the worker, not what a citizen waits for.
The 3,000-word page is built from the demo's own Dutch rights-and-duties texts (the
fixtures, read as JSON, no database), repeated until it is long enough. Baseline, measured
in the same run: a 300-word page, so the ratio shows how the cost grows with length.

    .venv/bin/python benchmarks/speech_bench.py [--repeat 3]

Prints a Markdown block for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helder.settings.test")

import django  # noqa: E402

django.setup()

from translations.speech import engine  # noqa: E402
from translations.speech.text import plain, speak_digits  # noqa: E402


def demo_sentences() -> list[str]:
    specs = json.loads((ROOT / "fixtures" / "demo" / "rights_duties.json").read_text("utf-8"))
    parts = []
    for spec in specs:
        parts += [spec["title"] + ".", spec["intro"]]
        for item in spec["items"]:
            parts += [item["title"] + ".", plain(item["explanation"]), plain(item["help"])]
    return [part for part in parts if part]


def page_of(words: int) -> str:
    sentences, text, count = demo_sentences(), [], 0
    while count < words:
        for sentence in sentences:
            text.append(sentence)
            count += len(sentence.split())
            if count >= words:
                break
    return speak_digits(" ".join(" ".join(text).split()[:words]))


def measure(text: str, repeat: int) -> dict:
    best = {"wav": float("inf"), "encode": float("inf")}
    for _ in range(repeat):
        start = time.perf_counter()
        raw = engine.wav(text, "nl")
        middle = time.perf_counter()
        data, extension, _mime = engine.compress(raw)
        end = time.perf_counter()
        best["wav"] = min(best["wav"], middle - start)
        best["encode"] = min(best["encode"], end - middle)
    return {
        "words": len(text.split()),
        "audio_s": engine.wav_duration(raw),
        "wav_bytes": len(raw),
        "out_bytes": len(data),
        "extension": extension,
        **best,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not engine.available():
        sys.exit("espeak-ng is not installed (python3 dev.py test installs it).")
    version = subprocess.run(
        ["espeak-ng", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    rows = [measure(page_of(words), args.repeat) for words in (300, 3000)]
    base = rows[0]["wav"] + rows[0]["encode"]
    load = os.getloadavg()[0]
    print(f"Date: {datetime.date.today()}; python {platform.python_version()}; {version}")
    print(f"Load average at the start: {load:.1f} on {os.cpu_count()} cores.")
    print(f"Best of {args.repeat}; espeak-ng at {engine.DEFAULT_RATE} words/min, voice nl.\n")
    print(
        "| words | audio (s) | espeak-ng (s) | encode (s) | total (s) | x real time | "
        "WAV (KB) | stored (KB) | total / 300-word total |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        total = row["wav"] + row["encode"]
        print(
            f"| {row['words']} | {row['audio_s']:.0f} | {row['wav']:.2f} | {row['encode']:.2f} "
            f"| {total:.2f} | {row['audio_s'] / total:.0f} | {row['wav_bytes'] / 1024:.0f} "
            f"| {row['out_bytes'] / 1024:.0f} ({row['extension']}) | {total / base:.1f} |"
        )


if __name__ == "__main__":
    main()

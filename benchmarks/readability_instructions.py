"""Instruction counts of one analysis against textstat's flesch_reading_ease (callgrind).

    .venv/bin/python benchmarks/readability_instructions.py [--words N]

Wall-clock ratios move with the load of a shared machine; instruction counts do not.
For each text of ``readability_bench`` (generated and, when the data is there, municipal)
six processes run under valgrind's callgrind, each with the same set-up (both libraries
imported, the wordfreq table loaded, one warm-up call on another text, the per-word caches
cleared, a fixed hash seed): one stops there, one then runs ``analyze``, one also builds
every sentence's ``SentenceLevel`` object, one runs ``textstat.flesch_reading_ease``, and
two measure parts (``CALLS``): the text model alone, and pyphen's hyphenation of each
distinct word (the text model plus hyphenation, minus the text model). A call's count is
its process's total minus the set-up process's. Needs valgrind (Debian package
``valgrind``); takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = """
import sys
sys.path[:0] = [{bench!r}, {root!r}]
import textstat
import readability_bench as rb
from readability import analyze
from readability.lexicon import frequency_table
from readability.textmodel import build_doc
import pyphen

textstat.set_lang("nl")
frequency_table("nl")
analyze(rb.make_text(300, seed=1))
textstat.flesch_reading_ease(rb.make_text(300, seed=1))
text = rb.{maker}({words})
rb.clear_our_caches()
rb.clear_textstat_caches()
{call}
"""
CALLS = {
    "set-up": "",
    "ours": "analyze(text)",
    "ours + sentence objects": "list(analyze(text).sentences)",
    "textstat": "textstat.flesch_reading_ease(text)",
    # What any full analysis spends before its first rule: the text model (normalised
    # text, segments, sentences of token texts). And what hyphenating each distinct word
    # with pyphen costs on top (textstat does; the engine counted syllables that way until
    # session 7, and no longer hyphenates Dutch).
    "text model": "build_doc(text)",
    "text model + hyphenation": (
        "doc = build_doc(text)\n"
        "hyphenator = pyphen.Pyphen(lang='nl_NL')\n"
        "for w in {t.lower() for s in doc.sentences for t in s.texts}: hyphenator.positions(w)"
    ),
}


def instructions(maker: str, words: int, call: str) -> int:
    code = CHILD.format(bench=str(HERE), root=str(HERE.parent), maker=maker, words=words, call=call)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
            + [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        match = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    if match is None:
        raise RuntimeError("callgrind wrote no totals")
    return int(match.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    import readability_bench as rb

    makers = ["make_text"] + (["make_municipal_text"] if rb.municipal_sentences() else [])
    print(
        f"| text ({args.words} words) | ours (M instr.) | + sentence objects | "
        "textstat (M instr.) | ratio | ratio + sentence objects | text model alone "
        "| hyphenating the distinct words |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for maker in makers:
        counts = {name: instructions(maker, args.words, call) for name, call in CALLS.items()}
        ours, full, theirs, model, hyphens = (
            counts[name] - counts["set-up"]
            for name in (
                "ours",
                "ours + sentence objects",
                "textstat",
                "text model",
                "text model + hyphenation",
            )
        )
        text = "municipal" if "municipal" in maker else "generated"
        print(
            f"| {text} | {ours / 1e6:,.0f} | {full / 1e6:,.0f} | {theirs / 1e6:,.0f} "
            f"| {ours / theirs:.2f} | {full / theirs:.2f} | {model / theirs:.2f} "
            f"| {(hyphens - model) / theirs:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

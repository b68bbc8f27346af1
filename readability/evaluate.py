"""Evaluate the CEFR estimate and the verdict on the Amsterdam simplification corpus.

    python -m readability.evaluate --data ../shared/data/amsterdam-simplification

The corpus (EUPL-1.2, City of Amsterdam) is read from the given path and never copied.
Documents are split into train and test by Document ID with a fixed seed. Figures:

* pair accuracy: share of (complex, simple) sentence pairs whose simple side scores
  strictly easier (lower score), over pairs whose two sides differ;
* document accuracy: per document, all simple sentences joined vs all complex sentences
  joined; share of documents whose simple text scores easier;
* verdicts: how many simple and complex documents pass, land in the grey zone, or block;
* calibration of the band: the bootstrap sd of the score that best separates simple from
  original documents (train split); ``cefr.MODEL_ERROR`` holds that figure.

Exits 1 when a figure drops below its floor (``FLOORS``), 2 when the data cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from readability import Policy, analyze, cefr

CSV_PATH = "complex-simple-sentences/complex-simple-v1-anonymized.csv"
SEED = 20240611
TEST_SHARE = 0.3
BOOTSTRAP = 200
FLOORS = {
    "test_document_accuracy": 0.90,
    "all_document_accuracy": 0.85,
    "test_pair_accuracy": 0.65,
    # Expert-simplified documents (written for a general audience) confidently blocked.
    "max_simple_blocked_share": 0.20,
    # Original documents that pass outright.
    "max_complex_passed_share": 0.40,
}


def load_pairs(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Document ID -> list of (complex, simple) sentence pairs."""
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with open(root / CSV_PATH, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            docs[row["Document ID"].strip()].append((row["Complex"], row["Simple"]))
    return dict(docs)


def split_documents(doc_ids: Sequence[str], seed: int = SEED) -> tuple[list[str], list[str]]:
    """Shuffle document IDs with a fixed seed; the first 30% are the test set."""
    ids = sorted(doc_ids, key=lambda d: (len(d), d))
    random.Random(seed).shuffle(ids)
    n_test = max(1, round(len(ids) * TEST_SHARE))
    return ids[n_test:], ids[:n_test]


def measure(docs, ids, score, reports) -> dict[str, float]:
    pairs_ok = pairs_n = docs_ok = 0
    for d in ids:
        for c, s in docs[d]:
            if c.strip() == s.strip():
                continue
            pairs_n += 1
            pairs_ok += score[s] < score[c]
        docs_ok += reports[("s", d)].score < reports[("c", d)].score
    simple = Counter(reports[("s", d)].verdict for d in ids)
    complex_ = Counter(reports[("c", d)].verdict for d in ids)
    return {
        "pairs": pairs_n,
        "pair_accuracy": pairs_ok / pairs_n if pairs_n else 0.0,
        "documents": len(ids),
        "document_accuracy": docs_ok / len(ids) if ids else 0.0,
        "simple_verdicts": simple,
        "complex_verdicts": complex_,
    }


def best_threshold(simple: list[float], complex_: list[float]) -> float:
    """The score that best separates simple (below) from complex (at or above) documents:
    maximal balanced accuracy; the midpoint of the best run of candidates."""
    cands = sorted(set(simple) | set(complex_))
    best, best_t = -1.0, 3.5
    for t in cands:
        acc = (
            sum(x < t for x in simple) / len(simple) + sum(x >= t for x in complex_) / len(complex_)
        ) / 2
        if acc > best + 1e-12:
            best, best_t = acc, t
    return best_t


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m readability.evaluate")
    p.add_argument("--data", required=True, help="folder of the Amsterdam simplification data")
    args = p.parse_args(argv)
    started = time.perf_counter()
    try:
        docs = load_pairs(Path(args.data))
    except (OSError, KeyError, csv.Error) as exc:
        print(f"evaluate: cannot read data under {args.data}: {exc}", file=sys.stderr)
        return 2
    policy = Policy(max_level="B1")
    score: dict[str, float] = {}
    reports: dict = {}
    for d, pairs in docs.items():
        for c, s in pairs:
            for t in (c, s):
                if t not in score:
                    score[t] = analyze(t, policy=policy).score or 0.0
        reports[("c", d)] = analyze("\n".join(c for c, _ in pairs), policy=policy)
        reports[("s", d)] = analyze("\n".join(s for _, s in pairs), policy=policy)
    train, test = split_documents(list(docs))
    n_pairs = sum(len(v) for v in docs.values())
    print(
        f"data: {len(docs)} documents, {n_pairs} pairs; seed {SEED}; "
        f"train {len(train)} / test {len(test)} documents"
    )
    figures: dict[str, float] = {}
    for name, ids in (("train", train), ("test", test), ("all", sorted(docs))):
        m = measure(docs, ids, score, reports)
        figures[f"{name}_pair_accuracy"] = m["pair_accuracy"]
        figures[f"{name}_document_accuracy"] = m["document_accuracy"]
        sv, cv = m["simple_verdicts"], m["complex_verdicts"]
        print(
            f"{name:5s}: pair accuracy {m['pair_accuracy']:.3f} ({m['pairs']} pairs), "
            f"document accuracy {m['document_accuracy']:.3f} ({m['documents']} docs); "
            f"simple pass/grey/block {sv['pass']}/{sv['human_check']}/{sv['block']}, "
            f"complex {cv['pass']}/{cv['human_check']}/{cv['block']}"
        )
        if name == "all":
            figures["max_simple_blocked_share"] = sv["block"] / len(ids)
            figures["max_complex_passed_share"] = cv["pass"] / len(ids)
    # Calibration of the band.
    simple = [reports[("s", d)].score for d in train]
    complex_ = [reports[("c", d)].score for d in train]
    t0 = best_threshold(simple, complex_)
    rng = random.Random(SEED)
    ts = []
    for _ in range(BOOTSTRAP):
        idx = [rng.randrange(len(train)) for _ in train]
        ts.append(best_threshold([simple[i] for i in idx], [complex_[i] for i in idx]))
    mean_t = sum(ts) / len(ts)
    sd_t = (sum((t - mean_t) ** 2 for t in ts) / (len(ts) - 1)) ** 0.5
    print(
        f"boundary separating simple from original documents (train): {t0:.2f}; "
        f"bootstrap mean {mean_t:.2f}, sd {sd_t:.2f} ({BOOTSTRAP} samples); "
        f"cefr.MODEL_ERROR = {cefr.MODEL_ERROR}"
    )
    failed = []
    for key, floor in FLOORS.items():
        value = figures[key]
        ok = value <= floor if key.startswith("max_") else value >= floor
        if not ok:
            failed.append(f"{key}={value:.3f}")
    print(f"floors: {FLOORS}; took {time.perf_counter() - started:.1f}s")
    if failed:
        print(f"evaluate: floor not met: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("all floors met")
    return 0


if __name__ == "__main__":
    sys.exit(main())

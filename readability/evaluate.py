"""Evaluate (and optionally refit) the CEFR model on the Amsterdam simplification corpus.

    python -m readability.evaluate --data ../shared/data/amsterdam-simplification [--fit]

The corpus (EUPL-1.2, City of Amsterdam) is read from the given path and never copied.
Documents are split into train and test by Document ID with a fixed seed. Figures:

* pair accuracy: share of (complex, simple) sentence pairs whose simple side scores
  strictly easier (lower score), over pairs whose two sides differ;
* document accuracy: per document, all simple sentences joined vs all complex sentences
  joined; share of documents whose simple text scores easier;
* mean level per side.

Exits 1 when a figure on the test split drops below its floor (``FLOORS``), 2 when the
data cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from readability import cefr
from readability.engine import analyze

CSV_PATH = "complex-simple-sentences/complex-simple-v1-anonymized.csv"
SEED = 20240611
TEST_SHARE = 0.3
FLOORS = {
    "test_document_accuracy": 0.85,
    "all_document_accuracy": 0.85,
    "test_pair_accuracy": 0.65,
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


def signals_of(text: str) -> dict[str, float]:
    report = analyze(text, lang="nl")
    return dict(report.signals, word_count=report.word_count)


def _score(sig: dict, model: dict) -> float:
    """The engine's score: linear model (with small-text shrinkage) and long-sentence floor."""
    linear = cefr.linear_score(sig, model, word_count=sig["word_count"])
    return max(linear, cefr.long_sentence_floor(sig["longest_sentence"]))


def measure(docs: dict, ids: list[str], model: dict, cache: dict) -> dict[str, float]:
    pairs_ok = pairs_n = docs_ok = 0
    simple_scores, complex_scores = [], []
    for d in ids:
        for c, s in docs[d]:
            if c.strip() == s.strip():
                continue
            pairs_n += 1
            if _score(cache[s], model) < _score(cache[c], model):
                pairs_ok += 1
        c_doc = _score(cache[("doc-c", d)], model)
        s_doc = _score(cache[("doc-s", d)], model)
        complex_scores.append(c_doc)
        simple_scores.append(s_doc)
        docs_ok += s_doc < c_doc
    return {
        "pairs": pairs_n,
        "pair_accuracy": pairs_ok / pairs_n if pairs_n else 0.0,
        "documents": len(ids),
        "document_accuracy": docs_ok / len(ids) if ids else 0.0,
        "mean_score_complex": sum(complex_scores) / len(ids),
        "mean_score_simple": sum(simple_scores) / len(ids),
    }


def fit_weights(docs, ids, cache, model, rounds: int = 3) -> dict:
    """Coordinate search on the training documents: for each feature except sentence
    length (whose weight fixes the scale: 5 words per sentence = 0.5 CEFR step), try
    multiplying its weight by 0, 0.5, 0.75, 1.5, 2 or 3 and keep a change when
    pair accuracy + document accuracy on the training split improves. Starts from the
    guidance prior in ``cefr.MODEL``. We tried a pairwise logistic regression first; it
    scored worse on held-out pairs (it chases the rare passive/jargon edits)."""

    def objective(m):
        r = measure(docs, ids, m, cache)
        return r["pair_accuracy"] + r["document_accuracy"]

    best_model = dict(model)
    best = objective(best_model)
    for _ in range(rounds):
        for name in best_model:
            if name == "words_per_sentence":
                continue
            for mult in (0, 0.5, 0.75, 1.5, 2, 3):
                anchor, scale, weight = best_model[name]
                cand = dict(best_model)
                cand[name] = (anchor, scale, round((weight or 0.1) * mult, 3))
                value = objective(cand)
                if value > best + 1e-9:
                    best, best_model = value, cand
    return best_model


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m readability.evaluate")
    p.add_argument("--data", required=True, help="folder of the Amsterdam simplification data")
    p.add_argument("--fit", action="store_true", help="refit the weights on the train split")
    args = p.parse_args(argv)
    started = time.perf_counter()
    try:
        docs = load_pairs(Path(args.data))
    except (OSError, KeyError, csv.Error) as exc:
        print(f"evaluate: cannot read data under {args.data}: {exc}", file=sys.stderr)
        return 2
    cache: dict = {}
    for d, pairs in docs.items():
        for c, s in pairs:
            for t in (c, s):
                if t not in cache:
                    cache[t] = signals_of(t)
        cache[("doc-c", d)] = signals_of("\n".join(c for c, _ in pairs))
        cache[("doc-s", d)] = signals_of("\n".join(s for _, s in pairs))
    train, test = split_documents(list(docs))
    model = dict(cefr.MODEL)
    if args.fit:
        model = fit_weights(docs, train, cache, model)
        print("fitted MODEL = {")
        for name, value in model.items():
            print(f"    {name!r}: {value},")
        print("}")
    n_pairs = sum(len(v) for v in docs.values())
    print(
        f"data: {len(docs)} documents, {n_pairs} pairs; seed {SEED}; "
        f"train {len(train)} / test {len(test)} documents"
    )
    figures = {}
    for name, ids in (("train", train), ("test", test), ("all", sorted(docs))):
        m = measure(docs, ids, model, cache)
        for key, value in m.items():
            figures[f"{name}_{key}"] = value
        print(
            f"{name:5s}: pair accuracy {m['pair_accuracy']:.3f} ({m['pairs']} pairs), "
            f"document accuracy {m['document_accuracy']:.3f} ({m['documents']} docs), "
            f"mean score complex {m['mean_score_complex']:.2f} "
            f"({cefr.score_to_level(m['mean_score_complex'])}) vs simple "
            f"{m['mean_score_simple']:.2f} ({cefr.score_to_level(m['mean_score_simple'])})"
        )
    failed = [k for k, floor in FLOORS.items() if figures[k] < floor]
    print(f"floors: {FLOORS}; took {time.perf_counter() - started:.1f}s")
    if failed:
        print(f"evaluate: below floor: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("all floors met")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sentence length: mean, share over a limit, longest; and findings for long sentences."""

from __future__ import annotations

from itertools import compress, repeat
from operator import lt

from readability.model import Sentence, ends_of, lengths_of, segments_of, starts_of
from readability.report import Finding, finding_at


def sentence_length_stats(lengths: list[int], limit: int = 20) -> dict[str, float]:
    """mean = sum(lengths) / n; share_over = #(length > limit) / n; longest = max(lengths).

    All three are 0 for no sentences. Lengths are counted words (numbers and
    ``{{ variables }}`` are one word each).
    """
    if not lengths:
        return {"mean": 0.0, "share_over": 0.0, "longest": 0}
    n = len(lengths)
    return {
        "mean": sum(lengths) / n,
        "share_over": sum(map(lt, repeat(limit), lengths)) / n,
        "longest": max(lengths),
    }


def long_sentence_findings(
    sentences: list[Sentence], warn_over: int = 20, long_over: int = 25, block_over: int = 40
) -> list[Finding]:
    """More than ``warn_over`` words: "sentence.long" (warn). More than ``long_over``:
    "sentence.too_long", a warning (too many of them block the text, see
    readability.verdict) and a block of its own over ``block_over`` words."""
    findings = []
    lengths = lengths_of(sentences)
    segments, starts, ends = segments_of(sentences), starts_of(sentences), ends_of(sentences)
    # Python steps only for the sentences over ``warn_over`` words (found in C).
    for i in compress(range(len(lengths)), map(lt, repeat(warn_over), lengths)):
        n = lengths[i]
        if n > long_over:
            findings.append(
                finding_at(
                    segments[i],
                    starts[i],
                    ends[i],
                    "sentence.too_long",
                    "block" if n > block_over else "warn",
                    f"Deze zin heeft {n} woorden. Maak er twee of meer zinnen van.",
                )
            )
        elif n > warn_over:
            findings.append(
                finding_at(
                    segments[i],
                    starts[i],
                    ends[i],
                    "sentence.long",
                    "warn",
                    f"Deze zin heeft {n} woorden. Kunt u hem korter maken?",
                )
            )
    return findings

"""Syllables per word."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import mul

from readability.syllables import syllable_counts


def syllables_per_word(
    forms: Mapping[str, int], total: int, syllables: Sequence[int] | None = None
) -> float:
    """mean syllables = (sum over word forms of count * syllables(form) + other) / total.

    ``forms`` counts the real words by written form; ``total`` also includes numbers and
    ``{{ variables }}``, which count as one syllable each. 0 for no words. ``syllables``:
    ``syllable_counts(list(forms))``, when the caller has them.
    """
    if not total:
        return 0.0
    counted = sum(forms.values())
    if syllables is None:
        syllables = syllable_counts(list(forms))
    syllables = sum(map(mul, forms.values(), syllables))
    return (syllables + (total - counted)) / total

"""Syllables per word."""

from __future__ import annotations

from collections.abc import Mapping
from operator import mul

from readability.syllables import count_syllables


def syllables_per_word(forms: Mapping[str, int], total: int) -> float:
    """mean syllables = (sum over word forms of count * syllables(form) + other) / total.

    ``forms`` counts the real words by written form; ``total`` also includes numbers and
    ``{{ variables }}``, which count as one syllable each. 0 for no words.
    """
    if not total:
        return 0.0
    counted = sum(forms.values())
    syllables = sum(map(mul, forms.values(), map(count_syllables, map(str.lower, forms))))
    return (syllables + (total - counted)) / total

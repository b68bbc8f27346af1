"""Long words."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from itertools import compress

from readability.syllables import count_syllables


@lru_cache(maxsize=1 << 16)
def is_long_word(form: str) -> bool:
    """Long = 4 or more syllables, or 13 or more letters (numbers/variables never long)."""
    return len(form) >= 13 or count_syllables(form.lower()) >= 4


def long_word_share(forms: Mapping[str, int], total: int) -> float:
    """#long words / #words (``forms`` counts real words by form; ``total`` all words)."""
    if not total:
        return 0.0
    return sum(compress(forms.values(), map(is_long_word, forms))) / total


def lix_long_share(forms: Mapping[str, int], total: int) -> float:
    """Share of words with more than 6 letters (the LIX definition of long)."""
    if not total:
        return 0.0
    return sum(compress(forms.values(), map((6).__lt__, map(len, forms)))) / total

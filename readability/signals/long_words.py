"""Long words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import ge, lt, or_

from readability.syllables import count_syllables, syllable_counts

LONG_LETTERS = 13
LONG_SYLLABLES = 4


@lru_cache(maxsize=1 << 16)
def is_long_word(form: str) -> bool:
    """Long = 4 or more syllables, or 13 or more letters (numbers/variables never long)."""
    return len(form) >= LONG_LETTERS or count_syllables(form.lower()) >= LONG_SYLLABLES


def long_word_share(
    forms: Mapping[str, int], total: int, syllables: Sequence[int] | None = None
) -> float:
    """#long words / #words (``forms`` counts real words by form; ``total`` all words), long
    as ``is_long_word`` says. ``syllables``: ``syllable_counts(list(forms))``, when the
    caller has them."""
    if not total:
        return 0.0
    if syllables is None:
        syllables = syllable_counts(list(forms))
    long = map(
        or_,
        map(ge, map(len, forms), repeat(LONG_LETTERS)),
        map(ge, syllables, repeat(LONG_SYLLABLES)),
    )
    return sum(compress(forms.values(), long)) / total


def lix_long_share(forms: Mapping[str, int], total: int) -> float:
    """Share of words with more than 6 letters (the LIX definition of long)."""
    if not total:
        return 0.0
    return sum(compress(forms.values(), map(lt, repeat(6), map(len, forms)))) / total

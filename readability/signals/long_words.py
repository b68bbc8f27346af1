"""Long words."""

from __future__ import annotations

from readability.model import Word
from readability.signals.syllables import word_syllables


def is_long_word(word: Word) -> bool:
    """Long = 4 or more syllables, or 13 or more letters. Numbers/variables are never long."""
    if word.kind != "word":
        return False
    return len(word.norm) >= 13 or word_syllables(word) >= 4


def long_word_share(words: list[Word]) -> float:
    """#long words / #words; 0 for no words."""
    if not words:
        return 0.0
    return sum(1 for w in words if is_long_word(w)) / len(words)


def lix_long_share(words: list[Word]) -> float:
    """Share of words with more than 6 letters (the LIX definition of long)."""
    if not words:
        return 0.0
    return sum(1 for w in words if w.kind == "word" and len(w.norm) > 6) / len(words)

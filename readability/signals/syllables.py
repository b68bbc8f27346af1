"""Syllables per word."""

from __future__ import annotations

from readability.model import Word
from readability.syllables import count_syllables


def word_syllables(word: Word) -> int:
    """Syllables of one counted word: numbers and ``{{ variables }}`` count as one."""
    return count_syllables(word.norm) if word.kind == "word" else 1


def syllables_per_word(words: list[Word]) -> float:
    """mean syllables = sum(syllables(w)) / #words; 0 for no words."""
    if not words:
        return 0.0
    return sum(word_syllables(w) for w in words) / len(words)

"""Classic readability formulas, computed from our own counts (not textstat's).

Flesch-Douma is computed with the formula itself on our word/sentence/syllable counts,
because textstat's Dutch word and syllable counting differs from ours (hyphenated
compounds, amounts, abbreviations).
"""

from __future__ import annotations


def flesch_douma(words_per_sentence: float, syllables_per_word: float) -> float:
    """Flesch-Douma = 206.835 - 0.93 * words/sentence - 77 * syllables/word (higher = easier)."""
    return 206.835 - 0.93 * words_per_sentence - 77 * syllables_per_word


def leesindex_brouwer(words_per_sentence: float, syllables_per_word: float) -> float:
    """Leesindex Brouwer = 195 - 2 * words/sentence - 67 * syllables/word (higher = easier)."""
    return 195 - 2 * words_per_sentence - 67 * syllables_per_word


def lix(words_per_sentence: float, long_letter_share: float) -> float:
    """LIX = words/sentence + 100 * (words of more than 6 letters) / words (higher = harder)."""
    return words_per_sentence + 100 * long_letter_share

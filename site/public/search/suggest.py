"""Typo tolerance: the nearest word that the pages of this language really use.

rapidfuzz compares the typed word with the index's words (normalised Levenshtein
similarity); a word only counts as a typo when the site does not use it at all.
"""

from rapidfuzz import fuzz, process

from .index import LanguageIndex

MIN_LENGTH = 4  # shorter words have too many neighbours to guess from
MIN_SIMILARITY = 75.0


def nearest_word(word: str, index: LanguageIndex) -> str | None:
    if len(word) < MIN_LENGTH or word in index.words:
        return None
    candidates = process.extract(
        word, index.words.keys(), scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY, limit=5
    )
    if not candidates:
        return None
    # The most similar word; among equals the one on most pages.
    best = max(candidates, key=lambda hit: (hit[1], index.words[hit[0]]))
    return best[0]

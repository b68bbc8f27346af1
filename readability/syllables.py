"""Dutch syllable counting: pyphen's nl_NL patterns plus two corrections.

pyphen never splits off a first or last single letter (hyphenation minimums), and it does
not always split vowel hiatus, so it undercounts words like "over" (o-ver), "idee" (i-dee)
and "België" (Bel-gi-ë). Corrections, applied on top of pyphen's split points:

1. Initial single-vowel syllable: the word starts with vowel + one consonant + vowel
   ("over", "open", "idee", "avond") and pyphen has no split after the first letter: +1.
2. Hiatus: inside a run of vowels, a new vowel nucleus starts at a diaeresis (ë, ï, ü, ö)
   or where two vowels do not form a Dutch digraph (e.g. "ea" in "ideaal", "ua" in
   "januari"); each such boundary without a pyphen split adds one syllable.

Counts are cached per lower-cased word.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

_DIC = pyphen.Pyphen(lang="nl_NL")
_VOWELS = frozenset("aeiouyáàâäéèêëíìîïóòôöúùûüý")
_DIAERESIS = frozenset("ëïöüä")
_PLAIN = str.maketrans("ëïöüä", "eioua")
# Vowel groups that are one sound in Dutch (longest first when matching).
_NUCLEI = (
    "aai",
    "ooi",
    "oei",
    "eeu",
    "ieu",
    "uw",
    "aa",
    "ee",
    "oo",
    "uu",
    "ie",
    "oe",
    "eu",
    "ui",
    "ei",
    "ou",
    "au",
    "ij",
    "ai",
    "ay",
    "ey",
    "oy",
)
_NUCLEI_BY_LEN = tuple(sorted({len(n) for n in _NUCLEI}, reverse=True))
_NUCLEUS_SET = frozenset(_NUCLEI)
# Only runs of two or more vowels can hold a hiatus.
_VOWEL_RUN_RE = re.compile(r"[aeiouyáàâäéèêëíìîïóòôöúùûüý]{2,}")
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=1 << 10)
def _run_points(run: str) -> tuple[int, ...]:
    """Offsets inside one run of vowels where a new vowel nucleus starts."""
    points = []
    i = 0
    while i < len(run):
        step = 1
        for n in _NUCLEI_BY_LEN:
            # A diaeresis starts a nucleus ("ëi" in be-ëin-digd) but never continues
            # one: "ideeën" is i-dee-ën.
            chunk = run[i : i + n].translate(_PLAIN)
            if (
                len(chunk) == n
                and chunk in _NUCLEUS_SET
                and not any(c in _DIAERESIS for c in run[i + 1 : i + n])
            ):
                step = n
                break
        if i > 0:
            points.append(i)
        i += step
    return tuple(points)


def _count_part(part: str) -> int:
    if not part:
        return 0
    if _VOWELS.isdisjoint(part) or (not part.isalpha() and _DIGIT_RE.search(part)):
        return 1
    splits = set(_DIC.positions(part))
    count = len(splits) + 1
    # Correction 1: initial single-vowel syllable (o-ver, i-dee).
    if (
        len(part) >= 3
        and part[0] in _VOWELS
        and part[1] not in _VOWELS
        and part[2] in _VOWELS
        and 1 not in splits
        and part[1] not in "jw"
    ):
        count += 1
    # Correction 2: vowel hiatus that pyphen did not split (Bel-gi-ë, i-de-aal): each
    # position inside a run of vowels where a new vowel nucleus starts. Most words hold no
    # run but single nuclei ("ee", "ooi"): one ``findall`` tells.
    if _NUCLEUS_SET.issuperset(_VOWEL_RUN_RE.findall(part)):
        return count
    for m in _VOWEL_RUN_RE.finditer(part):
        run = m.group()
        if run not in _NUCLEUS_SET:  # a run that is one nucleus ("ee", "ooi") has none
            base = m.start()
            for p in _run_points(run):
                if base + p not in splits:
                    count += 1
    return count


@lru_cache(maxsize=1 << 16)
def count_syllables(word: str) -> int:
    """Syllables in one word (case-insensitive); parts of a hyphenated compound are summed."""
    word = word.lower().strip(".'’")
    if not word:
        return 0
    if "-" in word:
        return sum(_count_part(p) for p in word.split("-") if p) or 1
    return _count_part(word)

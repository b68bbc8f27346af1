"""Dutch syllable counting: one syllable per vowel nucleus.

Every Dutch syllable has one vowel nucleus: a single vowel, or a group of vowels that is
one sound (aa, ee, ie, oe, eu, ui, ei, ij, ou, au, aai, ooi, oei, eeu, ieu, ...). So a word
has as many syllables as nuclei:

1. Each run of vowels is one nucleus, unless it holds a hiatus: a diaeresis (ë, ï, ö, ü,
   ä) starts a new nucleus ("ideeën" i-dee-ën, "België"), and so does a vowel that forms
   no Dutch vowel group with the one before it ("ideaal" i-de-aal, "januari"). A run is
   read from left to right, taking the longest group at each point.
2. "ieu" before a consonant other than "w" is i + eu: "se-ri-eus", "in-ge-ni-eur" (but
   "nieuw", "mi-lieu").
3. A final "eum" is e + um: "mu-se-um", "ju-bi-le-um".
4. "u" after "q" is a consonant: "quo-ta".

A word without a vowel (an abbreviation, "brrr") or a code with a digit ("A4") is one
syllable; the parts of a hyphenated compound are counted apart and summed.

Hyphenation patterns (pyphen) are not used: they say where a line may break, which is
not the same question. The earlier count (pyphen's nl_NL split points plus corrections)
and this one disagree on 4.7% of wordfreq's Dutch words (0.7% of running text). Checked by
hand: of the 39 most frequent words where they disagree, this count has all 39 right and
the earlier one 8 ("april", "adres", "utrecht", "plaatste" were one syllable; "erop",
"eraan", "officieel" one too many); of 125 common words from letters and pages, 122
against 118 (wrong: English "website", "pensioen" said as pen-sjoen, "aow" spoken as
letters). Hyphenating a word the first time also cost about 20 times this whole count.

Counts are cached per lower-cased word. ``syllable_counts`` counts a whole vocabulary at
once, with the same result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import contains, not_

_VOWELS = frozenset("aeiouyáàâäéèêëíìîïóòôöúùûüý")
# Vowel groups that are one sound in Dutch. Only groups of vowels take part: "uw" and
# "ij" end in a consonant, so they never lie inside a run of vowels and count as "u"/"i".
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
# A diaeresis starts a nucleus ("ëi" in be-ëin-digd) but never continues one ("ideeën" is
# i-dee-ën): the first letter of a group may carry one, the others may not.
_WITH_DIAERESIS = {"a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü"}
_IEU_HIATUS_RE = re.compile(r"ieu(?=[^\Waeiouwyáàâäéèêëíìîïóòôöúùûüý\d_])")
_DIGIT_RE = re.compile(r"\d")


def _nucleus_pattern(nuclei: tuple[str, ...]) -> str:
    """One alternative per first letter, its groups longest first, then any other vowel:
    matched from left to right, each match is the longest nucleus that starts there."""
    groups: dict[str, list[str]] = {}
    for nucleus in sorted((n for n in nuclei if _VOWELS.issuperset(n)), key=len, reverse=True):
        groups.setdefault(nucleus[0], []).append(nucleus[1:])
    alternatives = []
    covered = set()
    for head, tails in groups.items():
        heads = head + _WITH_DIAERESIS.get(head, "")
        covered.update(heads)
        alternatives.append(f"[{heads}](?:{'|'.join(tails)})?")
    alternatives.append(f"[{''.join(sorted(_VOWELS - covered))}]")
    return "|".join(alternatives)


_NUCLEUS_RE = re.compile(_nucleus_pattern(_NUCLEI))


def _count_part(part: str) -> int:
    if not part:
        return 0
    if _VOWELS.isdisjoint(part) or (not part.isalpha() and _DIGIT_RE.search(part)):
        return 1
    if "qu" in part:
        part = part.replace("qu", "qw")  # rule 4
    count = len(_NUCLEUS_RE.findall(part))  # rule 1
    if "ieu" in part:
        count += len(_IEU_HIATUS_RE.findall(part))  # rule 2
    if part.endswith("eum"):
        count += 1  # rule 3
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


# Marks each nucleus in ``syllable_counts``: not a letter, so in no plain word.
_MARK = "\x00"


def syllable_counts(words: Sequence[str]) -> list[int]:
    """``count_syllables`` of each of ``words``, at once.

    Plain words (letters only once lower-cased and stripped: most of any vocabulary) are
    joined by line breaks and every nucleus is replaced by a mark in one regex pass. No
    nucleus holds a line break and the pattern looks neither ahead nor behind, so each
    word's marks are the nuclei ``findall`` finds in it alone. A plain word without a mark
    counts one, unless its only vowel was the "u" of "qu". Rules 2 and 3 add to the few
    words holding "ieu" or ending in "eum"; every other word goes through
    ``count_syllables``.
    """
    lows = list(map(str.strip, map(str.lower, words), repeat(".'’")))
    plain = list(map(str.isalpha, lows))
    counts = [0] * len(lows)
    for i in compress(range(len(lows)), map(not_, plain)):
        counts[i] = count_syllables(lows[i])
    index = list(compress(range(len(lows)), plain))
    if not index:
        return counts
    joined = "\n".join(map(lows.__getitem__, index))
    if "qu" in joined:
        joined = joined.replace("qu", "qw")  # rule 4
    marked = _NUCLEUS_RE.sub(_MARK, joined).split("\n")
    for i, n in zip(index, map(str.count, marked, repeat(_MARK)), strict=True):
        counts[i] = n
    for i in compress(index, map(not_, map(counts.__getitem__, index))):
        counts[i] = 0 if "qu" in lows[i] else 1
    if "ieu" in joined or "eum" in joined:
        for i in compress(index, map(contains, map(lows.__getitem__, index), repeat("eu"))):
            low = lows[i]
            if "ieu" in low:
                counts[i] += len(_IEU_HIATUS_RE.findall(low.replace("qu", "qw")))  # rule 2
            if low.endswith("eum"):
                counts[i] += 1  # rule 3
    return counts

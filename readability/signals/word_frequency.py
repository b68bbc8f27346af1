"""Compound-aware word frequency of content words (after LiNT's word-frequency feature).

LiNT measures how familiar the *content* words of a text are (nouns, verbs, adjectives,
manner adverbs; no names), and for a transparent compound it uses the frequency of its
parts: "parkeervergunning" is as easy as "parkeer" + "vergunning", although the whole word
is rare in any corpus. We have no part-of-speech tagger, so we approximate:

* content word = a real word that is not on our function-word list (articles, pronouns,
  prepositions, conjunctions, auxiliaries, common adverbs); numbers are not words;
* name = a capitalised word whose lower-case form is not a common word;
* compound split: a word that is rare as a whole is split into a head and a common
  tail (at least 3 letters each, Zipf >= ``PART_ZIPF``), optionally with a linking "s" or
  "e"/"en" ("bijstand-s-uitkering"), the head split again once. The compound is as
  familiar as its rarest part.

The frequency is wordfreq's Zipf value (log10 of frequency per billion words).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import getitem, methodcaller

import numpy as np

from readability.lexicon import frequency_table, lengths_by_ending
from readability.model import indices_holding, texts_of

RARE_ZIPF = 3.0  # LiNT / Van Heuven et al.: below once per million words is uncommon
PART_ZIPF = 3.5  # a compound's tail (its head word) must itself be common
HEAD_ZIPF = 3.0  # its first part may be a verb stem ("parkeer-", "woon-"): checked with -en
UNKNOWN_ZIPF = 1.5  # below wordfreq's cut-off (2.0)
MAX_ZIPF = 7.0
_LINKS = ("", "s", "e", "en")
_VOWELS = "aeiouy"

# Written for Helder: words that carry grammar rather than content.
FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "den",
        "der",
        "des",
        "'t",
        "ik",
        "jij",
        "je",
        "u",
        "hij",
        "zij",
        "ze",
        "wij",
        "we",
        "jullie",
        "men",
        "mij",
        "me",
        "mijn",
        "mijne",
        "jou",
        "jouw",
        "uw",
        "hem",
        "haar",
        "hen",
        "hun",
        "ons",
        "onze",
        "zich",
        "zichzelf",
        "elkaar",
        "iemand",
        "niemand",
        "iets",
        "niets",
        "alles",
        "allemaal",
        "ieder",
        "iedereen",
        "elk",
        "elke",
        "welk",
        "welke",
        "wie",
        "wat",
        "waar",
        "waarom",
        "wanneer",
        "hoe",
        "hoeveel",
        "dit",
        "dat",
        "deze",
        "die",
        "zo",
        "zulk",
        "zulke",
        "zelf",
        "zelfs",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "noch",
        "doch",
        "toch",
        "ook",
        "nog",
        "al",
        "alleen",
        "reeds",
        "als",
        "omdat",
        "doordat",
        "zodat",
        "terwijl",
        "nadat",
        "voordat",
        "totdat",
        "zodra",
        "hoewel",
        "indien",
        "tenzij",
        "mits",
        "sinds",
        "sedert",
        "opdat",
        "alsof",
        "zoals",
        "dan",
        "aan",
        "achter",
        "af",
        "bij",
        "binnen",
        "boven",
        "buiten",
        "door",
        "in",
        "langs",
        "met",
        "na",
        "naar",
        "naast",
        "om",
        "onder",
        "op",
        "over",
        "per",
        "rond",
        "sinds",
        "te",
        "tegen",
        "tot",
        "tussen",
        "uit",
        "van",
        "vanaf",
        "vanuit",
        "via",
        "volgens",
        "voor",
        "voorbij",
        "zonder",
        "er",
        "hier",
        "daar",
        "daarom",
        "daarna",
        "daarvoor",
        "daarmee",
        "daarin",
        "daarop",
        "daarover",
        "daarbij",
        "daaraan",
        "hiervoor",
        "hiermee",
        "hierin",
        "hierop",
        "hierover",
        "hierbij",
        "waarin",
        "waarmee",
        "waarop",
        "waarvoor",
        "waarover",
        "waarbij",
        "waardoor",
        "niet",
        "geen",
        "wel",
        "nooit",
        "altijd",
        "soms",
        "vaak",
        "heel",
        "erg",
        "zeer",
        "meer",
        "meest",
        "minder",
        "minst",
        "veel",
        "weinig",
        "ja",
        "nee",
        "misschien",
        "eens",
        "even",
        "weer",
        "pas",
        "net",
        "nu",
        "toen",
        "straks",
        "dan",
        "eerst",
        "later",
        "zijn",
        "ben",
        "bent",
        "is",
        "was",
        "waren",
        "geweest",
        "wees",
        "hebben",
        "heb",
        "hebt",
        "heeft",
        "had",
        "hadden",
        "gehad",
        "worden",
        "word",
        "wordt",
        "werd",
        "werden",
        "geworden",
        "zullen",
        "zal",
        "zult",
        "zou",
        "zouden",
        "kunnen",
        "kan",
        "kunt",
        "kon",
        "konden",
        "moeten",
        "moet",
        "moest",
        "moesten",
        "mogen",
        "mag",
        "mocht",
        "mochten",
        "willen",
        "wil",
        "wilt",
        "wou",
        "wilde",
        "wilden",
        "laten",
        "laat",
        "liet",
        "gaan",
        "ga",
        "gaat",
        "ging",
        "gingen",
        "doen",
        "doe",
        "doet",
        "deed",
        "deden",
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "honderd",
        "duizend",
        "eerste",
        "tweede",
        "derde",
        "andere",
        "ander",
    ]
)


@lru_cache(maxsize=1 << 16)
def compound_zipf(word: str) -> float:
    """Zipf frequency of a lower-cased word, taking compounds as their rarest part.

    The whole word's own value wins when it is common (>= ``RARE_ZIPF``) or when no split
    gives a higher value. Unknown words get ``UNKNOWN_ZIPF``.
    """
    table = frequency_table("nl") or {}
    whole = table.get(word, UNKNOWN_ZIPF)
    if whole >= RARE_ZIPF:
        return min(whole, MAX_ZIPF)
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1:
            return max(whole, min(compound_zipf(p) for p in parts))
    return max(whole, _split_value(word, table, lengths_by_ending("nl", PART_ZIPF), depth=2))


def _split_value(word: str, table: dict, tails: dict[str, tuple[int, ...]], depth: int) -> float:
    """Best min(head, tail) over splits with a common tail; 0 when none. ``tails``: the
    lengths of the common words (``PART_ZIPF``) by their last three letters."""
    best = 0.0
    n = len(word)
    if n < 6 or depth == 0:
        return best
    # Longest tail first: the head of a Dutch compound comes first. Only an end as long
    # as a common word with the same last letters can be one.
    lengths = tails.get(word[-3:], ())
    for length in reversed(lengths[: bisect_right(lengths, n - 3)]):
        i = n - length
        tail_z = table.get(word[i:], 0.0)
        if tail_z < PART_ZIPF:
            continue
        head = word[:i]
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if len(stem) < 3:
                continue
            head_z = table.get(stem, 0.0)
            if head_z < tail_z:  # else the tail decides, whatever the infinitive's value
                head_z = max(head_z, table.get(_infinitive(stem), 0.0))
            if head_z < HEAD_ZIPF:
                head_z = _split_value(stem, table, tails, depth - 1)
            if head_z >= HEAD_ZIPF:
                value = min(head_z, tail_z)
                if value > best:
                    best = value
        if best:
            return best
    return best


def _infinitive(stem: str) -> str:
    """The infinitive a verb stem may come from: "parkeer" -> "parkeren", "woon" -> "wonen".

    A doubled a, e, o or u before a final consonant is written single before "-en"."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in _VOWELS:
        stem = stem[:-2] + stem[-1]
    return stem + "en"


@lru_cache(maxsize=1 << 16)
def word_profile(form: str) -> tuple[int, float]:
    """(is a content word, its Zipf) for a written form; (0, 0.0) for function words,
    numbers and names."""
    if not form or not form[0].isalpha():
        return 0, 0.0
    low = form.lower().rstrip(".")
    if low in FUNCTION_WORDS or len(low) < 2:
        return 0, 0.0
    z = compound_zipf(low)
    if form[0].isupper() and z < RARE_ZIPF:
        return 0, 0.0  # a name: its frequency says nothing about difficulty
    return 1, z


def word_profiles(forms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``word_profile`` of many forms at once: (content flags as int64, Zipf values).

    The same rule, with the cheap tests (first letter, function word, a whole word common
    enough to need no split) run over all forms in C; only words rare as a whole take a
    Python step (``compound_zipf``)."""
    n = len(forms)
    table = frequency_table("nl") or {}
    firsts = list(map(getitem, forms, repeat(slice(0, 1))))
    lows = list(map(_STRIP_DOT, map(str.lower, forms)))
    maybe = np.fromiter(map(str.isalpha, firsts), dtype=bool, count=n)
    maybe &= ~np.fromiter(map(FUNCTION_WORDS.__contains__, lows), dtype=bool, count=n)
    maybe &= np.fromiter(map(len, lows), dtype=np.intp, count=n) >= 2
    whole = np.fromiter(map(table.get, lows, repeat(UNKNOWN_ZIPF)), dtype=np.float64, count=n)
    zipf = np.minimum(whole, MAX_ZIPF)
    split = np.flatnonzero(maybe & (whole < RARE_ZIPF)).tolist()
    zipf[split] = list(map(compound_zipf, map(lows.__getitem__, split)))
    # A name: its frequency says nothing about difficulty.
    maybe &= ~(np.fromiter(map(str.isupper, firsts), dtype=bool, count=n) & (zipf < RARE_ZIPF))
    return maybe.astype(np.int64), np.where(maybe, zipf, 0.0)


_STRIP_DOT = methodcaller("rstrip", ".")

# "X (uitleg)", "X: uitleg", "X betekent", "X is een/het", "X wil zeggen", "X, dat is".
# It starts where no whitespace comes before (each run of it is read once, from its start:
# a search through a long run stays linear), and the words need whitespace before them.
_EXPLANATION_RE = re.compile(
    r"(?<!\s)\s*+(?:\(|:\s|[-–—]\s|,\s+(?:dat|dit|die)\s+(?:is|zijn|betekent)\b"
    r"|(?<=\s)(?:betekent|betekenen|wil\s+zeggen|is\s+een|is\s+het|zijn)\b)",
    re.IGNORECASE,
)


class _ExplanationFinder:
    """Where the first place that may start an explanation (``_EXPLANATION_RE``) lies at
    or after a position of a segment; infinity when there is none.

    Asked in text order, as the sentences come: the answer for an earlier position holds
    until that place is passed, so each segment's text is searched about once."""

    def __init__(self) -> None:
        self._last: dict[int, tuple[int, float]] = {}  # id(segment) -> (from, found at)

    def __call__(self, segment, pos: int) -> float:
        known = self._last.get(id(segment))
        if known is not None and known[0] <= pos <= known[1]:
            return known[1]
        m = _EXPLANATION_RE.search(segment.text, pos)
        found = m.start() if m else math.inf
        self._last[id(segment)] = (pos, found)
        return found


def explained_terms(sentences, vocab, glossary=None) -> frozenset[str]:
    """Hard words the page explains: in its glossary, or explained where first used.

    A term counts as explained when its first use is followed by an explanation in
    brackets, after a colon or dash, or by "betekent", "wil zeggen", "is een", "is het",
    or ", dat is". From then on (its first use included) it is not a hard word: the reader
    has just been told what it means.
    """
    glossary_norms = {g.strip().lower() for g in glossary or () if g and g.strip()}
    content, zipf = vocab.columns(word_profiles)
    hard = set(compress(vocab.counts, (content.astype(bool) & (zipf < RARE_ZIPF)).tolist()))
    explained = {t for t in hard if t.lower() in glossary_norms}
    todo = hard - explained
    if not todo:
        return frozenset(explained)
    next_explanation = _ExplanationFinder()
    all_texts = texts_of(sentences)
    for k in indices_holding(sentences, frozenset(todo), vocab):
        if todo.isdisjoint(all_texts[k]):
            continue
        s = sentences[k]
        text = s.segment.text
        if next_explanation(s.segment, s.start) > s.end:
            # Nothing in this sentence can start an explanation: its terms are used
            # unexplained, and its words need not be built.
            todo.difference_update(s.texts)
            if not todo:
                break
            continue
        for word, start in zip(s.texts, s.layout[0], strict=True):
            if word in todo:
                todo.discard(word)
                if _EXPLANATION_RE.match(text, start + len(word)):
                    explained.add(word)
        if not todo:
            break
    return frozenset(explained)

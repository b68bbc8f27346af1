"""Rule-based rewrite hints per sentence: where to split, which word to replace with what,
who should act instead of a passive.

No hint invents a sentence: we point at words that are in the text (a split point, the
agent after "door", the participle's verb) and at alternatives from the jargon list. When
no rule applies, the hint says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import eq

from readability.lexicon import frequency_table
from readability.model import Sentence
from readability.report import Finding, Suggestion

MIN_PART = 5  # each part of a split sentence keeps at least this many words
# Words where a new sentence can start: coordinating conjunctions (the new sentence may
# begin with them) and subordinating ones (the new sentence needs a main clause).
_COORDINATING = frozenset({"en", "maar", "want", "dus", "of"})
_SUBORDINATING = frozenset(
    {"omdat", "zodat", "terwijl", "waardoor", "doordat", "nadat", "voordat", "als", "wanneer"}
)
_CONJUNCTIONS = _COORDINATING | _SUBORDINATING
_LONG_VOWEL_RE = re.compile(r"([aeou])\1([^aeiouy])$")
_SHORT_ONE_SYLLABLE_RE = re.compile(r"[^aeiouy]*[aeiou][^aeiouy]")
_SEPARABLE = (
    "aan",
    "af",
    "bij",
    "door",
    "in",
    "mee",
    "na",
    "om",
    "onder",
    "op",
    "over",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
    "samen",
    "tegen",
)


def split_point(words: Sequence[str], clauses: Sequence[int]) -> int | None:
    """Index of the word a new sentence should start at, or None (of a sentence's words
    and their clause numbers).

    Candidates: a clause break (comma, semicolon, colon, bracket, dash) or a conjunction,
    with at least ``MIN_PART`` words on each side; clause breaks win over conjunctions, and
    among equals the point closest to the middle (the first of two as near).
    """
    n = len(words)
    last = n - MIN_PART
    if last < MIN_PART:
        return None
    # Clause numbers rise along the sentence: each number new between the first and the
    # last candidate starts at a break, found by bisection. Only without one do the
    # conjunctions count (found in C).
    low, high = clauses[MIN_PART - 1], clauses[last]
    if high > low:
        points = map(bisect_left, repeat(clauses), range(low + 1, high + 1))
    else:
        window = map(str.lower, words[MIN_PART : last + 1])
        points = compress(range(MIN_PART, last + 1), map(_CONJUNCTIONS.__contains__, window))
    middle = n / 2
    return min(points, key=lambda i: abs(i - middle), default=None)


def split_suggestion(sentence: Sentence, limit: int) -> Suggestion:
    texts = sentence.texts
    n = len(texts)
    i = split_point(texts, sentence.layout[1])
    if i is None:
        return Suggestion(
            "sentence.split",
            f"Deze zin heeft {n} woorden en geen goede plek om hem te splitsen. Schrijf hem "
            f"opnieuw als twee of meer zinnen van hoogstens {limit} woorden.",
        )
    before, after = texts[i - 1], texts[i]
    start, end = sentence.span(i - 1, i)
    excerpt = sentence.segment.text[start:end]
    if after.lower() in _SUBORDINATING:
        msg = (
            f"Deze zin heeft {n} woorden. Zet een punt na '{before}' en begin een nieuwe "
            f"zin bij '{after}'. Maak van dat deel een gewone zin."
        )
    else:
        msg = (
            f"Deze zin heeft {n} woorden. Zet een punt na '{before}' en begin een nieuwe "
            f"zin bij '{after}'."
        )
    return Suggestion("sentence.split", msg, excerpt)


def jargon_suggestion(finding: Finding) -> Suggestion:
    """Replace an officialese word by the word list's plain alternative. The list gives a
    verb as its infinitive ("verstrekken" -> "geven"); where the text holds another form
    ("de verstrekte gegevens"), putting the infinitive in its place would make broken
    Dutch, so the editor is told to use the right form of it instead."""
    if finding.suggestion:
        if _needs_another_form(finding.excerpt, finding.suggestion):
            message = (
                f"Vervang '{finding.excerpt}' door een vorm van '{finding.suggestion}' "
                "die in de zin past."
            )
        else:
            message = f"Vervang '{finding.excerpt}' door '{finding.suggestion}'."
        return Suggestion("jargon", message, finding.excerpt, finding.suggestion)
    return Suggestion(
        "jargon",
        f"'{finding.excerpt}' is ambtelijke taal. De woordenlijst heeft geen vervanging: "
        "zeg het in gewone woorden.",
        finding.excerpt,
    )


def _needs_another_form(excerpt: str, replacement: str) -> bool:
    """True when the replacement is an infinitive (one word on -en) but the excerpt is
    not (a conjugated verb, a participle or a noun)."""
    return (
        " " not in replacement and replacement.endswith("en") and not excerpt.lower().endswith("en")
    )


@lru_cache(maxsize=1 << 12)
def infinitive_of(participle: str) -> str | None:
    """The infinitive of a past participle, when our spelling rules find one that is a
    known Dutch word ("betaald" -> "betalen", "toegekend" -> "toekennen"); else None."""
    table = frequency_table("nl") or {}
    p = participle.lower()
    prefix = ""
    for sep in _SEPARABLE:
        if p.startswith(sep + "ge") and len(p) > len(sep) + 4:
            prefix, p = sep, p[len(sep) :]
            break
    if p.startswith("ge") and len(p) > 4:
        p = p[2:]
    candidates = []
    if p.endswith("en"):
        candidates.append(p)
    elif p.endswith(("d", "t")):
        stem = p[:-1]
        # A one-syllable stem with a short vowel doubles its consonant (bel -> bellen); a
        # long vowel is written double in the participle (gestoord -> storen), so
        # "gestort" is "storten", not "storen".
        short = _SHORT_ONE_SYLLABLE_RE.fullmatch(stem) is not None
        candidates += [
            _LONG_VOWEL_RE.sub(r"\1\2", stem) + "en",
            stem + stem[-1:] + "en",
            p + "en",
        ]
        if not short:
            candidates.append(stem + "en")
        if stem.endswith("f"):
            candidates.append(_LONG_VOWEL_RE.sub(r"\1\2", stem[:-1] + "v") + "en")
        if stem.endswith("s"):
            candidates.append(_LONG_VOWEL_RE.sub(r"\1\2", stem[:-1] + "z") + "en")
    found = [(table.get(prefix + c, 0.0), prefix + c) for c in candidates]
    found = [f for f in found if f[0] >= 2.5]
    return max(found)[1] if found else None


def passive_suggestion(sentence: Sentence, finding: Finding) -> Suggestion:
    """Who should act: the agent after "door" when the clause names one, with the verb."""
    texts = sentence.texts
    norms = sentence.norms
    starts, clauses = sentence.layout
    seg_start = finding.start - sentence.segment.offset
    seg_end = finding.end - sentence.segment.offset
    # The words that lie wholly inside the finding (starts rise along the sentence).
    inside = [
        k
        for k in range(bisect_left(starts, seg_start), bisect_right(starts, seg_end))
        if starts[k] + len(texts[k]) <= seg_end
    ]
    participle = texts[inside[-1]] if inside else ""
    verb = infinitive_of(participle) if participle else None
    clause = clauses[inside[0]] if inside else None
    agent = ""
    for k in compress(range(len(norms)), map(eq, norms, repeat("door"))):
        if clauses[k] == clause:
            phrase = []
            before = bool(inside) and k < inside[-1]
            for x in range(k + 1, min(k + 5, len(texts))):
                if clauses[x] != clause or (before and x >= inside[-1]):
                    break
                phrase.append(texts[x])
            agent = " ".join(phrase)
            break
    verb_part = f" met een vorm van '{verb}'" if verb else ""
    if agent:
        msg = (
            f"Schrijf actief: maak '{agent}' het onderwerp{verb_part}, in plaats van "
            f"'{finding.excerpt}'."
        )
    else:
        msg = (
            f"'{finding.excerpt}' zegt niet wie het doet. Noem wie het doet{verb_part} "
            "(bijvoorbeeld 'wij' als de gemeente het doet)."
        )
    return Suggestion("passive", msg, finding.excerpt, verb)


def hard_word_suggestion(word: str) -> Suggestion:
    return Suggestion(
        "word.hard",
        f"Veel lezers kennen '{word}' niet. Kies een bekender woord of leg het uit.",
        word,
    )


NO_SUGGESTION = Suggestion(
    "none",
    "Geen automatische suggestie voor deze zin. Lees hem na: kan het korter of met "
    "bekendere woorden?",
)

"""Jargon and officialese, with plain alternatives.

The built-in list lives in ``readability/data/jargon_nl.tsv``; callers may pass their own
entries (``{"phrase": str, "alternatives": [str, ...]}``), which override built-ins with
the same phrase. Matching is on lower-cased words; multi-word phrases match word by word,
and ``…`` in a phrase matches up to ``GAP`` words inside the same clause ("dient u er
rekening mee te houden" matches "dient … te").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress

from readability.model import Sentence, Vocabulary, indices_holding, is_word_text, texts_of
from readability.report import Finding, finding_at

GAP = "…"
MAX_GAP = 6


@dataclass(frozen=True, slots=True)
class JargonEntry:
    phrase: str
    alternatives: tuple[str, ...]
    severity: str = "block"
    # Derived once: the lower-cased words of the phrase, and the hash (entries are dict
    # and cache keys on every analysis).
    tokens: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", tuple(self.phrase.replace("...", GAP).lower().split()))
        object.__setattr__(self, "_hash", hash((self.phrase, self.alternatives, self.severity)))

    def __hash__(self) -> int:
        return self._hash


def parse_tsv(text: str) -> list[JargonEntry]:
    """Parse the jargon TSV format (see the header of data/jargon_nl.tsv)."""
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        forms = [f.strip() for f in cols[0].split("|") if f.strip()]
        alts = tuple(a.strip() for a in cols[1].split("|") if a.strip()) if len(cols) > 1 else ()
        severity = cols[2].strip() if len(cols) > 2 and cols[2].strip() else "block"
        entries.extend(JargonEntry(form, alts, severity) for form in forms)
    return entries


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[JargonEntry, ...]:
    text = resources.files("readability").joinpath("data/jargon_nl.tsv").read_text("utf-8")
    return tuple(parse_tsv(text))


def merge_entries(extra: Iterable[Mapping] | None) -> tuple[JargonEntry, ...]:
    """Built-ins plus ``extra``; an extra entry replaces the built-in with the same phrase.

    The replacement brings its own alternatives but never softens a built-in "block" to
    "warn": officialese stays blocked whatever a word list says about it.
    """
    return _merged(tuple(_entry_key(item) for item in extra or ()))


def _entry_key(item: Mapping) -> tuple[str, tuple[str, ...], str]:
    alts = item.get("alternatives") or ()
    if isinstance(alts, str):
        alts = (alts,)
    phrase = str(item.get("phrase", "")).strip()
    return phrase, tuple(str(a) for a in alts), str(item.get("severity", "block"))


@lru_cache(maxsize=8)
def _merged(extra: tuple[tuple[str, tuple[str, ...], str], ...]) -> tuple[JargonEntry, ...]:
    # Callers pass the same word list on every call (the gate, the editor panel), so the
    # merge is cached on its contents.
    by_phrase = {e.tokens: e for e in builtin_entries()}
    for phrase, alternatives, severity in extra:
        if not phrase:
            continue
        entry = JargonEntry(phrase, alternatives, severity)
        builtin = by_phrase.get(entry.tokens)
        if builtin is not None and builtin.severity == "block":
            entry = JargonEntry(entry.phrase, entry.alternatives, "block")
        by_phrase[entry.tokens] = entry
    return tuple(by_phrase.values())


class JargonMatcher:
    """Entries indexed by their first word, so matching is one dict lookup per word."""

    def __init__(self, entries: Iterable[JargonEntry]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], JargonEntry]]] = {}
        for e in entries:
            toks = e.tokens
            if toks and toks[0] != GAP:
                self.by_first.setdefault(toks[0], []).append((toks, e))
        for lst in self.by_first.values():
            lst.sort(key=lambda te: -len(te[0]))  # longest phrase wins
        # Per first word, the words each phrase needs: a sentence lacking any of them
        # cannot match that phrase.
        self.needs: dict[str, list[frozenset[str]]] = {
            first: [frozenset(toks) - {GAP} for toks, _ in lst]
            for first, lst in self.by_first.items()
        }
        # First words of one-word phrases: a sentence holding one needs no closer look.
        self.single = frozenset(
            first for first, needs in self.needs.items() if any(len(n) == 1 for n in needs)
        )

    def anchors(self, vocab: Vocabulary) -> list[str]:
        """One word per phrase whose words all occur in ``vocab``: its rarest one there.

        A sentence can only match a phrase when it holds all of its words, so a sentence
        holding no anchor needs no closer look. The rarest word ("kader" in "in het kader
        van") picks out far fewer sentences than the first."""
        present = vocab.by_norm
        counts = vocab.counts
        uses = {}
        out = set()
        for first, needs in self.needs.items():
            if first not in present:
                continue
            for need in needs:
                if all(t in present for t in need):
                    for t in need:
                        if t not in uses:
                            uses[t] = sum(map(counts.__getitem__, present[t]))
                    out.add(min(sorted(need), key=uses.__getitem__))
        return sorted(out)

    def may_match(self, norms: list[str]) -> bool:
        """False when no phrase can match in a sentence with these lower-cased words."""
        present = set(norms)
        return any(
            need <= present for first in present & self.needs.keys() for need in self.needs[first]
        )

    def match_at(
        self, norms: Sequence[str], clauses: Sequence[int], i: int
    ) -> tuple[JargonEntry, int] | None:
        """Entry matching at word ``i`` of a sentence (its lower-cased words and their
        clause numbers) and the index of its last word, or None."""
        n = len(norms)
        for toks, entry in self.by_first.get(norms[i], ()):
            j = i
            gap = False
            for t in toks[1:]:
                if t == GAP:
                    gap = True
                    continue
                k = j + 1
                if gap:
                    # Look ahead inside the clause for the next word of the phrase.
                    limit = min(n, j + 2 + MAX_GAP)
                    clause = clauses[j]
                    while k < limit and clauses[k] == clause and norms[k] != t:
                        k += 1
                    if k >= limit or clauses[k] != clause:
                        break
                    gap = False
                elif k >= n or norms[k] != t:
                    break
                j = k
            else:
                return entry, j
        return None


@lru_cache(maxsize=32)
def matcher_for(entries: tuple[JargonEntry, ...]) -> JargonMatcher:
    return JargonMatcher(entries)


def find_jargon(
    sentences: list[Sentence], matcher: JargonMatcher, vocab: Vocabulary | None = None
) -> list[Finding]:
    """A finding per jargon hit ("jargon"), with the first alternative as the suggestion.
    Only real words match: numbers and ``{{ variables }}`` never do. ``vocab`` (the
    sentences' vocabulary) is computed when not given."""
    findings: list[Finding] = []
    index = matcher.by_first
    if vocab is None:
        vocab = Vocabulary(sentences)
    anchors = matcher.anchors(vocab)
    if not anchors:
        return findings
    singles = vocab.texts_of(f for f in anchors if f in matcher.single)
    all_texts = texts_of(sentences)
    for k in indices_holding(sentences, vocab.texts_of(anchors), vocab):
        # Only sentences that hold every word of some phrase need a closer look.
        texts = all_texts[k]
        norms = list(map(str.lower, texts))
        if singles.isdisjoint(texts) and not matcher.may_match(norms):
            continue
        s = sentences[k]
        clauses = s.layout[1]
        after_hit = 0  # a hit's words are not searched again
        for i in compress(range(len(norms)), map(index.__contains__, norms)):
            if i < after_hit or not is_word_text(texts[i]):
                continue
            hit = matcher.match_at(norms, clauses, i)
            if not hit:
                continue
            entry, j = hit
            alts = entry.alternatives
            plain = " of ".join(f"'{a}'" for a in alts)
            msg = (
                f"'{entry.phrase}' is ambtelijke taal. Schrijf liever {plain}."
                if alts
                else f"'{entry.phrase}' is ambtelijke taal. Zeg het eenvoudiger."
            )
            start, end = s.span(i, j)
            findings.append(
                finding_at(
                    s.segment,
                    start,
                    end,
                    "jargon",
                    entry.severity,
                    msg,
                    alts[0] if alts else None,
                )
            )
            after_hit = j + 1
    return findings

"""Unexplained abbreviations.

An abbreviation is a word from the built-in list (data/abbreviations_nl.tsv, matched
case-insensitively; for "pgb-budget" the part before the hyphen counts), or any word of
2-6 capitals that is not a Roman numeral. Its first use is explained when:

* brackets hold the full form right after it ("pgb (persoonsgebonden budget)"), or
* it stands in brackets right after words ("persoonsgebonden budget (pgb)"), or
* the listed full form appears anywhere in the text.

Otherwise the first use is a warning ("abbreviation.unexplained"); later uses are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import ne, not_, or_

from readability.model import Sentence, Vocabulary, indices_holding, is_word_text, texts_of
from readability.report import Finding, finding_at

_CAPS_RE = re.compile(r"[A-Z]{2,6}")
_ROMAN_RE = re.compile(r"[IVXLCDM]+")
_NOT_ABBREVIATIONS = frozenset({"OK", "TV", "EU", "NL", "AI", "PDF", "JA", "NEE", "LET", "OP"})
_AFTER_BRACKET_RE = re.compile(r"\s*\(([^()]{3,120})\)")
_HEAD_RE = re.compile(r"[-'’]")
_ASCII_LETTERS_RE = re.compile(r"[a-z]+")
# Two words (as ``str.split`` cuts them): found near the start of a segment, where a split
# of all the text before an abbreviation would cost as much as the segment is long.
_TWO_WORDS_RE = re.compile(r"\S\s+\S")


@lru_cache(maxsize=1)
def known_abbreviations() -> dict[str, str]:
    """Lower-case abbreviation -> full form."""
    text = resources.files("readability").joinpath("data/abbreviations_nl.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            abbr, _, full = line.partition("\t")
            table[abbr.strip().lower()] = full.strip()
    return table


@lru_cache(maxsize=1 << 15)
def abbreviation_key(text: str) -> str | None:
    """The abbreviation a word stands for, or None."""
    if "-" in text or "'" in text or "’" in text:
        text = _HEAD_RE.split(text, maxsplit=1)[0]
    head = text
    known = known_abbreviations()
    low = head.lower()
    if low in known and (head != low or len(low) >= 3):
        return low
    if not 2 <= len(head) <= 6 or head == low:  # cannot be 2-6 capitals
        return None
    caps = _CAPS_RE.fullmatch(head) and not _ROMAN_RE.fullmatch(head)
    if caps and head not in _NOT_ABBREVIATIONS:
        return low
    return None


class _WordsInVocabulary:
    """Whether a lower-cased phrase may appear in the text: each of its runs of ASCII
    letters lies inside a word of the text (a run of letters never crosses a gap between
    tokens), so it is part of a lower-cased token text. When one is not, the phrase is
    not there and the whole text need not be lower-cased to look for it."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._vocab = vocab
        self._norms: str | None = None

    def __call__(self, phrase: str) -> bool:
        if self._norms is None:
            self._norms = "\n".join(self._vocab.by_norm)
        return all(map(self._norms.__contains__, _ASCII_LETTERS_RE.findall(phrase)))


def unexplained_abbreviations(
    sentences: list[Sentence],
    full_text_lower: str | Callable[[], str],
    vocab: Vocabulary | None = None,
) -> list[Finding]:
    """Warn at the first use of each abbreviation that is not explained (see module doc).
    ``vocab`` (the sentences' vocabulary) is computed when not given. ``full_text_lower``
    may be a function that makes it: it is called only when an abbreviation with a known
    full form is found (lower-casing a long text is not free)."""
    known = known_abbreviations()
    seen: set[str] = set()
    findings: list[Finding] = []
    if vocab is None:
        vocab = Vocabulary(sentences)
    # A word of lower-case letters only is an abbreviation only when listed: the rest of
    # the test is for words with capitals, hyphens or other marks.
    texts, lows = list(vocab.norm), list(vocab.norm.values())
    maybe = map(or_, map(ne, texts, lows), map(known.__contains__, lows))
    maybe = map(or_, maybe, map(not_, map(str.isalpha, texts)))
    key_of = {t: key for t in compress(texts, maybe) if (key := abbreviation_key(t)) is not None}
    # Only sentences holding an abbreviation not met before need their words (with spans
    # and kinds): ``todo`` shrinks as first uses are found.
    todo = set(key_of)
    all_texts = texts_of(sentences)
    may_appear = _WordsInVocabulary(vocab)
    for k in indices_holding(sentences, frozenset(todo), vocab):
        if todo.isdisjoint(all_texts[k]):
            continue
        s = sentences[k]
        seg_text = s.segment.text
        for text, start in zip(s.texts, s.layout[0], strict=True):
            key = key_of.get(text)
            if key is None or key in seen or not is_word_text(text):
                continue
            seen.add(key)
            full = known.get(key)
            end = start + len(text)
            after = _AFTER_BRACKET_RE.match(seg_text, end)
            in_brackets = (
                start > 0
                and seg_text[start - 1] == "("
                and _TWO_WORDS_RE.search(seg_text, 0, start - 1) is not None
            )
            explained = (after is not None and len(after.group(1).split()) >= 2) or in_brackets
            full_lower = full.lower() if full is not None else None
            if not explained and full_lower is not None and may_appear(full_lower):
                if not isinstance(full_text_lower, str):
                    full_text_lower = full_text_lower()
                explained = full_lower in full_text_lower
            if explained:
                continue
            if full:
                msg = f"Leg de afkorting '{text}' uit: schrijf '{full}' de eerste keer voluit."
            else:
                msg = f"Leg de afkorting '{text}' uit als u hem de eerste keer gebruikt."
            findings.append(
                finding_at(s.segment, start, end, "abbreviation.unexplained", "warn", msg, full)
            )
        todo.difference_update([t for t in todo if key_of[t] in seen])
        if not todo:
            break
    return findings

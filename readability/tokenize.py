"""Split one segment of plain text into sentences of counted words.

One precompiled regex walks the text once. Sentence ends are ``.``, ``!``, ``?`` and ``…``,
except the dot of a known abbreviation (bijv., art., o.a.), and dots inside numbers,
amounts and dates (``€ 1.234,56``, ``01.02.2024``). ``{{ variables }}`` are one word.
Hyphenated compounds (``Wmo-voorziening``) are one word. Commas, semicolons, colons,
brackets and dashes end a clause (used by the passive and jargon rules).
"""

from __future__ import annotations

import re

from readability.model import Segment, Sentence, Word

# Cheap alternatives first: words are most tokens. Trailing hyphens ("deelauto- en") are
# trimmed in Python; dotted abbreviations ("o.a.", "d.w.z.") are words with inner dots.
_PATTERN = r"""
    (?P<url>(?:https?://|www\.)\S*[^\s.,;:!?)\]])
  | (?P<word>[^\W\d_][\w'’-]*(?:\.[^\W\d_]{1,4}(?=\.))*)
  | (?P<end>[.!?…]+)
  | (?P<brk>[,;:()\[\]–—])
  | (?P<num>\d+(?:[.,:/-]\d+)*(?:,-{1,2})?%?)
  | (?P<var>\{\{.*?\}\}|\{%.*?%\})
"""
_TOKEN_RE = re.compile(_PATTERN, re.VERBOSE)
# Only used for segments containing "@": e-mail addresses are one word.
_TOKEN_EMAIL_RE = re.compile(r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|" + _PATTERN, re.VERBOSE)

# Abbreviations whose single dot does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "bijv",
        "bv",
        "art",
        "nr",
        "nrs",
        "ca",
        "enz",
        "etc",
        "evt",
        "incl",
        "excl",
        "max",
        "min",
        "jl",
        "jr",
        "mr",
        "mw",
        "mevr",
        "dhr",
        "drs",
        "dr",
        "ir",
        "ing",
        "prof",
        "st",
        "str",
        "tel",
        "zgn",
        "resp",
        "vgl",
        "blz",
        "pag",
        "afd",
        "gem",
        "ong",
        "vnl",
        "vlg",
        "sr",
        "ref",
        "id",
        "red",
        "wo",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
)
# Abbreviations that may also close a sentence when a capital follows.
_MAY_END = frozenset({"enz", "etc", "e.d", "e.a"})
_UPPER_NEXT_RE = re.compile(r"\s+[\"'“‘(]?[A-ZÀ-Ý]")


def split_sentences(segment: Segment) -> list[Sentence]:
    """Return the sentences of ``segment``; a segment never shares a sentence with another."""
    text = segment.text
    sentences: list[Sentence] = []
    words: list[Word] = []
    start = -1
    clause = 0
    last_end = 0
    append = words.append
    regex = _TOKEN_EMAIL_RE if "@" in text else _TOKEN_RE
    for m in regex.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            a, b = m.span()
            tok = text[a:b]
            if tok[-1] == "-":
                tok = tok.rstrip("-")
                b = a + len(tok)
            if start < 0:
                start = a
            append(Word(tok, tok.lower(), a, b, "word", clause))
            last_end = b
        elif kind == "end":
            a, b = m.span()
            if b - a == 1 and text[a] == "." and words and a == last_end:
                w = words[-1]
                prev = w.norm
                if (
                    w.kind == "word"
                    and (prev in ABBREVIATIONS or "." in prev)
                    and (prev not in _MAY_END or not _UPPER_NEXT_RE.match(text, b))
                ):
                    # Fold the dot into the abbreviation; the sentence goes on.
                    words[-1] = w._replace(text=w.text + ".", norm=prev + ".", end=b)
                    last_end = b
                    continue
            if words:
                sentences.append(Sentence(segment, start, b, words))
                words, start, clause = [], -1, 0
                append = words.append
        elif kind == "brk":
            if words:
                clause += 1
        else:  # numbers, amounts, dates, {{ variables }}, urls, e-mail addresses
            a, b = m.span()
            if start < 0:
                start = a
            append(
                Word(text[a:b], text[a:b].lower(), a, b, "var" if kind == "var" else "num", clause)
            )
            last_end = b
    if words:
        sentences.append(Sentence(segment, start, last_end, words))
    return sentences

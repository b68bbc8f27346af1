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

_TOKEN_RE = re.compile(
    r"""
    (?P<var>\{\{.*?\}\}|\{%.*?%\})
  | (?P<url>https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<num>\d+(?:[.,:/-]\d+)*(?:,-{1,2})?%?(?:e|ste|de)?\b)
  | (?P<abbr>(?:[^\W\d_]{1,4}\.){2,})
  | (?P<word>[^\W\d_](?:[\w'’]|-(?=\w))*)
  | (?P<end>[.!?…]+)
  | (?P<brk>[,;:()\[\]–—]|\s-\s)
    """,
    re.VERBOSE,
)

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
_MAY_END = frozenset({"enz", "etc", "e.d.", "enz.", "etc.", "e.a."})
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
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "word" or kind == "abbr":
            tok = m.group()
            if start < 0:
                start = m.start()
            append(Word(tok, tok.lower(), m.start(), m.end(), "word", clause))
            last_end = m.end()
            if kind == "abbr" and tok.lower() in _MAY_END and _UPPER_NEXT_RE.match(text, m.end()):
                sentences.append(Sentence(segment, start, last_end, words))
                words, start, clause = [], -1, 0
                append = words.append
        elif kind == "num" or kind == "var" or kind == "url":
            if start < 0:
                start = m.start()
            tok = m.group()
            append(
                Word(
                    tok, tok.lower(), m.start(), m.end(), "var" if kind == "var" else "num", clause
                )
            )
            last_end = m.end()
        elif kind == "end":
            tok = m.group()
            if tok == "." and words and m.start() == words[-1].end:
                prev = words[-1].norm
                if prev in ABBREVIATIONS and (
                    prev not in _MAY_END or not _UPPER_NEXT_RE.match(text, m.end())
                ):
                    # Fold the dot into the abbreviation; the sentence goes on.
                    w = words[-1]
                    words[-1] = w._replace(text=w.text + ".", norm=w.norm + ".", end=m.end())
                    last_end = m.end()
                    continue
            if words:
                sentences.append(Sentence(segment, start, m.end(), words))
                words, start, clause = [], -1, 0
                append = words.append
        else:  # clause break
            if words:
                clause += 1
    if words:
        sentences.append(Sentence(segment, start, last_end, words))
    return sentences

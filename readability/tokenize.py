"""Split one segment of plain text into sentences of counted words.

One precompiled regex walks the text once. Sentence ends are ``.``, ``!``, ``?`` and ``…``,
except the dot of a known abbreviation (bijv., art., o.a.), and dots inside numbers,
amounts and dates (``€ 1.234,56``, ``01.02.2024``). ``{{ variables }}`` are one word.
Hyphenated compounds (``Wmo-voorziening``) are one word. Commas, semicolons, colons,
brackets and dashes end a clause (used by the passive and jargon rules).

Two implementations of that one rule, kept equal by tests (tests/readability/test_tokenize.py):

* ``_scan`` is the reference: one Python step per token, building :class:`Word` tuples with
  spans, kinds and clause numbers. It handles every segment that contains a URL or e-mail
  address, and builds the words of a single sentence on demand (``sentence_words``).
* ``_fast_sentences`` handles all other segments with ``re.split`` into plain strings:
  Python only looks at sentence-end tokens, and spans are summed from the split parts per
  sentence. Its sentences carry ``texts``/``norms``; their ``words`` are built lazily.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate, compress
from operator import itemgetter

from readability.model import Segment, Sentence, Word

# Cheap alternatives first: words are most tokens. Trailing hyphens ("deelauto- en") are
# trimmed in Python; dotted abbreviations ("o.a.", "d.w.z.") are words with inner dots.
_URL = r"(?:https?://|www\.)\S*[^\s.,;:!?)\]]"
_WORD_HEAD = r"[^\W\d_][\w'’-]*"
_WORD = _WORD_HEAD + r"(?:\.[^\W\d_]{1,4}(?=\.))*"
_END = r"[.!?…]+"
_BRK = r"[,;:()\[\]–—]"
_NUM = r"\d+(?:[.,:/-]\d+)*(?:,-{1,2})?%?"
_VAR = r"\{\{.*?\}\}|\{%.*?%\}"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PATTERN = (
    f"(?P<url>{_URL})|(?P<word>{_WORD})|(?P<end>{_END})|(?P<brk>{_BRK})"
    f"|(?P<num>{_NUM})|(?P<var>{_VAR})"
)
_TOKEN_RE = re.compile(_PATTERN)
# Only used for segments containing "@": e-mail addresses are one word.
_TOKEN_EMAIL_RE = re.compile(f"(?P<email>{_EMAIL})|" + _PATTERN)
# The fast path: the same tokens as strings, for segments without URLs or e-mail addresses
# (so the url/email alternatives cannot match). Clause breaks are left in the gaps: every
# alternative starts with a different kind of character, so dropping one changes no other
# token.
_FAST_RE = re.compile(f"({_WORD}|{_END}|{_NUM}|{_VAR})")
# Most segments hold no dotted abbreviation ("o.a."): there the word's dotted tail can
# never match, and leaving it out makes the regex cheaper.
_DOTTED_RE = re.compile(r"\.[^\W\d_]{1,4}\.")
_FAST_UNDOTTED_RE = re.compile(f"({_WORD_HEAD}|{_END}|{_NUM}|{_VAR})")
_END_CHARS = frozenset(".!?…")
_new = tuple.__new__  # Word(...) without the Python-level __new__ of a NamedTuple
_FIRST = itemgetter(0)
# A hyphen that can end a token ("deelauto- en", "12,-"): only then are trailing hyphens
# trimmed word by word.
_TRAILING_HYPHEN_RE = re.compile(r"-(?![\w'’-])")

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
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
# Abbreviations that may also close a sentence when a capital follows.
_MAY_END = frozenset({"enz", "etc", "e.d", "e.a"})
_UPPER_NEXT_RE = re.compile(r"\s+[\"'“‘(]?[A-ZÀ-Ý]")


def _scan(segment: Segment, pos: int = 0) -> Iterator[tuple[int, int, list[Word]]]:
    """The reference tokeniser: (start, end, words) per sentence, from ``pos`` (a token
    start)."""
    text = segment.text
    words: list[Word] = []
    start = -1
    clause = 0
    last_end = 0
    append = words.append
    regex = _TOKEN_EMAIL_RE if "@" in text else _TOKEN_RE
    for m in regex.finditer(text, pos):
        kind = m.lastgroup
        if kind == "word":
            a, b = m.span()
            tok = text[a:b]
            if tok[-1] == "-":
                tok = tok.rstrip("-")
                b = a + len(tok)
            if start < 0:
                start = a
            append(_new(Word, (tok, tok.lower(), a, b, "word", clause)))
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
                yield start, b, words
                words, start, clause = [], -1, 0
                append = words.append
        elif kind == "brk":
            if words:
                clause += 1
        else:  # numbers, amounts, dates, {{ variables }}, urls, e-mail addresses
            a, b = m.span()
            if start < 0:
                start = a
            tok = text[a:b]
            append(_new(Word, (tok, tok.lower(), a, b, "var" if kind == "var" else "num", clause)))
            last_end = b
    if words:
        yield start, last_end, words


def sentence_words(sentence: Sentence) -> list[Word]:
    """The words of one sentence, by running the reference tokeniser from its start."""
    for _, _, words in _scan(sentence.segment, sentence.start):
        return words
    return []


def _strip_hyphens(texts: list[str]) -> list[str]:
    """Trim trailing hyphens of words (not of amounts such as "12,-")."""
    return [t.rstrip("-") if t[-1] == "-" and not t[0].isdecimal() else t for t in texts]


def _fast_sentences(segment: Segment) -> list[Sentence]:
    """``_scan`` for segments without URLs or e-mail addresses, on plain strings.

    ``parts`` alternates gap, token, gap, ..., gap, so token ``i`` is ``parts[2i + 1]``,
    it starts at ``offs[2i]`` and ends at ``offs[2i + 1]``. Only end tokens are looked at
    one by one: the dot of an abbreviation is folded into the word right before it (same
    rule as ``_scan``), any other end token closes the sentence.
    """
    text = segment.text
    regex = _FAST_RE if _DOTTED_RE.search(text) else _FAST_UNDOTTED_RE
    parts = regex.split(text)
    toks = parts[1::2]
    if not toks:
        return []
    offs = list(accumulate(map(len, parts)))
    hyphens = "-" in text and _TRAILING_HYPHEN_RE.search(text) is not None
    sentences: list[Sentence] = []
    cur = 0  # token index of the running sentence's first token
    folds: list[int] = []  # token indices of dots folded into the running sentence
    for i in compress(range(len(toks)), map(_END_CHARS.__contains__, map(_FIRST, toks))):
        if i == cur:  # no words before this end token: skip it
            cur = i + 1
            continue
        j = 2 * i + 1
        if toks[i] == "." and not parts[j - 1]:
            prev = toks[i - 1]
            if (
                prev[-1] != "-"
                and (
                    "." in prev
                    or (len(prev) <= _LONGEST_ABBREVIATION and prev.lower() in ABBREVIATIONS)
                )
                and prev[0] != "{"
                and not prev[0].isdecimal()
                and (prev.lower() not in _MAY_END or not _UPPER_NEXT_RE.match(text, offs[j]))
            ):
                folds.append(i)  # the sentence goes on
                continue
        texts = toks[cur:i]
        if folds:
            _fold(texts, folds, cur)
            folds = []
        if hyphens:
            texts = _strip_hyphens(texts)
        sentences.append(Sentence(segment, offs[2 * cur], offs[j], None, texts))
        cur = i + 1
    if cur < len(toks):
        end = offs[-2]  # the end of the last token
        texts = toks[cur:]
        if folds:
            _fold(texts, folds, cur)
        if hyphens:
            tail = texts[-1]
            texts = _strip_hyphens(texts)
            end -= len(tail) - len(texts[-1])
        sentences.append(Sentence(segment, offs[2 * cur], end, None, texts))
    return sentences


def _fold(texts: list[str], folds: list[int], first: int) -> None:
    """Fold abbreviation dots (token indices ``folds``) into the word before each."""
    for f in reversed(folds):
        texts[f - first - 1] += "."
        del texts[f - first]


Sentence.word_builder = sentence_words


def split_sentences(segment: Segment) -> list[Sentence]:
    """Return the sentences of ``segment``; a segment never shares a sentence with another."""
    text = segment.text
    if "@" in text or "://" in text or "www." in text:
        return [Sentence(segment, a, b, words) for a, b, words in _scan(segment)]
    return _fast_sentences(segment)

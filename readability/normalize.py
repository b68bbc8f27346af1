"""Normalise text before it is scored, so look-alike characters cannot game the score.

* Unicode NFKC: full-width letters, ligatures ("ﬁ"), super/subscript digits and other
  compatibility forms become their plain letters.
* Confusables: Cyrillic and Greek letters that look like Latin ones (а е о і с р у х, ο α
  ...) are folded to Latin. A Dutch word written with a Cyrillic "о" would otherwise be an
  unknown word: jargon would go unseen and the word lists could not judge it.
* Invisible characters (zero-width space/joiners, soft hyphen, word joiner, BOM and every
  other format character) are removed: "mid\\u00addels" is "middels".

Offsets in findings point into the normalised text. For ordinary text (no such characters)
it is identical to the input. The fold keeps most texts the same length; only NFKC
expansions (a ligature becomes two letters) and removed invisible characters shift it.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic and Greek letters that render like a Latin letter in common fonts.
_CONFUSABLES = {
    # Cyrillic lower case
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "ë",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "ï",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    # Cyrillic upper case
    "А": "A",
    "В": "B",
    "Е": "E",
    "Ё": "Ë",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ї": "Ï",
    "Ј": "J",
    "Ѕ": "S",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Һ": "H",
    "Ӏ": "I",
    # Greek
    "α": "a",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin look-alikes outside ASCII
    "ı": "i",
    "ȷ": "j",
    "ɑ": "a",
    "ɡ": "g",
}
_FOLD = str.maketrans(_CONFUSABLES)
# A run of letters from the Cyrillic or Greek block: only words that also hold Latin
# letters are folded in text of other languages (a Russian page stays Russian).
_WORD_RE = re.compile(r"[^\W\d_]+")


# Every format character (Unicode category Cf) as of Unicode 15: soft hyphen, zero-width
# space/joiners, direction marks and embeddings, word joiner, invisible operators, BOM,
# interlinear annotation marks, tag characters, and the rarer script-specific ones.
# tests/readability/test_normalize.py checks this list against unicodedata.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
FORMAT_CHARS = frozenset(chr(c) for a, b in _FORMAT_RANGES for c in range(a, b + 1))
_FORMAT_RE = re.compile("[" + "".join(sorted(FORMAT_CHARS)) + "]")
_CONFUSABLE_CHARS = frozenset(_CONFUSABLES)
# Non-ASCII characters that NFKC leaves alone wherever they stand: accented Latin letters,
# general punctuation and currency signs that NFKC does not map, none of them a combining
# mark or a character that composes with the one before it. A text whose only non-ASCII
# characters are these is NFKC already, so the whole-text check is skipped (most Dutch
# text: "é", "ë", "’", "€", "–").
NFKC_STABLE = frozenset(
    c
    for c in map(chr, [*range(0xA0, 0x250), *range(0x2010, 0x2060), *range(0x20A0, 0x20D0)])
    if unicodedata.is_normalized("NFKC", c) and not unicodedata.combining(c)
)
_ASCII_BYTES = bytes(range(128))


def _fold_mixed_words(text: str) -> str:
    """Fold look-alikes only inside words that also hold a plain Latin letter."""

    def fold(m: re.Match) -> str:
        word = m.group(0)
        if any("a" <= c.lower() <= "z" for c in word):
            return word.translate(_FOLD)
        return word

    return _WORD_RE.sub(fold, text)


_PIECE = 2_000  # characters, about: how finely a text is checked


def _pieces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters or more, each after the first
    starting at a line break (or, on a long line, at a space). Both are starters that
    nothing composes with, on either side, and no character decomposes to one, so the
    pieces normalise independently: joined, they give the normalised text."""
    out = []
    start, n = 0, len(text)
    while n - start > size:
        cut = text.find("\n", start + size, start + 2 * size)
        if cut < 0:
            cut = text.find(" ", start + size)
            if cut < 0:
                break
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _nfkc(text: str, size: int = _PIECE) -> tuple[str, str]:
    """``unicodedata.normalize("NFKC", text)``, piece by piece (``_pieces``), and the pieces
    it changed (joined). Most of a long text is normalised already (one "…" is enough to
    make the whole text not so), and checking a piece costs far less than normalising it."""
    is_normalized, normalize = unicodedata.is_normalized, unicodedata.normalize
    pieces = _pieces(text, size)
    changed = []
    for i, piece in enumerate(pieces):
        if not is_normalized("NFKC", piece):
            pieces[i] = normalize("NFKC", piece)
            changed.append(pieces[i])
    return "".join(pieces), "\n".join(changed)


def _non_ascii(text: str) -> set[str]:
    """The distinct non-ASCII characters, found in C: drop every ASCII byte of the UTF-8
    form (what is left are whole multi-byte characters) and decode the small rest."""
    return set(
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_BYTES)
        .decode("utf-8", "surrogatepass")
    )


def normalize_text(text: str, lang: str = "nl") -> str:
    """NFKC, look-alike letters folded to Latin, invisible characters removed.

    For Dutch and English every look-alike is folded (a Dutch text has no Cyrillic). For
    other languages only words that mix scripts are folded, so Russian or Greek text is
    left as it is.
    """
    if text.isascii():
        return text
    chars = _non_ascii(text)
    if not chars <= NFKC_STABLE and not unicodedata.is_normalized("NFKC", text):
        text, changed = _nfkc(text)
        # The characters of the changed lines join those found before: a superset of what
        # the text now holds is enough for the tests below.
        chars |= _non_ascii(changed)
    if not chars.isdisjoint(FORMAT_CHARS):
        text = _FORMAT_RE.sub("", text)
    if not chars.isdisjoint(_CONFUSABLE_CHARS):
        text = text.translate(_FOLD) if lang in ("nl", "en") else _fold_mixed_words(text)
    return text

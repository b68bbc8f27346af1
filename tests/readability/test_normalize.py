import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from readability import analyze, normalize_text
from readability.normalize import _FORMAT_RE, NFKC_STABLE, _nfkc, _non_ascii

OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien."
)


def test_every_format_character_is_removed():
    cf = [chr(i) for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Cf"]
    assert cf and all(_FORMAT_RE.fullmatch(c) for c in cf)


def test_cyrillic_look_alikes_fold_to_latin():
    assert normalize_text("mіddеls") == "middels"  # Cyrillic і and е
    assert normalize_text("ＵＷＶ") == "UWV"  # full width


def test_russian_text_stays_russian_outside_dutch():
    assert normalize_text("привет", lang="ru") == "привет"


def test_look_alikes_neither_hide_jargon_nor_lower_the_level():
    disguised = OFFICIALESE.replace("i", "і").replace("e", "е").replace("o", "о")
    plain, tricked = analyze(OFFICIALESE), analyze(disguised)
    assert tricked.score == plain.score
    assert sorted(f.rule for f in tricked.findings) == sorted(f.rule for f in plain.findings)
    assert any(f.rule == "jargon" and f.excerpt == "middels" for f in tricked.findings)


def test_invisible_characters_do_not_split_words():
    report = analyze("Wij betalen mid\u00addels een brief. Wij be\u200btalen de huur.")
    assert any(f.rule == "jargon" and f.excerpt == "middels" for f in report.findings)


# Long texts are normalised piece by piece (only pieces that need it), cut at line breaks
# and spaces: the result must be NFKC of the whole text, whatever combines across or next
# to a cut.
NFKC_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", "e", " ", "\n", "\r", "\u0301", "\u0327", "\u0308", "…", "ﬁ", "①", "Å", "Å"]
        + ["\u1100", "\u1161", "\u11a8", "가", "\u0345", "\u03b1", "\uff21", "\u00b4"]
        + ["\u3000", "\u00a0", "\u2028", "\u0338", "=", "\u1160"]
    ),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(NFKC_TEXT)
def test_piece_by_piece_nfkc_is_nfkc_of_the_whole_text(text):
    for piece in (1, 3, 2_000):
        normalised, changed = _nfkc(text, piece)
        assert normalised == unicodedata.normalize("NFKC", text)
        # normalize_text looks for characters in the input and the changed pieces only.
        assert _non_ascii(normalised) <= _non_ascii(text) | _non_ascii(changed)


def test_the_characters_taken_as_nfkc_stable_never_change_in_any_text():
    """A text whose only non-ASCII characters are in ``NFKC_STABLE`` skips the NFKC check.
    That holds when NFKC maps none of them and none can compose with the character
    before it: none is a combining mark, the second part of a canonical decomposition or
    a Hangul vowel or final consonant jamo."""
    seconds = set()
    for cp in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    jamo = {chr(c) for c in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    assert NFKC_STABLE.isdisjoint(seconds | jamo)
    assert all(unicodedata.normalize("NFKC", c) == c for c in NFKC_STABLE)
    assert not any(unicodedata.combining(c) for c in NFKC_STABLE)
    assert {"é", "ë", "’", "€", "–"} <= NFKC_STABLE and "…" not in NFKC_STABLE
    sample = "".join(sorted(NFKC_STABLE))
    assert unicodedata.is_normalized("NFKC", "Ae" + sample + "a" + sample[::-1])

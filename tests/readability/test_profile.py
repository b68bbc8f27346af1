from collections import Counter

import numpy as np

from readability.model import Sentence, Vocabulary
from readability.profile import (
    HARD,
    ZIPF_SUM,
    ZIPF_UNIT,
    form_counts,
    form_rows,
    sentence_counts,
)
from readability.signals.word_frequency import word_profiles
from readability.syllables import syllable_counts
from readability.textmodel import build_doc
from tests.readability.word_bands import words_of_every_band

TEXT = (
    "Wij betalen de huur. Uw klantmanager bekijkt de aanvraag voor bijzondere bijstand "
    "binnen acht weken. Dat kost € 12,50 per maand.\n\n"
    "De schuldhulpverlening (hulp bij schulden) start na uw gesprek. Wij betalen dan ook."
)


def _by_hand(sentence, explained=frozenset()):
    """A sentence's counts word by word: the rule ``sentence_counts`` must follow."""
    total = [0] * 8
    for t in sentence.texts:
        row = list(form_counts(t))
        if t in explained and row[3]:
            row[ZIPF_SUM], row[HARD] = max(row[ZIPF_SUM], 4.0), 0
        row[ZIPF_SUM] = round(row[ZIPF_SUM] * ZIPF_UNIT)
        total = [a + b for a, b in zip(total, row, strict=True)]
    return total


def test_sentence_counts_are_the_sums_of_each_sentences_words():
    """Each sentence's level rests on these counts: the array sums must be exactly the
    word-by-word sums, with and without explained terms, and also when the vocabulary
    comes from other sentences."""
    sentences = build_doc(TEXT).sentences
    for explained in (frozenset(), frozenset({"schuldhulpverlening"})):
        for vocab in (Vocabulary(sentences), Vocabulary(list(reversed(sentences)))):
            counts = sentence_counts(sentences, vocab, explained)
            assert counts.shape == (8, len(sentences))
            for i, s in enumerate(sentences):
                assert counts[:, i].tolist() == _by_hand(s, explained)


def test_a_sentence_without_words_counts_nothing_wherever_it_stands():
    """Segmented sums must not give an empty sentence its neighbour's first word."""
    sentences = build_doc(TEXT).sentences
    empty = Sentence(sentences[0].segment, 0, 0, texts=[])
    mixed = [empty, sentences[0], empty, sentences[1], empty]
    counts = sentence_counts(mixed, Vocabulary(sentences))
    assert counts.shape == (8, 5)
    for i in (0, 2, 4):
        assert counts[:, i].tolist() == [0] * 8
    assert counts[:, 1].tolist() == _by_hand(sentences[0])
    assert counts[:, 3].tolist() == _by_hand(sentences[1])


def test_vocabulary_counts_every_token_in_order_of_first_use():
    sentences = build_doc(TEXT).sentences
    vocab = Vocabulary(sentences)
    tokens = [t for s in sentences for t in s.texts]
    assert vocab.counts == Counter(tokens)
    assert list(vocab.counts) == list(dict.fromkeys(tokens))
    assert vocab.counts["betalen"] == 2
    assert list(vocab.token_forms) == [list(vocab.counts).index(t) for t in tokens]


# Forms of every kind the column-wise path must treat as ``form_counts`` does: common and
# rare words, compounds, names, function words, abbreviations, numbers, variables,
# addresses, hyphens and diacritics.
ODD_FORMS = [
    "de",
    "De",
    "'t",
    "u",
    "U",
    "a",
    "huur",
    "Huur",
    "parkeervergunning",
    "Parkeervergunning",
    "bijstandsuitkering",
    "Wmo-voorziening",
    "wmo-voorziening",
    "e-mail",
    "o.a.",
    "bijv.",
    "Amsterdam",
    "AOW",
    "pgb",
    "12,50",
    "1.234,56",
    "2025",
    "{{ naam }}",
    "info@gemeente.nl",
    "www.gemeente.nl",
    "https://gemeente.nl/zorg",
    "ideeën",
    "België",
    "zorgverzekering",
    "verzekeringsmaatschappij",
    "handhaving",
    "gezondheid",
    "omdat",
    "Maar",
    "xqzv",
    "Xqzvbrt",
    "aan-",
    "overheid",
    "ingang",
    "beschikking",
    "ontvangen",
    "x1",
    "A4-formaat",
]


def test_the_column_wise_counts_equal_form_counts():
    """The level rests on these rows: they must equal the per-form rule exactly, for the
    most common Dutch words, words from every frequency band down to the rarest (so also
    compounds split into parts, and words right at the rare boundary), their capitalised
    forms and odd forms."""
    forms = ODD_FORMS + words_of_every_band(common=3_000, step=25)
    rows = form_rows(forms)
    assert rows.shape == (len(forms), 8)
    for form, row in zip(forms, rows.tolist(), strict=True):
        assert tuple(row) == form_counts(form), form
    # The word profiles and syllables a vocabulary already holds give the same rows.
    assert np.array_equal(form_rows(forms, word_profiles(forms)), rows)
    assert np.array_equal(form_rows(forms, None, syllable_counts(forms)), rows)
    assert form_rows([]).shape == (0, 8)

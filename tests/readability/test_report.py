import copy
import pickle

from readability import analyze

TEXT = (
    "Wij betalen uw uitkering elke maand. Heeft u vragen? Bel ons gerust. "
    "Indien de aanvrager van de voorziening niet binnen de daarvoor gestelde termijn de "
    "benodigde bewijsstukken overlegt, wordt de aanvraag door het college buiten "
    "behandeling gesteld."
)


def test_sentences_are_built_on_first_use_and_behave_as_a_list():
    report = analyze(TEXT)
    built = analyze(TEXT)
    items = list(built.sentences)
    assert len(report.sentences) == 4 == len(items)
    # The hardest sentence first, with its own level and a suggestion where to split.
    assert report.sentences[0].text.startswith("Indien de aanvrager")
    assert report.sentences[0].level in ("B2", "C1", "C2")
    assert report.sentences[0].suggestions[0].rule == "sentence.split"
    assert [s.rank for s in report.sentences] == [0, 1, 2, 3]
    assert report.sentences == items and report == built
    assert report.sentences[1:] == items[1:]


def test_sentences_pickle_and_copy_as_plain_lists():
    report = analyze(TEXT)
    for copied in (
        pickle.loads(pickle.dumps(report)).sentences,
        copy.copy(report.sentences),
        copy.deepcopy(report).sentences,
    ):
        assert type(copied) is list
        assert [s.to_dict() for s in copied] == [s.to_dict() for s in report.sentences]


def test_paragraphs_are_built_on_first_use_and_behave_as_a_list():
    text = "Wij betalen uw huur.\n\n" + TEXT
    report = analyze(text)
    assert len(report.paragraphs) == 2
    first, second = report.paragraphs
    assert text[first["start"] : first["end"]] == "Wij betalen uw huur."
    assert text[second["start"] : second["end"]] == TEXT
    assert second["score"] > first["score"] and second["words"] == 37
    assert report.paragraphs == [first, second] == analyze(text).paragraphs
    for copied in (pickle.loads(pickle.dumps(report)).paragraphs, copy.copy(report.paragraphs)):
        assert copied == [first, second] and type(copied) is list


def test_text_without_levels_has_an_empty_list():
    assert list(analyze("Hello world, this is English.", lang="fr").sentences) == []
    assert analyze("").sentences == []

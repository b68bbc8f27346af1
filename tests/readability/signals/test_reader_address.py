from readability.model import Segment
from readability.signals.reader_address import reader_address
from readability.tokenize import split_sentences


def address(text):
    return reader_address(split_sentences(Segment("paragraph", text, None, 0, 0)))


def test_consistent_u_and_je():
    assert address("U krijgt uw geld. Heeft u vragen?") == ("u", [])
    assert address("Je krijgt je geld. Heb jij vragen?") == ("je", [])
    assert address("Het gebouw is open.") == (None, [])


def test_mixed_points_at_the_minority_form():
    form, findings = address("U krijgt uw geld. Heeft u vragen? Bel je ons?")
    assert form == "mixed"
    assert findings[0].excerpt == "je" and findings[0].suggestion == "u"

"""Letter templates refuse undeclared variables, bad syntax and duplicate codes."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import VARIABLE_NAAM, LetterTemplateFactory, stream

pytestmark = pytest.mark.django_db


def errors_of(letter):
    with pytest.raises(ValidationError) as error:
        letter.full_clean()
    return error.value.message_dict


def test_a_well_formed_template_is_valid():
    LetterTemplateFactory().full_clean()


def test_undeclared_variable_is_an_error_naming_it():
    letter = LetterTemplateFactory.build(
        body=stream(("paragraph", "<p>Beste {{ aanhef }}, u krijgt {{ bedrag }}.</p>"))
    )
    errors = errors_of(letter)
    assert any("'bedrag'" in message for message in errors["body"])
    assert not any("'aanhef'" in message for message in errors["body"])


def test_undeclared_variable_in_the_subject_is_reported_on_the_subject():
    letter = LetterTemplateFactory.build(subject="Uw brief over {{ zaaknummer }}")
    assert any("'zaaknummer'" in message for message in errors_of(letter)["subject"])


@pytest.mark.parametrize(
    "text",
    [
        "<p>Beste {{ aanhef }</p>",
        "<p>Beste {{aanhef</p>",
        "<p>Beste {{ Aanhef met spatie }}</p>",
        "<p>{% if aanhef %}Beste{% endif %}</p>",
        "<p>Beste aanhef }}</p>",
    ],
)
def test_malformed_placeholder_syntax_is_an_error(text):
    letter = LetterTemplateFactory.build(body=stream(("paragraph", text)))
    messages = errors_of(letter)["body"]
    assert any("Schrijf een variabele zo: {{ naam }}" in message for message in messages)


def test_conditional_section_needs_a_declared_variable():
    letter = LetterTemplateFactory.build(
        body=stream(
            ("paragraph", "<p>Beste {{ aanhef }},</p>"),
            (
                "conditional",
                {"variable": "kwijtschelding", "text": "<p>U hoeft niets te betalen.</p>"},
            ),
        )
    )
    assert any("'kwijtschelding'" in message for message in errors_of(letter)["body"])


def test_variables_inside_conditional_sections_are_checked_too():
    letter = LetterTemplateFactory.build(
        body=stream(
            ("conditional", {"variable": "aanhef", "text": "<p>Voor {{ onbekend }}.</p>"}),
        )
    )
    assert any("'onbekend'" in message for message in errors_of(letter)["body"])


def test_a_variable_declared_twice_is_an_error():
    letter = LetterTemplateFactory.build(
        variables=stream(("variable", VARIABLE_NAAM), ("variable", VARIABLE_NAAM)),
        subject="Uw brief",
    )
    assert any("twee keer" in message for message in errors_of(letter)["variables"])


def test_duplicate_code_is_an_error():
    LetterTemplateFactory(code="PW-INL-001")
    duplicate = LetterTemplateFactory.build(code="PW-INL-001")
    assert errors_of(duplicate)["code"] == ["Deze code is al in gebruik. Kies een andere code."]


def test_saving_an_existing_template_does_not_clash_with_its_own_code():
    letter = LetterTemplateFactory(code="PW-INL-002")
    letter.title = "Nieuwe titel"
    letter.full_clean()


def test_code_has_a_fixed_shape():
    letter = LetterTemplateFactory.build(code="pw inl 1")
    assert "code" in errors_of(letter)


@pytest.mark.parametrize(
    ("variable", "field"),
    [
        ({**VARIABLE_NAAM, "type": "date", "example": "15-01-2027"}, "example"),
        ({**VARIABLE_NAAM, "type": "money", "example": "twaalf euro"}, "example"),
        ({**VARIABLE_NAAM, "type": "choice", "example": "", "choices": []}, "choices"),
        ({**VARIABLE_NAAM, "name": "Aanhef"}, "name"),
    ],
)
def test_a_variable_whose_definition_does_not_fit_is_refused(variable, field):
    letter = LetterTemplateFactory.build(variables=stream(("variable", variable)))
    with pytest.raises(ValidationError) as error:
        letter.full_clean()
    block_errors = error.value.error_dict["variables"][0].as_json_data()["blockErrors"]
    assert field in block_errors[0]["blockErrors"]

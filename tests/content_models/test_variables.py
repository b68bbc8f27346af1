import datetime
from decimal import Decimal

import pytest

from content_models.variables import VariableValueError, example_error, parse_value


@pytest.mark.parametrize(
    ("var_type", "raw", "expected"),
    [
        ("text", "  heer Jansen ", "heer Jansen"),
        ("date", "2027-01-31", datetime.date(2027, 1, 31)),
        ("money", "1234.56", Decimal("1234.56")),
        ("money", "1234,5", Decimal("1234.5")),
        ("number", "4", 4),
    ],
)
def test_values_are_parsed_to_their_type(var_type, raw, expected):
    assert parse_value(var_type, raw) == expected


@pytest.mark.parametrize(
    ("var_type", "raw"),
    [
        ("date", "31-01-2027"),
        ("date", "2027-02-30"),
        ("money", "€ 12"),
        ("money", "1.234,56"),
        ("money", "12.345"),
        ("number", "4.5"),
        ("choice", "getrouwd"),
    ],
)
def test_ill_typed_values_give_a_dutch_message(var_type, raw):
    with pytest.raises(VariableValueError) as error:
        parse_value(var_type, raw, ["alleenstaand", "samenwonend"])
    assert str(error.value).startswith("Dit is geen") or str(error.value).startswith("Kies")


def test_example_must_fit_the_type():
    assert example_error({"type": "number", "example": "vier"}).startswith(
        "Het voorbeeld klopt niet."
    )
    assert example_error({"type": "number", "example": "4"}) is None
    assert example_error({"type": "date", "example": ""}) is None

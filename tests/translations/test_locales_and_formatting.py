"""Locales exist for every configured language; names, dates and amounts follow each language."""

import datetime
from decimal import Decimal

import pytest
from django.test import override_settings
from wagtail.models import Locale

from translations import formatting, locales

DATE = datetime.date(2027, 3, 5)


def test_every_configured_language_has_a_wagtail_locale(db):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"nl", "en", "ar", "tr", "pl", "uk"} <= codes
    assert Locale.get_default().language_code == "nl"


def test_the_setting_can_narrow_the_languages():
    with override_settings(HELDER_TRANSLATIONS_LOCALES=["nl", "en"]):
        assert locales.language_codes() == ["nl", "en"]
    assert locales.language_codes()[:2] == ["nl", "en"]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("nl", "Nederlands"),
        ("en", "English"),
        ("ar", "العربية"),
        ("tr", "Türkçe"),
        ("pl", "Polski"),
        ("uk", "Українська"),
    ],
)
def test_languages_are_named_in_their_own_language_and_script(code, name):
    assert locales.native_name(code) == name


def test_only_arabic_is_written_right_to_left():
    assert [code for code in locales.language_codes() if locales.is_rtl(code)] == ["ar"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nl", "5 maart 2027"),
        ("en", "March 5, 2027"),
        ("ar", "5 مارس 2027"),
        ("tr", "5 Mart 2027"),
        ("pl", "5 marca 2027"),
        ("uk", "5 березня 2027\u202fр."),
    ],
)
def test_dates_per_language(code, expected):
    assert formatting.format_date_for(code, DATE) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nl", "€\xa01.234,50"),
        ("en", "€1,234.50"),
        ("ar", "\u200f1,234.50\xa0€"),
        ("tr", "€1.234,50"),
        ("pl", "1\xa0234,50\xa0€"),
        ("uk", "1\xa0234,50\xa0EUR"),
    ],
)
def test_amounts_per_language(code, expected):
    assert formatting.format_money_for(code, Decimal("1234.50")) == expected


def test_a_wagtail_locale_works_as_well_as_a_code(db):
    arabic = Locale.objects.get(language_code="ar")
    assert formatting.format_date_for(arabic, DATE) == formatting.format_date_for("ar", DATE)


def test_a_publication_time_is_read_in_dutch_time():
    late_evening_utc = datetime.datetime(2027, 3, 4, 23, 30, tzinfo=datetime.UTC)
    assert formatting.format_date_for("nl", late_evening_utc) == "5 maart 2027"


@pytest.mark.parametrize("bad", [None, "", "twaalf euro", "1,2,3"])
def test_bad_amounts_give_an_empty_string_not_an_error(bad):
    assert formatting.format_money_for("nl", bad) == ""


def test_no_date_gives_an_empty_string():
    assert formatting.format_date_for("en", None) == ""

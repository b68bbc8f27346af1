"""The texts around change notices exist in every language of the site, with the same
placeholders, so a page never shows a Dutch label or a raw "{date}"."""

import string

import pytest

from translations import locales
from translations.change_text import CHANGE_TEXTS


def placeholders(text):
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", locales.language_codes())
def test_every_language_has_every_change_text_with_the_same_placeholders(code):
    assert set(CHANGE_TEXTS.get(code, {})) == set(CHANGE_TEXTS["nl"]), code
    for key, dutch in CHANGE_TEXTS["nl"].items():
        assert placeholders(CHANGE_TEXTS[code][key]) == placeholders(dutch), (code, key)

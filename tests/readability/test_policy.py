import pytest

from readability import Policy


def test_presets():
    assert Policy.for_content_type("easy_read").max_level == "A2"
    for name in ("information_page", "rights_duties", "letter", "standard_text", "translation"):
        assert Policy.for_content_type(name).max_level == "B1"


def test_preset_overrides():
    assert Policy.for_content_type("letter", max_level="B2").max_level == "B2"


def test_unknown_preset_and_level_raise():
    with pytest.raises(ValueError):
        Policy.for_content_type("nope")
    with pytest.raises(ValueError):
        Policy(max_level="D1")


def test_level_is_normalised():
    assert Policy(max_level="b1").max_level == "B1"

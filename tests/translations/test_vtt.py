"""Captions for sign-language video: a real WebVTT file with at least one cue."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from translations.vtt import validate_webvtt, webvtt_problem

GOOD = b"WEBVTT\n\n00:00.000 --> 00:03.000\nWelkom bij de gemeente.\n"


@pytest.mark.parametrize(
    "data",
    [
        GOOD,
        b"\xef\xbb\xbf" + GOOD,  # a byte order mark from Windows editors
        GOOD.replace(b"\n", b"\r\n"),
        b"WEBVTT - Gebarentaal\n\n1\n00:00:01.000 --> 00:00:04.500 align:start\nTekst\n",
    ],
)
def test_valid_captions_pass(data):
    assert webvtt_problem(data) is None
    validate_webvtt(ContentFile(data, name="ondertiteling.vtt"))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"1\n00:00:01,000 --> 00:00:04,000\nTekst\n", "eerste regel moet WEBVTT"),
        (b"WEBVTTX\n\n00:00.000 --> 00:03.000\nTekst\n", "eerste regel moet WEBVTT"),
        (b"WEBVTT\n\nAlleen tekst zonder tijden.\n", "geen ondertiteling"),
        (b"", "eerste regel moet WEBVTT"),
        (b"\xff\xfe\x00W", "UTF-8"),
        (b"WEBVTT\n" + b"x" * 1_000_001, "te groot"),
    ],
)
def test_invalid_captions_get_a_dutch_reason(data, words):
    assert words in str(webvtt_problem(data))
    with pytest.raises(ValidationError) as error:
        validate_webvtt(ContentFile(data, name="ondertiteling.vtt"))
    assert error.value.code == "invalid_webvtt"

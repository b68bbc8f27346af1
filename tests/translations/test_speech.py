"""Read-aloud made on the server with the real espeak-ng (and opusenc where installed)."""

import io
import shutil
import subprocess
import wave

import pytest
from django.core.cache import cache

from tests.factories import InformationPageFactory
from tests.translations.conftest import english
from tests.translations.test_workflow import republish_dutch
from translations.models import SpeechTrack
from translations.speech import engine, service
from translations.speech.tasks import make_speech
from translations.speech.text import speak_digits, spoken_text

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is installed by dev.py (Debian package)"
)

KNOWN_TEXT = (
    "U krijgt bijstand van de gemeente. Verandert er iets in uw leven? Vertel het ons dan "
    "binnen een week. Bijvoorbeeld als u werk vindt, als er iemand bij u komt wonen of als "
    "u gaat verhuizen. Twijfelt u? Bel ons gerust. Wij helpen u graag."
)
MISSING = "Er is nog geen voorleesversie van deze pagina."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.HELDER_PUBLIC_PAGE_CACHE = False
    cache.clear()
    return tmp_path


@pytest.fixture
def speak_on_publish(settings):
    settings.HELDER_SPEECH_ON_PUBLISH = True


def decoded_seconds(data: bytes, extension: str, folder) -> float:
    """Decode the stored file with an independent decoder and measure what it plays."""
    if extension == "ogg":
        (folder / "speech.ogg").write_bytes(data)
        subprocess.run(
            ["opusdec", "--quiet", str(folder / "speech.ogg"), str(folder / "decoded.wav")],
            check=True,
        )
        data = (folder / "decoded.wav").read_bytes()
    with wave.open(io.BytesIO(data)) as sound:
        return sound.getnframes() / sound.getframerate()


def test_a_known_text_becomes_playable_speech_of_the_expected_length(tmp_path):
    audio = engine.synthesize(KNOWN_TEXT, "nl")
    words = len(KNOWN_TEXT.split())
    expected = words / engine.DEFAULT_RATE * 60  # seconds at 150 words per minute
    assert expected / 2 < audio.duration < expected * 2, (audio.duration, expected)
    if shutil.which("opusenc"):
        assert audio.data[:4] == b"OggS" and audio.mime_type == "audio/ogg"
    played = decoded_seconds(audio.data, audio.extension, tmp_path)
    assert abs(played - audio.duration) < 1.0, (played, audio.duration)


def test_every_site_language_has_a_voice():
    for language in ("nl", "en", "ar", "tr", "pl", "uk"):
        assert engine.wav_duration(engine.wav("1 2 3", language)) > 0.3, language


def test_the_spoken_text_is_the_content_not_the_interface(rights_page):
    text = spoken_text(rights_page, "nl")
    assert text.startswith("Uw plichten.")
    for content in ("Dit mag u en dit moet u doen.", "Geef veranderingen door", "Bel ons."):
        assert content in text
    assert "Uw rechten." in text and "Hulp nodig?" in text
    for interface in ("Naar de inhoud", "Terug naar de tekst", "Lees voor", "Zoeken", "Printen"):
        assert interface not in text


def test_phone_numbers_are_read_digit_by_digit():
    assert speak_digits("Bel 0800 123 45 67.") == "Bel 0 8 0 0, 1 2 3, 4 5, 6 7."
    assert speak_digits("Het kost 1200 euro.") == "Het kost 1200 euro."


def test_publishing_makes_speech_after_the_commit(
    rights_page, speak_on_publish, django_capture_on_commit_callbacks, media
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        republish_dutch(rights_page, "Uw plichten en rechten")
        assert SpeechTrack.objects.count() == 0  # nothing before the commit
    for callback in callbacks:  # the commit: the task is enqueued (run by the immediate backend)
        callback()
    rights_page.refresh_from_db()
    track = service.track_for(rights_page)
    assert track is not None and track.revision_id == rights_page.live_revision_id
    assert track.language == "nl" and track.duration > 5
    assert (media / track.audio.name).exists()


def test_the_page_plays_the_track_of_its_live_revision(client, rights_page, media):
    html = client.get(rights_page.url, HTTP_HOST="localhost").content.decode()
    assert MISSING in html and "<audio" not in html
    track = service.make_for(rights_page)
    html = client.get(rights_page.url, HTTP_HOST="localhost").content.decode()
    assert f'src="{track.audio.url}"' in html and 'lang="nl"' in html
    assert MISSING not in html

    republish_dutch(rights_page, "Uw plichten en rechten")  # the old speech is wrong now
    html = client.get(rights_page.url, HTTP_HOST="localhost").content.decode()
    assert MISSING in html and track.audio.url not in html
    newer = service.make_for(rights_page)
    assert not SpeechTrack.objects.filter(pk=track.pk).exists()
    assert not (media / track.audio.name).exists()
    assert (media / newer.audio.name).exists()


def test_a_visitor_never_waits_for_speech(client, rights_page):
    for url in (rights_page.url, f"/nl/grote-letters/{rights_page.pk}/"):
        assert MISSING in client.get(url, HTTP_HOST="localhost").content.decode()
    assert SpeechTrack.objects.count() == 0


def test_a_translation_is_read_in_its_own_language(rights_page, translate, speak_on_publish):
    english_page = translate(rights_page, "en", english)
    track = service.track_for(english_page)
    assert track is not None and track.language == "en"
    assert track.audio.name.startswith("voorlezen/en/")


def test_the_task_skips_a_revision_that_is_no_longer_live(rights_page):
    old_revision = rights_page.live_revision_id
    republish_dutch(rights_page, "Uw plichten en rechten")
    result = make_speech.enqueue(old_revision)
    assert result.return_value == {"made": False, "reason": "not live"}
    assert SpeechTrack.objects.count() == 0


def test_without_espeak_the_page_says_there_is_no_speech(client, rights_page, monkeypatch):
    monkeypatch.setattr(engine, "ESPEAK", "espeak-ng-not-installed")
    result = make_speech.enqueue(rights_page.live_revision_id)
    assert result.return_value == {"made": False, "reason": "unavailable"}
    assert MISSING in client.get(rights_page.url, HTTP_HOST="localhost").content.decode()


def test_information_pages_read_steps_and_contact_details(topic):
    page = InformationPageFactory(
        parent=topic,
        title="Bijstand aanvragen",
        body=[
            ("steps", {"title": "Zo doet u het", "steps": [{"title": "Log in", "text": ""}]}),
            (
                "contact",
                {
                    "title": "Contact",
                    "phone": "0800 123 45 67",
                    "email": "",
                    "address": "",
                    "opening_hours": "",
                },
            ),
        ],
    )
    text = spoken_text(page, "nl")
    assert "Zo doet u het.\n1. Log in." in text
    assert "0 8 0 0, 1 2 3, 4 5, 6 7" in text


def test_a_finished_track_replaces_the_cached_page(client, settings, rights_page):
    settings.HELDER_PUBLIC_PAGE_CACHE = True
    assert MISSING in client.get(rights_page.url, HTTP_HOST="localhost").content.decode()
    cached = client.get(rights_page.url, HTTP_HOST="localhost")
    assert cached["X-Helder-Cache"] == "hit"
    track = service.make_for(rights_page)
    html = client.get(rights_page.url, HTTP_HOST="localhost").content.decode()
    assert track.audio.url in html and MISSING not in html

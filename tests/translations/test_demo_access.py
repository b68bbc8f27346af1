"""load_demo's read-aloud step: every live page and easy-read version gets its speech at once.

The full demo (about 40 tracks) takes minutes on a busy machine, so this runs the same
command step on a small set; tests/site/test_load_demo.py checks the demo's pictograms.
"""

import shutil
from io import StringIO

import pytest
from helder.management.commands.load_demo import Command

from tests.translations.conftest import english
from translations.models import EasyReadVariant, SpeechTrack
from translations.speech import service


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="dev.py installs espeak-ng")
def test_load_demo_makes_every_missing_read_aloud_at_once(
    settings, tmp_path, rights_page, translate
):
    settings.MEDIA_ROOT = tmp_path
    english_page = translate(rights_page, "en", english)  # no speech on publish in tests
    variant = EasyReadVariant(
        # Plain A2, well clear of the grey zone a text of a few words falls in.
        page=rights_page,
        title="Zeg het ons",
        intro="Is er iets anders? Zeg het ons. Bel ons. Dan helpen wij u.",
        body="[]",
    )
    variant.live = False
    variant.save()
    variant.save_revision().publish()
    assert SpeechTrack.objects.count() == 0

    settings.HELDER_SPEECH_ON_PUBLISH = True
    assert Command(stdout=StringIO()).speech() == {"speechtrack": 3}
    for obj in (rights_page, english_page, variant):
        obj.refresh_from_db()
        track = service.track_for(obj)
        assert track is not None and (tmp_path / track.audio.name).stat().st_size > 1000
    assert Command(stdout=StringIO()).speech() == {}  # a second run makes nothing


def test_without_speech_on_publish_load_demo_makes_none(settings, rights_page):
    settings.HELDER_SPEECH_ON_PUBLISH = False
    assert Command(stdout=StringIO()).speech() == {}
    assert SpeechTrack.objects.count() == 0

import pytest

# A text near the B1 boundary. Until the engine's grey zone is merged no real text yields
# the "human_check" verdict, so this fixture (and only this one) forces it with the
# documented test knob HELDER_GATE_FORCED_VERDICT (content_models/human_check.py).
# After the merge: replace GREY_ZONE_TEXT with a real grey-zone text and drop the knob.
GREY_ZONE_TEXT = (
    "<p>U krijgt elke maand een uitkering. Verandert er iets in uw inkomen? "
    "Geef dat dan binnen een week door via Mijn Helderstad.</p>"
)


@pytest.fixture
def grey_zone_text(settings):
    settings.HELDER_GATE_FORCED_VERDICT = "human_check"
    return GREY_ZONE_TEXT

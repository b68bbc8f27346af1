import pytest

# A real text near the B1 boundary: the engine's verdict is "human_check" (its estimate
# lies inside the calibrated band), so only a person may say it is B1.
GREY_ZONE_TEXT = (
    "<p>Wanneer u een bijstandsuitkering ontvangt, bent u verplicht om wijzigingen in uw "
    "inkomsten en vermogen tijdig te melden. De gemeente controleert regelmatig of de "
    "verstrekte gegevens juist zijn. Onjuiste informatie kan leiden tot terugvordering van "
    "de uitkering.</p>"
)


@pytest.fixture
def grey_zone_text():
    return GREY_ZONE_TEXT

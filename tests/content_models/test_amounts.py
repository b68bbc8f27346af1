"""Normbedragen in the admin: the periods are checked together, and nothing is half-saved."""

import datetime
import html
from decimal import Decimal

import pytest

from content_models.amounts import live_amounts
from content_models.gate import PublicationBlocked
from content_models.models import Normbedrag, NormPeriod

ADD_URL = "/admin/snippets/content_models/normbedrag/add/"
SOURCE = "https://wetten.overheid.nl/BWBR0015703"


def form(*periods, code="PW-ALL-21"):
    data = {
        "code": code,
        "label": "Bijstand voor een alleenstaande",
        "explanation": "Dit bedrag krijgt u als u alleen woont en 21 jaar of ouder bent.",
        "scheme": "bijstand",
        "periods-TOTAL_FORMS": str(len(periods)),
        "periods-INITIAL_FORMS": "0",
        "periods-MIN_NUM_FORMS": "1",
        "periods-MAX_NUM_FORMS": "1000",
    }
    for index, (amount, start, end) in enumerate(periods):
        data.update(
            {
                f"periods-{index}-amount": amount,
                f"periods-{index}-start": start,
                f"periods-{index}-end": end,
                f"periods-{index}-source_url": SOURCE,
                f"periods-{index}-ORDER": str(index + 1),
                f"periods-{index}-DELETE": "",
                f"periods-{index}-id": "",
            }
        )
    return data


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("periods", "message"),
    [
        (
            [("1401.50", "2027-01-01", "2027-07-15"), ("1432.10", "2027-07-01", "")],
            "valt samen met de periode",
        ),
        (
            [("1401.50", "2027-01-01", "2027-06-30"), ("1432.10", "2027-08-01", "")],
            "Laat deze periode beginnen op 1 juli 2027",
        ),
        ([("-1", "2027-01-01", "")], "niet lager zijn dan 0 euro"),
        ([("1401.50", "2027-01-01", "2026-12-01")], "De einddatum ligt voor de begindatum"),
    ],
)
def test_wrong_periods_get_a_dutch_message_and_nothing_is_saved(admin_client, periods, message):
    response = admin_client.post(ADD_URL, form(*periods))
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert not Normbedrag.objects.exists() and not NormPeriod.objects.exists()


@pytest.mark.django_db
def test_a_coming_period_is_entered_ahead_and_published_with_the_amount(admin_client):
    response = admin_client.post(
        ADD_URL,
        {
            **form(("1401.50", "2027-01-01", "2027-06-30"), ("1432.10", "2027-07-01", "")),
            "action-publish": "publish",
            "helder_publish_reason": "Nieuwe bedragen uit de Staatscourant van het Rijk.",
        },
    )
    assert response.status_code == 302
    amount = live_amounts(["PW-ALL-21"])["PW-ALL-21"]
    seen = amount.on(datetime.date(2027, 6, 30))
    assert seen.current.amount == Decimal("1401.50")
    assert seen.coming.amount == Decimal("1432.10")
    assert seen.coming.start == datetime.date(2027, 7, 1)


def draft_amount(*periods):
    """A normbedrag saved as a draft in code, with (amount, start) periods without an end."""
    draft = Normbedrag(
        code="PW-ALL-21",
        label="Bijstand voor een alleenstaande",
        explanation="Dit bedrag krijgt u als u alleen woont.",
        scheme="bijstand",
        live=False,
    )
    draft.periods = [
        NormPeriod(amount=Decimal(amount), start=start, source_url=SOURCE)
        for amount, start in periods
    ]
    draft.save()
    return draft


@pytest.mark.django_db
def test_a_draft_amount_is_not_used():
    draft_amount(("1401.50", datetime.date(2027, 1, 1)))
    assert live_amounts() == {}


@pytest.mark.django_db
def test_a_new_normbedrag_goes_through_the_versimpeltoets():
    assert Normbedrag(code="PW-ALL-21").get_workflow().name == "Versimpeltoets"


@pytest.mark.django_db
def test_overlapping_periods_never_go_live_on_any_path():
    """Code, imports and the API skip the admin form; the gate checks the periods too."""
    amount = draft_amount(
        ("1401.50", datetime.date(2027, 1, 1)), ("1432.10", datetime.date(2027, 7, 1))
    )
    with pytest.raises(PublicationBlocked) as refused:
        amount.save_revision().publish()
    assert "valt samen met de periode" in " ".join(refused.value.decision.reasons)
    assert live_amounts() == {}

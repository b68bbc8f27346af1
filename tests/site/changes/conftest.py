"""Notices, amounts and pages for the "Wat is er veranderd" tests, published the way code
publishes (no person: the gate alone)."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from content_models.models import ChangeNotice, Normbedrag, NormPeriod
from tests.factories import InformationPageFactory

SOURCE = "https://wetten.overheid.nl/BWBR0015703"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def publish(obj):
    obj.save_revision().publish()
    return type(obj).objects.get(pk=obj.pk)


def make_notice(title, effective_date, topic="bijstand", summary=None, pages=(), amounts=()):
    notice = ChangeNotice(
        title=title,
        summary=summary
        or "De bijstand wordt hoger. U hoeft niets te doen. Wij passen het zelf aan.",
        topic=topic,
        effective_date=effective_date,
        live=False,
        locale=Locale.get_default(),
    )
    notice.pages = list(pages)
    notice.amounts = list(amounts)
    notice.save()
    return publish(notice)


def make_amount(code="PW-ALL-21", scheme="bijstand", periods=(), label=None):
    amount = Normbedrag(
        code=code,
        label=label or "Bijstand voor een alleenstaande van 21 jaar of ouder",
        explanation="Dit bedrag krijgt u als u alleen woont. U bent 21 jaar of ouder.",
        scheme=scheme,
        live=False,
        locale=Locale.get_default(),
    )
    amount.periods = [
        NormPeriod(amount=Decimal(value), start=start, end=end, source_url=SOURCE)
        for value, start, end in periods
    ]
    amount.save()
    return publish(amount)


TWO_PERIODS = (
    ("1401.50", datetime.date(2026, 7, 1), datetime.date(2026, 12, 31)),
    ("1432.10", datetime.date(2027, 1, 1), None),
)


@pytest.fixture
def info_page(topic):
    page = InformationPageFactory(parent=topic, title="Hoeveel bijstand krijgt u?", slug="hoeveel")
    return publish(page)

"""Publishing a normbedrag with a new period drafts one change notice for the editors. It is
never published by Helder, and each change is drafted once."""

import datetime
import html
from decimal import Decimal

import pytest
import time_machine
from helder.changes.models import AutoDraft
from wagtail.models import Locale

from content_models.models import ChangeNotice, Normbedrag, NormPeriod
from tests.site.changes.conftest import SOURCE, TWO_PERIODS, make_amount, publish
from tests.site.changes.test_pages import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY, tick=False):
        yield


def test_a_new_period_gets_one_draft_notice_never_published():
    amount = make_amount(periods=TWO_PERIODS)
    notice = ChangeNotice.objects.get()
    assert not notice.live and notice.live_revision is None
    assert notice.latest_revision is not None  # editors find it as a draft with its text
    assert notice.origin_key == "PW-ALL-21@2027-01-01"
    assert notice.topic == "bijstand" and notice.effective_date == datetime.date(2027, 1, 1)
    assert list(notice.amounts.all()) == [amount]
    assert notice.title == (
        "Nieuw bedrag vanaf 1 januari 2027: Bijstand voor een alleenstaande van 21 jaar of ouder"
    )
    assert "Het nieuwe bedrag is €\u00a01.432,10." in notice.summary
    assert "Tot en met 31 december 2026 is het €\u00a01.401,50." in notice.summary


def test_publishing_again_drafts_nothing_new_even_after_the_draft_was_deleted():
    amount = make_amount(periods=TWO_PERIODS)
    publish(Normbedrag.objects.get(pk=amount.pk))
    assert ChangeNotice.objects.count() == 1
    ChangeNotice.objects.get().delete()
    publish(Normbedrag.objects.get(pk=amount.pk))
    assert not ChangeNotice.objects.exists()
    assert AutoDraft.objects.get().origin_key == "PW-ALL-21@2027-01-01"


def test_a_period_added_later_gets_its_own_draft():
    amount = make_amount(periods=TWO_PERIODS)
    amount = Normbedrag.objects.get(pk=amount.pk)
    last = amount.periods.get(start=datetime.date(2027, 1, 1))
    last.end = datetime.date(2027, 6, 30)
    amount.periods = [*amount.periods.exclude(pk=last.pk), last]
    amount.periods.add(
        NormPeriod(amount=Decimal("1450.00"), start=datetime.date(2027, 7, 1), source_url=SOURCE)
    )
    publish(amount)
    keys = set(ChangeNotice.objects.values_list("origin_key", flat=True))
    assert keys == {"PW-ALL-21@2027-01-01", "PW-ALL-21@2027-07-01"}
    assert not ChangeNotice.objects.filter(live=True).exists()


def test_no_draft_for_a_first_amount_or_a_change_long_gone():
    make_amount(code="PW-ALL-AOW", periods=(("1500.00", datetime.date(2026, 1, 1), None),))
    make_amount(
        code="PW-GEH-21",
        periods=(
            ("1900.00", datetime.date(2025, 7, 1), datetime.date(2025, 12, 31)),
            ("1950.00", datetime.date(2026, 1, 1), datetime.date(2026, 6, 30)),
            ("2002.14", datetime.date(2026, 7, 1), None),
        ),
    )
    # Only the period that still runs is news; the first amount ever is not a change.
    assert list(ChangeNotice.objects.values_list("origin_key", flat=True)) == [
        "PW-GEH-21@2026-07-01"
    ]


def test_a_translation_of_the_amount_drafts_nothing():
    amount = make_amount(periods=TWO_PERIODS)
    ChangeNotice.objects.all().delete()
    AutoDraft.objects.all().delete()
    arabic = amount.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.label = "المساعدة الاجتماعية لشخص يعيش وحده"
    arabic.explanation = "هذا المبلغ لك إذا كنت تعيش وحدك وعمرك 21 سنة أو أكثر."
    arabic.save()
    arabic = publish(arabic)
    assert arabic.periods.count() == 2  # the copy has the periods; only the Dutch row counts
    assert not ChangeNotice.objects.exists()


def test_the_editor_who_publishes_the_amount_is_told_about_the_draft(admin_client):
    from tests.content_models.test_amounts import ADD_URL, form

    response = admin_client.post(
        ADD_URL,
        {
            **form(("1401.50", "2026-07-01", "2026-12-31"), ("1432.10", "2027-01-01", "")),
            "action-publish": "publish",
            "helder_publish_reason": "Nieuwe bedragen uit de Staatscourant van het Rijk.",
        },
        follow=True,
    )
    notice = ChangeNotice.objects.get()
    assert not notice.live
    page = html.unescape(response.content.decode())
    assert "Helder maakte daarom een concept voor 'Wat is er veranderd'" in page
    assert f'/admin/snippets/content_models/changenotice/edit/{notice.pk}/"' in page
    # Saving a draft of another amount tells nothing: nothing was published.
    draft = admin_client.post(
        ADD_URL, form(("100.00", "2026-01-01", ""), code="PW-ALL-AOW"), follow=True
    )
    assert "Helder maakte" not in html.unescape(draft.content.decode())


def test_no_draft_when_a_notice_for_the_change_exists_already():
    from tests.site.changes.conftest import make_notice

    written = make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1))
    ChangeNotice.objects.filter(pk=written.pk).update(origin_key="PW-ALL-21@2027-01-01")
    make_amount(periods=TWO_PERIODS)
    assert list(ChangeNotice.objects.all()) == [written]
    assert AutoDraft.objects.filter(origin_key="PW-ALL-21@2027-01-01").exists()


def test_the_draft_names_the_pages_that_show_the_amount(topic):
    from tests.factories import InformationPageFactory, stream

    def page(slug, *blocks):
        made = InformationPageFactory(parent=topic, slug=slug, body=stream(*blocks))
        return publish(made).page_ptr

    in_text = page("tekst", ("paragraph", "<p>U krijgt [[norm:PW-ALL-21]] per maand.</p>"))
    in_block = page("blok", ("amount", {"code": "PW-ALL-21", "text": ""}))
    page("ander", ("paragraph", "<p>Samen krijgt u [[norm:PW-ALL-210]].</p>"))
    make_amount(periods=TWO_PERIODS)
    assert set(ChangeNotice.objects.get().pages.all()) == {in_text, in_block}

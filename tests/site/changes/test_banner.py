"""Pages a live change notice names say "Dit verandert op …" and then "Dit is veranderd op …"
for HELDER_CHANGE_BANNER_DAYS days around the ingangsdatum, on the clock, without a publish."""

import datetime

import pytest
import time_machine
from django.test import override_settings

from tests.factories import InformationPageFactory
from tests.site.changes.conftest import make_notice, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=1))  # winter time


def at(day, hour=12, minute=0, second=0):
    return datetime.datetime(*day, hour, minute, second, tzinfo=AMSTERDAM)


def banner(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    if "data-change-banner" not in html:
        return None
    start = html.index("data-change-banner")
    return html[start : html.index("</div>", start)]


@pytest.fixture
def pages(topic):
    concerned = publish(InformationPageFactory(parent=topic, title="Hoeveel", slug="hoeveel"))
    other = publish(InformationPageFactory(parent=topic, title="Werk", slug="werk"))
    return concerned, other


@override_settings(HELDER_CHANGE_BANNER_DAYS=10)
def test_the_banner_comes_and_goes_with_the_days(client, pages):
    concerned, other = pages
    with time_machine.travel(at((2026, 11, 29)), tick=False) as clock:
        notice = make_notice(
            "De bijstand gaat omhoog", datetime.date(2027, 1, 1), pages=[concerned]
        )
        assert banner(client, "/nl/bijstand/hoeveel/") is None  # too early to tell

        clock.move_to(at((2026, 12, 22)))
        shown = banner(client, "/nl/bijstand/hoeveel/")
        assert "Dit verandert op 1 januari 2027" in shown
        assert "De bijstand gaat omhoog" in shown
        assert f'href="/nl/veranderd/bijstand/#wijziging-{notice.pk}"' in shown
        assert banner(client, "/nl/bijstand/werk/") is None  # a page the notice does not name

        clock.move_to(at((2027, 1, 1)))
        assert "Dit is veranderd op 1 januari 2027" in banner(client, "/nl/bijstand/hoeveel/")

        clock.move_to(at((2027, 1, 10)))
        assert "Dit is veranderd op 1 januari 2027" in banner(client, "/nl/bijstand/hoeveel/")

        clock.move_to(at((2027, 1, 11)))
        assert banner(client, "/nl/bijstand/hoeveel/") is None


@override_settings(HELDER_CHANGE_BANNER_DAYS=10)
def test_the_banner_turns_at_midnight_amsterdam_time(client, pages):
    """Its ingangsdatum is a day on which cached pages end (amount_data.notice_days)."""
    concerned, _other = pages
    with time_machine.travel(at((2026, 12, 31), 23, 59, 30), tick=False) as clock:
        make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1), pages=[concerned])
        assert "Dit verandert op" in banner(client, "/nl/bijstand/hoeveel/")
        assert client.get("/nl/bijstand/hoeveel/")["X-Helder-Cache"] == "hit"
        clock.move_to(at((2027, 1, 1), 0, 0, 1))
        assert "Dit is veranderd op" in banner(client, "/nl/bijstand/hoeveel/")


@override_settings(HELDER_CHANGE_BANNER_DAYS=10)
def test_unpublishing_a_notice_takes_its_banner_away(client, pages):
    concerned, _other = pages
    with time_machine.travel(at((2027, 1, 2)), tick=False):
        notice = make_notice(
            "De bijstand gaat omhoog", datetime.date(2027, 1, 1), pages=[concerned]
        )
        assert banner(client, "/nl/bijstand/hoeveel/") is not None
        notice.unpublish()
        assert banner(client, "/nl/bijstand/hoeveel/") is None
        # A draft notice never shows.
        make_notice("Nog een verandering", datetime.date(2027, 1, 1), pages=[concerned]).unpublish()
        assert banner(client, "/nl/bijstand/hoeveel/") is None


@override_settings(HELDER_CHANGE_BANNER_DAYS=10)
def test_in_arabic_the_banner_is_arabic_and_says_when_the_notice_is_dutch_only(pages):
    from helder.changes.banner import banners_for

    from tests.site.changes.test_pages import translate

    concerned, _other = pages
    with time_machine.travel(at((2027, 1, 2)), tick=False):
        notice = make_notice(
            "De bijstand gaat omhoog", datetime.date(2027, 1, 1), pages=[concerned]
        )
        (dutch_only,) = banners_for(concerned, "ar")
        assert dutch_only.heading == "تغيّر هذا في 1 يناير 2027"
        assert dutch_only.title == ""  # no Dutch title under an Arabic heading
        assert dutch_only.link_text == "اقرأ ما الذي يتغيّر (باللغة الهولندية)"
        assert dutch_only.url == f"/nl/veranderd/bijstand/#wijziging-{notice.pk}"
        assert dutch_only.hreflang == "nl"

        arabic = translate(notice, "ar", "المساعدة الاجتماعية ترتفع", "يصبح المبلغ أعلى.")
        (translated,) = banners_for(concerned, "ar")  # the publish started a new memo
        assert translated.title == arabic.title and translated.hreflang is None
        assert translated.url == f"/ar/veranderd/bijstand/#wijziging-{arabic.pk}"

"""The public "Wat is er veranderd" pages: coming and past changes by date, per topic, in
Arabic with Dutch-only notices apart, and the yearly overview to print."""

import datetime
import re

import pytest
import time_machine
from wagtail.models import Locale

from content_models.models import ChangeNotice
from tests.site.changes.conftest import TWO_PERIODS, make_amount, make_notice, publish

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 11, 29, 12, 0, tzinfo=datetime.UTC)


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id`."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert match, heading_id
    return match.group(0)


@time_machine.travel(TODAY, tick=False)
def test_coming_and_past_changes_are_listed_by_date(client, home, info_page):
    past = make_notice("Nieuwe regels voor werk", datetime.date(2026, 7, 1))
    later = make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1), pages=[info_page])
    sooner = make_notice("Nieuw formulier voor de Wmo", datetime.date(2026, 12, 15), topic="wmo")
    html = text(client.get("/nl/veranderd/"))
    coming = section(html, "komt-eraan")
    # Soonest first, each with its own anchor for feeds and mails.
    assert coming.index(sooner.title) < coming.index(later.title)
    assert f'id="wijziging-{later.pk}"' in coming
    assert "Vanaf 1 januari 2027" in coming
    assert 'href="/nl/bijstand/hoeveel/"' in coming
    assert past.title in section(html, "veranderd") and past.title not in coming


@time_machine.travel(TODAY, tick=False)
def test_a_draft_notice_is_not_shown(client, home):
    draft = ChangeNotice(
        title="Nog niet klaar", summary="Dit is een concept.", topic="bijstand",
        effective_date=datetime.date(2027, 1, 1), live=False,
    )  # fmt: skip
    draft.save()
    html = text(client.get("/nl/veranderd/"))
    assert "Nog niet klaar" not in html
    assert "Wij weten nu nog niet van nieuwe veranderingen." in html


@time_machine.travel(TODAY, tick=False)
def test_a_topic_page_shows_only_its_topic(client, home):
    make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1))
    make_notice("Nieuw formulier voor de Wmo", datetime.date(2026, 12, 15), topic="wmo")
    html = text(client.get("/nl/veranderd/bijstand/"))
    assert "De bijstand gaat omhoog" in html and "Nieuw formulier voor de Wmo" not in html
    assert '<h1 class="utrecht-heading-1">Wat is er veranderd: Bijstand</h1>' in html
    assert 'href="/nl/veranderd/bijstand/feed/"' in html
    assert (
        'href="/nl/veranderd/bijstand/2026/"' in html
        and 'href="/nl/veranderd/bijstand/2027/"' in html
    )


@pytest.mark.parametrize(
    "path",
    ["/nl/veranderd/onbekend/", "/nl/veranderd/onbekend/feed/", "/nl/veranderd/bijstand/1850/"],
)
def test_unknown_topics_and_years_are_not_found(client, home, path):
    assert client.get(path).status_code == 404


@time_machine.travel(TODAY, tick=False)
def test_the_amounts_of_a_notice_show_old_and_new(client, home):
    amount = make_amount(periods=TWO_PERIODS)
    make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1), amounts=[amount])
    html = text(client.get("/nl/veranderd/bijstand/"))
    # Babel's Dutch format, with a no-break space after the euro sign.
    assert "<strong>Nieuw bedrag: €\u00a01.432,10</strong> (Was: €\u00a01.401,50)" in html


def translate(notice, language, title, summary):
    """An editor's translation of `notice`, published."""
    copy = notice.copy_for_translation(Locale.objects.get(language_code=language))
    copy.title, copy.summary = title, summary
    copy.save()
    return publish(copy)


@time_machine.travel(TODAY, tick=False)
def test_arabic_shows_translated_notices_and_lists_dutch_ones_apart(client, home):
    translated = make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1))
    arabic = translate(
        translated, "ar", "المساعدة الاجتماعية ترتفع", "يصبح المبلغ أعلى. لا تحتاج أن تفعل شيئًا."
    )
    dutch = make_notice("Nieuw formulier voor de Wmo", datetime.date(2026, 12, 15), topic="wmo")
    html = text(client.get("/ar/veranderd/"))
    assert '<html lang="ar" dir="rtl"' in html
    coming = section(html, "komt-eraan")
    assert arabic.title in coming and dutch.title not in coming
    # Both addresses lead to the notice: the Arabic row's and the Dutch original's.
    assert f'id="wijziging-{arabic.pk}"' in coming and f'id="wijziging-{translated.pk}"' in coming
    apart = section(html, "alleen-nederlands")
    assert f'<span lang="nl" dir="ltr">{dutch.title}</span>' in apart
    assert f'href="/nl/veranderd/wmo/#wijziging-{dutch.pk}"' in apart
    assert "ما الذي سيتغيّر" in html  # the section heading in Arabic


@time_machine.travel(TODAY, tick=False)
def test_the_yearly_overview_holds_the_amounts_and_changes_of_that_year(client, home):
    amount = make_amount(periods=TWO_PERIODS)
    make_amount(
        code="PW-GEH-21",
        label="Bijstand voor gehuwden en samenwoners van 21 jaar of ouder",
        periods=(("2002.14", datetime.date(2026, 1, 1), None),),
    )
    make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1), amounts=[amount])
    make_notice("Nieuwe regels voor werk", datetime.date(2026, 7, 1))
    make_notice("Nieuw formulier voor de Wmo", datetime.date(2027, 3, 1), topic="wmo")
    html = text(client.get("/nl/veranderd/bijstand/2027/"))
    assert '<h1 class="utrecht-heading-1">Wat verandert er in 2027</h1>' in html
    rows = re.findall(r"<tr[^>]*>.*?</tr>", html, re.S)
    assert len(rows) == 3  # the header and one row per amount
    assert (
        "€\u00a01.401,50" in rows[1]
        and "€\u00a01.432,10" in rows[1]
        and "1 januari 2027" in rows[1]
    )
    assert "€\u00a02.002,14" in rows[2] and "Blijft hetzelfde" in rows[2]
    assert "De bijstand gaat omhoog" in html
    assert "Nieuwe regels voor werk" not in html and "Nieuw formulier voor de Wmo" not in html
    assert "Print deze pagina" in html

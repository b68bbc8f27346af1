"""Atom feeds of the change notices: valid Atom (parsed by feedparser), per language and topic."""

import datetime

import feedparser
import pytest
import time_machine

from tests.site.changes.conftest import make_notice
from tests.site.changes.test_pages import TODAY, translate

pytestmark = pytest.mark.django_db


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


@time_machine.travel(TODAY, tick=False)
def test_the_site_feed_lists_live_notices_newest_date_first(client, home):
    older = make_notice("Nieuwe regels voor werk", datetime.date(2026, 7, 1))
    newer = make_notice("Nieuw formulier voor de Wmo", datetime.date(2027, 1, 1), topic="wmo")
    feed = parse(client, "/nl/veranderd/feed/")
    assert feed.feed.title == "Wat is er veranderd bij Gemeente Helderstad"
    assert feed.feed.language == "nl"
    assert feed.feed.link == "http://testserver/nl/veranderd/"
    assert [entry.title for entry in feed.entries] == [newer.title, older.title]
    first = feed.entries[0]
    assert first.link == f"http://testserver/nl/veranderd/wmo/#wijziging-{newer.pk}"
    assert first.summary.startswith("Vanaf 1 januari 2027. ")
    assert first.tags[0].term == "Wmo"
    assert first.id != feed.entries[1].id and first.updated_parsed is not None


@time_machine.travel(TODAY, tick=False)
def test_a_topic_feed_holds_only_its_topic(client, home):
    make_notice("Nieuwe regels voor werk", datetime.date(2026, 7, 1))
    make_notice("Nieuw formulier voor de Wmo", datetime.date(2027, 1, 1), topic="wmo")
    feed = parse(client, "/nl/veranderd/wmo/feed/")
    assert feed.feed.title == "Wat is er veranderd bij Gemeente Helderstad: Wmo"
    assert [entry.title for entry in feed.entries] == ["Nieuw formulier voor de Wmo"]


@time_machine.travel(TODAY, tick=False)
def test_the_arabic_feed_holds_the_arabic_notices(client, home):
    notice = make_notice("De bijstand gaat omhoog", datetime.date(2027, 1, 1))
    arabic = translate(notice, "ar", "المساعدة الاجتماعية ترتفع", "يصبح المبلغ أعلى.")
    make_notice("Nieuw formulier voor de Wmo", datetime.date(2026, 12, 15), topic="wmo")
    feed = parse(client, "/ar/veranderd/feed/")
    assert feed.feed.language == "ar"
    assert [entry.title for entry in feed.entries] == [arabic.title]
    assert feed.entries[0].link == f"http://testserver/ar/veranderd/bijstand/#wijziging-{arabic.pk}"


def test_a_draft_is_not_in_the_feed(client, home):
    from content_models.models import ChangeNotice

    ChangeNotice(
        title="Nog niet klaar", summary="Concept.", topic="bijstand",
        effective_date=datetime.date(2027, 1, 1), live=False,
    ).save()  # fmt: skip
    assert parse(client, "/nl/veranderd/feed/").entries == []

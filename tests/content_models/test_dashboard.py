"""The readability dashboard: what it lists, filters and exports, the re-check run, the
exceptions and the readers' comments. Content goes live through revision.publish(), so the
gate records the checks the dashboard shows."""

import csv
import io

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageLogEntry

from content_models.dashboard import Filters, collect_rows
from content_models.gate import PublicationBlocked
from content_models.models import (
    InformationPage,
    LetterTemplate,
    PageFeedback,
    ReadabilityCheck,
    ReadabilityException,
    RecheckRun,
)
from tests.factories import (
    InformationPageFactory,
    LetterTemplateFactory,
    StandardTextFactory,
    TopicPageFactory,
    UserFactory,
    stream,
)

pytestmark = pytest.mark.django_db

URL = "/admin/leesbaarheid/overzicht/"
OFFICIALESE = (
    "<p>Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel.</p>"
)


def publish(obj):
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def save_officialese_draft(page):
    draft = page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", OFFICIALESE))
    return draft.save_revision()


@pytest.fixture
def content(topic):
    return make_content(topic)


def make_content(topic):
    """A live page, a live page whose hard draft was refused, a never-published draft,
    a live letter, a draft standard text, and a page under another topic."""
    live = publish(InformationPageFactory(parent=topic, title="Geld voor huur", slug="huur"))
    refused = publish(InformationPageFactory(parent=topic, title="Informatie geven", slug="info"))
    with pytest.raises(PublicationBlocked):
        save_officialese_draft(refused).publish()
    draft = InformationPageFactory(parent=topic, title="Nieuwe regels", slug="nieuw", live=False)
    draft.save_revision()
    other_topic = publish(TopicPageFactory(parent=topic.get_parent(), title="Wmo", slug="wmo"))
    wmo = publish(InformationPageFactory(parent=other_topic, title="Hulp thuis", slug="hulp"))
    letter = publish(LetterTemplateFactory(code="PW-TST-001", domain="bijstand"))
    text = StandardTextFactory(title="Bezwaar maken", live=False)
    text.save_revision()
    return {
        "live": live,
        "refused": refused,
        "draft": draft,
        "other_topic": other_topic,
        "wmo": wmo,
        "letter": letter,
        "text": text,
    }


def rows_by_title(response):
    return {row.title: row for row in response.context["object_list"]}


# --- the listing ---------------------------------------------------------------------


def test_lists_live_and_draft_content_with_level_verdict_and_last_check(admin_client, content):
    response = admin_client.get(URL)
    assert response.status_code == 200
    rows = rows_by_title(response)

    live = rows["Geld voor huur"]
    assert (live.status, live.verdict, live.topic, live.language) == (
        "live",
        "pass",
        "Bijstand",
        "nl",
    )
    assert live.level and live.checked_at is not None

    refused = rows["Informatie geven"]
    assert (refused.status, refused.verdict) == ("live_draft", "block")
    assert refused.findings and len(refused.findings) <= 3

    draft = rows["Nieuwe regels"]
    assert (draft.status, draft.verdict, draft.checked_at) == ("draft", "unchecked", None)

    letter = rows["PW-TST-001 Uw bijstand is toegekend"]
    assert (letter.type_label, letter.topic, letter.verdict) == (
        "Briefsjabloon",
        "Brieven: Bijstand (Participatiewet)",
        "pass",
    )
    assert rows["Bezwaar maken"].status == "draft"
    assert rows["Wmo"].topic == "Wmo" and rows["Hulp thuis"].topic == "Wmo"
    # Home page and topic pages are listed too.
    assert {"Werk, inkomen en zorg", "Bijstand"} <= set(rows)

    html = response.content.decode()
    assert "nog niet gecontroleerd" in html
    assert "tegengehouden" in html and "live met concept" in html
    assert reverse("wagtailadmin_pages:edit", args=[content["draft"].pk]) in html
    assert (
        reverse("wagtailsnippets_content_models_lettertemplate:edit", args=[content["letter"].pk])
        in html
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"type": "lettertemplate"}, {"PW-TST-001 Uw bijstand is toegekend"}),
        (
            {"type": ["standardtext", "lettertemplate"]},
            {"PW-TST-001 Uw bijstand is toegekend", "Bezwaar maken"},
        ),
        ({"status": "draft"}, {"Nieuwe regels", "Bezwaar maken"}),
        ({"status": "live_draft"}, {"Informatie geven"}),
        ({"verdict": "block"}, {"Informatie geven"}),
        ({"verdict": "unchecked", "type": "informationpage"}, {"Nieuwe regels"}),
        ({"topic": "domain-bijstand"}, {"PW-TST-001 Uw bijstand is toegekend"}),
        ({"topic": "domain-wmo"}, set()),
        ({"language": "en"}, set()),
    ],
)
def test_filters(admin_client, content, query, expected):
    response = admin_client.get(URL, query)
    assert response.status_code == 200
    assert set(rows_by_title(response)) == expected


def test_topic_filter_takes_the_topic_and_everything_under_it(admin_client, content):
    response = admin_client.get(URL, {"topic": f"page-{content['other_topic'].pk}"})
    assert set(rows_by_title(response)) == {"Wmo", "Hulp thuis"}
    response = admin_client.get(
        URL, {"topic": f"page-{content['other_topic'].pk}", "type": "informationpage"}
    )
    assert set(rows_by_title(response)) == {"Hulp thuis"}


def test_results_fragment_for_filtering_without_reload(admin_client, content):
    response = admin_client.get(URL + "resultaten/", {"verdict": "block"})
    assert response.status_code == 200
    assert "Informatie geven" in response.content.decode()
    assert "Geld voor huur" not in response.content.decode()


def test_ordering_by_last_check(admin_client, content):
    response = admin_client.get(URL, {"ordering": "-checked"})
    rows = response.context["object_list"]
    checked = [row.checked_at for row in rows if row.checked_at]
    assert checked == sorted(checked, reverse=True)
    assert rows[-1].checked_at is None


# --- exports -------------------------------------------------------------------------


def test_csv_export_contains_the_rows(admin_client, content):
    response = admin_client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    # Dutch Excel: UTF-8 only after a byte-order mark, columns split on ";".
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    by_title = {row["Titel"]: row for row in rows}
    assert by_title["Informatie geven"]["Oordeel"] == "tegengehouden"
    assert by_title["Informatie geven"]["Status"] == "live met concept"
    assert by_title["Informatie geven"]["Belangrijkste punten"]
    assert by_title["Nieuwe regels"]["Laatst gecontroleerd"] == "nog niet gecontroleerd"
    assert by_title["PW-TST-001 Uw bijstand is toegekend"]["Soort"] == "Briefsjabloon"
    assert len(rows) == 9


def test_xlsx_export_contains_the_rows(admin_client, content):
    response = admin_client.get(URL, {"export": "xlsx", "status": "draft"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:3] == ("Titel", "Soort", "Onderwerp")
    assert {row[0] for row in rows} == {"Nieuwe regels", "Bezwaar maken"}


# --- re-check everything -------------------------------------------------------------


def test_recheck_everything_updates_checks_and_records_progress(admin_client, content):
    assert not ReadabilityCheck.objects.filter(object_id=str(content["draft"].pk)).exists()
    log_entries = PageLogEntry.objects.count() + ModelLogEntry.objects.count()

    response = admin_client.post(reverse("helder_dashboard_recheck"))
    assert response.status_code == 302

    run = RecheckRun.objects.get()
    assert run.is_finished and run.failed == 0
    assert run.done == run.total == 9
    assert run.started_by.username == "admin"
    draft_check = ReadabilityCheck.objects.get(
        content_type=ContentType.objects.get_for_model(InformationPage),
        object_id=str(content["draft"].pk),
    )
    assert draft_check.passes and draft_check.revision == content["draft"].latest_revision
    # The refused draft is judged again (still refused); the draft text, not the live one.
    refused = ReadabilityCheck.objects.get(object_id=str(content["refused"].pk))
    assert not refused.passes
    assert (
        refused.revision_id
        == InformationPage.objects.get(pk=content["refused"].pk).latest_revision_id
    )
    # A re-check publishes nothing, so it writes no gate decisions to the audit log.
    assert PageLogEntry.objects.count() + ModelLogEntry.objects.count() == log_entries

    page = admin_client.get(URL).content.decode()
    assert "9 van 9 gecontroleerd" in page and "Klaar op" in page
    assert all(row.checked_at for row in admin_client.get(URL).context["object_list"])


def test_recheck_with_a_running_run_does_not_start_another(admin_client, content):
    RecheckRun.objects.create(total=10, done=3)
    admin_client.post(reverse("helder_dashboard_recheck"))
    assert RecheckRun.objects.count() == 1
    assert "3 van 10 gecontroleerd" in admin_client.get(URL).content.decode()


@pytest.mark.parametrize("group", ["Communicatie", "Versimpelteam", "Beheer"])
def test_text_roles_may_recheck(client, content, group):
    client.force_login(UserFactory(groups=[group]))
    response = client.post(reverse("helder_dashboard_recheck"))
    assert response.status_code == 302
    assert RecheckRun.objects.get().is_finished


def test_readers_may_look_but_not_recheck(client, content):
    client.force_login(UserFactory(groups=["Ervaringsdeskundigen"]))
    page = client.get(URL)
    assert page.status_code == 200
    assert "Alles opnieuw controleren</button>" not in page.content.decode()
    # Wagtail's admin turns the refusal into a redirect to the dashboard home.
    assert client.post(reverse("helder_dashboard_recheck")).status_code in (302, 403)
    assert not RecheckRun.objects.exists()


def test_recheck_is_post_only(admin_client):
    assert admin_client.get(reverse("helder_dashboard_recheck")).status_code == 405


def test_caseworkers_do_not_get_the_dashboard(client, content):
    client.force_login(UserFactory(groups=["Medewerkers"]))
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Geld voor huur" not in response.content.decode()


# --- exceptions ----------------------------------------------------------------------


@pytest.fixture
def exception(content, admin_client):
    page = content["refused"]
    revision = save_officialese_draft(page)
    granted = ReadabilityException.objects.create(
        content_type=ContentType.objects.get_for_model(InformationPage),
        object_id=str(page.pk),
        revision=revision,
        user=UserFactory(username="teamleider", first_name="Fatima", last_name="Bakker"),
        reason="Tekst uit een uitspraak van de rechter; de uitleg staat eronder.",
    )
    revision.publish()
    return granted


def test_exceptions_are_on_the_dashboard_and_in_their_report(admin_client, exception):
    row = rows_by_title(admin_client.get(URL))["Informatie geven"]
    assert (row.verdict, row.status) == ("exception", "live")

    html = admin_client.get(URL).content.decode()
    assert "uitspraak van de rechter" in html and "Fatima Bakker" in html

    report = admin_client.get(reverse("helder_dashboard_exceptions"))
    assert report.status_code == 200
    text = report.content.decode()
    assert "Informatie geven" in text and "uitspraak van de rechter" in text
    assert f"versie {exception.revision_id}" in text
    assert reverse("wagtailadmin_pages:edit", args=[exception.object_id]) in text

    exported = admin_client.get(reverse("helder_dashboard_exceptions"), {"export": "csv"})
    body = b"".join(exported.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body), delimiter=";"))
    assert rows[0]["Reden"].startswith("Tekst uit een uitspraak")


def test_exception_for_a_deleted_object_does_not_break_the_report(admin_client, exception):
    ReadabilityException.objects.create(
        content_type=ContentType.objects.get_for_model(LetterTemplate),
        object_id="99999",
        revision=exception.revision,
        reason="Oude brief.",
    )
    response = admin_client.get(reverse("helder_dashboard_exceptions"))
    assert response.status_code == 200
    assert "(verwijderd)" in response.content.decode()


# --- readers' feedback ---------------------------------------------------------------


def test_feedback_is_summarised_per_page_and_the_comments_are_listed(admin_client, content):
    page = content["live"]
    for clear, comment in [(True, "Goed uitgelegd."), (True, ""), (False, "Wat is huurtoeslag?")]:
        PageFeedback.objects.create(page=page, clear=clear, comment=comment)
    PageFeedback.objects.create(page=content["wmo"], clear=False)

    rows = rows_by_title(admin_client.get(URL))
    assert (rows["Geld voor huur"].feedback_total, rows["Geld voor huur"].feedback_percent) == (
        3,
        67,
    )
    assert (rows["Hulp thuis"].feedback_total, rows["Hulp thuis"].feedback_percent) == (1, 0)
    assert rows["Nieuwe regels"].feedback_total == 0
    feedback_url = reverse("helder_dashboard_feedback", args=[page.pk])
    assert feedback_url in admin_client.get(URL).content.decode()

    response = admin_client.get(feedback_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wat is huurtoeslag?" in html and "Goed uitgelegd." in html
    assert "3 reacties. 67% vond de tekst duidelijk." in html
    comments = [item.comment for item in response.context["object_list"]]
    assert comments[0] == "Wat is huurtoeslag?"  # newest first


def test_feedback_page_of_a_missing_page_is_404(admin_client):
    response = admin_client.get(reverse("helder_dashboard_feedback", args=[99999]), follow=True)
    assert response.status_code == 404


# --- odd data and performance --------------------------------------------------------


def test_renders_with_no_content_at_all(admin_client):
    response = admin_client.get(URL)
    assert response.status_code == 200
    assert response.context["object_list"] == []
    assert "Er zijn geen uitzonderingen." in response.content.decode()
    assert admin_client.get(URL, {"export": "xlsx"}).status_code == 200


def test_odd_checks_do_not_break_the_dashboard(admin_client, content):
    # A check whose object was deleted, and one with findings in an unexpected shape.
    ReadabilityCheck.objects.create(
        content_type=ContentType.objects.get_for_model(LetterTemplate),
        object_id="99999",
        level="C1",
        passes=False,
        checked_at=content["letter"].last_published_at,
    )
    ReadabilityCheck.objects.filter(object_id=str(content["live"].pk)).update(
        findings=["geen dict", {"rule": "x"}]
    )
    content["letter"].delete()
    response = admin_client.get(URL)
    assert response.status_code == 200
    assert not any(row.title.startswith("PW-TST-001") for row in response.context["object_list"])
    assert admin_client.get(URL, {"export": "csv"}).status_code == 200


def test_query_count_does_not_grow_with_the_number_of_texts(admin_client, content):
    def queries(**query):
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(URL, query).status_code == 200
        return len(captured)

    def add_texts(start):
        topic = content["other_topic"]
        for number in range(start, start + 30):
            page = InformationPageFactory(parent=topic, title=f"Pagina {number}", slug=f"p{number}")
            page.save_revision()
            PageFeedback.objects.create(page=page, clear=number % 2 == 0)
            publish(LetterTemplateFactory(code=f"PW-BLK-{number:03d}"))

    add_texts(0)
    admin_client.get(URL)  # warm caches (content types, site root paths)
    few, few_export = queries(), queries(export="xlsx")
    add_texts(30)
    # One query per table, not per text: twice the texts, the same number of queries.
    assert queries() == few and queries(export="xlsx") == few_export
    assert few <= 30


def test_collect_rows_without_a_request(content):
    rows = collect_rows(Filters(verdict="pass"))
    assert rows and all(row.verdict == "pass" for row in rows)


def test_reports_menu_links_to_the_dashboard_for_editors_only(client, db):
    client.force_login(UserFactory(groups=["Communicatie"]))
    assert URL in client.get("/admin/").content.decode()
    client.force_login(UserFactory(username="lezer"))
    assert URL not in client.get("/admin/", follow=True).content.decode()

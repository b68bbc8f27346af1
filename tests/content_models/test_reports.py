"""Readability reports: the registry-driven listing, the level filter, safe exports that
name the words, charts, the three-way verdict, feedback times and the re-check progress."""

import csv
import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, ModelLogEntry, PageLogEntry

from content_models import gate
from content_models.dashboard import Filters, collect_rows, gated_count
from content_models.dashboard.charts import distribution, trend
from content_models.dashboard.exports import neutralise
from content_models.dashboard.filters import DashboardFilterSet
from content_models.dashboard.views import dutch_date
from content_models.models import (
    GlossaryTerm,
    PageFeedback,
    ReadabilityCheck,
    RecheckRun,
    TopicPage,
)
from tests.content_models.test_dashboard import URL, make_content, publish
from tests.factories import InformationPageFactory, TopicPageFactory
from translations.models import EasyReadVariant
from translations.report import VariantsFilterSet

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(topic):
    return make_content(topic)


def csv_rows(response):
    """The rows as Dutch Excel reads them: UTF-8 after a byte-order mark, split on ";"."""
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


# --- exports -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Gewone tekst = prima", "Gewone tekst = prima"),
        (42, 42),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_feedback_comments_are_exported_as_text_not_formulas(admin_client, content):
    page = content["live"]
    PageFeedback.objects.create(page=page, clear=False, comment='=HYPERLINK("http://x","klik")')
    PageFeedback.objects.create(page=page, clear=True, comment="@SUM(1+1)")
    response = admin_client.get(
        reverse("helder_dashboard_feedback", args=[page.pk]), {"export": "csv"}
    )
    comments = {row[2] for row in csv_rows(response)[1:]}
    assert comments == {'\'=HYPERLINK("http://x","klik")', "'@SUM(1+1)"}


def test_exports_name_the_word_or_sentence_of_each_finding(admin_client, content):
    response = admin_client.get(URL, {"export": "csv", "verdict": "block"})
    header, row = csv_rows(response)
    findings = row[header.index("Belangrijkste punten")]
    # The officialese page: the hard words are quoted, not only named; the findings about
    # the whole text (its level) give way to them, the level column says that already.
    assert "„Indien”" in findings and "„middels”" in findings
    for part in findings.split(" | "):
        assert "„" in part and part.endswith("”"), part


def test_xlsx_sheets_have_dutch_names(admin_client, content):
    for url, name in [
        (URL, "Leesbaarheid"),
        (reverse("helder_dashboard_exceptions"), "Uitzonderingen B1"),
        (reverse("helder_dashboard_feedback", args=[content["live"].pk]), "Reacties van lezers"),
    ]:
        response = admin_client.get(url, {"export": "xlsx"})
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        assert workbook.sheetnames == [name]


# --- listing from the gate's registry, the level filter ---------------------------------


def test_every_gated_type_is_listed_and_rechecked(admin_client, content):
    variant = EasyReadVariant.objects.create(
        page=content["live"],
        title="Geld voor huur, makkelijk",
        intro="Krijgt u weinig geld?",
        live=False,
    )
    variant.save_revision()
    GlossaryTerm.objects.create(term="beschikking", explanation="Een brief met ons besluit.")
    rows = {row.title: row for row in collect_rows(Filters())}
    # Each text under the name its editors know: a glossary entry is its word.
    assert rows["beschikking"].type_label == "Begrip"
    listed = rows["Geld voor huur, makkelijk"]
    assert (listed.topic, listed.language, listed.status) == ("Bijstand", "nl", "draft")
    assert listed.verdict == "unchecked"
    # Each registered type counts, whatever app registered it.
    assert EasyReadVariant in gate.GATED_TYPES
    assert gated_count() == len(rows)

    admin_client.post(reverse("helder_dashboard_recheck"))
    check = ReadabilityCheck.objects.get(
        content_type=ContentType.objects.get_for_model(EasyReadVariant), object_id=str(variant.pk)
    )
    assert check.verdict in ("pass", "human_check", "block") and check.level
    by_type = collect_rows(Filters(types={"easyreadvariant"}))
    assert [row.title for row in by_type] == ["Geld voor huur, makkelijk"]
    topic_rows = collect_rows(Filters(topic=f"page-{content['refused'].get_parent().pk}"))
    assert "Geld voor huur, makkelijk" in {row.title for row in topic_rows}


def test_level_filter(admin_client, content):
    refused_level = ReadabilityCheck.objects.get(object_id=str(content["refused"].pk)).level
    response = admin_client.get(URL, {"level": refused_level})
    rows = response.context["object_list"]
    assert "Informatie geven" in {row.title for row in rows}
    assert rows and {row.level for row in rows} == {refused_level}
    both = admin_client.get(URL, {"level": ["A1", "A2", "B1", refused_level]})
    assert len(both.context["object_list"]) > len(rows)
    # Unchecked texts have no level, so a level filter leaves them out.
    assert "Nieuwe regels" not in {row.title for row in both.context["object_list"]}
    assert admin_client.get(URL, {"level": "Z9"}).status_code == 200


def test_no_filter_is_named_like_a_form_property():
    # A control named e.g. "form" hides HTMLFormElement.form; Wagtail's filter script then
    # builds FormData from the control and filtering stops with a JavaScript error.
    clobbering = {"form", "action", "method", "target", "elements", "length", "name", "submit"}
    clobbering |= {"reset", "id", "encoding", "enctype", "acceptCharset", "autocomplete"}
    ours = [
        filterset
        for filterset in WagtailFilterSet.__subclasses__()
        if filterset.__module__.split(".")[0] in ("content_models", "translations", "helder")
    ]
    assert {DashboardFilterSet, VariantsFilterSet} <= set(ours)
    for filterset in ours:
        assert not set(filterset.base_filters) & clobbering, filterset


# --- the three-way verdict, charts -----------------------------------------------------


def test_stored_verdict_follows_the_decision(content):
    refused = ReadabilityCheck.objects.get(object_id=str(content["refused"].pk))
    assert (refused.passes, refused.verdict) == (False, "block")
    live = ReadabilityCheck.objects.get(object_id=str(content["live"].pk))
    assert (live.passes, live.verdict) == (True, "pass")
    assert ReadabilityCheck.verdict_for("exception") == "pass"
    assert ReadabilityCheck.verdict_for("human_check") == "human_check"


def test_a_right_to_left_topic_keeps_its_count_on_the_right(admin_client, content):
    arabic = publish(TopicPageFactory(parent=content["other_topic"].get_parent(), slug="ar"))
    TopicPage.objects.filter(pk=arabic.pk).update(title="المساعدة الاجتماعية")
    publish(InformationPageFactory(parent=arabic, title="Hulp", slug="hulp-ar"))
    html = admin_client.get(URL).content.decode()
    assert "&#x2068;المساعدة الاجتماعية&#x2069; (2)" in html


def test_a_topic_and_its_translations_are_one_bar_under_the_dutch_name(content):
    english, _ = Locale.objects.get_or_create(language_code="en")
    wmo = content["other_topic"]
    translated_topic = wmo.copy_for_translation(english, copy_parents=True)
    TopicPage.objects.filter(pk=translated_topic.pk).update(title="Support at home")
    page = content["wmo"].copy_for_translation(english)  # a draft, still to be translated
    rows = collect_rows(Filters())
    assert next(row for row in rows if row.pk == page.pk).topic == "Wmo"
    _, per_topic = distribution(rows)
    labels = [bar.label for bar in per_topic.bars]
    assert "Support at home" not in labels and labels.count("Wmo") == 1
    # Letters are grouped as the topic filter names them.
    assert "Brieven: Bijstand (Participatiewet)" in labels


def test_grey_zone_is_counted_in_the_charts(content):
    ReadabilityCheck.objects.filter(object_id=str(content["live"].pk)).update(
        verdict="human_check", passes=False
    )
    rows = collect_rows(Filters())
    row = next(row for row in rows if row.title == "Geld voor huur")
    assert (row.band, row.verdict) == ("human_check", "human_check")
    site, per_topic = distribution(rows)
    bar = site.bars[0]
    assert bar.total == len(rows)
    assert bar.count("human_check") == 1 and bar.count("block") == 1
    assert "1 B1-toets door een mens" in site.description
    bijstand = next(bar for bar in per_topic.bars if bar.label == "Bijstand")
    assert bijstand.count("human_check") == 1
    # Geometry adds up: the segments fill the bar's width exactly.
    assert abs(sum(s.width for s in bar.segments) - (site.width - 200)) < 0.1


def test_trend_replays_the_audit_log_per_week(content):
    now = timezone.now()
    entries = PageLogEntry.objects.filter(action__startswith="helder.gate.")
    page_id = content["refused"].pk
    # Three weeks ago the refused page's first version passed; this week its draft is blocked.
    entries.filter(page_id=page_id, action="helder.gate.pass").update(
        timestamp=now - datetime.timedelta(weeks=3)
    )
    chart = trend(now=now)
    assert len(chart.bars) == 12
    three_weeks_ago, this_week = chart.bars[-4], chart.bars[-1]
    assert three_weeks_ago.count("pass") == 1 and three_weeks_ago.count("block") == 0
    assert this_week.count("block") == 1
    logged = {("page", e.page_id) for e in entries} | {
        (e.content_type_id, e.object_id)
        for e in ModelLogEntry.objects.filter(action__startswith="helder.gate.")
    }
    assert this_week.total == len(logged)

    # A deleted text leaves the count from the week it was deleted, not before.
    wmo = content["wmo"]
    DeletePageAction(wmo).execute(skip_permission_checks=True)
    PageLogEntry.objects.filter(page_id=wmo.pk, action="wagtail.delete").update(
        timestamp=now - datetime.timedelta(weeks=2)
    )
    PageLogEntry.objects.filter(page_id=wmo.pk, action__startswith="helder.gate.").update(
        timestamp=now - datetime.timedelta(weeks=5)
    )
    chart = trend(now=now)
    assert chart.bars[-1].total == len(logged) - 1
    assert chart.bars[-3].total == chart.bars[-4].total - 1


# --- feedback time ---------------------------------------------------------------------


def test_feedback_shows_when_it_was_sent_in_dutch_time(admin_client, content, client):
    page = content["live"]
    response = client.post(
        f"/nl/feedback/{page.pk}/", {"clear": "nee", "comment": "Wat is huurtoeslag?"}
    )
    assert response.status_code == 303
    feedback = PageFeedback.objects.get()
    assert feedback.submitted_at is not None
    assert abs(timezone.now() - feedback.submitted_at) < datetime.timedelta(minutes=2)
    html = admin_client.get(reverse("helder_dashboard_feedback", args=[page.pk])).content.decode()
    assert dutch_date(feedback.submitted_at) in html
    assert "uur geleden" not in html


def test_dutch_date_uses_amsterdam_time():
    summer = datetime.datetime(2026, 7, 1, 21, 30, tzinfo=datetime.UTC)
    winter = datetime.datetime(2026, 12, 31, 23, 5, tzinfo=datetime.UTC)
    assert dutch_date(summer) == "1 juli 2026 om 23:30"
    assert dutch_date(winter) == "1 januari 2027 om 00:05"
    assert dutch_date(datetime.date(2026, 3, 9)) == "9 maart 2026"


# --- re-check progress ---------------------------------------------------------------


def test_progress_endpoint(admin_client, content):
    url = reverse("helder_dashboard_recheck_progress")
    assert admin_client.get(url).json()["state"] == "none"
    RecheckRun.objects.create(total=8, done=2)
    progress = admin_client.get(url).json()
    assert (progress["state"], progress["percent"]) == ("running", 25)
    admin_client.post(reverse("helder_dashboard_recheck"))  # refused: one is running
    RecheckRun.objects.update(finished_at=timezone.now())
    admin_client.post(reverse("helder_dashboard_recheck"))  # immediate backend: done
    progress = admin_client.get(url).json()
    assert (progress["state"], progress["percent"]) == ("finished", 100)
    assert progress["done"] == progress["total"] == 9
    page = admin_client.get(URL).content.decode()
    assert "recheck-progress.js" in page and 'data-state="finished"' in page


# serialized_rollback: the flush after a transactional test would otherwise re-create the
# content types with new ids and drop the migrations' data (roles, locales, root page), and
# later serialized_rollback tests (tests/site/test_worker.py) fail restoring theirs.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_recheck_runs_in_a_real_database_worker(admin_client, content, settings):
    """Enqueued with django-tasks-db's backend, done by a separate `db_worker` process."""
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("the SQLite test database lives in memory; another process cannot open it")
    # Changing TASKS resets django-tasks' backends (its setting_changed receiver).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = admin_client.post(reverse("helder_dashboard_recheck"))
    assert response.status_code == 302
    run = RecheckRun.objects.get()
    assert not run.is_finished  # queued, not run inside the request
    progress_url = reverse("helder_dashboard_recheck_progress")
    assert admin_client.get(progress_url).json()["state"] == "running"

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "helder.settings.test"}
    env["HELDER_TEST_DATABASE_NAME"] = connection.settings_dict["NAME"]
    worker = subprocess.run(
        [sys.executable, str(ROOT / "tests/content_models/run_db_worker.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    run.refresh_from_db()
    assert run.is_finished and run.done == run.total == 9 and run.failed == 0
    progress = admin_client.get(progress_url).json()
    assert (progress["state"], progress["percent"]) == ("finished", 100)


def test_progress_says_so_when_no_worker_takes_the_run(admin_client, content, settings):
    """With the database queue and no `db_worker`, the page must not show 0% for ever."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    progress_url = reverse("helder_dashboard_recheck_progress")
    admin_client.post(reverse("helder_dashboard_recheck"))
    run = RecheckRun.objects.get()
    assert run.task_id and not run.is_finished
    assert admin_client.get(progress_url).json()["state"] == "running"  # just queued

    RecheckRun.objects.update(started_at=timezone.now() - datetime.timedelta(minutes=2))
    progress = admin_client.get(progress_url).json()
    assert progress["state"] == "waiting"
    assert "nog niet begonnen" in progress["message"] and "Beheer" in progress["message"]
    page = admin_client.get(URL).content.decode()
    assert 'data-state="waiting"' in page and "nog niet begonnen" in page
    # A second click does not queue a second run; it says why.
    response = admin_client.post(reverse("helder_dashboard_recheck"), follow=True)
    assert RecheckRun.objects.count() == 1
    assert "nog niet begonnen" in response.content.decode()

    # A task the queue marks failed, or a run that never finished, is not "bezig" either;
    # a new run may start.
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.update(status="FAILED")
    assert admin_client.get(progress_url).json()["state"] == "failed"
    DBTaskResult.objects.update(status="RUNNING")
    RecheckRun.objects.update(started_at=timezone.now() - datetime.timedelta(hours=2))
    progress = admin_client.get(progress_url).json()
    assert progress["state"] == "stopped" and "opnieuw" in progress["message"]
    admin_client.post(reverse("helder_dashboard_recheck"))
    assert RecheckRun.objects.count() == 2

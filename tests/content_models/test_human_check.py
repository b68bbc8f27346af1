"""The grey zone: a text near B1 goes live only when a Versimpelteam member who did not
write it confirms "dit is B1" with a reason; far above B1 stays blocked."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry

from content_models import gate
from content_models.dashboard import Filters, collect_rows
from content_models.dashboard.charts import trend
from content_models.gate import PublicationBlocked
from content_models.review_models import HumanCheckConfirmation
from content_models.review_queries import review_counts
from content_models.views import findings_url
from content_models.workflows import VersimpeltoetsTask
from tests.content_models.review_helpers import (
    LIVE_TEXT,
    OFFICIALESE,
    body_text,
    current_task_state,
    save_draft,
    submit,
)
from tests.factories import UserFactory, stream

pytestmark = pytest.mark.django_db

CONFIRM = VersimpeltoetsTask.CONFIRM_B1
WHY = "Korte zinnen, gewone woorden; 'uitkering' kennen onze lezers."


def test_the_gate_does_not_publish_a_grey_zone_text_on_its_own(
    admin_client, live_page, grey_zone_text
):
    with pytest.raises(PublicationBlocked) as refused:
        save_draft(live_page, grey_zone_text).publish()
    decision = refused.value.decision
    assert decision.human_check and decision.verdict == "human_check"
    assert "Versimpelteam" in " ".join(decision.reasons)
    assert body_text(live_page) == LIVE_TEXT
    assert PageLogEntry.objects.filter(page=live_page, action="helder.gate.human_check").exists()
    # The findings page the refusal links to names the grey zone, not a refusal.
    findings = admin_client.get(findings_url(live_page)).content.decode()
    assert "B1-toets door een mens." in findings and "Tegengehouden." not in findings


def test_a_reviewer_confirms_b1_with_a_reason_and_the_text_goes_live(
    client, live_page, grey_zone_text, editor, simplifier
):
    save_draft(live_page, grey_zone_text, user=editor)
    submit(live_page, editor)  # a grey-zone text may enter the review
    state = current_task_state(live_page)
    task = state.task.specific
    names = [name for name, _label, _c in task.get_actions(live_page, simplifier)]
    assert CONFIRM in names and "approve" not in names
    assert task.get_actions(live_page, editor) == []

    # Plain approval is not enough, nor is a confirmation without a reason.
    with pytest.raises(PublicationBlocked):
        task.on_action(state, simplifier, "approve")
    with pytest.raises(PermissionDenied):
        task.on_action(state, simplifier, CONFIRM, comment="Oké.")
    assert not HumanCheckConfirmation.objects.exists()
    assert body_text(live_page) == LIVE_TEXT

    state = current_task_state(live_page)
    task.on_action(state, simplifier, CONFIRM, comment=WHY)
    assert body_text(live_page) == grey_zone_text
    confirmation = HumanCheckConfirmation.objects.get()
    assert (confirmation.user, confirmation.reason) == (simplifier, WHY)
    logged = PageLogEntry.objects.get(page=live_page, action="helder.review.b1_confirmed")
    assert logged.data["reason"] == WHY and logged.user == simplifier
    # Checked at approval and again at publication: both are logged.
    published = PageLogEntry.objects.filter(page=live_page, action="helder.gate.confirmed").last()
    assert f"Waarom dit B1 is: {WHY}" in log_registry.get_formatter(published).format_message(
        published
    )
    assert WHY in log_registry.get_formatter(logged).format_message(logged)
    assert review_counts()["human_confirmed"] == 1
    # The reports say so: the listing names the person's confirmation (and filters on it),
    # and the trend counts the text as live, no longer waiting in the grey zone.
    row = next(row for row in collect_rows(Filters()) if row.pk == live_page.pk)
    assert (row.band, row.verdict_label) == ("pass", "B1 bevestigd door een mens")
    assert [r.pk for r in collect_rows(Filters(verdict="confirmed"))] == [live_page.pk]
    this_week = trend().bars[-1]
    assert this_week.count("human_check") == 0 and this_week.count("pass") >= 1
    client.force_login(simplifier)
    report = client.get(reverse("helder_dashboard")).content.decode()
    assert "1 keer zei iemand van het Versimpelteam" in report
    assert f'href="{reverse("helder_dashboard")}?verdict=confirmed"' in report


def test_the_author_cannot_confirm_their_own_grey_zone_text(live_page, grey_zone_text):
    both = UserFactory(username="schrijver", groups=["Communicatie", "Versimpelteam"])
    save_draft(live_page, grey_zone_text, user=both)
    submit(live_page, both)
    state = current_task_state(live_page)
    with pytest.raises(PermissionDenied):
        state.task.specific.on_action(state, both, CONFIRM, comment=WHY)
    assert body_text(live_page) == LIVE_TEXT


def test_a_confirmation_covers_only_the_confirmed_text(
    live_page, grey_zone_text, editor, simplifier
):
    save_draft(live_page, grey_zone_text, user=editor)
    submit(live_page, editor)
    state = current_task_state(live_page)
    state.task.specific.on_action(state, simplifier, CONFIRM, comment=WHY)
    with pytest.raises(PublicationBlocked):
        save_draft(live_page, grey_zone_text.replace("juist", "correct")).publish()


def test_text_far_above_b1_stays_blocked_and_never_reaches_review(
    live_page, grey_zone_text, editor
):
    save_draft(live_page, OFFICIALESE, user=editor)
    with pytest.raises(PublicationBlocked) as refused:
        submit(live_page, editor)
    assert refused.value.decision.verdict == "block"
    assert not refused.value.decision.human_check


def test_the_grey_zone_text_is_a_real_engine_verdict(live_page, grey_zone_text):
    page = live_page.get_latest_revision_as_object()
    page.body = stream(("paragraph", grey_zone_text))
    decision = gate.evaluate(page)
    assert decision.verdict == "human_check" and not decision.allowed


def test_the_admin_workflow_action_asks_for_the_reason(
    client, live_page, grey_zone_text, editor, simplifier
):
    save_draft(live_page, grey_zone_text, user=editor)
    submit(live_page, editor)
    state = current_task_state(live_page)
    client.force_login(simplifier)
    url = f"/admin/pages/workflow/action/{live_page.pk}/{CONFIRM}/{state.pk}/"
    modal = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert "Waarom is dit B1?" in modal.content.decode()
    short = client.post(url, {"comment": "B1."}, headers={"x-requested-with": "XMLHttpRequest"})
    assert "minstens 10 tekens" in short.content.decode()
    assert body_text(live_page) == LIVE_TEXT

    client.post(url, {"comment": WHY})
    assert body_text(live_page) == grey_zone_text
    assert HumanCheckConfirmation.objects.get().reason == WHY

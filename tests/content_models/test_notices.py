"""Change notices go through the Versimpeltoets and the B1 gate like every text residents
read; an auto-drafted notice is finished by an editor and reviewed by a colleague."""

import datetime
import html

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import Locale

from content_models import review
from content_models.gate import PublicationBlocked
from content_models.models import ChangeNotice
from tests.content_models.review_helpers import current_task_state, submit

pytestmark = pytest.mark.django_db

PLAIN = "De bijstand gaat omhoog. U krijgt elke maand iets meer geld. U hoeft niets te doen."
OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel."
)


def draft(summary, user=None):
    notice = ChangeNotice(
        title="De bijstand gaat omhoog",
        summary=summary,
        topic="bijstand",
        effective_date=datetime.date(2027, 1, 1),
        live=False,
        locale=Locale.get_default(),
    )
    notice.save()
    notice.save_revision(user=user)
    return ChangeNotice.objects.get(pk=notice.pk)


def test_notices_start_in_the_versimpeltoets():
    assert draft(PLAIN).get_workflow().name == "Versimpeltoets"


def test_a_colleague_approves_and_the_notice_goes_live(editor, simplifier):
    notice = draft(PLAIN, user=editor)
    submit(notice, editor)
    state = current_task_state(notice)
    # The author cannot approve their own text; a colleague can.
    assert state.task.specific.get_actions(notice, editor) == []
    state.task.specific.on_action(state, simplifier, "approve", comment="Helder.")
    notice = ChangeNotice.objects.get(pk=notice.pk)
    assert notice.live and notice.summary == PLAIN


def test_a_person_cannot_publish_a_notice_without_review(editor):
    notice = draft(PLAIN, user=editor)
    with pytest.raises(review.ReviewRequired):
        notice.get_latest_revision().publish(user=editor)
    assert not ChangeNotice.objects.get(pk=notice.pk).live


def test_the_gate_refuses_a_difficult_notice_at_review_and_at_publish(editor):
    notice = draft(OFFICIALESE, user=editor)
    with pytest.raises(PublicationBlocked):
        submit(notice, editor)
    assert ChangeNotice.objects.get(pk=notice.pk).current_workflow_state is None
    with pytest.raises(PublicationBlocked):
        notice.get_latest_revision().publish()  # code, without a person: the gate alone
    assert not ChangeNotice.objects.get(pk=notice.pk).live


def test_the_author_cannot_approve_alone(simplifier):
    notice = draft(PLAIN, user=simplifier)
    submit(notice, simplifier)
    state = current_task_state(notice)
    with pytest.raises(PermissionDenied):
        state.task.specific.on_action(state, simplifier, "approve")
    assert not ChangeNotice.objects.get(pk=notice.pk).live


def edit_form(notice, summary, **extra):
    return {
        "title": notice.title,
        "summary": summary,
        "topic": notice.topic,
        "effective_date": notice.effective_date.isoformat(),
        **extra,
    }


def test_in_the_admin_an_editor_submits_and_cannot_publish(client, editor, simplifier):
    notice = draft(PLAIN)
    client.force_login(editor)
    url = f"/admin/snippets/content_models/changenotice/edit/{notice.pk}/"
    page = client.get(url).content.decode()
    assert 'name="action-submit"' in page and 'name="action-publish"' not in page

    refused = client.post(
        url, edit_form(notice, PLAIN, **{"action-publish": "publish"}), follow=True
    )
    assert "Een collega moet de tekst eerst toetsen" in html.unescape(refused.content.decode())
    assert not ChangeNotice.objects.get(pk=notice.pk).live

    client.post(url, edit_form(notice, PLAIN, **{"action-submit": "submit"}))
    state = current_task_state(notice)
    state.task.specific.on_action(state, simplifier, "approve")
    assert ChangeNotice.objects.get(pk=notice.pk).live


def test_in_the_admin_a_too_long_notice_gets_a_dutch_message_and_is_not_saved(admin_client):
    response = admin_client.post(
        "/admin/snippets/content_models/changenotice/add/",
        {
            "title": "De bijstand gaat omhoog",
            "summary": "Kort. " * 120,
            "topic": "bijstand",
            "effective_date": "2027-01-01",
        },
    )
    assert response.status_code == 200
    assert "niet meer dan 600 tekens" in html.unescape(response.content.decode())
    assert not ChangeNotice.objects.exists()


def test_the_editor_ticks_the_dutch_pages_a_notice_concerns(admin_client, live_page):
    english, _ = Locale.objects.get_or_create(language_code="en")
    translated = live_page.copy_for_translation(english, copy_parents=True)
    add_url = "/admin/snippets/content_models/changenotice/add/"
    form = admin_client.get(add_url).content.decode()
    assert f'type="checkbox" name="pages" value="{live_page.pk}"' in form
    assert f'value="{translated.pk}"' not in form  # translations follow the Dutch page

    response = admin_client.post(
        add_url,
        {
            "title": "De bijstand gaat omhoog",
            "summary": "U krijgt vanaf januari iets meer geld.",
            "topic": "bijstand",
            "effective_date": "2027-01-01",
            "pages": [str(live_page.pk)],
        },
    )
    assert response.status_code == 302
    assert list(ChangeNotice.objects.get().pages.all()) == [live_page.page_ptr]

"""Review that holds: a person publishes citizen-facing text only after a Versimpeltoets by
someone else, or with "Mag publiceren zonder toets" and a reason; code publishes alone."""

import datetime
import html
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import review
from content_models.gate import PublicationBlocked
from content_models.models import InformationPage
from content_models.review_models import ForcedPublication
from content_models.review_queries import not_yet_reviewed, review_counts
from tests.content_models.review_helpers import (
    LIVE_TEXT,
    OFFICIALESE,
    PLAIN,
    REASON,
    body_text,
    current_task_state,
    save_draft,
    submit,
)
from tests.factories import UserFactory, stream

pytestmark = pytest.mark.django_db


def assert_live_unchanged(page):
    assert body_text(page) == LIVE_TEXT


# --- the rule, at the publish action ------------------------------------------------


def test_code_without_a_person_publishes_after_the_gate_alone(live_page):
    save_draft(live_page, PLAIN).publish()
    assert body_text(live_page) == PLAIN
    assert not ForcedPublication.objects.exists()


@pytest.mark.parametrize("group", ["Communicatie", "Beheer"])
def test_a_person_cannot_publish_without_review(live_page, group):
    person = UserFactory(groups=[group])
    revision = save_draft(live_page, PLAIN, user=person)
    with pytest.raises(review.ReviewRequired) as refused:
        revision.publish(user=person)
    assert refused.value.code == "review_required"
    assert "Versimpeltoets" in str(refused.value)
    assert_live_unchanged(live_page)


def test_a_superuser_is_bound_too(live_page):
    admin = UserFactory(is_superuser=True, is_staff=True)
    with pytest.raises(review.ReviewRequired):
        save_draft(live_page, PLAIN).publish(user=admin)
    assert_live_unchanged(live_page)


def test_a_path_that_forgets_the_user_is_bound_by_the_request(live_page, editor):
    """wagtail-localize and other code publish without passing the user; the logged-in
    person of the request is still the one who acts."""
    revision = save_draft(live_page, PLAIN, user=editor)
    with review.acting(editor), pytest.raises(review.ReviewRequired):
        revision.publish()
    assert_live_unchanged(live_page)


def test_approval_by_a_colleague_publishes(live_page, editor, simplifier):
    save_draft(live_page, PLAIN, user=editor)
    submit(live_page, editor)
    state = current_task_state(live_page)
    state.task.specific.on_action(state, simplifier, "approve", comment="Helder.")
    assert body_text(live_page) == PLAIN
    assert not ForcedPublication.objects.exists()


def test_a_reviewer_who_only_commented_may_still_approve(live_page, editor, simplifier):
    save_draft(live_page, PLAIN, user=editor)
    submit(live_page, editor)
    # Wagtail saves a revision for a comment; the text stays the same.
    comment_save = InformationPage.objects.get(pk=live_page.pk).get_latest_revision_as_object()
    comment_save.save_revision(user=simplifier)
    state = current_task_state(live_page)
    assert state.task.specific.get_actions(live_page, simplifier)
    state.task.specific.on_action(state, simplifier, "approve")
    assert body_text(live_page) == PLAIN


def test_a_reviewer_who_changed_the_text_cannot_approve_it(live_page, editor, simplifier):
    save_draft(live_page, PLAIN, user=editor)
    submit(live_page, editor)
    save_draft(live_page, PLAIN.replace("alle informatie", "de informatie"), user=simplifier)
    state = current_task_state(live_page)
    assert state.task.specific.get_actions(live_page, simplifier) == []
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        state.task.specific.on_action(state, simplifier, "approve")
    assert_live_unchanged(live_page)


def test_publishing_while_a_review_is_open_is_refused(live_page, editor, manager):
    save_draft(live_page, PLAIN, user=editor)
    submit(live_page, editor)
    page = InformationPage.objects.get(pk=live_page.pk)
    with review.acting(manager, REASON), pytest.raises(review.ReviewRequired) as refused:
        page.get_latest_revision().publish(user=manager)
    assert refused.value.code == "review_open"
    assert_live_unchanged(live_page)
    assert InformationPage.objects.get(pk=live_page.pk).current_workflow_state is not None


# --- publishing without review ("force publish") --------------------------------------


def test_force_publish_needs_the_permission(live_page, editor):
    with review.acting(editor, REASON), pytest.raises(review.ReviewRequired) as refused:
        save_draft(live_page, PLAIN, user=editor).publish(user=editor)
    assert refused.value.code == "force_not_allowed"
    assert_live_unchanged(live_page)


@pytest.mark.parametrize("reason", ["", "   ", "Moet nu."])
def test_force_publish_needs_a_real_reason(live_page, manager, reason):
    with review.acting(manager, reason), pytest.raises(review.ReviewRequired) as refused:
        save_draft(live_page, PLAIN, user=manager).publish(user=manager)
    assert refused.value.code == "reason_missing"
    assert "minstens 20 tekens" in str(refused.value)
    assert_live_unchanged(live_page)
    assert not ForcedPublication.objects.exists()


def test_force_publish_is_gated_audited_and_waits_for_a_second_person(
    live_page, manager, simplifier
):
    with review.acting(manager, REASON):
        with pytest.raises(PublicationBlocked):
            save_draft(live_page, OFFICIALESE, user=manager).publish(user=manager)
        assert not ForcedPublication.objects.exists()
        assert_live_unchanged(live_page)
        revision = save_draft(live_page, PLAIN, user=manager)
        revision.publish(user=manager)
    assert body_text(live_page) == PLAIN
    forced = ForcedPublication.objects.get()
    assert (forced.user, forced.revision, forced.reason) == (manager, revision, REASON)
    entry = PageLogEntry.objects.get(page=live_page, action="helder.review.forced")
    assert entry.data["reason"] == REASON and entry.user == manager
    assert list(not_yet_reviewed()) == [forced]
    assert review_counts()["forced_pending"] == 1

    # The one who published cannot approve it afterwards; a colleague can.
    from django.core.exceptions import PermissionDenied

    manager.groups.add(simplifier.groups.get())
    with pytest.raises(PermissionDenied):
        review.approve_afterwards(forced, manager)
    review.approve_afterwards(forced, simplifier)
    forced.refresh_from_db()
    assert forced.approved_by == simplifier and forced.is_approved
    assert review_counts() | {"forced_total": 1} == review_counts()
    assert review_counts()["forced_pending"] == 0
    assert PageLogEntry.objects.filter(
        page=live_page, action="helder.review.approved_afterwards"
    ).exists()


def test_a_communicatie_member_given_the_permission_may_force_publish(live_page, editor):
    editor.user_permissions.add(Permission.objects.get(codename="publish_without_review"))
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    with review.acting(editor, REASON):
        save_draft(live_page, PLAIN, user=editor).publish(user=editor)
    assert body_text(live_page) == PLAIN


# --- the paths people use -----------------------------------------------------------


def edit_form(page, text, **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text(text))]),
            **extra,
        }
    )


def test_edit_view_publish_without_review_is_refused_and_the_draft_kept(client, live_page, editor):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{live_page.pk}/edit/",
        edit_form(live_page, PLAIN, **{"action-publish": "publish"}),
        follow=True,
    )
    text = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "Een collega moet de tekst eerst toetsen" in text
    assert_live_unchanged(live_page)
    latest = InformationPage.objects.get(pk=live_page.pk).get_latest_revision()
    assert "Geef ons op tijd" in str(latest.content["body"])


def test_edit_view_shows_review_not_publish_to_communicatie(client, live_page, editor):
    client.force_login(editor)
    content = client.get(f"/admin/pages/{live_page.pk}/edit/").content.decode()
    assert 'name="action-submit"' in content
    assert 'name="action-publish"' not in content
    assert "Publiceren zonder toets" not in content


def test_edit_view_offers_publishing_without_review_behind_a_reason(client, live_page, manager):
    client.force_login(manager)
    content = client.get(f"/admin/pages/{live_page.pk}/edit/").content.decode()
    assert "Publiceren zonder toets" in content
    assert f'name="{review.FORCE_FIELD}"' in content

    url = f"/admin/pages/{live_page.pk}/edit/"
    empty = client.post(
        url,
        edit_form(live_page, PLAIN, **{"action-publish": "publish", review.FORCE_FIELD: " "}),
        follow=True,
    )
    assert "minstens 20 tekens" in html.unescape(empty.content.decode())
    assert_live_unchanged(live_page)

    client.post(
        url,
        edit_form(live_page, PLAIN, **{"action-publish": "publish", review.FORCE_FIELD: REASON}),
    )
    assert "Geef ons op tijd" in body_text(live_page)
    assert ForcedPublication.objects.get().reason == REASON


def test_create_view_publish_without_review_leaves_the_new_page_offline(client, topic, editor):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/content_models/informationpage/{topic.pk}/",
        nested_form_data(
            {
                "title": "Nieuwe pagina",
                "slug": "nieuwe-pagina",
                "intro": "Wat u moet weten.",
                "body": streamfield([("paragraph", rich_text(PLAIN))]),
                "action-publish": "publish",
            }
        ),
        follow=True,
    )
    assert "Een collega moet de tekst eerst toetsen" in html.unescape(response.content.decode())
    page = InformationPage.objects.get(slug="nieuwe-pagina")
    assert not page.live and page.live_revision is None
    client.logout()
    assert client.get(page.url).status_code == 404


def test_bulk_publish_is_bound(admin_client, live_page):
    save_draft(live_page, PLAIN)
    response = admin_client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={live_page.pk}", {}, follow=True
    )
    assert "Een collega moet de tekst eerst toetsen" in html.unescape(response.content.decode())
    assert_live_unchanged(live_page)


def test_admin_api_publish_is_bound_and_names_the_field(admin_client, live_page):
    save_draft(live_page, PLAIN)
    url = f"/admin/api/main/pages/{live_page.pk}/action/publish/"
    refused = admin_client.post(url, content_type="application/json", data={})
    assert refused.status_code == 400
    assert refused.json()["code"] == "review_required"
    assert_live_unchanged(live_page)

    empty = admin_client.post(url, content_type="application/json", data={review.FORCE_FIELD: ""})
    assert empty.status_code == 400
    assert empty.json()["field"] == review.FORCE_FIELD
    assert_live_unchanged(live_page)

    done = admin_client.post(
        url, content_type="application/json", data=json.dumps({review.FORCE_FIELD: REASON})
    )
    assert done.status_code == 200
    assert body_text(live_page) == PLAIN


def test_scheduling_is_bound_and_the_scheduler_publishes_what_was_cleared(
    live_page, editor, simplifier, manager
):
    draft = live_page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", PLAIN))
    draft.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = draft.save_revision(user=editor)
    with pytest.raises(review.ReviewRequired):
        revision.publish(user=editor)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None

    with review.acting(manager, REASON):
        revision.publish(user=manager)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert_live_unchanged(live_page)
    # Time passes: the moment to go live has come.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    assert body_text(live_page) == PLAIN


def test_the_workflow_for_a_new_page_is_the_route_to_live(client, topic, editor, simplifier):
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/content_models/informationpage/{topic.pk}/",
        nested_form_data(
            {
                "title": "Nieuwe pagina",
                "slug": "nieuwe-pagina",
                "intro": "Wat u moet weten.",
                "body": streamfield([("paragraph", rich_text(PLAIN))]),
                "action-submit": "submit",
            }
        ),
    )
    page = InformationPage.objects.get(slug="nieuwe-pagina")
    assert not page.live
    state = current_task_state(page)
    state.task.specific.on_action(state, simplifier, "approve")
    page.refresh_from_db()
    assert page.live


def test_snippets_are_bound_too(client, editor):
    from content_models.models import LetterTemplate
    from tests.factories import LetterTemplateFactory

    letter = LetterTemplateFactory()
    letter.save_revision().publish()
    letter = LetterTemplate.objects.get(pk=letter.pk)
    letter.subject = "Uw nieuwe aanvraag"
    revision = letter.save_revision(user=editor)
    with pytest.raises(review.ReviewRequired):
        revision.publish(user=editor)
    assert LetterTemplate.objects.get(pk=letter.pk).live_revision.pk != revision.pk

    client.force_login(editor)
    content = client.get(f"/admin/snippets/content_models/lettertemplate/edit/{letter.pk}/")
    assert 'name="action-publish"' not in content.content.decode()
    assert 'name="action-submit"' in content.content.decode()


def test_copy_and_publish_cannot_make_an_unreviewed_draft_live(admin_client, live_page, topic):
    from wagtail.actions.copy_page import CopyPageAction

    admin = UserFactory(username="kopieerder", is_superuser=True, is_staff=True)
    save_draft(live_page, PLAIN, user=admin)
    page = InformationPage.objects.get(pk=live_page.pk)
    with pytest.raises(review.ReviewRequired):
        CopyPageAction(
            page, to=topic, update_attrs={"title": "Kopie", "slug": "kopie"}, keep_live=True,
            user=admin,
        ).execute()  # fmt: skip
    assert not InformationPage.objects.filter(slug="kopie").exists()
    # Copying as a draft is fine, and so is copying text that was live already.
    CopyPageAction(
        page, to=topic, update_attrs={"title": "Kopie", "slug": "kopie"}, keep_live=False,
        user=admin,
    ).execute()  # fmt: skip
    assert not InformationPage.objects.get(slug="kopie").live


def test_a_gate_refusal_in_the_workflow_dialog_lands_on_the_edit_page_with_the_reason(
    client, live_page, editor, simplifier
):
    from content_models.models import JargonEntry

    save_draft(live_page, PLAIN, user=editor)
    submit(live_page, editor)
    # The word list changed after submission: the same text now contains a blocked word.
    JargonEntry.objects.create(phrase="terugbetalen", alternatives="teruggeven", severity="block")
    state = current_task_state(live_page)
    client.force_login(simplifier)
    response = client.post(
        f"/admin/pages/workflow/action/{live_page.pk}/approve/{state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == f"/admin/pages/{live_page.pk}/edit/"
    follow = html.unescape(client.get(response.json()["redirect"]).content.decode())
    assert "Niet gepubliceerd. De tekst is nog te moeilijk" in follow
    assert "ambtelijke taal" in follow
    assert_live_unchanged(live_page)

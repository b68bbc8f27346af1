"""Experts by experience: the review with them is the default for rights-and-duties pages
and letters; they read as a citizen, never edit, answer, and their answers reach the editor."""

import html

import pytest
from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowState

from content_models import review
from content_models.models import InformationPage, LetterTemplate, RightsDutiesPage
from content_models.review_models import ReaderAnswer
from content_models.review_queries import open_reading_tasks, review_counts
from tests.content_models.review_helpers import PLAIN, save_draft
from tests.factories import (
    InformationPageFactory,
    LetterTemplateFactory,
    RightsDutiesPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

EXPERTS = review.EXPERTS_WORKFLOW


@pytest.fixture
def expert(db):
    return UserFactory(username="meelezer", groups=["Ervaringsdeskundigen"])


@pytest.fixture
def rights_page(topic, editor):
    page = RightsDutiesPageFactory(parent=topic, title="Uw plichten", slug="uw-plichten")
    page.save_revision(user=editor)
    return RightsDutiesPage.objects.get(pk=page.pk)


def test_the_declared_defaults_are_the_workflows_content_starts_in(topic):
    for model, name in review.DEFAULT_WORKFLOWS.items():
        if model is RightsDutiesPage:
            obj = RightsDutiesPageFactory(parent=topic)
        elif model is LetterTemplate:
            obj = LetterTemplateFactory()
        else:  # pragma: no cover - a new declaration needs a case here
            pytest.fail(f"no test object for {model}")
        assert obj.get_workflow().name == name
    information = InformationPageFactory(parent=topic)
    assert information.get_workflow().name == "Versimpeltoets"


def test_beheer_chooses_another_review_for_a_section(topic):
    page = RightsDutiesPageFactory(parent=topic)
    WorkflowPage.objects.create(page=topic, workflow=Workflow.objects.get(name="Versimpeltoets"))
    assert page.get_workflow().name == "Versimpeltoets"


def start(obj, editor):
    obj = type(obj).objects.get(pk=obj.pk)
    state = obj.get_workflow().start(obj, editor)
    assert state.workflow.name == EXPERTS
    return state.current_task_state


def test_experts_may_not_edit_a_text_in_their_review(client, rights_page, editor, expert):
    start(rights_page, editor)
    client.force_login(expert)
    response = client.get(f"/admin/pages/{rights_page.pk}/edit/")
    assert response.status_code in (302, 403)
    assert not rights_page.permissions_for_user(expert).can_edit()


def test_experts_read_the_text_as_citizens_do(client, rights_page, editor, expert):
    state = start(rights_page, editor)
    assert list(open_reading_tasks(expert)) == [state]
    client.force_login(expert)
    home = client.get("/admin/").content.decode()
    assert f"/admin/meelezen/{state.pk}/" in home
    page = client.get(f"/admin/meelezen/{state.pk}/").content.decode()
    assert "Vertel het ons binnen een week." in page  # from the page's duty
    assert "Ik begrijp deze tekst" in page and "Dit begrijp ik niet" in page


def test_not_understood_needs_an_explanation_and_then_goes_back_to_the_author(
    client, rights_page, editor, expert
):
    state = start(rights_page, editor)
    client.force_login(expert)
    url = f"/admin/meelezen/{state.pk}/"
    empty = client.post(url, {"not_understood": "1", "passage": "", "comment": " "})
    assert "Schrijf op wat u niet begrijpt." in html.unescape(empty.content.decode())
    assert not ReaderAnswer.objects.exists()
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS

    client.post(
        url,
        {
            "not_understood": "1",
            "passage": "Vertel het ons binnen een week.",
            "comment": "Wat moet ik vertellen? En aan wie?",
        },
    )
    answer = ReaderAnswer.objects.get()
    assert (answer.understood, answer.user, answer.passage) == (
        False, expert, "Vertel het ons binnen een week.",
    )  # fmt: skip
    workflow_state = WorkflowState.objects.get(pk=state.workflow_state_id)
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert review_counts()["answers_not_understood"] == 1

    # The editor sees the answer in the editor.
    client.force_login(editor)
    editor = html.unescape(client.get(f"/admin/pages/{rights_page.pk}/edit/").content.decode())
    assert "Wat moet ik vertellen? En aan wie?" in editor
    assert "Dit begrijp ik niet" in editor


def test_buttons_survive_comments_and_saves(client, rights_page, editor, expert):
    state = start(rights_page, editor)
    client.force_login(expert)
    url = f"/admin/meelezen/{state.pk}/"
    client.post(url, {"note": "1", "passage": "binnen een week", "comment": "Werkdagen?"})
    # The editor saves again (a comment, or a small change) while the expert reads.
    draft = RightsDutiesPage.objects.get(pk=rights_page.pk).get_latest_revision_as_object()
    draft.save_revision(user=editor)
    page = client.get(url).content.decode()
    assert "Ik begrijp deze tekst" in page
    assert [n for n, _l, _c in state.task.specific.get_actions(rights_page, expert)] == [
        "approve",
        "reject",
    ]
    client.post(url, {"understood": "1", "passage": "", "comment": ""})
    assert ReaderAnswer.objects.filter(understood=True).count() == 1
    assert ReaderAnswer.objects.filter(understood__isnull=True).count() == 1
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED
    # Next: the Versimpeltoets.
    workflow_state = WorkflowState.objects.get(pk=state.workflow_state_id)
    assert workflow_state.current_task_state.task.name == "Versimpeltoets"


def test_experts_read_letters_in_review(client, editor, expert):
    letter = LetterTemplateFactory()
    letter.save_revision(user=editor)
    state = start(letter, editor)
    client.force_login(expert)
    page = client.get(f"/admin/meelezen/{state.pk}/")
    assert page.status_code == 200
    assert "U krijgt bijstand." in page.content.decode()


def test_someone_outside_the_group_cannot_answer(client, rights_page, editor):
    state = start(rights_page, editor)
    client.force_login(editor)
    assert client.get(f"/admin/meelezen/{state.pk}/").status_code in (302, 403)


def test_communicatie_no_longer_sees_publish_next_to_review(client, topic, editor):
    page = InformationPageFactory(parent=topic)
    save_draft(InformationPage.objects.get(pk=page.pk), PLAIN, user=editor)
    client.force_login(editor)
    content = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "action-submit" in content and 'name="action-publish"' not in content

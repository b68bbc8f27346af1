"""Shared texts and steps for the review tests."""

from wagtail.models import Workflow

from content_models.models import InformationPage
from tests.factories import stream

LIVE_TEXT = "<p>U krijgt elke maand geld van de gemeente. Dat geld is voor huur en eten.</p>"
PLAIN = (
    "<p>Geef ons op tijd alle informatie die wij vragen. Doet u dat niet? "
    "Dan kunnen wij uw uitkering verlagen of stoppen. Soms moet u dan geld terugbetalen.</p>"
)
OFFICIALESE = (
    "<p>Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel.</p>"
)
REASON = "Het college besloot vandaag; inwoners moeten dit nu lezen."


def body_text(page):
    return InformationPage.objects.get(pk=page.pk).body[0].value.source


def save_draft(page, text, user=None):
    draft = page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", text))
    return draft.save_revision(user=user)


def submit(page, user, workflow="Versimpeltoets"):
    page = type(page).objects.get(pk=page.pk)
    return Workflow.objects.get(name=workflow).start(page, user)


def current_task_state(obj):
    obj = type(obj).objects.get(pk=obj.pk)
    return obj.current_workflow_state.current_task_state

"""The "Versimpeltoets" review: plain-language review with four eyes, and an optional
"begrijp ik dit?" check by experts by experience. The gate runs before anyone reviews."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Workflow, WorkflowState

from . import gate


def _wrote_revision(user, revision) -> bool:
    return revision is not None and revision.user_id is not None and revision.user_id == user.pk


class FourEyesMixin:
    """The author of a revision never approves it, whoever they are."""

    def get_actions(self, obj, user):
        revision = obj.get_latest_revision()
        if _wrote_revision(user, revision):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            if _wrote_revision(user, task_state.revision):
                raise PermissionDenied(
                    _("U kunt uw eigen tekst niet goedkeuren. Vraag een collega.")
                )
            # Check before Wagtail marks anything approved, so a refusal leaves no half state.
            revision = task_state.revision
            gate.enforce(revision.as_object(), revision, user)
        return super().on_action(task_state, user, action_name, **kwargs)


class VersimpeltoetsTask(FourEyesMixin, AbstractGroupApprovalTask):
    """A member of the Versimpelteam approves or asks for changes, with comments."""

    def get_actions(self, obj, user):
        return [
            (name, self.LABELS.get((name, with_comment), label), with_comment)
            for name, label, with_comment in super().get_actions(obj, user)
        ]

    LABELS = {
        ("reject", True): _("Terugsturen met opmerkingen"),
        ("approve", False): _("Goedkeuren"),
        ("approve", True): _("Goedkeuren met opmerking"),
    }

    @classmethod
    def get_description(cls):
        return _("Iemand van het Versimpelteam keurt de tekst goed. Niet de schrijver zelf.")

    class Meta:
        verbose_name = _("Versimpeltoets")
        verbose_name_plural = _("Versimpeltoetsen")


class BegrijpelijkheidTask(FourEyesMixin, AbstractGroupApprovalTask):
    """Experts by experience say whether they understand the text. Their comment stays
    with the revision (on its task state)."""

    def get_actions(self, obj, user):
        if not super().get_actions(obj, user):
            return []
        return [
            ("approve", _("Ik begrijp deze tekst"), True),
            ("reject", _("Dit begrijp ik niet"), True),
        ]

    @classmethod
    def get_description(cls):
        return _("Ervaringsdeskundigen lezen mee: begrijpen zij de tekst?")

    class Meta:
        verbose_name = _("Begrijp ik dit?")
        verbose_name_plural = _("Begrijp ik dit?")


def _check_latest_revision(obj, user):
    if gate.is_gated(obj):
        revision = obj.get_latest_revision()
        gate.enforce(revision.as_object(), revision, user)


def install():
    """Reviewers never spend time on text the gate would refuse: check before review starts."""
    if getattr(Workflow.start, "helder_gate", False):
        return
    original_start, original_resume = Workflow.start, WorkflowState.resume

    def start(self, obj, user):
        _check_latest_revision(obj, user)
        return original_start(self, obj, user)

    def resume(self, user=None):
        _check_latest_revision(self.content_object, user)
        return original_resume(self, user=user)

    Workflow.start, WorkflowState.resume = start, resume
    Workflow.start.helder_gate = True

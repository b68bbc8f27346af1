"""The "Versimpeltoets" review tasks: plain-language review with four eyes, and a
"begrijp ik dit?" reading by experts by experience.

This module holds the task models only and imports nothing of the gate: review.install()
plugs in who counts as an author (`AUTHORS`) and what is checked before an approval
(`APPROVAL_CHECKS`). That keeps models -> workflows free of a cycle back to the gate.
"""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Revision

from .workflow_forms import ConfirmB1Form, NotUnderstoodForm, ReaderAnswerForm


def _revision_author(obj, revision) -> set[int]:
    return {revision.user_id} if revision is not None and revision.user_id else set()


# review.install() replaces this with "everyone who changed the scored text".
AUTHORS: list[Callable] = [_revision_author]
# Each check(task, task_state, user, action_name, kwargs) may raise to stop an approval.
APPROVAL_CHECKS: list[Callable] = []


def authors_of(obj) -> set[int]:
    # Read the latest revision from the database: `obj` may be a copy older than a save.
    latest = Revision.objects.for_instance(obj).order_by("-created_at", "-id").first()
    return AUTHORS[0](obj, latest)


def content_of(task_state):
    obj = task_state.workflow_state.content_object
    return getattr(obj, "specific", obj)


class FourEyesMixin:
    """Nobody who wrote the text under review approves it, whoever they are."""

    APPROVING_ACTIONS = ("approve",)

    def get_actions(self, obj, user):
        if user.pk in authors_of(obj):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name not in self.APPROVING_ACTIONS:
            return super().on_action(task_state, user, action_name, **kwargs)
        if user.pk in authors_of(content_of(task_state)):
            raise PermissionDenied(_("U kunt uw eigen tekst niet goedkeuren. Vraag een collega."))
        # Checks run before Wagtail marks anything approved: a refusal leaves no half state.
        with transaction.atomic():
            for check in APPROVAL_CHECKS:
                check(self, task_state, user, action_name, kwargs)
            return super().on_action(task_state, user, "approve", **kwargs)


class VersimpeltoetsTask(FourEyesMixin, AbstractGroupApprovalTask):
    """A member of the Versimpelteam approves or asks for changes, with comments.

    A text in the grey zone (human_check.py) is approved only with "Dit is B1" and a reason.
    """

    CONFIRM_B1 = "confirm_b1"
    APPROVING_ACTIONS = ("approve", CONFIRM_B1)
    LABELS = {
        ("reject", True): _("Terugsturen met opmerkingen"),
        ("approve", False): _("Goedkeuren"),
        ("approve", True): _("Goedkeuren met opmerking"),
    }
    # review.install() sets this: does the text under review wait for a human B1 check?
    needs_human_check: Callable = staticmethod(lambda obj: False)

    def get_actions(self, obj, user):
        actions = [
            (name, self.LABELS.get((name, with_comment), label), with_comment)
            for name, label, with_comment in super().get_actions(obj, user)
        ]
        if actions and self.needs_human_check(obj):
            actions = [action for action in actions if action[0] != "approve"]
            actions.append((self.CONFIRM_B1, _("Dit is B1: goedkeuren met reden"), True))
        return actions

    def get_form_for_action(self, action):
        return ConfirmB1Form if action == self.CONFIRM_B1 else super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("Iemand van het Versimpelteam keurt de tekst goed. Niet de schrijver zelf.")

    class Meta:
        verbose_name = _("Versimpeltoets")
        verbose_name_plural = _("Versimpeltoetsen")


class BegrijpelijkheidTask(FourEyesMixin, AbstractGroupApprovalTask):
    """Experts by experience read the text as a citizen would and say whether they
    understand it. They never edit: they answer, and may mark a passage."""

    UNDERSTOOD, NOT_UNDERSTOOD = "approve", "reject"
    # review.install() sets this: keeps an expert's answer (see ReaderAnswer).
    record_answer: Callable = staticmethod(lambda task_state, user, understood, **answer: None)

    def get_actions(self, obj, user):
        if not super().get_actions(obj, user):
            return []
        return [
            (self.UNDERSTOOD, _("Ik begrijp deze tekst"), True),
            (self.NOT_UNDERSTOOD, _("Dit begrijp ik niet"), True),
        ]

    def get_form_for_action(self, action):
        return NotUnderstoodForm if action == self.NOT_UNDERSTOOD else ReaderAnswerForm

    def user_can_access_editor(self, obj, user):
        # Reading is done in the reading view (review_views.read_task); no edit rights.
        return False

    def locked_for_user(self, obj, user):
        return not user.is_superuser

    def user_can_lock(self, obj, user):
        return False

    def on_action(self, task_state, user, action_name, **kwargs):
        passage = kwargs.pop("passage", "")
        if action_name in (self.UNDERSTOOD, self.NOT_UNDERSTOOD):
            comment = (kwargs.get("comment") or "").strip()
            if action_name == self.NOT_UNDERSTOOD and not comment:
                raise PermissionDenied(_("Schrijf op wat u niet begrijpt."))
            with transaction.atomic():
                self.record_answer(
                    task_state,
                    user,
                    action_name == self.UNDERSTOOD,
                    passage=passage,
                    comment=comment,
                )
                return super().on_action(task_state, user, action_name, **kwargs)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Ervaringsdeskundigen lezen mee: begrijpen zij de tekst?")

    class Meta:
        verbose_name = _("Begrijp ik dit?")
        verbose_name_plural = _("Begrijp ik dit?")

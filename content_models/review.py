"""Review that holds: a person publishes citizen-facing text only after a Versimpeltoets
by someone who did not write it, or, with "Mag publiceren zonder toets", with a reason.

Where the rule sits: like the gate, around `PublishRevisionAction.execute`, so the edit
and create views, bulk actions, the admin API, scheduling, revert and wagtail-localize
all meet it. Who acts: the action's user, or else the logged-in user of the request that
runs it (middleware.py sets it), so a path that forgets to pass the user is still bound.
Code without a person (load_demo, management commands, `revision.publish()` in a shell,
`publish_scheduled`) passes the readability gate but needs no review.

A publication without review is recorded (ForcedPublication, a log entry) and shows as
"nog niet getoetst" until a second person approves it afterwards (`approve_afterwards`).
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import pre_save
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.log_actions import log
from wagtail.models import Page, Revision, TaskState, Workflow, WorkflowState

from . import exceptions, gate, workflows
from .models import LetterTemplate, ReadabilityException, RightsDutiesPage
from .review_models import ForcedPublication, HumanCheckConfirmation, ReaderAnswer
from .workflows import BegrijpelijkheidTask, VersimpeltoetsTask

FORCE_PERMISSION = "content_models.publish_without_review"
# The form field (and JSON key) that carries the reason for a publication without review.
FORCE_FIELD = "helder_publish_reason"
MIN_REASON = 20

EXPERTS_WORKFLOW = "Versimpeltoets met ervaringsdeskundigen"
# Which content starts in which review when Beheer has chosen nothing else for its section.
DEFAULT_WORKFLOWS = {RightsDutiesPage: EXPERTS_WORKFLOW, LetterTemplate: EXPERTS_WORKFLOW}

_acting_user = ContextVar("helder_acting_user", default=None)
_force_reason = ContextVar("helder_force_reason", default=None)


class ReviewRequired(Exception):
    """A person tried to publish without a finished review (or a valid reason to skip it)."""

    def __init__(self, obj, message, code):
        self.obj = obj
        self.code = code
        super().__init__(message)


@contextmanager
def acting(user, force_reason=None):
    """Run the enclosed code as `user`, optionally publishing without review for `force_reason`."""
    user_token = _acting_user.set(user)
    reason_token = _force_reason.set(force_reason)
    try:
        yield
    finally:
        _force_reason.reset(reason_token)
        _acting_user.reset(user_token)


def acting_person(action_user):
    user = action_user if action_user is not None else _acting_user.get()
    return user if user is not None and user.is_authenticated else None


# --- whose text, reviewed by whom -----------------------------------------------------


def content_type_of(obj):
    return ContentType.objects.get_for_model(obj, for_concrete_model=False)


def scored_hash(obj) -> str:
    return exceptions.text_hash(gate.gated_type(obj).blocks(obj))


def _revisions(obj):
    return Revision.objects.for_instance(obj)


MAX_REVISIONS_READ = 50


def text_authors(obj, revision=None) -> set[int]:
    """Everyone who changed the scored text since the live version, up to `revision`.

    A save that changes no scored text (a comment, a slug) makes nobody an author, so a
    reviewer who comments can still approve, and an expert's answer never counts.
    """
    revision = revision or obj.get_latest_revision()
    if revision is None:
        return set()
    revisions = _revisions(obj).filter(pk__lte=revision.pk)
    live_id = getattr(obj, "live_revision_id", None)
    previous = None
    if live_id and live_id < revision.pk:
        revisions = revisions.filter(pk__gt=live_id)
        live = Revision.objects.filter(pk=live_id).first()
        previous = scored_hash(live.as_object()) if live else None
    authors = set()
    recent = list(revisions.order_by("-pk")[:MAX_REVISIONS_READ])
    for each in reversed(recent):
        digest = scored_hash(each.as_object())
        if digest != previous and each.user_id:
            authors.add(each.user_id)
        previous = digest
    return authors


def _task_states_for(obj):
    return TaskState.objects.filter(workflow_state__in=WorkflowState.objects.for_instance(obj))


def approved_review(obj, revision):
    """The approved Versimpeltoets of exactly this text by someone who did not write it."""
    target = scored_hash(revision.as_object())
    authors = text_authors(obj, revision)
    states = (
        _task_states_for(obj)
        .filter(status=TaskState.STATUS_APPROVED, task__in=VersimpeltoetsTask.objects.all())
        .exclude(finished_by=None)
        .select_related("revision")
        .order_by("-finished_at", "-pk")
    )
    for state in states[:20]:
        if state.finished_by_id in authors:
            continue
        if scored_hash(state.revision.as_object()) == target:
            return state
    return None


def can_force(user) -> bool:
    return user.has_perm(FORCE_PERMISSION)


def clearance(obj, revision, person) -> str | None:
    """Raise ReviewRequired unless `person` may publish `revision` now; return the reason
    when this is a publication without review."""
    if getattr(obj, "current_workflow_state", None) is not None:
        raise ReviewRequired(
            obj,
            _(
                "Niet gepubliceerd. Deze tekst ligt nu bij de Versimpeltoets. Wacht tot de "
                "toets klaar is, of stop eerst de toets."
            ),
            "review_open",
        )
    if approved_review(obj, revision) is not None:
        return None
    reason = _force_reason.get()
    if reason is None:
        message = _(
            "Niet gepubliceerd. Een collega moet de tekst eerst toetsen. Kies 'Stuur door "
            "naar Versimpeltoets'."
        )
        if can_force(person):
            message += " " + _(
                "Moet de tekst nu live? Kies 'Publiceren zonder toets' en schrijf waarom."
            )
        raise ReviewRequired(obj, message, "review_required")
    if not can_force(person):
        raise ReviewRequired(
            obj,
            _(
                "Niet gepubliceerd. U mag niet publiceren zonder toets. Vraag een collega om de tekst te toetsen."
            ),
            "force_not_allowed",
        )
    reason = " ".join(str(reason).split())
    if len(reason) < MIN_REASON:
        raise ReviewRequired(
            obj,
            _(
                "Niet gepubliceerd. Schrijf op waarom deze tekst zonder toets live moet, "
                "in minstens %(count)s tekens."
            )
            % {"count": MIN_REASON},
            "reason_missing",
        )
    return reason


def _keep_new_page_offline(obj):
    """The create view saves a new page as live before it publishes; a refusal undoes that."""
    if isinstance(obj, Page) and obj.pk and not obj.live_revision_id:
        Page.objects.filter(pk=obj.pk, live_revision__isnull=True).update(live=False)


def record_forced(obj, revision, person, reason):
    forced = ForcedPublication.objects.create(
        content_type=content_type_of(obj),
        object_id=str(obj.pk),
        revision=revision,
        user=person,
        reason=reason,
    )
    log(
        instance=obj,
        action="helder.review.forced",
        user=person,
        revision=revision,
        data={"reason": reason, "forced_publication": forced.pk},
    )
    return forced


def _reviewed_publish_execute(original):
    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        person = acting_person(self.user)
        if person is None or not gate.is_gated(self.object):
            return original(self, skip_permission_checks=skip_permission_checks)
        self.check(skip_permission_checks=skip_permission_checks)
        try:
            reason = clearance(self.object, self.revision, person)
        except ReviewRequired:
            _keep_new_page_offline(self.object)
            raise
        if reason is None:
            return original(self, skip_permission_checks=True)
        # The publication and its record are one change. A gate refusal commits nothing
        # of the publication but keeps the gate's own log of the refusal.
        refusal = None
        with transaction.atomic():
            try:
                result = original(self, skip_permission_checks=True)
            except gate.PublicationBlocked as blocked:
                refusal = blocked
            else:
                record_forced(self.object, self.revision, person, reason)
        if refusal is not None:
            raise refusal
        return result

    execute.helder_review = True
    return execute


def _unreviewed_draft(page):
    """A live page whose latest text differs from its live text and has no review."""
    latest, live = page.get_latest_revision(), page.live_revision
    if not (page.live and latest and live) or latest.pk == live.pk:
        return False
    if scored_hash(latest.as_object()) == scored_hash(live.as_object()):
        return False
    return approved_review(page, latest) is None


def _reviewed_copy_execute(original):
    """A copy with "publish copies" marks the latest revision of each page live: a person
    may not make unreviewed text live that way."""

    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        person = acting_person(self.user)
        if person is not None and self.keep_live:
            pages = [self.page] + (list(self.page.get_descendants()) if self.recursive else [])
            for page in pages:
                page = page.specific
                if gate.is_gated(page) and _unreviewed_draft(page):
                    raise ReviewRequired(
                        page,
                        _(
                            "Niet gekopieerd. De kopie zou tekst live zetten die nog niet is "
                            "getoetst. Kopieer zonder te publiceren, of laat de tekst eerst toetsen."
                        ),
                        "review_required",
                    )
        return original(self, skip_permission_checks=skip_permission_checks)

    execute.helder_review = True
    return execute


def may_review(user) -> bool:
    """Members of the groups that do the Versimpeltoets (and superusers)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    groups = VersimpeltoetsTask.objects.filter(active=True).values("groups")
    return user.groups.filter(pk__in=groups).exists()


def approve_afterwards(forced: ForcedPublication, user, comment=""):
    """A second person approves a publication made without review."""
    if forced.is_approved:
        raise PermissionDenied(_("Deze publicatie is al getoetst."))
    if not may_review(user):
        raise PermissionDenied(_("Alleen het Versimpelteam mag achteraf toetsen."))
    authors = {forced.user_id}
    obj = forced.content_object
    if obj is not None and forced.revision is not None:
        authors |= text_authors(obj, forced.revision)
    if user.pk in authors:
        raise PermissionDenied(_("U kunt uw eigen tekst niet toetsen. Vraag een collega."))
    forced.approved_by = user
    forced.approved_at = timezone.now()
    with transaction.atomic():
        forced.save(update_fields=["approved_by", "approved_at"])
        if obj is not None:
            log(
                instance=getattr(obj, "specific", obj),
                action="helder.review.approved_afterwards",
                user=user,
                revision=forced.revision,
                data={"forced_publication": forced.pk, "comment": comment},
            )


# --- the review tasks: what they check, what they keep --------------------------------


def _start_check(obj, user):
    """Reviewers never spend time on text the gate refuses; a grey-zone text may go in."""
    if not gate.is_gated(obj):
        return
    revision = obj.get_latest_revision()
    candidate = revision.as_object()
    decision = gate.evaluate(candidate, revision)
    if not decision.allowed and not decision.human_check:
        gate.refuse(candidate, revision, decision, user)
    gate.record(candidate, revision, decision, user)


HUMAN_CHECK_CACHE = "helder:review:human-check:{}"


def needs_human_check(obj) -> bool:
    """Does the latest text wait for a person's "dit is B1"? Cached per revision."""
    if not gate.is_gated(obj):
        return False
    revision = obj.get_latest_revision()
    if revision is None:
        return False
    key = HUMAN_CHECK_CACHE.format(revision.pk)
    found = cache.get(key)
    if found is None:
        decision = gate.evaluate(revision.as_object(), revision)
        found = decision.human_check and decision.exception is None
        cache.set(key, found, 3600)
    return found


def _approval_check(task, task_state, user, action_name, kwargs):
    obj = workflows.content_of(task_state)
    if not gate.is_gated(obj):
        return
    revision = obj.get_latest_revision()
    if task_state.revision_id != revision.pk:
        # The reviewer approves the text as it is now, not as it was when the task began.
        task_state.revision = revision
        task_state.save(update_fields=["revision"])
    candidate = revision.as_object()
    if not isinstance(task, VersimpeltoetsTask):
        _start_check(obj, user)
        return
    if action_name == VersimpeltoetsTask.CONFIRM_B1:
        confirm_b1(candidate, revision, user, kwargs.get("comment") or "")
    gate.enforce(candidate, revision, user)


def confirm_b1(obj, revision, user, reason):
    reason = " ".join(reason.split())
    if len(reason) < 10:
        raise PermissionDenied(_("Schrijf kort op waarom dit B1 is (minstens 10 tekens)."))
    confirmation = HumanCheckConfirmation.objects.create(
        content_type=content_type_of(obj),
        object_id=str(obj.pk),
        revision=revision,
        user=user,
        text_hash=scored_hash(obj),
        reason=reason,
    )
    cache.delete(HUMAN_CHECK_CACHE.format(revision.pk))
    log(
        instance=obj,
        action="helder.review.b1_confirmed",
        user=user,
        revision=revision,
        data={"reason": reason},
    )
    return confirmation


def record_answer(task_state, user, understood, passage="", comment=""):
    obj = workflows.content_of(task_state)
    answer = ReaderAnswer.objects.create(
        content_type=content_type_of(obj),
        object_id=str(obj.pk),
        revision=task_state.revision,
        task_state=task_state,
        user=user,
        understood=understood,
        passage=passage.strip(),
        comment=comment.strip(),
    )
    log(
        instance=obj,
        action={
            True: "helder.review.understood",
            False: "helder.review.not_understood",
            None: "helder.review.reader_note",
        }[understood],
        user=user,
        revision=task_state.revision,
        data={"passage": answer.passage, "comment": answer.comment},
    )
    return answer


def answers_for(obj):
    return ReaderAnswer.objects.filter(
        content_type=content_type_of(obj), object_id=str(obj.pk)
    ).select_related("user")


# --- which review a text starts in ----------------------------------------------------


def _declared_default(model):
    return next((DEFAULT_WORKFLOWS[cls] for cls in model.__mro__ if cls in DEFAULT_WORKFLOWS), None)


def _page_workflow(original):
    @functools.wraps(original)
    def get_workflow(self):
        name = _declared_default(self.specific_class or type(self))
        if name is None:
            return original(self)
        # Beheer's choice for a section (a workflow on this page or an ancestor below the
        # tree root) wins over the default for the page type.
        section = (
            Page.objects.ancestor_of(self, inclusive=True)
            .filter(depth__gt=1, workflowpage__isnull=False, workflowpage__workflow__active=True)
            .order_by("-depth")
            .select_related("workflowpage__workflow")
            .first()
        )
        if section is not None:
            return section.workflowpage.workflow
        return Workflow.objects.filter(name=name, active=True).first() or original(self)

    return get_workflow


# --- exceptions are bound to the text of the revision they were granted on ------------


def bind_exception_to_text(sender, instance, **kwargs):
    """However an exception is recorded (the admin view, code, a fixture), it covers the
    scored text of its revision, not the revision."""
    if instance.text_hash or instance.revision_id is None:
        return
    obj = instance.revision.as_object()
    if gate.is_gated(obj):
        instance.text_hash = scored_hash(obj)


# --- installation ---------------------------------------------------------------------


def install():
    """Put the review rule in front of every publish path; wire the review tasks."""
    if getattr(PublishRevisionAction.execute, "helder_review", False):
        return
    # Outside the gate's own wrapper: a missing review is told before any scoring.
    PublishRevisionAction.execute = _reviewed_publish_execute(PublishRevisionAction.execute)
    CopyPageAction.execute = _reviewed_copy_execute(CopyPageAction.execute)
    Page.get_workflow = _page_workflow(Page.get_workflow)

    original_start, original_resume = Workflow.start, WorkflowState.resume

    def start(self, obj, user):
        _start_check(obj, user)
        return original_start(self, obj, user)

    def resume(self, user=None):
        _start_check(self.content_object, user)
        return original_resume(self, user=user)

    Workflow.start, WorkflowState.resume = start, resume
    pre_save.connect(bind_exception_to_text, sender=ReadabilityException)
    workflows.AUTHORS[:] = [text_authors]
    workflows.APPROVAL_CHECKS[:] = [_approval_check]
    VersimpeltoetsTask.needs_human_check = staticmethod(needs_human_check)
    BegrijpelijkheidTask.record_answer = staticmethod(record_answer)

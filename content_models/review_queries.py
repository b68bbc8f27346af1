"""Plain queries about the review, for the admin home panel and the readability reports."""

from django.db.models import Count, Q
from wagtail.models import TaskState

from .review_models import ForcedPublication, HumanCheckConfirmation, ReaderAnswer
from .workflows import BegrijpelijkheidTask


def not_yet_reviewed():
    """Publications without review that no second person has approved yet."""
    return ForcedPublication.objects.filter(approved_at__isnull=True).select_related(
        "user", "content_type"
    )


def open_reading_tasks(user):
    """Reading tasks ("Begrijp ik dit?") this user may answer now."""
    if not user.is_active:
        return TaskState.objects.none()
    tasks = BegrijpelijkheidTask.objects.filter(active=True)
    if not user.is_superuser:
        tasks = tasks.filter(groups__in=user.groups.all())
    return (
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__in=tasks)
        .select_related("workflow_state", "revision")
        .order_by("started_at")
        .distinct()
    )


def review_counts() -> dict:
    """Totals for the dashboard: publications without review, human B1 confirmations and
    the answers of experts by experience."""
    forced = ForcedPublication.objects.aggregate(
        total=Count("pk"), pending=Count("pk", filter=Q(approved_at__isnull=True))
    )
    answers = ReaderAnswer.objects.aggregate(
        yes=Count("pk", filter=Q(understood=True)),
        no=Count("pk", filter=Q(understood=False)),
        notes=Count("pk", filter=Q(understood__isnull=True)),
    )
    return {
        "forced_total": forced["total"],
        "forced_pending": forced["pending"],
        "human_confirmed": HumanCheckConfirmation.objects.count(),
        "answers_understood": answers["yes"],
        "answers_not_understood": answers["no"],
        "answers_notes": answers["notes"],
    }

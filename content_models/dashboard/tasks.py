""" "Alles opnieuw controleren": judge every gated text again, as a django-tasks task.

The task runs wherever TASKS sends it: inline with the immediate backend (development,
tests) or in a `manage.py db_worker` process with the database backend (production). It
writes its progress to a RecheckRun row in batches, which the dashboard polls.
"""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist
from wagtail.models import Page

from content_models import gate
from content_models.dashboard_models import RecheckRun

from .queries import page_models, snippet_models

logger = logging.getLogger(__name__)

# Progress is written every BATCH texts: often enough to watch, rarely enough to be cheap.
BATCH = 25
# A run that has not finished after this long is taken to have died with its worker.
STALE_AFTER = datetime.timedelta(hours=1)
# A queued run that no worker has picked up after this long says so: no worker seems to run.
WORKER_WAIT = datetime.timedelta(minutes=1)


def _gated_pages():
    return Page.objects.filter(
        content_type__in=ContentType.objects.get_for_models(*page_models()).values()
    )


def gated_count() -> int:
    return _gated_pages().count() + sum(m._default_manager.count() for m in snippet_models())


def gated_objects():
    """Every gated page (specific) and snippet, streamed so memory stays flat."""
    yield from _gated_pages().order_by("path").specific().iterator(chunk_size=200)
    for model in snippet_models():
        yield from model._default_manager.order_by("pk").iterator(chunk_size=200)


def recheck_one(obj) -> gate.GateDecision:
    """Judge the newest text of `obj`: the draft when there is one, else what is live."""
    revision = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    candidate = obj.get_latest_revision_as_object() if revision is not None else obj
    decision = gate.evaluate(candidate, revision)
    # No audit entry: a re-check publishes nothing, and thousands of "goedgekeurd" lines
    # would bury the real publish decisions. The RecheckRun row records the run.
    gate.store_verdict(obj, revision, decision)
    return decision


def _task_status(run: RecheckRun) -> str | None:
    """The queue's word on the run's task; None where the backend keeps no results."""
    if not run.task_id:
        return None
    try:
        return recheck_everything.get_result(run.task_id).status
    except (NotImplementedError, TaskResultDoesNotExist):
        return None


def run_state(run: RecheckRun | None) -> str:
    """none, finished, running, waiting (queued, no worker has taken it), failed (the task
    broke before it could finish the run) or stopped (it never finished: its worker died)."""
    if run is None:
        return "none"
    if run.is_finished:
        return "finished"
    now = timezone.now()
    status = _task_status(run)
    if status == TaskResultStatus.FAILED:
        return "failed"
    if run.started_at < now - STALE_AFTER:
        return "stopped"
    if status == TaskResultStatus.READY and run.started_at < now - WORKER_WAIT:
        return "waiting"
    return "running"


def running_run() -> RecheckRun | None:
    """The run still under way or waiting for a worker, if any: one at a time."""
    run = RecheckRun.objects.filter(finished_at__isnull=True).first()
    return run if run_state(run) in ("running", "waiting") else None


@task()
def recheck_everything(run_id: int) -> dict:
    """Re-check every gated text; progress in RecheckRun `run_id`, written in batches."""
    run = RecheckRun.objects.filter(pk=run_id)
    run.update(total=gated_count(), done=0, failed=0)
    done = failed = 0
    try:
        for obj in gated_objects():
            try:
                recheck_one(obj)
            except Exception:
                # One unreadable text must not stop the run; the log has the details.
                logger.exception("Re-check failed for %s %s", type(obj).__name__, obj.pk)
                failed += 1
            done += 1
            if done % BATCH == 0:
                run.update(done=done, failed=failed)
    finally:
        # Also when the run itself breaks: the page must not show "bezig" for ever.
        run.update(done=done, failed=failed, finished_at=timezone.now())
    return {"done": done, "failed": failed}

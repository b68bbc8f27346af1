"""Retries for tasks, which django-tasks 0.12 does not have.

    @retried_task(attempts=3, backoff=30)
    def make_speech(variant_id): ...

A failed attempt is recorded as FAILED (with its traceback, visible in the admin under
Achtergrondtaken) and, while attempts are left, a new attempt is queued: after `backoff`
seconds, doubling each time, where the backend can wait (the database backend); at once
otherwise. The last failure is logged at ERROR level, so nothing fails silently. The
attempt number travels as the keyword argument `helder_attempt`.
"""

from __future__ import annotations

import functools
import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

logger = logging.getLogger("helder.tasks")

ATTEMPT_KWARG = "helder_attempt"


def retried_task(*, attempts: int = 3, backoff: float = 30, **task_options):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorate(func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            attempt = kwargs.pop(ATTEMPT_KWARG, 1)
            try:
                return func(*args, **kwargs)
            except Exception:
                name = the_task.module_path
                if attempt >= attempts:
                    logger.error(
                        "Task %s failed on its last attempt (%d of %d).", name, attempt, attempts
                    )
                    raise
                delay = backoff * 2 ** (attempt - 1)
                retry = the_task
                if retry.get_backend().supports_defer and delay > 0:
                    retry = retry.using(run_after=timezone.now() + timedelta(seconds=delay))
                retry.enqueue(*args, **{**kwargs, ATTEMPT_KWARG: attempt + 1})
                logger.warning(
                    "Task %s failed (attempt %d of %d); trying again in %d s.",
                    name,
                    attempt,
                    attempts,
                    delay,
                )
                raise

        the_task = task(**task_options)(run)
        return the_task

    return decorate

"""The task benchmarks/production_check.py queues: a little work, a known answer."""

import time

from django_tasks import task


@task()
def note_work(number: int) -> int:
    time.sleep(0.1)
    return number

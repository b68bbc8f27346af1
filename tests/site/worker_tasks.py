"""A task for the worker tests, importable by the worker process (tests.site.worker_tasks)."""

from helder.tasks.retry import retried_task


@retried_task(attempts=3, backoff=0)
def always_fails(what: str) -> None:
    raise RuntimeError(f"Could not check the {what}.")

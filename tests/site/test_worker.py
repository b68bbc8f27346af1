"""A real `manage.py db_worker` process runs queued tasks: the re-check reports its progress,
a failing task is retried up to its limit and stays visible, an interrupted one is requeued.

The test database is handed to the worker: PostgreSQL as it is (the test commits), SQLite
copied to a file first (an in-memory database cannot be shared with another process).
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from content_models.models import RecheckRun
from tests.factories import InformationPageFactory, UserFactory

# The worker needs committed rows; serialized rollback puts back what migrations made (roles).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queue(settings):
    """Tasks in this test go to the database queue, as in production."""
    settings.TASKS = DATABASE_TASKS


class WorkerDatabase:
    """The test database as another process sees it."""

    def __init__(self, tmp_path):
        self.file = None
        if connection.vendor == "sqlite":
            self.file = tmp_path / "worker.sqlite3"

    def url(self) -> str:
        if self.file is not None:
            target = sqlite3.connect(self.file)
            connection.ensure_connection()
            connection.connection.backup(target)
            target.close()
            return f"sqlite:///{self.file}"
        db = connection.settings_dict
        auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"

    def bring_back(self):
        """Copy what the worker wrote back into the test's database (SQLite only)."""
        if self.file is None:
            return
        source = sqlite3.connect(self.file)
        connection.ensure_connection()
        source.backup(connection.connection)
        source.close()


def run_worker(database_url: str, *args, timeout=120):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "helder.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "worker-test-not-secret",
        "REDIS_URL": "redis://127.0.0.1:1/0",  # nothing listens: the worker needs no cache
        "ALLOWED_HOSTS": "localhost",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_worker_process_runs_the_recheck_and_reports_progress(queue, home, tmp_path):
    from content_models.dashboard import recheck_everything

    for number in range(3):
        InformationPageFactory(parent=home, title=f"Uitleg {number}", slug=f"uitleg-{number}")
    user = UserFactory(username="beheerder", groups=["Beheer"])
    run = RecheckRun.objects.create(started_by=user, total=0)
    result = recheck_everything.enqueue(run.pk)
    assert result.status == TaskResultStatus.READY  # queued, not run in this process

    database = WorkerDatabase(tmp_path)
    worker = run_worker(database.url(), "db_worker", "--batch", "--interval", "0")
    assert worker.returncode == 0, worker.stderr
    database.bring_back()

    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == TaskResultStatus.SUCCESSFUL
    run.refresh_from_db()
    assert run.finished_at is not None
    assert run.total >= 3 and run.done == run.total and run.failed == 0
    assert stored.return_value == {"done": run.done, "failed": 0}


def test_a_failing_task_is_retried_to_its_limit_and_never_lost(queue, tmp_path):
    from tests.site.worker_tasks import always_fails

    always_fails.enqueue("texts")
    database = WorkerDatabase(tmp_path)
    worker = run_worker(database.url(), "db_worker", "--batch", "--interval", "0")
    assert worker.returncode == 0, worker.stderr
    database.bring_back()

    attempts = DBTaskResult.objects.filter(task_path=always_fails.module_path)
    # Three attempts (backoff 0 in this task), each one recorded as failed with its error.
    assert attempts.count() == 3
    assert set(attempts.values_list("status", flat=True)) == {TaskResultStatus.FAILED}
    assert all("RuntimeError" in row.exception_class_path for row in attempts)
    assert "failed on its last attempt (3 of 3)" in worker.stderr


@pytest.mark.django_db
def test_a_task_of_a_killed_worker_is_requeued(queue):
    from tests.site.worker_tasks import always_fails

    result = always_fails.enqueue("texts")
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim("helder-worker-1")  # the worker died while running it
    call_command("requeue_interrupted_tasks", "--worker-id", "helder-worker-2")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING
    call_command("requeue_interrupted_tasks", "--worker-id", "helder-worker-1")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY


@pytest.mark.django_db
def test_beheer_sees_the_tasks_in_the_admin_read_only(queue, client):
    from tests.site.worker_tasks import always_fails

    result = always_fails.enqueue("texts")
    client.force_login(UserFactory(username="beheerder", groups=["Beheer"]))
    listing = client.get("/admin/achtergrondtaken/")
    assert listing.status_code == 200
    assert "always_fails" in listing.content.decode()
    assert client.get(f"/admin/achtergrondtaken/inspect/{result.id}/").status_code == 200
    assert client.get(f"/admin/achtergrondtaken/edit/{result.id}/").status_code in (302, 403)

    client.force_login(UserFactory(username="redacteur", groups=["Communicatie"]))
    assert client.get("/admin/achtergrondtaken/").status_code in (302, 403)

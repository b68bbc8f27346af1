"""A real `manage.py db_worker` process sends a notice: the first attempt meets a refused
connection and is queued again for later; the retry reaches the SMTP server.

Uses the worker harness of tests/site/test_worker.py (the test database handed to the
worker process; SQLite copied to a file and back).
"""

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from helder.subscriptions import tasks
from helder.subscriptions.models import Delivery, Subscription, join_topics

from tests.site.test_worker import DATABASE_TASKS, WorkerDatabase, run_worker

from .conftest import parts, publish_notice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ADDRESS = "lezer@voorbeeld.nl"


def test_the_worker_retries_after_a_refused_connection(settings, tmp_path, monkeypatch, smtp_down):
    settings.TASKS = DATABASE_TASKS
    monkeypatch.setenv("EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("EMAIL_PORT", str(smtp_down.port))
    monkeypatch.setenv("HELDER_SUBSCRIPTIONS_SITE_URL", "https://www.helderstad.nl")
    Subscription.objects.create(
        email=ADDRESS,
        topics=join_topics(["bijstand"]),
        frequency="publication",
        language="nl",
        confirmed_at=timezone.now(),
        unsubscribe_nonce="vast-voor-de-test",
    )
    notice = publish_notice()  # committed: the publish queued the dispatch task
    assert DBTaskResult.objects.filter(task_path=tasks.dispatch_notice.module_path).count() == 1

    database = WorkerDatabase(tmp_path)
    worker = run_worker(database.url(), "db_worker", "--batch", "--interval", "0")
    assert worker.returncode == 0, worker.stderr
    database.bring_back()

    attempts = DBTaskResult.objects.filter(task_path=tasks.send_digest.module_path)
    failed = attempts.get(status=TaskResultStatus.FAILED)
    assert failed.exception_class_path.endswith("MailNotSent")
    assert "ConnectionRefusedError" in failed.traceback
    waiting = attempts.get(status=TaskResultStatus.READY)
    assert waiting.run_after > timezone.now()  # backs off instead of hammering the server
    assert not Delivery.objects.exists()
    assert ADDRESS not in failed.traceback + worker.stderr + worker.stdout

    # Later: the mail server is back, and the retry's time has come.
    smtp_down.start()
    attempts.filter(pk=waiting.pk).update(run_after=timezone.now())
    database = WorkerDatabase(tmp_path)
    worker = run_worker(database.url(), "db_worker", "--batch", "--interval", "0")
    assert worker.returncode == 0, worker.stderr
    database.bring_back()

    assert DBTaskResult.objects.get(pk=waiting.pk).status == TaskResultStatus.SUCCESSFUL
    ((recipients, message),) = smtp_down.messages
    assert recipients == [ADDRESS]
    text, _html = parts(message)
    assert f"https://www.helderstad.nl/nl/veranderd/bijstand/#wijziging-{notice.pk}" in text
    assert Delivery.objects.get().notice_id == notice.pk

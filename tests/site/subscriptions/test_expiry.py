"""A subscription nobody confirms is deleted after 7 days; its link stops working then."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from helder.subscriptions import tasks
from helder.subscriptions.models import Subscription

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)


def ask(client, capture, email="lezer@voorbeeld.nl", **data):
    with capture(execute=True):
        client.post(
            "/nl/wijzigingen-per-mail/",
            {"email": email, "topics": ["bijstand"], "frequency": "weekly", **data},
        )
    return re.search(r"/nl/wijzigingen-per-mail/bevestigen/[^/\s]+/", mail.outbox[-1].body).group(0)


def test_an_unconfirmed_subscription_is_deleted_after_7_days(
    client, django_capture_on_commit_callbacks
):
    with time_machine.travel(START, tick=False):
        link = ask(client, django_capture_on_commit_callbacks)
    with time_machine.travel(START + datetime.timedelta(days=6, hours=23), tick=False):
        assert tasks.expire() == {"deleted": 0, "forgotten": 0}
        assert client.get(link).status_code == 200  # still works on day 7
    with time_machine.travel(START + datetime.timedelta(days=7, minutes=1), tick=False):
        # Too old, even before the clean-up ran.
        assert client.post(link).status_code == 410
        assert not Subscription.objects.get().confirmed
        result = tasks.expire_unconfirmed.enqueue()
        assert result.return_value == {"deleted": 1, "forgotten": 0}
    assert not Subscription.objects.exists()


def test_an_unconfirmed_change_is_forgotten_and_the_subscription_kept(
    client, django_capture_on_commit_callbacks
):
    with time_machine.travel(START, tick=False):
        client.post(ask(client, django_capture_on_commit_callbacks))
        link = ask(client, django_capture_on_commit_callbacks, topics=["wmo"])
    with time_machine.travel(START + datetime.timedelta(days=8), tick=False):
        call_command("expire_subscriptions")
        assert client.post(link).status_code == 410
    subscription = Subscription.objects.get()
    assert subscription.confirmed and subscription.topic_list == ["bijstand"]
    assert subscription.pending_topics == "" and subscription.confirm_nonce == ""


def test_the_database_queue_gets_a_clean_up_for_when_the_link_runs_out(
    client, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with (
        time_machine.travel(START, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(
            "/nl/wijzigingen-per-mail/",
            {"email": "lezer@voorbeeld.nl", "topics": ["jeugd"], "frequency": "weekly"},
        )
    queued = DBTaskResult.objects.get(task_path=tasks.expire_unconfirmed.module_path)
    assert queued.run_after == START + datetime.timedelta(days=7, minutes=5)
    # The confirmation mail is queued too, by id: no address in the task table.
    mail_task = DBTaskResult.objects.get(task_path=tasks.send_confirmation.module_path)
    assert "lezer" not in str(mail_task.args_kwargs)

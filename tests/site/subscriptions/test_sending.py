"""Change notices reach subscribers through a real SMTP server on loopback.

The tasks run through django-tasks (the immediate backend here; test_worker.py runs the
database queue in a real worker process). A refused connection or a mail server that
says "try later" loses no notice: it is sent on the next attempt or run.
"""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone
from helder.subscriptions import tasks
from helder.subscriptions.models import Delivery, Subscription, join_topics
from wagtail.models import Locale

from .conftest import parts, publish_notice

pytestmark = pytest.mark.django_db

ADDRESS = "lezer@voorbeeld.nl"


def subscriber(
    email=ADDRESS, topics=("bijstand",), frequency="publication", language="nl", confirmed_at=None
):
    return Subscription.objects.create(
        email=email,
        topics=join_topics(topics),
        frequency=frequency,
        language=language,
        confirmed_at=confirmed_at or timezone.now() - datetime.timedelta(minutes=1),
        unsubscribe_nonce="vast-voor-de-test",
    )


def test_a_published_notice_goes_out_at_once_as_html_and_plain_text(
    smtp, django_capture_on_commit_callbacks
):
    reader = subscriber()
    weekly = subscriber("week@voorbeeld.nl", frequency="weekly")
    other_topic = subscriber("wmo@voorbeeld.nl", topics=("wmo",))
    with django_capture_on_commit_callbacks(execute=True):
        notice = publish_notice()

    ((recipients, message),) = smtp.messages
    assert recipients == [ADDRESS]
    assert message["Subject"] == "Er verandert iets: De bijstand gaat omhoog"
    text, html = parts(message)
    assert "Vanaf 1 januari 2027" in text and "U hoeft niets te doen." in text
    notice_link = f"/nl/veranderd/bijstand/#wijziging-{notice.pk}"
    assert notice_link in text and notice_link in html
    assert '<html lang="nl" dir="ltr">' in html and "De bijstand gaat omhoog</h2>" in html
    assert "U krijgt deze mail omdat u zich heeft aangemeld voor: Bijstand." in text
    # One-click unsubscribe: a link in the text and the headers mail clients use.
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")
    assert "/nl/wijzigingen-per-mail/afmelden/" in unsubscribe and unsubscribe in text
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    assert list(Delivery.objects.values_list("subscription", "notice")) == [(reader.pk, notice.pk)]
    assert not Delivery.objects.filter(subscription__in=[weekly, other_topic]).exists()

    # Publishing the notice again (a fixed typo) sends nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        notice.save_revision().publish()
    assert len(smtp.messages) == 1


def test_the_weekly_mail_collects_the_new_notices(smtp, django_capture_on_commit_callbacks):
    subscriber(frequency="weekly", topics=("bijstand", "wmo"))
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice()
        publish_notice(title="De eigen bijdrage gaat omlaag", topic="wmo")
    assert smtp.messages == []

    tasks.send_weekly.enqueue()
    ((_to, message),) = smtp.messages
    assert message["Subject"] == "Er veranderen 2 dingen bij de gemeente Helderstad"
    text, _html = parts(message)
    assert "De bijstand gaat omhoog" in text and "De eigen bijdrage gaat omlaag" in text

    tasks.send_weekly.enqueue()  # nothing new: no mail
    assert len(smtp.messages) == 1


def test_the_mail_is_in_the_subscribers_language_where_a_translation_exists(
    smtp, django_capture_on_commit_callbacks
):
    subscriber(language="ar", frequency="weekly", topics=("bijstand", "wmo"))
    with django_capture_on_commit_callbacks(execute=True):
        translated = publish_notice()
        publish_notice(
            title="تزيد المساعدة الاجتماعية",
            summary="ابتداءً من 1 يناير تحصل على مساعدة أكثر.",
            locale=Locale.objects.get(language_code="ar"),
            translation_of=translated,
        )
        dutch_only = publish_notice(title="De eigen bijdrage gaat omlaag", topic="wmo")
    tasks.send_weekly.enqueue()

    ((_to, message),) = smtp.messages
    text, html = parts(message)
    assert '<html lang="ar" dir="rtl">' in html
    assert "تزيد المساعدة الاجتماعية" in text and "اقرأ المزيد" in text
    arabic = Subscription.objects.get().deliveries.values_list("notice", flat=True)
    assert set(arabic) == {translated.pk, dutch_only.pk}  # recorded by the Dutch notice
    # Not translated yet: the Dutch text, marked as Dutch, linking to the Dutch page.
    assert '<div lang="nl" dir="ltr"' in html and "De eigen bijdrage gaat omlaag" in html
    assert f"/nl/veranderd/wmo/#wijziging-{dutch_only.pk}" in text


def test_a_refused_connection_loses_no_notice(
    smtp_down, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.WARNING)
    subscriber()
    with django_capture_on_commit_callbacks(execute=True):
        notice = publish_notice()
    # Every attempt was refused; the notice is not marked as sent.
    assert not Delivery.objects.exists()
    assert "failed on its last attempt (5 of 5)" in caplog.text
    assert ADDRESS not in caplog.text

    # The mail server is back; the daily catch-up sends what is still due.
    smtp_down.start()
    call_command("send_overdue_mails")
    ((_to, message),) = smtp_down.messages
    assert "De bijstand gaat omhoog" in parts(message)[0]
    assert Delivery.objects.get().notice_id == notice.pk
    assert tasks.send_overdue.enqueue().return_value == {"queued": 0}


def test_a_mail_server_that_says_try_later_is_tried_again(smtp, django_capture_on_commit_callbacks):
    subscriber()
    smtp.mailbox.rcpt_reply = smtp.mailbox.TRY_LATER
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice()
    result = tasks.send_digest.enqueue(Subscription.objects.get().pk)
    assert result.status == "FAILED"
    error = result.errors[0]
    assert error.exception_class_path.endswith("MailNotSent")
    assert ADDRESS not in error.traceback  # the task record keeps no address
    assert smtp.messages == [] and not Delivery.objects.exists()

    assert Subscription.objects.get().bounces == 0  # "try later" is no bounce

    smtp.mailbox.rcpt_reply = None
    assert tasks.send_digest.enqueue(Subscription.objects.get().pk).return_value == {"sent": 1}
    assert len(smtp.messages) == 1


def test_an_address_the_server_refuses_for_good_is_deleted_after_the_bounce_limit(
    smtp, settings, django_capture_on_commit_callbacks
):
    settings.HELDER_SUBSCRIPTIONS_MAX_BOUNCES = 7
    reader = subscriber()
    smtp.mailbox.rcpt_reply = smtp.mailbox.UNKNOWN
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice()  # 5 attempts, each refused for good
    reader.refresh_from_db()
    assert reader.bounces == 5 and not Delivery.objects.exists()

    # A mail that arrives starts the count again.
    smtp.mailbox.rcpt_reply = None
    call_command("send_overdue_mails")
    reader.refresh_from_db()
    assert reader.bounces == 0 and len(smtp.messages) == 1

    smtp.mailbox.rcpt_reply = smtp.mailbox.UNKNOWN
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice(title="De bijstand gaat weer omhoog")
    assert Subscription.objects.get().bounces == 5
    call_command("send_overdue_mails")  # two more refusals reach the limit
    assert not Subscription.objects.exists()


def test_the_confirmation_mail_goes_through_smtp(smtp, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/nl/wijzigingen-per-mail/",
            {"email": ADDRESS, "topics": ["schulden"], "frequency": "weekly"},
        )
    ((recipients, message),) = smtp.messages
    assert recipients == [ADDRESS]
    text, html = parts(message)
    assert "/nl/wijzigingen-per-mail/bevestigen/" in text and "Bevestig mijn aanmelding" in html
    assert "De link werkt 7 dagen." in text
    assert message["List-Unsubscribe"] is None  # nothing to unsubscribe from yet


def test_unconfirmed_and_older_notices_are_not_sent(smtp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice(title="Een oud bericht over de bijstand")
    Subscription.objects.create(
        email="nog-niet@voorbeeld.nl",
        topics=join_topics(["bijstand"]),
        frequency="publication",
        language="nl",
        confirm_nonce="wacht",
        unsubscribe_nonce="x",
    )
    reader = subscriber(confirmed_at=timezone.now())
    assert tasks.send_digest.enqueue(reader.pk).return_value == {"sent": 0}
    with django_capture_on_commit_callbacks(execute=True):
        publish_notice()
    ((recipients, message),) = smtp.messages
    assert recipients == [ADDRESS]
    assert "Een oud bericht" not in parts(message)[0]

"""A real SMTP server (aiosmtpd) on a free loopback port, and published change notices."""

import datetime
import email
import email.policy

import pytest
from aiosmtpd.controller import Controller
from wagtail.models import Locale

from content_models.notices import ChangeNotice
from tests.site.servers import free_port


class Mailbox:
    """What the server accepted; `rcpt_reply` set refuses every recipient with that reply."""

    TRY_LATER = "451 4.3.0 Mailbox busy, try again later"
    UNKNOWN = "550 5.1.1 No such user here"

    def __init__(self):
        self.messages = []
        self.rcpt_reply = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


class SMTPServer:
    def __init__(self, port: int):
        self.port = port
        self.mailbox = Mailbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        return self.mailbox.messages


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5


@pytest.fixture
def smtp(settings):
    """A running SMTP server, and Django's SMTP backend pointed at it."""
    server = SMTPServer(free_port())
    server.start()
    use_smtp(settings, server.port)
    yield server
    server.stop()


@pytest.fixture
def smtp_down(settings):
    """A port where nothing listens yet (connections are refused); `.start()` opens it."""
    server = SMTPServer(free_port())
    use_smtp(settings, server.port)
    yield server
    server.stop()


def publish_notice(
    title="De bijstand gaat omhoog",
    summary="Vanaf 1 januari krijgt u meer bijstand. U hoeft niets te doen.",
    topic="bijstand",
    effective=datetime.date(2027, 1, 1),
    locale=None,
    translation_of=None,
):
    notice = ChangeNotice(
        title=title,
        summary=summary,
        topic=topic,
        effective_date=effective,
        locale=locale or Locale.get_default(),
        live=False,
    )
    if translation_of is not None:
        notice.translation_key = translation_of.translation_key
    notice.save()
    notice.save_revision().publish()
    notice.refresh_from_db()
    assert notice.live, "the gate refused the test notice"
    return notice


def parts(message):
    """(plain text, html) of a received mail."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html

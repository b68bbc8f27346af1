"""The three mails: confirm, the unsubscribe link, and the digest of change notices.

Each is B1 text in the subscriber's language, as HTML with a plain-text part, and carries
List-Unsubscribe headers (RFC 2369 and RFC 8058 one-click) where a subscription exists.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from content_models.notices import ChangeNotice
from translations import locales
from translations.formatting import format_date_for

from . import tokens
from .models import Subscription
from .texts import text_language, texts_for, topic_name


def site_url() -> str:
    base = getattr(settings, "HELDER_SUBSCRIPTIONS_SITE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def _link(language: str, name: str, token: str) -> str:
    with translation.override(language):
        return site_url() + reverse(f"subscriptions:{name}", kwargs={"token": token})


def unsubscribe_url(subscription: Subscription) -> str:
    token = tokens.make(tokens.UNSUBSCRIBE, subscription.pk, subscription.unsubscribe_nonce)
    return _link(subscription.language, "unsubscribe", token)


def _message(subscription, language, subject, template, context, list_unsubscribe=True):
    language = text_language(language)
    context = {
        **context,
        "t": texts_for(language),
        "language": language,
        "dir": "rtl" if locales.is_rtl(language) else "ltr",
        "site_url": site_url(),
    }
    headers = {}
    if list_unsubscribe:
        context["unsubscribe_url"] = url = unsubscribe_url(subscription)
        headers = {
            "List-Unsubscribe": f"<{url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    with translation.override(language):
        text = render_to_string(f"subscriptions/mail/{template}.txt", context)
        html = render_to_string(f"subscriptions/mail/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation(subscription: Subscription) -> EmailMultiAlternatives:
    language = subscription.pending_language or subscription.language
    token = tokens.make(tokens.CONFIRM, subscription.pk, subscription.confirm_nonce)
    texts = texts_for(text_language(language))
    return _message(
        subscription,
        language,
        texts["mail_confirm_subject"],
        "confirm",
        {"confirm_url": _link(language, "confirm", token)},
        # Not subscribed yet: there is nothing to unsubscribe from.
        list_unsubscribe=subscription.confirmed,
    )


def unsubscribe_link(subscription: Subscription) -> EmailMultiAlternatives:
    texts = texts_for(text_language(subscription.language))
    return _message(
        subscription, subscription.language, texts["mail_unsubscribe_subject"], "unsubscribe", {}
    )


@dataclass
class NoticeInMail:
    title: str
    summary: str
    effective: str
    url: str
    language: str
    dir: str


def _in_language(notice: ChangeNotice, language: str) -> ChangeNotice:
    """The live translation of `notice` in `language`, or the Dutch notice itself."""
    if language == notice.locale.language_code:
        return notice
    locale = Locale.objects.filter(language_code=language).first()
    translated = notice.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        return translated
    return notice


def notice_url(notice: ChangeNotice) -> str:
    language = notice.locale.language_code
    return f"{site_url()}/{language}/veranderd/{notice.topic}/#wijziging-{notice.pk}"


def digest(subscription: Subscription, notices: list[ChangeNotice]) -> EmailMultiAlternatives:
    language = text_language(subscription.language)
    texts = texts_for(language)
    items = []
    for source in notices:
        notice = _in_language(source, subscription.language)
        notice_language = notice.locale.language_code
        items.append(
            NoticeInMail(
                title=notice.title,
                summary=notice.summary,
                effective=texts["mail_from_date"].format(
                    date=format_date_for(language, notice.effective_date)
                ),
                url=notice_url(notice),
                language=notice_language,
                dir="rtl" if locales.is_rtl(notice_language) else "ltr",
            )
        )
    if len(items) == 1:
        subject = texts["mail_digest_subject_one"].format(title=items[0].title)
    else:
        subject = texts["mail_digest_subject_many"].format(count=len(items))
    topics = ", ".join(topic_name(code, language) for code in subscription.topic_list)
    return _message(
        subscription,
        language,
        subject,
        "digest",
        {"notices": items, "why": texts["mail_why"].format(topics=topics)},
    )

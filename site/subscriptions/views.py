"""Public pages under /<lang>/wijzigingen-per-mail/: subscribe, confirm, unsubscribe, privacy.

Answers never tell whether an address is known: subscribing and asking for the
unsubscribe link always lead to "kijk in uw mailbox". Links in mails are checked by their
token; the confirmation and unsubscribe links only act on a button (POST), because mail
scanners open links (GET) on their own. Mail clients' one-click unsubscribe (RFC 8058)
posts to the same address.
"""

from django.conf import settings
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from helder.public import ratelimit
from helder.redis_cache import CacheUnavailable

from content_models.base import DOMAINS
from translations import locales

from . import store
from .forms import EmailOnlyForm, SubscribeForm
from .models import FREQUENCIES
from .texts import text_language, texts_for, topic_name


def _language() -> str:
    return (get_language() or locales.source_language()).split("-")[0]


def _render(request, template, context=None, status=200):
    language = _language()
    shown = text_language(language)
    context = {
        "st": texts_for(language),
        # Texts not yet translated are Dutch; say so to screen readers and translators.
        "text_lang": shown if shown != language else "",
        **(context or {}),
    }
    return render(request, f"subscriptions/{template}.html", context, status=status)


def _limited(request, scope: str, template: str, context: dict):
    """None when the client may go on; otherwise the page that says to wait."""
    limit = getattr(settings, "HELDER_SUBSCRIPTIONS_RATE_LIMIT", 5)
    window = getattr(settings, "HELDER_SUBSCRIPTIONS_RATE_WINDOW", 600)
    texts = texts_for(_language())
    try:
        allowed = ratelimit.hit(request, scope, limit, window)
    except CacheUnavailable:
        response = _render(request, template, {**context, "errors": [texts["unavailable"]]}, 503)
        response["Retry-After"] = "60"
        return response
    if allowed:
        return None
    return _render(request, template, {**context, "errors": [texts["too_many"]]}, 429)


def _see_other(name: str):
    response = HttpResponseRedirect(reverse(name))
    response.status_code = 303
    return response


def _subscribe_context(form):
    language = _language()
    chosen_topics = form.data.getlist("topics") if form.is_bound else []
    chosen_frequency = form.data.get("frequency") if form.is_bound else ""
    return {
        "form": form,
        "email": form.data.get("email", "") if form.is_bound else "",
        "topics": [
            {"code": code, "name": topic_name(code, language), "checked": code in chosen_topics}
            for code, _label in DOMAINS
        ],
        "frequencies": [
            {"code": code, "label": texts_for(language)[code], "checked": code == chosen_frequency}
            for code, _label in FREQUENCIES
        ],
    }


@never_cache
def subscribe(request):
    if request.method == "GET":
        return _render(
            request, "subscribe", _subscribe_context(SubscribeForm(language=_language()))
        )
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    form = SubscribeForm(request.POST, language=_language())
    if stop := _limited(request, "subscribe", "subscribe", _subscribe_context(form)):
        return stop
    if not form.is_valid():
        texts = texts_for(_language())
        context = {**_subscribe_context(form), "errors": [texts["not_sent"]]}
        return _render(request, "subscribe", context, 400)
    data = form.cleaned_data
    store.request(data["email"], data["topics"], data["frequency"], _language())
    return _see_other("subscriptions:sent")


def sent(request):
    return _render(request, "sent")


@never_cache
def confirm(request, token):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "POST" and store.confirm(token):
        return _render(request, "confirmed")
    if request.method == "GET" and store.confirmable(token) is not None:
        return _render(request, "confirm")
    # Used before, too old, or never ours: one clear answer, and a way to start again.
    return _render(request, "link_used", status=410)


@csrf_exempt  # the token is the authority; mail clients post here without a CSRF token
@never_cache
def unsubscribe(request, token):
    if request.method == "GET":
        # The same page for every token: the link itself tells nobody anything.
        return _render(request, "unsubscribe")
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    # Only links that do not work count towards the limit: one-click posts from a big mail
    # provider share a few addresses, and a working link must never be refused.
    if not store.unsubscribe(token) and (
        stop := _limited(request, "unsubscribe", "unsubscribe", {})
    ):
        return stop
    return _render(request, "unsubscribed")


@never_cache
def unsubscribe_request(request):
    if request.method == "GET":
        return _render(
            request, "unsubscribe_request", {"form": EmailOnlyForm(language=_language())}
        )
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    form = EmailOnlyForm(request.POST, language=_language())
    context = {"form": form, "email": form.data.get("email", "")}
    if stop := _limited(request, "unsubscribe", "unsubscribe_request", context):
        return stop
    if not form.is_valid():
        texts = texts_for(_language())
        return _render(
            request, "unsubscribe_request", {**context, "errors": [texts["not_sent"]]}, 400
        )
    store.send_unsubscribe_link_to(form.cleaned_data["email"])
    return _see_other("subscriptions:unsubscribe_sent")


def unsubscribe_sent(request):
    return _render(request, "unsubscribe_sent")


def privacy(request):
    return _render(request, "privacy")

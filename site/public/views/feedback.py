""" "Was deze informatie duidelijk?": stores a PageFeedback without any personal data.

The form is on cached pages that every anonymous visitor shares, so it carries no CSRF
token (a token would make each page personal and uncacheable). The view is CSRF-exempt
instead: a forged submission can only add one yes/no answer, which the honeypot and the
per-client rate limit already bound. No cookie, IP address, user agent or name is stored;
logs never contain the comment.
"""

import logging

from django.conf import settings
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from helder.public import ratelimit
from helder.public.forms import FeedbackForm
from helder.redis_cache import CacheUnavailable
from wagtail.models import Page

from content_models.feedback import PageFeedback
from content_models.models import InformationPage, RightsDutiesPage
from translations.public_text import texts_for

logger = logging.getLogger(__name__)

FEEDBACK_PAGE_TYPES = (InformationPage, RightsDutiesPage)


def _text(key: str) -> str:
    # The form posts to /<language>/feedback/…, so the reply is in the page's language.
    return texts_for(get_language())[key]


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _reply(request, page, status, message, errors=()):
    if _wants_json(request):
        return JsonResponse({"message": message, "errors": list(errors)}, status=status)
    return render(
        request,
        "public/feedback_result.html",
        {"page": page, "message": message, "errors": errors, "back_url": page.url + "#feedback"},
        status=status,
    )


def _feedback_page(page_id):
    try:
        page = Page.objects.live().public().get(pk=int(page_id)).specific
    except (Page.DoesNotExist, ValueError, OverflowError):
        raise Http404 from None
    if not isinstance(page, FEEDBACK_PAGE_TYPES):
        raise Http404
    return page


@csrf_exempt
@never_cache
def submit_feedback(request, page_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = _feedback_page(page_id)

    limit = getattr(settings, "HELDER_PUBLIC_FEEDBACK_LIMIT", 5)
    window = getattr(settings, "HELDER_PUBLIC_FEEDBACK_WINDOW", 600)
    try:
        allowed = ratelimit.hit(request, "feedback", limit, window)
    except CacheUnavailable:
        # No shared counter, no unlimited posts: refuse until Redis is back (fails safe).
        response = _reply(request, page, 503, _text("feedback_unavailable"))
        response["Retry-After"] = "60"
        return response
    if not allowed:
        logger.info("Feedback rate limit reached for page %s", page.pk)
        return _reply(request, page, 429, _text("too_many"))

    form = FeedbackForm(request.POST)
    if form.is_bot():
        # Look like a success, so the bot learns nothing; store nothing.
        logger.info("Feedback honeypot filled for page %s; dropped", page.pk)
        return _success(request, page)
    if not form.is_valid():
        return _reply(request, page, 400, _text("not_sent"), form.messages())

    PageFeedback.objects.create(
        page=page,
        revision_id=page.live_revision_id,
        clear=form.cleaned_data["clear"] == "ja",
        comment=form.cleaned_data["comment"],
    )
    return _success(request, page)


def _success(request, page):
    if _wants_json(request):
        return JsonResponse({"message": _text("feedback_thanks")})
    # 303: the browser fetches the page with GET; the query shows the thank-you at the form.
    response = HttpResponseRedirect(page.url + "?bedankt=1#feedback")
    response.status_code = 303
    return response

"""Turns a gate refusal anywhere in the admin into a Dutch message, never an error page."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from .gate import PublicationBlocked
from .views import findings_url


def refusal_message(refusal: PublicationBlocked):
    reasons = format_html_join(
        "", "<li>{}</li>", ((reason,) for reason in refusal.decision.reasons)
    )
    return format_html(
        "{intro}<ul>{reasons}</ul><a href='{url}'>{link}</a>",
        intro=_(
            "Niet gepubliceerd. De tekst is nog te moeilijk (niveau %(level)s). Dit moet beter:"
        )
        % {"level": refusal.decision.level or _("onbekend")},
        reasons=reasons,
        url=findings_url(refusal.obj),
        link=_("Bekijk alle punten in de tekst"),
    )


class PublicationBlockedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublicationBlocked):
            return None
        if "json" in request.content_type or "json" in request.headers.get("accept", ""):
            return JsonResponse(
                {"success": False, "error": str(exception), "reasons": exception.decision.reasons},
                status=400,
            )
        messages.error(request, refusal_message(exception))
        edit_url = AdminURLFinder(request.user).get_edit_url(exception.obj)
        return redirect(edit_url or reverse("wagtailadmin_home"))

"""Turns a gate or review refusal anywhere in the admin into a Dutch message, never an
error page; and tells the review rule who is acting in this request (review.py)."""

import json

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.modal_workflow import render_modal_workflow

from . import review
from .gate import PublicationBlocked
from .rule_labels import rule_label
from .views import findings_url


def refusal_message(refusal: PublicationBlocked):
    reasons = format_html_join(
        "", "<li>{}</li>", ((reason,) for reason in refusal.decision.reasons)
    )
    if refusal.decision.human_check:
        # The reason below says why and what to do; the intro does not repeat it.
        intro = _("Niet gepubliceerd.")
    else:
        intro = _(
            "Niet gepubliceerd. De tekst is nog te moeilijk (niveau %(level)s). Dit moet beter:"
        ) % {"level": refusal.decision.level or _("onbekend")}
    rules = ", ".join(rule_label(rule) for rule in refusal.decision.rules)
    return format_html(
        "{intro}<ul>{reasons}</ul>{rules}<a href='{url}'>{link}</a>",
        intro=intro,
        reasons=reasons,
        rules=format_html("<p>{}: {}.</p>", _("Punten"), rules) if rules else "",
        url=findings_url(refusal.obj),
        link=_("Bekijk alle punten in de tekst"),
    )


def _wants_json(request) -> bool:
    return "json" in request.content_type or "json" in request.headers.get("accept", "")


def _workflow_modal(request) -> bool:
    return (
        request.headers.get("x-requested-with") == "XMLHttpRequest"
        and "/workflow/action/" in request.path
    )


def _force_reason(request):
    """The reason for a publication without review, sent with an admin POST."""
    if request.method != "POST" or not request.path.startswith("/admin/"):
        return None
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return None
        return data.get(review.FORCE_FIELD) if isinstance(data, dict) else None
    return request.POST.get(review.FORCE_FIELD)


class PublicationBlockedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        person = user if user is not None and user.is_authenticated else None
        reason = _force_reason(request) if person is not None else None
        with review.acting(person, reason):
            return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, review.ReviewRequired):
            message, reasons, obj = str(exception), [str(exception)], exception.obj
            html = message
        elif isinstance(exception, PublicationBlocked):
            message, reasons, obj = str(exception), exception.decision.reasons, exception.obj
            html = refusal_message(exception)
        else:
            return None
        edit_url = AdminURLFinder(request.user).get_edit_url(obj) or reverse("wagtailadmin_home")
        if _workflow_modal(request):
            # Wagtail's workflow dialog follows a "redirect" step: the editor lands on the
            # edit page and reads the message there.
            messages.error(request, html)
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": edit_url}
            )
        if _wants_json(request):
            return JsonResponse(
                {
                    "success": False,
                    "error": message,
                    "code": getattr(exception, "code", "gate_refused"),
                    "field": review.FORCE_FIELD
                    if getattr(exception, "code", "") == "reason_missing"
                    else None,
                    "reasons": reasons,
                },
                status=400,
            )
        messages.error(request, html)
        return redirect(edit_url)

"""Admin views of the gate: the findings behind a verdict."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from readability.cefr import LEVELS

from . import gate
from .models import ReadabilityCheck


def findings_url(obj) -> str:
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return reverse("helder_readability_findings", args=[content_type.pk, obj.pk])


def findings(request, content_type_id, object_id):
    check = get_object_or_404(
        ReadabilityCheck, content_type_id=content_type_id, object_id=str(object_id)
    )
    obj = check.content_type.model_class().objects.filter(pk=object_id).first()
    if obj is None:
        raise Http404
    return TemplateResponse(
        request,
        "content_models/admin/findings.html",
        {
            "check": check,
            "object": obj,
            "edit_url": AdminURLFinder(request.user).get_edit_url(obj),
            "page_title": _("Leesbaarheid: %(title)s") % {"title": obj},
            "header_title": _("Leesbaarheid: %(title)s") % {"title": obj},
        },
    )


def _page_form(request, model, object_id):
    if object_id is not None:
        page = get_object_or_404(Page, pk=object_id).specific
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        instance, parent = page.get_latest_revision_as_object(), page.get_parent().specific
    else:
        parent = get_object_or_404(Page, pk=request.POST.get("helder_parent_page")).specific
        if not parent.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        instance = model(owner=request.user, locale=parent.locale)
    form_class = model.get_edit_handler().get_form_class()
    return form_class(
        request.POST, request.FILES, instance=instance, parent_page=parent, for_user=request.user
    )


def _snippet_form(request, model, object_id):
    action = "change" if object_id is not None else "add"
    if not request.user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}"):
        raise PermissionDenied
    instance = (
        get_object_or_404(model, pk=object_id).get_latest_revision_as_object()
        if object_id is not None
        else model()
    )
    form_class = model.snippet_viewset.get_edit_handler().get_form_class()
    return form_class(request.POST, request.FILES, instance=instance, for_user=request.user)


@require_POST
def live_check(request, content_type_id, object_id=None):
    """Judge the editor's unsaved form as the gate would, for the Leesbaarheid panel."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not gate.is_gated(model()):
        raise Http404
    make_form = _page_form if issubclass(model, Page) else _snippet_form
    try:
        form = make_form(request, model, object_id)
        valid = form.is_valid()
    except (KeyError, ValueError):
        # StreamField form data that is cut off or garbled; treat as not yet valid.
        valid = False
    if not valid:
        return JsonResponse(
            {
                "ok": False,
                "message": _("Vul eerst de verplichte velden goed in. Daarna kijk ik de tekst na."),
            }
        )
    obj = form.save(commit=False)
    decision = gate.evaluate(obj)
    max_level = gate.policy_for(obj).max_level
    if decision.passes:
        verdict = _("Niveau %(level)s: %(max)s of makkelijker.")
    elif decision.level and LEVELS.index(decision.level) > LEVELS.index(max_level):
        verdict = _("Niveau %(level)s: boven %(max)s. Zo kan de tekst niet live.")
    else:
        verdict = _("Niveau %(level)s, maar een paar punten houden publiceren tegen.")
    return JsonResponse(
        {
            "ok": True,
            "passes": decision.passes,
            "level": decision.level,
            "verdict": verdict % {"level": decision.level or _("onbekend"), "max": max_level},
            "reasons": decision.reasons,
            "findings": decision.findings,
            "word_count": decision.word_count,
        }
    )

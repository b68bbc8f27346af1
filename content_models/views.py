"""Admin views of the gate: the findings behind a verdict."""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log
from wagtail.models import Page

from readability import LEVELS

from . import exceptions, gate
from .models import ReadabilityCheck, ReadabilityException
from .rule_labels import rule_label


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
            "findings": [
                {**finding, "rule_label": rule_label(finding.get("rule", ""))}
                for finding in check.findings
            ],
            "rules": sorted(
                (rule_label(rule), count) for rule, count in (check.rule_counts or {}).items()
            ),
            "object": obj,
            "edit_url": AdminURLFinder(request.user).get_edit_url(obj),
            "can_grant_exception": not check.passes
            and request.user.has_perm("content_models.grant_readabilityexception"),
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
    elif decision.human_check:
        # The grey zone: not a refusal. The reason says what to do (human_check.py).
        verdict = _("Niveau %(level)s: grijze zone rond %(max)s. Een mens beslist.")
    elif decision.level and LEVELS.index(decision.level) > LEVELS.index(max_level):
        verdict = _("Niveau %(level)s: boven %(max)s. Zo kan de tekst niet live.")
    else:
        verdict = _("Niveau %(level)s, maar een paar punten houden publiceren tegen.")
    return JsonResponse(
        {
            "ok": True,
            "passes": decision.passes,
            "human_check": decision.human_check,
            "level": decision.level,
            "verdict": verdict % {"level": decision.level or _("onbekend"), "max": max_level},
            "reasons": decision.reasons,
            "findings": decision.findings,
            "word_count": decision.word_count,
            "sentences": decision.sentences,
        }
    )


class ExceptionForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom mag deze tekst toch live?"),
        help_text=_("Schrijf de reden op. Iedereen kan die later teruglezen."),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=20,
        error_messages={
            "required": _("Schrijf een reden op."),
            "min_length": _("Schrijf een duidelijke reden van minstens 20 tekens."),
        },
    )


def grant_exception(request, content_type_id, object_id):
    """Let a user with the dedicated permission record why the latest text may go live.

    The exception is bound to the scored text of the latest revision (exceptions.py): the
    same text publishes from any path, any change to it voids the exception.
    """
    if not request.user.has_perm("content_models.grant_readabilityexception"):
        raise PermissionDenied
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    obj = content_type.model_class().objects.filter(pk=object_id).first()
    if obj is None or not gate.is_gated(obj):
        raise Http404
    revision = obj.get_latest_revision()
    if revision is None:
        raise Http404
    form = ExceptionForm(request.POST or None)
    text = revision.as_object()
    if request.method == "POST" and form.is_valid():
        ReadabilityException.objects.create(
            content_type=content_type,
            object_id=str(obj.pk),
            revision=revision,
            text_hash=exceptions.text_hash(gate.gated_type(text).blocks(text)),
            user=request.user,
            reason=form.cleaned_data["reason"],
        )
        log(
            instance=obj,
            action="helder.gate.exception_granted",
            user=request.user,
            revision=revision,
            data={"revision": revision.pk, "reason": form.cleaned_data["reason"]},
        )
        messages.success(
            request,
            _(
                "De uitzondering is vastgelegd voor deze tekst. Zolang de tekst niet verandert, "
                "houdt de B1-toets hem niet meer tegen."
            ),
        )
        return redirect(AdminURLFinder(request.user).get_edit_url(obj) or "wagtailadmin_home")
    return TemplateResponse(
        request,
        "content_models/admin/grant_exception.html",
        {
            "form": form,
            "object": obj,
            "revision": revision,
            "page_title": _("Uitzondering op de B1-toets"),
            "header_title": _("Uitzondering op de B1-toets: %(title)s") % {"title": obj},
        },
    )

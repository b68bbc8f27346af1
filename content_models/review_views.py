"""Admin pages of the review: an expert reads a text in review and answers; a second person
approves a publication made without review."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import TaskState

from . import gate, review
from .review_models import ForcedPublication
from .workflow_forms import NotUnderstoodForm, ReaderAnswerForm
from .workflows import BegrijpelijkheidTask


def _reading_task(request, task_state_id):
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    task = task_state.task.specific
    if not isinstance(task, BegrijpelijkheidTask):
        raise Http404
    obj = task_state.workflow_state.content_object
    obj = getattr(obj, "specific", obj)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return task_state, task, obj, []
    actions = task.get_actions(obj, request.user)
    if not actions:
        raise PermissionDenied
    return task_state, task, obj, actions


def read_task(request, task_state_id):
    """The text in review as a citizen reads it, with "Ik begrijp deze tekst" and
    "Dit begrijp ik niet". No edit rights are needed or given."""
    task_state, task, obj, actions = _reading_task(request, task_state_id)
    revision = obj.get_latest_revision()
    text = revision.as_object() if revision else obj
    form = ReaderAnswerForm()
    if request.method == "POST":
        if not actions:
            messages.error(request, _("Deze tekst ligt niet meer bij u. Er is niets opgeslagen."))
            return redirect("wagtailadmin_home")
        understood = "understood" in request.POST
        if "note" in request.POST:
            form = NotUnderstoodForm(request.POST)
            if form.is_valid():
                review.record_answer(
                    task_state,
                    request.user,
                    None,
                    passage=form.cleaned_data["passage"],
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, _("Uw opmerking is opgeslagen. Lees gerust verder."))
                return redirect(request.path)
            return _render(request, obj, text, form, actions)
        form_class = ReaderAnswerForm if understood else NotUnderstoodForm
        form = form_class(request.POST)
        if form.is_valid():
            action = task.UNDERSTOOD if understood else task.NOT_UNDERSTOOD
            task.on_action(
                task_state,
                request.user,
                action,
                comment=form.cleaned_data["comment"],
                passage=form.cleaned_data["passage"],
            )
            messages.success(
                request,
                _("Dank u. Uw antwoord is opgeslagen.")
                if understood
                else _("Dank u. De tekst gaat terug naar de schrijver, met uw uitleg."),
            )
            return redirect("wagtailadmin_home")
    return _render(request, obj, text, form, actions)


def _render(request, obj, text, form, actions):
    return TemplateResponse(
        request,
        "content_models/admin/read_task.html",
        {
            "object": obj,
            "blocks": gate.gated_type(text).blocks(text) if gate.is_gated(text) else [],
            "form": form,
            "open": bool(actions),
            "answers": review.answers_for(obj).filter(user=request.user)[:10],
            "page_title": _("Meelezen: %(title)s") % {"title": text},
            "header_title": _("Meelezen: %(title)s") % {"title": text},
        },
    )


class AfterwardsForm(forms.Form):
    comment = forms.CharField(required=False, max_length=2000)


@require_POST
def approve_afterwards(request, pk):
    forced = get_object_or_404(ForcedPublication, pk=pk)
    form = AfterwardsForm(request.POST)
    try:
        review.approve_afterwards(
            forced, request.user, form.cleaned_data["comment"] if form.is_valid() else ""
        )
    except PermissionDenied as refusal:
        messages.error(request, str(refusal) or _("Dat mag u niet doen."))
    else:
        messages.success(request, _("Vastgelegd: u heeft de tekst achteraf getoetst."))
    return redirect("wagtailadmin_home")

"""Admin views of the gate: the findings behind a verdict."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

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

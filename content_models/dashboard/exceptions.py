"""The recorded exceptions to the B1 check, described for people: text, version, who, why."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from .queries import verbose_name


def _model_for(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _object_links(pairs) -> dict:
    """(content type id, object id) → (title, edit url); one query per content type."""
    wanted: dict[int, set] = {}
    for content_type_id, object_id in pairs:
        wanted.setdefault(content_type_id, set()).add(object_id)
    found = {}
    for content_type_id, object_ids in wanted.items():
        model = _model_for(content_type_id)
        if model is None:  # The model's code is gone; the rows stay readable.
            continue
        ids = []
        for object_id in object_ids:
            try:
                ids.append(model._meta.pk.to_python(object_id))
            except ValidationError:
                continue
        if issubclass(model, Page):
            for pk, title in Page.objects.filter(pk__in=ids).values_list("pk", "title"):
                found[(content_type_id, str(pk))] = (
                    title,
                    reverse("wagtailadmin_pages:edit", args=[pk]),
                )
        else:
            viewset = getattr(model, "snippet_viewset", None)
            for obj in model._default_manager.filter(pk__in=ids):
                url = reverse(viewset.get_url_name("edit"), args=[obj.pk]) if viewset else ""
                found[(content_type_id, str(obj.pk))] = (str(obj), url)
    return found


def describe_exceptions(exceptions):
    links = _object_links((e.content_type_id, e.object_id) for e in exceptions)
    for exception in exceptions:
        model = _model_for(exception.content_type_id)
        title, url = links.get(
            (exception.content_type_id, exception.object_id), (_("(verwijderd)"), "")
        )
        exception.object_title = title
        exception.edit_url = url
        exception.type_label = verbose_name(model) if model else ""
        exception.user_name = (
            exception.user.get_full_name() or exception.user.get_username()
            if exception.user
            else ""
        )
        exception.revision_label = _("versie %(id)s van %(date)s") % {
            "id": exception.revision_id,
            "date": timezone.localtime(exception.revision.created_at).strftime("%d-%m-%Y %H:%M"),
        }
    return exceptions

"""The dashboard's filter form. It only describes the form; `queries.collect_rows` applies it."""

import django_filters
from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.coreutils import get_content_languages

from content_models.models import DOMAINS, ReadabilityCheck, TopicPage

from .queries import (
    LEVELS,
    STATUS_LABELS,
    VERDICT_LABELS,
    Filters,
    page_models,
    snippet_models,
    type_key,
    verbose_name,
)


def _type_choices():
    return [(type_key(m), verbose_name(m)) for m in page_models() + snippet_models()]


def _topic_choices():
    topics = TopicPage.objects.select_related("locale").order_by("path")
    several_languages = len({t.locale.language_code for t in topics}) > 1
    choices = [
        (
            f"page-{t.pk}",
            f"{t.title} ({t.locale.language_code})" if several_languages else t.title,
        )
        for t in topics
    ]
    choices += [
        (f"domain-{code}", _("Brieven: %(domain)s") % {"domain": label}) for code, label in DOMAINS
    ]
    return choices


def _language_choices():
    return list(get_content_languages().items())


class DashboardFilterSet(WagtailFilterSet):
    type = django_filters.MultipleChoiceFilter(label=gettext_lazy("Soort"), choices=_type_choices)
    topic = django_filters.ChoiceFilter(
        label=gettext_lazy("Onderwerp"), choices=_topic_choices, empty_label=gettext_lazy("Alle")
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(STATUS_LABELS.items()),
        empty_label=gettext_lazy("Alle"),
    )
    level = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Niveau"),
        choices=[(level, level) for level in LEVELS],
        widget=forms.CheckboxSelectMultiple,
    )
    verdict = django_filters.ChoiceFilter(
        label=gettext_lazy("Oordeel"),
        choices=list(VERDICT_LABELS.items()),
        empty_label=gettext_lazy("Alle"),
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Taal"), choices=_language_choices, empty_label=gettext_lazy("Alle")
    )

    class Meta:
        model = ReadabilityCheck
        fields = []


def filters_from(filterset) -> Filters:
    """The valid choices of a bound filter set; an invalid form filters nothing."""
    if not (filterset and filterset.is_valid()):
        return Filters()
    data = filterset.form.cleaned_data
    return Filters(
        types=set(data.get("type") or []) or None,
        topic=data.get("topic") or "",
        status=data.get("status") or "",
        verdict=data.get("verdict") or "",
        language=data.get("language") or "",
        levels=set(data.get("level") or []) or None,
    )

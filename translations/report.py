"""Rapport "Vertalingen en varianten": every missing, draft or outdated variant on the site.

One row per original × language × form that is not live and current. Filters: topic,
language, type, form (`variant_form`) and status. Built from the same matrix as the editor's side panel.
"""

from dataclasses import dataclass

import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from content_models.dashboard.exports import SafeSpreadsheetMixin
from content_models.models import (
    GlossaryTerm,
    LetterTemplate,
    StandardText,
    TopicPage,
)

from . import locales, tracking, variants
from .models import SourceRecord

TYPES = {
    "page": (_("Pagina's"), Page),
    "lettertemplate": (_("Briefsjablonen"), LetterTemplate),
    "standardtext": (_("Standaardteksten"), StandardText),
    "glossaryterm": (_("Begrippen"), GlossaryTerm),
}
SHOWN_STATUSES = {tracking.MISSING, tracking.DRAFT, tracking.OUTDATED}
# Who may read the report: whoever may edit texts. Translators work in the admin anyway.
view_policy = ModelPermissionPolicy(SourceRecord)


@dataclass
class ReportRow:
    title: str
    edit_url: str
    type_label: str
    topic: str
    language: str
    language_name: str
    form: str
    form_label: str
    status: str
    status_label: str
    action_url: str
    action: str


def _topic_choices():
    return [
        (str(topic.pk), topic.title)
        for topic in TopicPage.objects.filter(locale=Locale.get_default()).order_by("title")
    ]


def _language_choices():
    return [(code, locales.dutch_name(code)) for code in locales.language_codes()]


class VariantsFilterSet(WagtailFilterSet):
    # The filters describe the form; the view applies them to its rows.
    topic = django_filters.ChoiceFilter(
        label=_("Onderwerp"), choices=_topic_choices, empty_label=_("Alle")
    )
    language = django_filters.ChoiceFilter(
        label=_("Taal"), choices=_language_choices, empty_label=_("Alle")
    )
    type = django_filters.ChoiceFilter(
        label=_("Soort"),
        choices=[(key, label) for key, (label, _model) in TYPES.items()],
        empty_label=_("Alle"),
    )
    # Not named "form": a control called "form" hides HTMLFormElement.form in the browser,
    # and Wagtail's filter script then calls new FormData(<select>) and stops filtering.
    variant_form = django_filters.ChoiceFilter(
        label=_("Vorm"), choices=variants.FORMS, empty_label=_("Alle")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (key, tracking.STATUS_LABELS[key])
            for key in (tracking.MISSING, tracking.DRAFT, tracking.OUTDATED)
        ],
        empty_label=_("Alle"),
    )

    class Meta:
        model = SourceRecord
        fields = []


def _originals(type_key, topic_id):
    default = Locale.get_default()
    if type_key in (None, "page"):
        pages = Page.objects.filter(locale=default, depth__gt=1).specific()
        if topic_id:
            topic = Page.objects.filter(pk=topic_id).first()
            pages = topic.get_descendants(inclusive=True).specific() if topic else []
        yield from pages
    if topic_id:
        return  # snippets have no topic
    for key, (_label, model) in TYPES.items():
        if key != "page" and type_key in (None, key):
            yield from model.objects.filter(locale=default)


def _topic_of(obj):
    if not isinstance(obj, Page):
        return ""
    topic = obj if isinstance(obj, TopicPage) else obj.get_ancestors().type(TopicPage).first()
    return topic.title if topic else ""


def collect_rows(filters, user) -> list[ReportRow]:
    rows = []
    for original in _originals(filters.get("type") or None, filters.get("topic") or None):
        type_label = str(original._meta.verbose_name)
        edit_url = variants._edit_url(original, user)
        topic = _topic_of(original)
        for row in variants.matrix(original, user):
            if filters.get("language") and row.language != filters["language"]:
                continue
            for cell in row.cells:
                if cell.status not in SHOWN_STATUSES:
                    continue
                if filters.get("variant_form") and cell.form != filters["variant_form"]:
                    continue
                if filters.get("status") and cell.status != filters["status"]:
                    continue
                rows.append(
                    ReportRow(
                        title=str(original),
                        edit_url=edit_url,
                        type_label=type_label,
                        topic=topic,
                        language=row.language,
                        language_name=row.language_name,
                        form=cell.form,
                        form_label=cell.form_label,
                        status=cell.status,
                        status_label=cell.status_label,
                        action_url=cell.url,
                        action=cell.action,
                    )
                )
    return rows


class VariantsReportView(SafeSpreadsheetMixin, ReportView):
    page_title = _("Vertalingen en varianten")
    header_icon = "globe"
    index_url_name = "helder_variants_report"
    index_results_url_name = "helder_variants_report_results"
    filterset_class = VariantsFilterSet
    any_permission_required = ["add", "change", "view"]
    permission_policy = view_policy
    export_filename = "vertalingen-en-varianten"
    export_sheet_name = _("Vertalingen en varianten")
    verbose_name_plural = _("versies")
    columns = [
        TitleColumn("title", label=_("Origineel"), get_url=lambda row: row.edit_url),
        Column("type_label", label=_("Soort")),
        Column("topic", label=_("Onderwerp")),
        Column("language_name", label=_("Taal")),
        Column("form_label", label=_("Vorm")),
        StatusTagColumn(
            "status_label", label=_("Status"), primary=lambda row: row.status == "draft"
        ),
        TitleColumn("action", label=_("Actie"), get_url=lambda row: row.action_url),
    ]
    list_export = ["title", "type_label", "topic", "language_name", "form_label", "status_label"]
    export_headings = {
        "title": _("Origineel"),
        "type_label": _("Soort"),
        "topic": _("Onderwerp"),
        "language_name": _("Taal"),
        "form_label": _("Vorm"),
        "status_label": _("Status"),
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": SourceRecord.objects.none()}

    @cached_property
    def filter_values(self) -> dict:
        if not (self.filters and self.filters.is_valid()):
            return {}
        return dict(self.filters.form.cleaned_data)

    def get_filtered_queryset(self):
        return collect_rows(self.filter_values, self.request.user)


class VariantsMenuItem(MenuItem):
    def is_shown(self, request):
        return view_policy.user_has_any_permission(request.user, ["add", "change", "view"])


def menu_item():
    return VariantsMenuItem(
        _("Vertalingen en varianten"),
        reverse("helder_variants_report"),
        name="vertalingen-en-varianten",
        icon_name="globe",
        order=52,
    )


def urlpatterns():
    return [
        path("vertalingen/overzicht/", VariantsReportView.as_view(), name="helder_variants_report"),
        path(
            "vertalingen/overzicht/resultaten/",
            VariantsReportView.as_view(results_only=True),
            name="helder_variants_report_results",
        ),
    ]

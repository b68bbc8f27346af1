"""The admin pages: the dashboard, the exceptions, one page's readers' comments, re-check."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django_tasks.base import TaskResultStatus
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from content_models.dashboard_models import RecheckRun
from content_models.feedback import PageFeedback
from content_models.models import ReadabilityCheck, ReadabilityException
from content_models.review_models import HumanCheckConfirmation

from . import charts
from .access import can_recheck, view_policy
from .exceptions import describe_exceptions
from .exports import SafeSpreadsheetMixin
from .filters import DashboardFilterSet, filters_from
from .queries import Filters, attach_findings, collect_rows
from .tasks import gated_count, recheck_everything, run_state, running_run

MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def dutch_date(value) -> str:
    """`29 november 2026 om 08:15` in Dutch time; a plain date without the time part."""
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value)
        return f"{local.day} {MONTH_NAMES[local.month - 1]} {local.year} om {local:%H:%M}"
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


class TemplateColumn(Column):
    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template


def _cell(name):
    return f"content_models/admin/dashboard_cell_{name}.html"


class DashboardView(SafeSpreadsheetMixin, ReportView):
    template_name = "content_models/admin/dashboard.html"
    results_template_name = "content_models/admin/dashboard_results.html"
    page_title = gettext_lazy("Leesbaarheid")
    header_icon = "doc-full"
    index_url_name = "helder_dashboard"
    index_results_url_name = "helder_dashboard_results"
    filterset_class = DashboardFilterSet
    permission_policy = view_policy
    permission_required = "view"
    default_ordering = "title"
    export_filename = "leesbaarheid"
    export_sheet_name = gettext_lazy("Leesbaarheid")
    verbose_name_plural = gettext_lazy("teksten")
    columns = [
        TitleColumn(
            "title",
            label=gettext_lazy("Titel"),
            get_url=lambda row: row.edit_url or None,
            sort_key="title",
            classname="helder-col-title",
        ),
        Column("type_label", label=gettext_lazy("Soort"), sort_key="type"),
        Column("topic", label=gettext_lazy("Onderwerp")),
        Column("language", label=gettext_lazy("Taal")),
        Column("status_label", label=gettext_lazy("Status")),
        Column("level_label", label=gettext_lazy("Niveau"), sort_key="level"),
        StatusTagColumn(
            "verdict_label",
            label=gettext_lazy("Oordeel"),
            primary=lambda row: row.verdict in ("pass", "confirmed"),
            sort_key="verdict",
        ),
        TemplateColumn(
            "findings",
            _cell("findings"),
            label=gettext_lazy("Belangrijkste punten"),
            classname="helder-col-findings",
        ),
        TemplateColumn(
            "checked_at",
            _cell("checked"),
            label=gettext_lazy("Gecontroleerd"),
            sort_key="checked",
        ),
        TemplateColumn("feedback", _cell("feedback"), label=gettext_lazy("Reacties")),
    ]
    list_export = [
        "title",
        "type_label",
        "topic",
        "language",
        "status_label",
        "level_label",
        "verdict_label",
        "findings_text",
        "checked_export",
        "feedback_total",
        "feedback_percent_export",
    ]
    export_headings = {
        "title": gettext_lazy("Titel"),
        "type_label": gettext_lazy("Soort"),
        "topic": gettext_lazy("Onderwerp"),
        "language": gettext_lazy("Taal"),
        "status_label": gettext_lazy("Status"),
        "level_label": gettext_lazy("Niveau"),
        "verdict_label": gettext_lazy("Oordeel"),
        "findings_text": gettext_lazy("Belangrijkste punten"),
        "checked_export": gettext_lazy("Laatst gecontroleerd"),
        "feedback_total": gettext_lazy("Aantal reacties"),
        "feedback_percent_export": gettext_lazy("Procent 'ja, duidelijk'"),
    }
    custom_field_preprocess = {
        "checked_export": {
            ReportView.FORMAT_CSV: lambda v: (
                v.isoformat(sep=" ") if isinstance(v, datetime.datetime) else v
            )
        }
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": ReadabilityCheck.objects.none()}

    @cached_property
    def filter_values(self) -> Filters:
        return filters_from(self.filters)

    def get_filtered_queryset(self):
        return collect_rows(self.filter_values, self.ordering or "title")

    def decorate_paginated_queryset(self, object_list):
        return attach_findings(list(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        # The charts follow the filters, so they sit in the part that filtering refreshes.
        context.update(
            distribution_charts=charts.distribution(self.object_list),
            trend_chart=charts.trend(),
        )
        if not self.results_only:
            run = RecheckRun.objects.select_related("started_by").first()
            context.update(
                run=run,
                progress=run_progress(run),
                can_recheck=can_recheck(self.request.user),
                recheck_url=reverse("helder_dashboard_recheck"),
                progress_url=reverse("helder_dashboard_recheck_progress"),
                exceptions=describe_exceptions(
                    list(
                        ReadabilityException.objects.select_related("user", "revision").order_by(
                            "-created_at", "-pk"
                        )[:5]
                    )
                ),
                exception_count=ReadabilityException.objects.count(),
                exceptions_url=reverse("helder_dashboard_exceptions"),
                confirmation_count=HumanCheckConfirmation.objects.count(),
            )
        return context


class ExceptionsView(SafeSpreadsheetMixin, ReportView):
    page_title = gettext_lazy("Uitzonderingen op de B1-toets")
    header_icon = "warning"
    index_url_name = "helder_dashboard_exceptions"
    index_results_url_name = "helder_dashboard_exceptions_results"
    permission_policy = view_policy
    permission_required = "view"
    export_filename = "uitzonderingen-b1"
    export_sheet_name = gettext_lazy("Uitzonderingen B1")
    verbose_name_plural = gettext_lazy("uitzonderingen")
    columns = [
        TitleColumn(
            "object_title", label=gettext_lazy("Tekst"), get_url=lambda e: e.edit_url or None
        ),
        Column("type_label", label=gettext_lazy("Soort")),
        Column("revision_label", label=gettext_lazy("Versie")),
        Column("user_name", label=gettext_lazy("Vastgelegd door")),
        DateColumn("created_at", label=gettext_lazy("Vastgelegd op")),
        Column("reason", label=gettext_lazy("Reden")),
    ]
    list_export = ["object_title", "type_label", "revision_id", "user_name", "created_at", "reason"]
    export_headings = {
        "object_title": gettext_lazy("Tekst"),
        "type_label": gettext_lazy("Soort"),
        "revision_id": gettext_lazy("Versie"),
        "user_name": gettext_lazy("Vastgelegd door"),
        "created_at": gettext_lazy("Vastgelegd op"),
        "reason": gettext_lazy("Reden"),
    }

    def get_queryset(self):
        return ReadabilityException.objects.select_related("user", "revision").order_by(
            "-created_at", "-pk"
        )

    def decorate_paginated_queryset(self, object_list):
        return describe_exceptions(list(object_list))


class FeedbackView(SafeSpreadsheetMixin, ReportView):
    template_name = "content_models/admin/dashboard_feedback.html"
    header_icon = "comment"
    permission_policy = view_policy
    permission_required = "view"
    verbose_name_plural = gettext_lazy("reacties")
    export_sheet_name = gettext_lazy("Reacties van lezers")
    # An absolute date and time, not "7 uur geleden": a date-only value shown as a relative
    # time counts from midnight, so a comment of a minute ago looked hours old.
    columns = [
        Column("sent_label", label=gettext_lazy("Verstuurd op")),
        Column("clear_label", label=gettext_lazy("Duidelijk?")),
        Column("comment", label=gettext_lazy("Opmerking"), classname="helder-col-comment"),
    ]
    list_export = ["sent_export", "clear_label", "comment"]
    export_headings = {
        "sent_export": gettext_lazy("Verstuurd op"),
        "clear_label": gettext_lazy("Duidelijk?"),
        "comment": gettext_lazy("Opmerking"),
    }
    custom_field_preprocess = {
        "sent_export": {
            ReportView.FORMAT_CSV: lambda v: (
                f"{v:%d-%m-%Y %H:%M}" if isinstance(v, datetime.datetime) else f"{v:%d-%m-%Y}"
            )
        }
    }

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"])

    def get_page_title(self):
        return _("Reacties van lezers: %(title)s") % {"title": self.page.title}

    def get_filename(self):
        return f"reacties-{self.page.slug}"

    def get_index_url(self):
        return reverse("helder_dashboard_feedback", args=[self.page.pk])

    def get_index_results_url(self):
        return self.get_index_url()

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).order_by(
            "-submitted_on", F("submitted_at").desc(nulls_last=True), "-pk"
        )

    def decorate_paginated_queryset(self, object_list):
        for item in object_list:
            item.clear_label = _("ja") if item.clear else _("nee")
            sent = item.submitted_at or item.submitted_on
            item.sent_label = dutch_date(sent)
            # Spreadsheets get the editors' own clock, without a zone they cannot show.
            item.sent_export = (
                timezone.localtime(sent).replace(tzinfo=None)
                if isinstance(sent, datetime.datetime)
                else sent
            )
        return object_list

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        totals = PageFeedback.objects.filter(page=self.page).aggregate(
            total=Count("pk"), clear_total=Count("pk", filter=Q(clear=True))
        )
        context.update(
            page=self.page,
            total=totals["total"],
            percent=round(100 * totals["clear_total"] / totals["total"])
            if totals["total"]
            else None,
            dashboard_url=reverse("helder_dashboard"),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context


# --- re-check everything -------------------------------------------------------------


def run_progress(run: RecheckRun | None) -> dict:
    """What the progress box shows; the same for the page and the JSON endpoint."""
    state = run_state(run)
    if run is None:
        return {"state": state, "done": 0, "total": 0, "failed": 0, "percent": 0}
    if state == "finished":
        percent = 100
    else:
        percent = min(99, int(100 * run.done / run.total)) if run.total else 0
    figures = {"done": run.done, "total": run.total, "percent": percent}
    message = {
        "finished": _("Klaar: %(done)s van %(total)s teksten gecontroleerd."),
        "running": _("Bezig: %(done)s van %(total)s teksten gecontroleerd (%(percent)s%%)."),
        # No worker has taken the task: say so instead of showing 0% for ever.
        "waiting": _(
            "De controle is nog niet begonnen. Die wacht op het programma dat controles op de "
            "achtergrond doet. Dat is nog met iets anders bezig, of het werkt niet. Duurt dit "
            "langer dan een paar minuten? Vraag Beheer om hulp."
        ),
        "failed": _(
            "De controle is mislukt na %(done)s van %(total)s teksten. Vraag Beheer om hulp."
        ),
        "stopped": _(
            "De controle is gestopt na %(done)s van %(total)s teksten. Start de controle opnieuw."
        ),
    }[state] % figures
    return {**figures, "state": state, "failed": run.failed, "message": message}


@require_GET
def recheck_progress(request):
    if not view_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    response = JsonResponse(run_progress(RecheckRun.objects.first()))
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def start_recheck(request):
    if not can_recheck(request.user):
        raise PermissionDenied
    if (current := running_run()) is not None:
        if run_state(current) == "waiting":
            messages.warning(request, run_progress(current)["message"])
        else:
            messages.warning(
                request,
                _("De controle loopt al. Wacht tot die klaar is en probeer het dan opnieuw."),
            )
        return redirect("helder_dashboard")
    run = RecheckRun.objects.create(started_by=request.user, total=gated_count())
    result = recheck_everything.enqueue(run.pk)
    RecheckRun.objects.filter(pk=run.pk).update(task_id=str(result.id))
    if result.status == TaskResultStatus.FAILED:
        messages.error(request, _("De controle is mislukt. Vraag Beheer om hulp."))
    elif result.status == TaskResultStatus.SUCCESSFUL:
        messages.success(request, _("Alle teksten zijn opnieuw gecontroleerd."))
    else:
        messages.success(
            request,
            _("De controle is gestart. Hieronder ziet u hoe ver die is."),
        )
    return redirect(reverse("helder_dashboard") + "#hercontrole")

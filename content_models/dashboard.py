"""The readability dashboard: every text citizens read, with its level and verdict.

Three admin reports (the dashboard, the exceptions, the comments on one page) and the
"re-check everything" background task. Pages and snippets live in different tables, so the
dashboard is not one queryset: it reads each table once (`values()`, no model instances),
the checks once and the feedback totals once, and merges them into light `Row` objects.
Filters that the tables can answer run in SQL; the verdict filter needs the check and runs
on the merged rows. The findings (JSON) are loaded only for the rows on screen.
"""

import datetime
import logging
from dataclasses import dataclass, field

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_tasks import task
from django_tasks.base import TaskResultStatus
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from . import gate
from .dashboard_models import RecheckRun
from .feedback import PageFeedback
from .models import (
    DOMAINS,
    HomePage,
    InformationPage,
    LetterTemplate,
    ReadabilityCheck,
    ReadabilityException,
    RightsDutiesPage,
    StandardText,
    TopicPage,
)

logger = logging.getLogger(__name__)

PAGE_MODELS = [HomePage, TopicPage, InformationPage, RightsDutiesPage]
SNIPPET_MODELS = [LetterTemplate, StandardText]
TOP_FINDINGS = 3
# Progress is written every BATCH texts: often enough to watch, rarely enough to be cheap.
BATCH = 25
# A run that has not finished after this long is taken to have died with its worker.
STALE_AFTER = datetime.timedelta(hours=1)

STATUS_LABELS = {
    "live": gettext_lazy("live"),
    "draft": gettext_lazy("concept"),
    "live_draft": gettext_lazy("live met concept"),
}
VERDICT_LABELS = {
    "pass": gettext_lazy("goedgekeurd"),
    "block": gettext_lazy("tegengehouden"),
    "exception": gettext_lazy("uitzondering"),
    "unchecked": gettext_lazy("nog niet gecontroleerd"),
}
NOT_CHECKED = gettext_lazy("nog niet gecontroleerd")

# Who may see the dashboard: every admin role reads letter texts (Medewerkers have no
# admin access at all, so the admin keeps them out first).
view_policy = ModelPermissionPolicy(LetterTemplate)


def can_recheck(user) -> bool:
    """Re-checking is for the roles that write texts: Beheer, Communicatie, Versimpelteam.

    They are exactly the roles that may change letter templates (see roles.py), so that
    permission is the rule; Ervaringsdeskundigen only read.
    """
    return user.is_active and (
        user.is_superuser or user.has_perm("content_models.change_lettertemplate")
    )


def _status(live: bool, has_unpublished_changes: bool) -> str:
    if not live:
        return "draft"
    return "live_draft" if has_unpublished_changes else "live"


@dataclass
class Row:
    """One text on the dashboard; plain data, so thousands of them cost little."""

    model: type
    pk: int
    content_type_id: int
    title: str
    type_label: str
    topic: str
    language: str
    status: str
    is_page: bool
    check_id: int | None = None
    level: str = ""
    verdict: str = "unchecked"
    checked_at: datetime.datetime | None = None
    findings: list[str] = field(default_factory=list)
    feedback_total: int = 0
    feedback_clear: int = 0

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def verdict_label(self) -> str:
        return str(VERDICT_LABELS[self.verdict])

    @property
    def level_label(self) -> str:
        if self.check_id is None:
            return "—"
        return self.level or _("onbekend")

    @property
    def edit_url(self) -> str:
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[self.pk])

    @property
    def findings_url(self) -> str:
        return reverse("helder_readability_findings", args=[self.content_type_id, self.pk])

    @property
    def feedback_url(self) -> str:
        return reverse("helder_dashboard_feedback", args=[self.pk]) if self.is_page else ""

    @property
    def feedback_percent(self) -> int | None:
        if not self.feedback_total:
            return None
        return round(100 * self.feedback_clear / self.feedback_total)

    @property
    def findings_text(self) -> str:
        return " | ".join(self.findings)

    @property
    def checked_export(self):
        if self.checked_at is None:
            return str(NOT_CHECKED)
        # Local time without zone: spreadsheets show it as the editors' own clock.
        return timezone.localtime(self.checked_at).replace(tzinfo=None, microsecond=0)

    @property
    def feedback_percent_export(self):
        return "" if self.feedback_percent is None else self.feedback_percent


# --- building the rows ---------------------------------------------------------------


def _type_key(model) -> str:
    return model._meta.model_name


def _type_choices():
    return [(_type_key(m), m._meta.verbose_name.capitalize()) for m in PAGE_MODELS + SNIPPET_MODELS]


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


@dataclass
class Filters:
    types: set[str] | None = None
    topic: str = ""
    status: str = ""
    verdict: str = ""
    language: str = ""


def _apply_common(queryset, filters: Filters):
    if filters.status == "live":
        queryset = queryset.filter(live=True, has_unpublished_changes=False)
    elif filters.status == "draft":
        queryset = queryset.filter(live=False)
    elif filters.status == "live_draft":
        queryset = queryset.filter(live=True, has_unpublished_changes=True)
    if filters.language:
        queryset = queryset.filter(locale__language_code=filters.language)
    return queryset


def _wanted(model, filters: Filters) -> bool:
    return not filters.types or _type_key(model) in filters.types


def _page_rows(filters: Filters) -> list[Row]:
    page_models = [m for m in PAGE_MODELS if _wanted(m, filters)]
    if filters.topic.startswith("domain-") or not page_models:
        return []
    content_types = ContentType.objects.get_for_models(*page_models)
    by_ct = {ct.pk: model for model, ct in content_types.items()}
    pages = Page.objects.filter(content_type_id__in=by_ct)
    if filters.topic.startswith("page-"):
        topic_path = (
            TopicPage.objects.filter(pk=filters.topic.removeprefix("page-"))
            .values_list("path", flat=True)
            .first()
        )
        if topic_path is None:
            return []
        pages = pages.filter(path__startswith=topic_path)
    pages = _apply_common(pages, filters)
    topics = dict(TopicPage.objects.values_list("path", "title"))
    rows = []
    for page in pages.values(
        "pk",
        "title",
        "content_type_id",
        "live",
        "has_unpublished_changes",
        "locale__language_code",
        "path",
        "depth",
    ):
        model = by_ct[page["content_type_id"]]
        topic = next(
            (
                topics[page["path"][: depth * Page.steplen]]
                for depth in range(page["depth"], 0, -1)
                if page["path"][: depth * Page.steplen] in topics
            ),
            "",
        )
        rows.append(
            Row(
                model=model,
                pk=page["pk"],
                content_type_id=page["content_type_id"],
                title=page["title"],
                type_label=_verbose_name(model),
                topic=topic,
                language=page["locale__language_code"],
                status=_status(page["live"], page["has_unpublished_changes"]),
                is_page=True,
            )
        )
    return rows


def _snippet_rows(filters: Filters) -> list[Row]:
    if filters.topic.startswith("page-"):
        return []
    rows = []
    for model in SNIPPET_MODELS:
        if not _wanted(model, filters):
            continue
        queryset = _apply_common(model.objects.all(), filters)
        fields = ["pk", "title", "live", "has_unpublished_changes", "locale__language_code"]
        if model is LetterTemplate:
            fields += ["code", "domain"]
            if filters.topic:
                queryset = queryset.filter(domain=filters.topic.removeprefix("domain-"))
        elif filters.topic:
            continue  # Standard texts belong to no topic or domain.
        content_type_id = ContentType.objects.get_for_model(model).pk
        domains = dict(DOMAINS)
        for item in queryset.values(*fields):
            rows.append(
                Row(
                    model=model,
                    pk=item["pk"],
                    content_type_id=content_type_id,
                    title=f"{item['code']} {item['title']}" if "code" in item else item["title"],
                    type_label=_verbose_name(model),
                    topic=str(domains.get(item.get("domain"), "")),
                    language=item["locale__language_code"],
                    status=_status(item["live"], item["has_unpublished_changes"]),
                    is_page=False,
                )
            )
    return rows


def _model_for(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _verbose_name(model) -> str:
    return str(model._meta.verbose_name).capitalize()


def _attach_checks(rows: list[Row]) -> None:
    """One query for every check of the listed types, keyed by (content type, object id)."""
    content_type_ids = {row.content_type_id for row in rows}
    if not content_type_ids:
        return
    checks = (
        ReadabilityCheck.objects.filter(content_type_id__in=content_type_ids)
        .annotate(
            has_exception=Exists(
                ReadabilityException.objects.filter(revision_id=OuterRef("revision_id"))
            )
        )
        .values(
            "pk", "content_type_id", "object_id", "level", "passes", "checked_at", "has_exception"
        )
    )
    by_key = {(c["content_type_id"], c["object_id"]): c for c in checks}
    for row in rows:
        check = by_key.get((row.content_type_id, str(row.pk)))
        if check is None:
            continue
        row.check_id = check["pk"]
        row.level = check["level"]
        row.checked_at = check["checked_at"]
        # The check stores "allowed"; an allowed revision with a recorded exception went
        # live because of that exception.
        if not check["passes"]:
            row.verdict = "block"
        else:
            row.verdict = "exception" if check["has_exception"] else "pass"


def _attach_feedback(rows: list[Row]) -> None:
    """One grouped query: answers and "yes, clear" answers per page."""
    if not any(row.is_page for row in rows):
        return
    totals = {
        item["page_id"]: item
        for item in PageFeedback.objects.order_by()
        .values("page_id")
        .annotate(total=Count("pk"), clear_total=Count("pk", filter=Q(clear=True)))
    }
    for row in rows:
        if row.is_page and row.pk in totals:
            row.feedback_total = totals[row.pk]["total"]
            row.feedback_clear = totals[row.pk]["clear_total"]


def attach_findings(rows: list[Row]) -> list[Row]:
    """The first findings of the shown rows only: the JSON is the heavy part of a check."""
    ids = [row.check_id for row in rows if row.check_id is not None]
    if not ids:
        return rows
    findings = dict(ReadabilityCheck.objects.filter(pk__in=ids).values_list("pk", "findings"))
    for row in rows:
        found = findings.get(row.check_id) or []
        row.findings = [
            str(f.get("message", "")) for f in found[:TOP_FINDINGS] if isinstance(f, dict)
        ]
    return rows


SORT_KEYS = {
    "title": lambda row: (row.title.lower(), row.pk),
    "type": lambda row: (row.type_label, row.title.lower()),
    "level": lambda row: (row.level or "Z", row.title.lower()),
    "verdict": lambda row: (row.verdict, row.title.lower()),
    "checked": lambda row: (row.checked_at is not None, row.checked_at or timezone.now()),
}


def collect_rows(filters: Filters, ordering: str = "title") -> list[Row]:
    rows = _page_rows(filters) + _snippet_rows(filters)
    _attach_checks(rows)
    if filters.verdict:
        rows = [row for row in rows if row.verdict == filters.verdict]
    _attach_feedback(rows)
    key = ordering.removeprefix("-")
    rows.sort(key=SORT_KEYS.get(key, SORT_KEYS["title"]), reverse=ordering.startswith("-"))
    return rows


# --- the dashboard report ------------------------------------------------------------


class DashboardFilterSet(WagtailFilterSet):
    # The filters only describe the form; DashboardView applies them to its rows.
    type = django_filters.MultipleChoiceFilter(label=gettext_lazy("Soort"), choices=_type_choices)
    topic = django_filters.ChoiceFilter(
        label=gettext_lazy("Onderwerp"), choices=_topic_choices, empty_label=gettext_lazy("Alle")
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(STATUS_LABELS.items()),
        empty_label=gettext_lazy("Alle"),
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


class TemplateColumn(Column):
    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template


def _cell(name):
    return f"content_models/admin/dashboard_cell_{name}.html"


class DashboardView(ReportView):
    template_name = "content_models/admin/dashboard.html"
    page_title = gettext_lazy("Leesbaarheid")
    header_icon = "doc-full"
    index_url_name = "helder_dashboard"
    index_results_url_name = "helder_dashboard_results"
    filterset_class = DashboardFilterSet
    permission_policy = view_policy
    permission_required = "view"
    default_ordering = "title"
    export_filename = "leesbaarheid"
    verbose_name_plural = gettext_lazy("teksten")
    columns = [
        TitleColumn(
            "title", label=gettext_lazy("Titel"), get_url=lambda row: row.edit_url, sort_key="title"
        ),
        Column("type_label", label=gettext_lazy("Soort"), sort_key="type"),
        Column("topic", label=gettext_lazy("Onderwerp")),
        Column("language", label=gettext_lazy("Taal")),
        Column("status_label", label=gettext_lazy("Status")),
        Column("level_label", label=gettext_lazy("Niveau"), sort_key="level"),
        StatusTagColumn(
            "verdict_label",
            label=gettext_lazy("Oordeel"),
            primary=lambda row: row.verdict == "pass",
            sort_key="verdict",
        ),
        TemplateColumn("findings", _cell("findings"), label=gettext_lazy("Belangrijkste punten")),
        TemplateColumn(
            "checked_at",
            _cell("checked"),
            label=gettext_lazy("Laatst gecontroleerd"),
            sort_key="checked",
        ),
        TemplateColumn("feedback", _cell("feedback"), label=gettext_lazy("Reacties van lezers")),
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
        if not (self.filters and self.filters.is_valid()):
            return Filters()
        data = self.filters.form.cleaned_data
        return Filters(
            types=set(data.get("type") or []) or None,
            topic=data.get("topic") or "",
            status=data.get("status") or "",
            verdict=data.get("verdict") or "",
            language=data.get("language") or "",
        )

    def get_filtered_queryset(self):
        return collect_rows(self.filter_values, self.ordering or "title")

    def decorate_paginated_queryset(self, object_list):
        return attach_findings(list(object_list))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only and not self.is_export:
            context.update(
                run=RecheckRun.objects.select_related("started_by").first(),
                can_recheck=can_recheck(self.request.user),
                recheck_url=reverse("helder_dashboard_recheck"),
                exceptions=describe_exceptions(
                    list(
                        ReadabilityException.objects.select_related("user", "revision").order_by(
                            "-created_at", "-pk"
                        )[:5]
                    )
                ),
                exception_count=ReadabilityException.objects.count(),
                exceptions_url=reverse("helder_dashboard_exceptions"),
            )
        return context


# --- exceptions ----------------------------------------------------------------------


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
        exception.type_label = _verbose_name(model) if model else ""
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


class ExceptionsView(ReportView):
    page_title = gettext_lazy("Uitzonderingen op de B1-toets")
    header_icon = "warning"
    index_url_name = "helder_dashboard_exceptions"
    index_results_url_name = "helder_dashboard_exceptions_results"
    permission_policy = view_policy
    permission_required = "view"
    export_filename = "uitzonderingen-b1"
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


# --- citizens' comments on one page --------------------------------------------------


class FeedbackView(ReportView):
    template_name = "content_models/admin/dashboard_feedback.html"
    header_icon = "comment"
    permission_policy = view_policy
    permission_required = "view"
    verbose_name_plural = gettext_lazy("reacties")
    columns = [
        DateColumn("submitted_on", label=gettext_lazy("Datum")),
        Column("clear_label", label=gettext_lazy("Duidelijk?")),
        Column("comment", label=gettext_lazy("Opmerking")),
    ]
    list_export = ["submitted_on", "clear_label", "comment"]
    export_headings = {
        "submitted_on": gettext_lazy("Datum"),
        "clear_label": gettext_lazy("Duidelijk?"),
        "comment": gettext_lazy("Opmerking"),
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
        return PageFeedback.objects.filter(page=self.page).order_by("-submitted_on", "-pk")

    def decorate_paginated_queryset(self, object_list):
        for item in object_list:
            item.clear_label = _("ja") if item.clear else _("nee")
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


def _helder_pages():
    # The dashboard's page types; Wagtail's own welcome page is nobody's text.
    content_types = ContentType.objects.get_for_models(*PAGE_MODELS).values()
    return Page.objects.filter(content_type__in=content_types)


def gated_count() -> int:
    return _helder_pages().count() + LetterTemplate.objects.count() + StandardText.objects.count()


def gated_objects():
    """Every gated page (specific) and snippet, streamed so memory stays flat."""
    yield from _helder_pages().order_by("path").specific().iterator(chunk_size=200)
    for model in SNIPPET_MODELS:
        yield from model.objects.order_by("pk").iterator(chunk_size=200)


def recheck_one(obj) -> gate.GateDecision:
    """Judge the newest text of `obj`: the draft when there is one, else what is live."""
    revision = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    candidate = obj.get_latest_revision_as_object() if revision is not None else obj
    decision = gate.evaluate(candidate, revision)
    # No audit entry: a re-check publishes nothing, and thousands of "goedgekeurd" lines
    # would bury the real publish decisions. The RecheckRun row records the run.
    gate.store_verdict(obj, revision, decision)
    return decision


@task()
def recheck_everything(run_id: int) -> dict:
    """Runs in a worker (or inline with the immediate backend); writes progress in batches."""
    RecheckRun.objects.filter(pk=run_id).update(total=gated_count(), done=0, failed=0)
    done = failed = 0
    for obj in gated_objects():
        try:
            recheck_one(obj)
        except Exception:
            # One unreadable text must not stop the run; the log has the details.
            logger.exception("Re-check failed for %s %s", type(obj).__name__, obj.pk)
            failed += 1
        done += 1
        if done % BATCH == 0:
            RecheckRun.objects.filter(pk=run_id).update(done=done, failed=failed)
    RecheckRun.objects.filter(pk=run_id).update(
        done=done, failed=failed, finished_at=timezone.now()
    )
    return {"done": done, "failed": failed}


@require_POST
def start_recheck(request):
    if not can_recheck(request.user):
        raise PermissionDenied
    running = RecheckRun.objects.filter(
        finished_at__isnull=True, started_at__gte=timezone.now() - STALE_AFTER
    ).first()
    if running is not None:
        messages.warning(
            request, _("De controle loopt al. Wacht tot die klaar is en probeer het dan opnieuw.")
        )
        return redirect("helder_dashboard")
    run = RecheckRun.objects.create(started_by=request.user, total=gated_count())
    result = recheck_everything.enqueue(run.pk)
    if result.status == TaskResultStatus.FAILED:
        messages.error(request, _("De controle is mislukt. Vraag Beheer om hulp."))
    elif result.status == TaskResultStatus.SUCCESSFUL:
        messages.success(request, _("Alle teksten zijn opnieuw gecontroleerd."))
    else:
        messages.success(
            request,
            _("De controle is gestart. Ververs deze pagina om te zien hoe ver die is."),
        )
    return redirect("helder_dashboard")


# --- wiring (registered in wagtail_hooks.py) ------------------------------------------


def urlpatterns():
    return [
        path("leesbaarheid/overzicht/", DashboardView.as_view(), name="helder_dashboard"),
        path(
            "leesbaarheid/overzicht/resultaten/",
            DashboardView.as_view(results_only=True),
            name="helder_dashboard_results",
        ),
        path("leesbaarheid/opnieuw/", start_recheck, name="helder_dashboard_recheck"),
        path(
            "leesbaarheid/uitzonderingen/",
            ExceptionsView.as_view(),
            name="helder_dashboard_exceptions",
        ),
        path(
            "leesbaarheid/uitzonderingen/resultaten/",
            ExceptionsView.as_view(results_only=True),
            name="helder_dashboard_exceptions_results",
        ),
        path(
            "leesbaarheid/reacties/<int:page_id>/",
            FeedbackView.as_view(),
            name="helder_dashboard_feedback",
        ),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return view_policy.user_has_permission(request.user, "view")


def dashboard_menu_item():
    return DashboardMenuItem(
        gettext_lazy("Leesbaarheid"),
        reverse("helder_dashboard"),
        name="leesbaarheid",
        icon_name="doc-full",
        order=50,
    )


def exceptions_menu_item():
    return DashboardMenuItem(
        gettext_lazy("Uitzonderingen B1"),
        reverse("helder_dashboard_exceptions"),
        name="uitzonderingen-b1",
        icon_name="warning",
        order=51,
    )

"""Which texts the readability reports list, and their latest verdicts, as light rows.

Pages and snippets live in different tables, so the listing is not one queryset: each
gated table is read once (`values()`, no model instances), the checks once and the
feedback totals once, then merged into `Row` objects. What is listed comes from the gate's
own registry (`gate.GATED_TYPES`), so every type the gate judges (accessible variants
included) is listed and re-checked without this module naming it. Filters the tables can
answer run in SQL; level and verdict need the check and run on the merged rows. Findings
(JSON, the heavy part of a check) are loaded only for the rows on screen.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page

from content_models import gate
from content_models.feedback import PageFeedback
from content_models.models import DOMAINS, ReadabilityCheck, ReadabilityException, TopicPage
from content_models.review_models import HumanCheckConfirmation

TOP_FINDINGS = 3
# An excerpt longer than this is cut: a whole paragraph in a spreadsheet cell helps nobody.
EXCERPT_CHARS = 120
LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]
# The field that names a text, in the order tried: a glossary entry is its word ("term"),
# an amount its label; "Begrip 114" tells an editor nothing.
TITLE_FIELDS = ("title", "term", "label")

STATUS_LABELS = {
    "live": gettext_lazy("live"),
    "draft": gettext_lazy("concept"),
    "live_draft": gettext_lazy("live met concept"),
}
VERDICT_LABELS = {
    "pass": gettext_lazy("goedgekeurd"),
    "human_check": gettext_lazy("B1-toets door een mens"),
    "block": gettext_lazy("tegengehouden"),
    "exception": gettext_lazy("uitzondering"),
    "confirmed": gettext_lazy("B1 bevestigd door een mens"),
    "unchecked": gettext_lazy("nog niet gecontroleerd"),
}
NOT_CHECKED = gettext_lazy("nog niet gecontroleerd")


# --- the gate's registry, as concrete models -------------------------------------------


def _is_gated(model) -> bool:
    return any(issubclass(model, registered) for registered in gate.GATED_TYPES)


def _concrete_gated_models() -> list[type]:
    return sorted(
        (
            model
            for model in apps.get_models()
            if not model._meta.proxy
            and _is_gated(model)
            # The bare Page is the tree root (and Wagtail's welcome page): nobody's text.
            and model is not Page
        ),
        key=lambda model: (model._meta.app_label, model._meta.model_name),
    )


def page_models() -> list[type]:
    """Every page type the gate judges."""
    return [model for model in _concrete_gated_models() if issubclass(model, Page)]


def snippet_models() -> list[type]:
    """Every other type the gate judges: letters, standard texts, accessible variants..."""
    return [model for model in _concrete_gated_models() if not issubclass(model, Page)]


def type_key(model) -> str:
    return model._meta.model_name


def verbose_name(model) -> str:
    return str(model._meta.verbose_name).capitalize()


def _field_names(model) -> set[str]:
    return {f.name for f in model._meta.get_fields()}


# --- rows ------------------------------------------------------------------------------


def _status(live: bool, has_unpublished_changes: bool) -> str:
    if not live:
        return "draft"
    return "live_draft" if has_unpublished_changes else "live"


def short_excerpt(excerpt) -> str:
    """The words a finding is about, on one line and cut to a readable length."""
    excerpt = " ".join(str(excerpt or "").split())
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
    return excerpt


def finding_text(finding: dict) -> str:
    """The finding's message with the words it is about: `Dit woord … niet: „middels”`."""
    message = str(finding.get("message", "")).strip()
    excerpt = short_excerpt(finding.get("excerpt"))
    if not excerpt:
        return message
    return f"{message.rstrip('.')}: „{excerpt}”" if message else f"„{excerpt}”"


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
    # The gate's stored three-way outcome: pass, human_check or block ("" = no check yet).
    band: str = ""
    # What the listing shows: the band, or "exception"/"unchecked".
    verdict: str = "unchecked"
    checked_at: datetime.datetime | None = None
    findings: list[dict] = field(default_factory=list)
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
        viewset = getattr(self.model, "snippet_viewset", None)
        if viewset is None:
            return ""
        try:
            return reverse(viewset.get_url_name("edit"), args=[self.pk])
        except NoReverseMatch:
            return ""

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
        return " | ".join(finding["text"] for finding in self.findings)

    @property
    def checked_export(self):
        if self.checked_at is None:
            return str(NOT_CHECKED)
        # Local time without zone: spreadsheets show it as the editors' own clock.
        return timezone.localtime(self.checked_at).replace(tzinfo=None, microsecond=0)

    @property
    def feedback_percent_export(self):
        return "" if self.feedback_percent is None else self.feedback_percent


@dataclass
class Filters:
    types: set[str] | None = None
    topic: str = ""
    status: str = ""
    verdict: str = ""
    language: str = ""
    levels: set[str] | None = None


def _apply_status(queryset, status: str, names: set[str]):
    if "live" not in names:
        # Types without drafts are always live.
        return queryset if status in ("", "live") else queryset.none()
    if status == "live":
        return queryset.filter(live=True, has_unpublished_changes=False)
    if status == "draft":
        return queryset.filter(live=False)
    if status == "live_draft":
        return queryset.filter(live=True, has_unpublished_changes=True)
    return queryset


def _wanted(model, filters: Filters) -> bool:
    return not filters.types or type_key(model) in filters.types


def _topic_path(filters: Filters) -> str | None:
    return (
        TopicPage.objects.filter(pk=filters.topic.removeprefix("page-"))
        .values_list("path", flat=True)
        .first()
    )


def _topic_of(path: str, topics: dict[str, str]) -> str:
    """The title of the nearest TopicPage at or above the tree `path`."""
    for depth in range(len(path) // Page.steplen, 0, -1):
        title = topics.get(path[: depth * Page.steplen])
        if title is not None:
            return title
    return ""


def _page_rows(filters: Filters, topics: dict[str, str]) -> list[Row]:
    wanted = [m for m in page_models() if _wanted(m, filters)]
    if filters.topic.startswith("domain-") or not wanted:
        return []
    by_ct = {ct.pk: model for model, ct in ContentType.objects.get_for_models(*wanted).items()}
    pages = Page.objects.filter(content_type_id__in=by_ct)
    if filters.topic.startswith("page-"):
        topic_path = _topic_path(filters)
        if topic_path is None:
            return []
        pages = pages.filter(path__startswith=topic_path)
    pages = _apply_status(pages, filters.status, {"live"})
    if filters.language:
        pages = pages.filter(locale__language_code=filters.language)
    return [
        Row(
            model=by_ct[page["content_type_id"]],
            pk=page["pk"],
            content_type_id=page["content_type_id"],
            title=page["title"],
            type_label=verbose_name(by_ct[page["content_type_id"]]),
            topic=_topic_of(page["path"], topics),
            language=page["locale__language_code"],
            status=_status(page["live"], page["has_unpublished_changes"]),
            is_page=True,
        )
        for page in pages.values(
            "pk",
            "title",
            "content_type_id",
            "live",
            "has_unpublished_changes",
            "locale__language_code",
            "path",
        )
    ]


def _snippet_rows(filters: Filters, topics: dict[str, str]) -> list[Row]:
    """Rows for the non-page types; what each can show depends on the fields it has."""
    topic_path = _topic_path(filters) if filters.topic.startswith("page-") else None
    if filters.topic.startswith("page-") and topic_path is None:
        return []
    domains = dict(DOMAINS)
    rows = []
    for model in snippet_models():
        if not _wanted(model, filters):
            continue
        names = _field_names(model)
        # Variants belong to a page: its language and its topic are theirs.
        on_page = "page" in names
        language_field = (
            "locale__language_code"
            if "locale" in names
            else "page__locale__language_code"
            if on_page
            else None
        )
        queryset = _apply_status(model._default_manager.all(), filters.status, names)
        if filters.language:
            if language_field is None:
                continue
            queryset = queryset.filter(**{language_field: filters.language})
        if filters.topic.startswith("domain-"):
            if "domain" not in names:
                continue
            queryset = queryset.filter(domain=filters.topic.removeprefix("domain-"))
        elif topic_path is not None:
            if not on_page:
                continue  # Only texts on a page have a topic in the page tree.
            queryset = queryset.filter(page__path__startswith=topic_path)
        title_field = next((name for name in TITLE_FIELDS if name in names), None)
        fields = ["pk"] + [
            name
            for name in (title_field, "code", "domain", "live", "has_unpublished_changes")
            if name in names
        ]
        fields += [language_field] if language_field else []
        fields += ["page__path"] if on_page else []
        content_type_id = ContentType.objects.get_for_model(model).pk
        label = verbose_name(model)
        for item in queryset.values(*fields):
            title = item.get(title_field) or f"{label} {item['pk']}"
            if item.get("code"):
                title = f"{item['code']} {title}"
            if "domain" in item:
                # As the topic filter names it: letters have a domain, not a topic page.
                topic = _("Brieven: %(domain)s") % {"domain": domains.get(item["domain"], "")}
            else:
                topic = _topic_of(item["page__path"], topics) if on_page else ""
            rows.append(
                Row(
                    model=model,
                    pk=item["pk"],
                    content_type_id=content_type_id,
                    title=title,
                    type_label=label,
                    topic=topic,
                    language=item.get(language_field, "") if language_field else "",
                    status=_status(item.get("live", True), item.get("has_unpublished_changes")),
                    is_page=False,
                )
            )
    return rows


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
            ),
            confirmed=Exists(
                HumanCheckConfirmation.objects.filter(revision_id=OuterRef("revision_id"))
            ),
        )
        .values(
            "pk",
            "content_type_id",
            "object_id",
            "level",
            "passes",
            "verdict",
            "checked_at",
            "has_exception",
            "confirmed",
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
        band = check["verdict"]
        if not check["passes"] and band == "pass":
            band = "block"  # A row written without a verdict: "not allowed" is the truth.
        row.band = band
        # An allowed revision with a recorded exception went live because of it; one with
        # a person's "dit is B1" left the grey zone that way.
        row.verdict = band
        if check["passes"] and check["has_exception"]:
            row.verdict = "exception"
        elif check["passes"] and check["confirmed"]:
            row.verdict = "confirmed"


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
    """The first findings of the given rows, each naming the word or sentence it is about."""
    ids = [row.check_id for row in rows if row.check_id is not None]
    if not ids:
        return rows
    findings = dict(ReadabilityCheck.objects.filter(pk__in=ids).values_list("pk", "findings"))
    for row in rows:
        found = [f for f in findings.get(row.check_id) or [] if isinstance(f, dict)]
        # Findings that point at words first: the level and verdict columns already say
        # what a whole-text finding ("De tekst is op niveau C1") says.
        found.sort(key=lambda f: not f.get("excerpt"))
        row.findings = [
            {
                "message": str(f.get("message", "")),
                "excerpt": short_excerpt(f.get("excerpt")),
                "text": finding_text(f),
            }
            for f in found[:TOP_FINDINGS]
        ]
    return rows


def _level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


SORT_KEYS = {
    "title": lambda row: (row.title.lower(), row.pk),
    "type": lambda row: (row.type_label, row.title.lower()),
    "level": lambda row: (_level_rank(row.level), row.title.lower()),
    "verdict": lambda row: (row.verdict, row.title.lower()),
    "checked": lambda row: (row.checked_at is not None, row.checked_at or timezone.now()),
}


def _topic_titles() -> dict[str, str]:
    """Tree path of every topic page -> the title of its Dutch original, so a topic and its
    translations are one topic in the counts and charts."""
    topics = list(TopicPage.objects.values_list("path", "title", "translation_key", "locale_id"))
    default_locale = Locale.get_default().pk
    original = {key: title for _, title, key, locale in topics if locale == default_locale}
    return {path: original.get(key, title) for path, title, key, _ in topics}


def collect_rows(filters: Filters, ordering: str = "title") -> list[Row]:
    topics = _topic_titles()
    rows = _page_rows(filters, topics) + _snippet_rows(filters, topics)
    _attach_checks(rows)
    if filters.verdict:
        rows = [row for row in rows if row.verdict == filters.verdict]
    if filters.levels:
        rows = [row for row in rows if row.check_id is not None and row.level in filters.levels]
    _attach_feedback(rows)
    key = ordering.removeprefix("-")
    rows.sort(key=SORT_KEYS.get(key, SORT_KEYS["title"]), reverse=ordering.startswith("-"))
    return rows

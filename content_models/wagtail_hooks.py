"""Admin registration for Helder's snippets."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TitleFieldPanel,
)
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from . import review_hooks, views
from .amount_forms import NormbedragForm
from .editor_views import HelderPageViewSet, HelderSnippetViewSet
from .models import (
    ChangeNotice,
    GlossaryTerm,
    HomePage,
    InformationPage,
    JargonEntry,
    LetterTemplate,
    Normbedrag,
    RightsDutiesPage,
    StandardText,
    TopicPage,
)
from .notice_forms import ChangeNoticeForm


class LetterTemplateViewSet(HelderSnippetViewSet):
    model = LetterTemplate
    icon = "mail"
    menu_label = _("Briefsjablonen")
    list_display = ["code", "title", "domain", "live"]
    list_filter = ["domain", "live"]
    search_fields = ["code", "title", "subject"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                TitleFieldPanel("title"),
                FieldPanel("domain"),
                FieldPanel("purpose"),
            ],
            heading=_("Over deze brief"),
        ),
        MultiFieldPanel(
            [FieldPanel("case_type"), FieldPanel("document_type")],
            heading=_("Voor het brievenprogramma"),
        ),
        FieldPanel("variables"),
        FieldPanel("subject"),
        FieldPanel("body"),
        FieldPanel("closing"),
    ]


class StandardTextViewSet(HelderSnippetViewSet):
    model = StandardText
    icon = "doc-full"
    menu_label = _("Standaardteksten")
    list_display = ["title", "kind", "live"]
    list_filter = ["kind", "live"]
    panels = [TitleFieldPanel("title"), FieldPanel("key"), FieldPanel("kind"), FieldPanel("body")]


class GlossaryTermViewSet(HelderSnippetViewSet):
    model = GlossaryTerm
    icon = "info-circle"
    menu_label = _("Begrippenlijst")
    list_display = ["term", "explanation"]
    panels = [FieldPanel("term"), FieldPanel("explanation"), FieldPanel("synonyms")]


class NormbedragViewSet(HelderSnippetViewSet):
    model = Normbedrag
    icon = "table"
    menu_label = _("Normbedragen")
    list_display = ["code", "label", "scheme", "live"]
    list_filter = ["scheme", "live"]
    search_fields = ["code", "label"]
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("label"),
            FieldPanel("explanation"),
            FieldPanel("scheme"),
            InlinePanel(
                "periods", heading=_("Bedragen per periode"), min_num=1, label=_("Periode")
            ),
        ],
        base_form_class=NormbedragForm,
    )


class ChangeNoticeViewSet(HelderSnippetViewSet):
    model = ChangeNotice
    icon = "calendar-alt"
    menu_label = _("Wijzigingen")
    list_display = ["title", "topic", "effective_date", "live"]
    list_filter = ["topic", "live"]
    search_fields = ["title", "summary"]
    edit_handler = ObjectList(
        [
            TitleFieldPanel("title"),
            FieldPanel("summary"),
            FieldPanel("topic"),
            FieldPanel("effective_date"),
            FieldPanel("pages"),
            FieldPanel("amounts"),
        ],
        base_form_class=ChangeNoticeForm,
    )


class JargonEntryViewSet(HelderSnippetViewSet):
    model = JargonEntry
    icon = "edit"
    menu_label = _("Woordenlijst")
    list_display = ["phrase", "alternatives", "severity"]
    list_filter = ["severity"]
    panels = [
        FieldPanel("phrase"),
        FieldPanel("alternatives"),
        FieldPanel("severity"),
        FieldPanel("note"),
    ]


class TextsGroup(SnippetViewSetGroup):
    menu_label = _("Teksten")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = [
        LetterTemplateViewSet,
        StandardTextViewSet,
        GlossaryTermViewSet,
        NormbedragViewSet,
        ChangeNoticeViewSet,
        JargonEntryViewSet,
    ]


register_snippet(TextsGroup)


class GateLogFormatter(LogFormatter):
    """Shows a gate decision in the history: verdict, level and the rules that decided it."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        text = f"{self.label}: niveau {data.get('level') or 'onbekend'}"
        if data.get("rules"):
            text += " (" + review_hooks.rules_in_dutch(data["rules"]) + ")"
        if data.get("exception"):
            # A grey-zone text confirmed as B1 carries that reason in the same field.
            why = (
                "Waarom dit B1 is"
                if data.get("verdict") == "confirmed"
                else "Reden van de uitzondering"
            )
            text += f". {why}: {data['exception']}"
        return text


@hooks.register("register_log_actions")
def register_gate_log_actions(actions):
    for verdict, label in (
        ("pass", _("B1-toets goedgekeurd")),
        ("block", _("B1-toets: tegengehouden")),
        ("exception", _("B1-toets: gepubliceerd met uitzondering")),
        ("human_check", _("B1-toets: een mens moet kijken")),
        ("confirmed", _("B1-toets: gepubliceerd, B1 bevestigd door het Versimpelteam")),
    ):
        actions.register_action(f"helder.gate.{verdict}")(
            type(f"Gate{verdict.title()}Formatter", (GateLogFormatter,), {"label": label})
        )
    actions.register_action("helder.gate.exception_granted")(ExceptionGrantedFormatter)


class ExceptionGrantedFormatter(LogFormatter):
    label = _("Uitzondering op de B1-toets vastgelegd")

    def format_message(self, log_entry):
        return f"{self.label}: {(log_entry.data or {}).get('reason', '')}"


@hooks.register("register_admin_urls")
def register_gate_urls():
    return [
        path(
            "leesbaarheid/<int:content_type_id>/<str:object_id>/",
            views.findings,
            name="helder_readability_findings",
        ),
        path(
            "leesbaarheid/uitzondering/<int:content_type_id>/<str:object_id>/",
            views.grant_exception,
            name="helder_readability_exception",
        ),
        path(
            "leesbaarheid/live/<int:content_type_id>/",
            views.live_check,
            name="helder_readability_live",
        ),
        path(
            "leesbaarheid/live/<int:content_type_id>/<str:object_id>/",
            views.live_check,
            name="helder_readability_live",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_page_editors():
    # Helder's editor views add the Leesbaarheid panel (and other registered panels).
    return [
        HelderPageViewSet(name=f"helder_{model._meta.model_name}", model=model)
        for model in (HomePage, TopicPage, InformationPage, RightsDutiesPage)
    ]


# The readability reports (content_models/dashboard/): dashboard, exceptions, re-check.
from . import dashboard  # noqa: E402


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return dashboard.urlpatterns()


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return dashboard.dashboard_menu_item()


@hooks.register("register_reports_menu_item")
def register_exceptions_menu_item():
    return dashboard.exceptions_menu_item()

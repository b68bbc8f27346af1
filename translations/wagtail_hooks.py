"""Admin wiring: accessible-variant editors, the variants side panel, the report."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtailmedia.edit_handlers import MediaChooserPanel

from content_models.editor_views import HelderSnippetViewSet

from . import panels, report  # noqa: F401  (panels registers the side panel)
from .editor_views import VariantCreateView
from .models import AudioVariant, EasyReadVariant, SignLanguageVideo


class VariantViewSet(HelderSnippetViewSet):
    add_view_class = VariantCreateView
    list_display = ["title", "page", "live"]
    list_filter = ["live"]


class EasyReadViewSet(VariantViewSet):
    model = EasyReadVariant
    icon = "doc-full"
    menu_label = _("Makkelijk lezen")
    panels = [FieldPanel("page"), FieldPanel("title"), FieldPanel("intro"), FieldPanel("body")]


class AudioViewSet(VariantViewSet):
    model = AudioVariant
    icon = "media"
    menu_label = _("Luisterversies")
    panels = [
        FieldPanel("page"),
        FieldPanel("title"),
        MediaChooserPanel("media", media_type="audio"),
        FieldPanel("description"),
    ]


class SignLanguageViewSet(VariantViewSet):
    model = SignLanguageVideo
    icon = "media"
    menu_label = _("Gebarentaal")
    panels = [
        FieldPanel("page"),
        FieldPanel("title"),
        MediaChooserPanel("media", media_type="video"),
        FieldPanel("captions"),
        FieldPanel("description"),
    ]


class VariantsGroup(SnippetViewSetGroup):
    menu_label = _("Toegankelijke versies")
    menu_icon = "globe"
    menu_order = 210
    items = [EasyReadViewSet, AudioViewSet, SignLanguageViewSet]


register_snippet(VariantsGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return report.urlpatterns()


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return report.menu_item()

"""The "Varianten" side panel: languages × accessible forms of the original being edited."""

from django.forms import Media
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.models import Page

from content_models.models import GlossaryTerm, LetterTemplate, StandardText
from content_models.panels import register_side_panel

from . import variants


@register_side_panel
class VariantsSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Talen en varianten tonen of verbergen")
        icon_name = "globe"

    name = "varianten"
    title = _("Talen en varianten")
    template_name = "translations/admin/variants_panel.html"
    order = 346

    @classmethod
    def applies_to(cls, obj):
        # Only originals: a translation's own editor is wagtail-localize's.
        return isinstance(
            obj, Page | LetterTemplate | StandardText | GlossaryTerm
        ) and variants.is_original(obj)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = variants.matrix(self.object, self.request.user)
        context["forms"] = variants.forms_for(getattr(self.object, "specific", self.object))
        return context

    @property
    def media(self):
        return Media(css={"all": ["translations/admin.css"]})

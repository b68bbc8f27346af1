"""Side panels in the page and snippet editors.

Wagtail has no hook for extra side panels, so Helder's editor views (see editor_views.py)
add every panel registered here whose `applies_to(obj)` is true. Other apps register
theirs with `register_side_panel`.
"""

from django.contrib.contenttypes.models import ContentType
from django.forms import Media
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel

from . import gate, review
from .models import ReadabilityCheck
from .review_models import ForcedPublication, HumanCheckConfirmation

SIDE_PANELS: list[type[BaseSidePanel]] = []


def register_side_panel(panel_class):
    SIDE_PANELS.append(panel_class)
    return panel_class


def side_panels_for(obj, request):
    return [panel(obj, request) for panel in SIDE_PANELS if panel.applies_to(obj)]


@register_side_panel
class ReadabilitySidePanel(BaseSidePanel):
    """Level, verdict and findings of the text being edited, updated as the editor types."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Leesbaarheid tonen of verbergen")
        icon_name = "glasses"

    name = "leesbaarheid"
    title = _("Leesbaarheid")
    template_name = "content_models/admin/side_panels/readability.html"
    order = 345

    @classmethod
    def applies_to(cls, obj):
        return gate.is_gated(obj)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        content_type = ContentType.objects.get_for_model(self.model, for_concrete_model=False)
        args = [content_type.pk] + ([self.object.pk] if self.object.pk else [])
        context["check_url"] = reverse("helder_readability_live", args=args)
        context["last_check"] = (
            ReadabilityCheck.objects.filter(
                content_type=content_type, object_id=str(self.object.pk)
            ).first()
            if self.object.pk
            else None
        )
        return context

    @property
    def media(self):
        return Media(
            js=["content_models/js/readability-panel.js"],
            css={"all": ["content_models/css/readability-panel.css"]},
        )


@register_side_panel
class ReviewSidePanel(BaseSidePanel):
    """What experts by experience answered, and whether a live text still waits for review;
    shown to the author and the reviewer alike."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Meelezers tonen of verbergen")
        icon_name = "group"

    name = "meelezers"
    title = _("Meelezers")
    template_name = "content_models/admin/side_panels/review.html"
    order = 346

    @classmethod
    def applies_to(cls, obj):
        return gate.is_gated(obj) and obj.pk is not None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        content_type = review.content_type_of(self.object)
        mine = {"content_type": content_type, "object_id": str(self.object.pk)}
        context["answers"] = review.answers_for(self.object)[:30]
        context["not_reviewed"] = ForcedPublication.objects.filter(
            approved_at__isnull=True, **mine
        ).exists()
        context["confirmations"] = HumanCheckConfirmation.objects.filter(**mine).select_related(
            "user"
        )[:10]
        return context

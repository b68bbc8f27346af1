"""Helder's page and snippet editor views: Wagtail's own, plus the registered side panels."""

from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.views.pages.create import CreateView as PageCreateView
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet

from .panels import side_panels_for


class ExtraSidePanelsMixin:
    def get_side_panels(self):
        panels = super().get_side_panels()
        if getattr(self, "expects_json_response", False):
            return panels
        instance = getattr(self, "page", None) or self.form.instance
        return MediaContainer([*panels, *side_panels_for(instance, self.request)])


class HelderPageEditView(ExtraSidePanelsMixin, PageEditView):
    pass


class HelderPageCreateView(ExtraSidePanelsMixin, PageCreateView):
    pass


class HelderPageViewSet(PageViewSet):
    edit_view_class = HelderPageEditView
    add_view_class = HelderPageCreateView


class HelderSnippetEditView(ExtraSidePanelsMixin, SnippetEditView):
    pass


class HelderSnippetCreateView(ExtraSidePanelsMixin, SnippetCreateView):
    pass


class HelderSnippetViewSet(SnippetViewSet):
    edit_view_class = HelderSnippetEditView
    add_view_class = HelderSnippetCreateView

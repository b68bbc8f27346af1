"""The variant create view takes `?page=<id>` from the variants panel's "Maken" link."""

from content_models.editor_views import HelderSnippetCreateView


class VariantCreateView(HelderSnippetCreateView):
    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        page_id = self.request.GET.get("page", "")
        if not page_id.isdigit():
            return instance
        instance = instance or self.model()
        instance.page_id = int(page_id)
        return instance

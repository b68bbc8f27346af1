"""The editor form of a change notice: the pages and amounts it concerns are ticked from short
lists of Dutch pages and amounts, not picked from every page in every language."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale, Page

from .amounts import Normbedrag


class ChangeNoticeForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A translation of the notice keeps the Dutch notice's links (translations/config.py);
        # the banner finds each page's translation itself.
        dutch = Locale.get_default()
        pages, amounts = self.fields["pages"], self.fields["amounts"]
        # The widget first: setting the queryset fills in the widget's choices.
        pages.widget = forms.CheckboxSelectMultiple()
        pages.label_from_instance = lambda page: page.title
        # Drafts too: a link to a page or amount that goes offline later must not vanish
        # unseen the next time the notice is saved.
        pages.queryset = Page.objects.filter(locale=dutch, depth__gt=2).order_by("path")
        amounts.widget = forms.CheckboxSelectMultiple()
        amounts.queryset = Normbedrag.objects.filter(locale=dutch)

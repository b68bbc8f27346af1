"""The "Wat is er veranderd" pages in the sitemap: the whole site in every language, and each
topic that has a live change notice."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Locale

from content_models.notices import ChangeNotice

from .listing import list_url


class ChangesSitemap(WagtailSitemap):
    """Items are (language, topic) paths; the host is the Wagtail site's, as for the pages."""

    changefreq = "weekly"
    _urls = DjangoSitemap._urls  # Wagtail's version expects pages

    def items(self):
        languages = sorted(Locale.objects.values_list("language_code", flat=True))
        topics = sorted(set(ChangeNotice.objects.filter(live=True).values_list("topic", flat=True)))
        return [(language, topic) for language in languages for topic in [None, *topics]]

    def location(self, item):
        return list_url(*item)

    def lastmod(self, item):
        return None

    def get_protocol(self, protocol=None):
        return urlsplit(self.get_wagtail_site().root_url).scheme

    def get_domain(self, site=None):
        return urlsplit(self.get_wagtail_site().root_url).netloc

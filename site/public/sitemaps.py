from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists only the site root's tree; translations are trees of their own."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for translation in root.get_translations(inclusive=True):
            pages |= translation.get_descendants(inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

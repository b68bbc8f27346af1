"""URLs without a language prefix: sitemap.xml, robots.txt and the benchmark's baseline."""

from django.conf import settings
from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .favicon import favicon
from .sitemaps import AllLanguagesSitemap
from .views import pages

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", pages.robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if getattr(settings, "HELDER_BENCHMARK_VIEWS", False):
    urlpatterns.append(path("bench/baseline/", pages.benchmark_baseline, name="bench-baseline"))

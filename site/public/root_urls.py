"""URLs without a language prefix: robots.txt, the favicon and the benchmark's baseline.

sitemap.xml is in the project's urls.py: it lists the pages of more than one app."""

from django.conf import settings
from django.urls import path

from .favicon import favicon
from .views import pages

urlpatterns = [
    path("robots.txt", pages.robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if getattr(settings, "HELDER_BENCHMARK_VIEWS", False):
    urlpatterns.append(path("bench/baseline/", pages.benchmark_baseline, name="bench-baseline"))

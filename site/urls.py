from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from helder.changes.sitemaps import ChangesSitemap
from helder.health import views as health
from helder.health.middleware import unavailable_json
from helder.letters.api import api as letters_api
from helder.public.sitemaps import AllLanguagesSitemap
from helder.redis_cache import CacheUnavailable
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

# The letter service's rate limit cannot count while Redis is down: it refuses (503),
# with the API's structured error, instead of letting every request through.
letters_api.add_exception_handler(CacheUnavailable, lambda request, exc: unavailable_json())

urlpatterns = [
    path("healthz/", health.healthz, name="healthz"),
    path("readyz/", health.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", letters_api.urls),
    path("medewerkers/", include("helder.letters.urls")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": AllLanguagesSitemap, "changes": ChangesSitemap}},
        name="sitemap",
    ),
    path("", include("helder.public.root_urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or getattr(settings, "HELDER_SERVE_MEDIA", False):
    # Development and the browser tests; production serves media from its storage.
    import re

    from django.urls import re_path
    from django.views.static import serve

    def serve_media(request, path):
        # MEDIA_ROOT is read per request: tests point it at a folder of their own.
        return serve(request, path, document_root=settings.MEDIA_ROOT)

    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve_media)]

# Public pages live under a language prefix: /nl/, /en/, /ar/ …
urlpatterns += i18n_patterns(
    path("", include("helder.public.urls")),
    path("wijzigingen-per-mail/", include("helder.subscriptions.urls")),
    path("veranderd/", include("helder.changes.urls")),
    # Easy-read, sign language and large print of a page (translations app).
    path("", include("translations.urls")),
    path("", include(wagtail_urls)),
)

"""Settings shared by every environment. Environment-specific modules import from here."""

from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "helder",
    "helder.public",
    "helder.letters",
    "helder.subscriptions",
    "helder.changes",
    # Serves Swagger UI for /api/v1/docs from its own static files (no CDN).
    "ninja",
    "translations",
    "content_models",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "helder.tasks",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Security headers on every response, cached pages included (they sit outside the cache).
    "helder.security.csp.ScopedCSPMiddleware",
    "helder.security.headers.PermissionsPolicyMiddleware",
    # Anonymous page cache: right after security, so a hit skips sessions and auth.
    "helder.public.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check reads a form body: an over-large letter request gets a 413.
    "helder.letters.middleware.RequestSizeLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "content_models.middleware.PublicationBlockedMiddleware",
    # A PO upload without wagtail-localize's header gets a Dutch message, not a 500.
    "translations.po_upload.POUploadGuardMiddleware",
    "helder.public.routes.RouteMemoMiddleware",
    # A rate limit that cannot count (Redis down) refuses with a calm 503, not the 500 page.
    "helder.health.middleware.CacheUnavailableMiddleware",
]

ROOT_URLCONF = "helder.urls"
WSGI_APPLICATION = "helder.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite next to the checkout unless DATABASE_URL names another database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# The public site's languages. Dutch is the source; the others are translations.
WAGTAIL_I18N_ENABLED = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
    ("uk", "Українська"),
]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# Submitting a page for translation makes a draft, never a live copy of the Dutch text:
# a translation goes live only when it is published through the gate.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Development runs tasks at once; production queues them for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Helder — gemeente Helderstad"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# On PostgreSQL the database backend stems Dutch words ("uitkeringen" finds "uitkering").
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "content_models.finish_workflow.publish_approved"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# Content-Security-Policy (django-csp): scripts and styles only from our own static files,
# or inline with this response's nonce ({{ request.csp_nonce }}); never 'unsafe-inline'.
# In every environment, so the browser tests run under the policy production has.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin (not our templates) needs one thing more. Measured in Chromium with the
# public policy on the admin (tests/browser/test_csp.py walks login, dashboard, page edit
# and publish and fails on any violation):
# - Draftail (the rich-text editor) renders <style> elements for nested lists from React:
#   style-src-elem needs 'unsafe-inline' (without a nonce, which would switch it off).
#   Styles cannot run code; scripts stay 'self'/nonce-only.
# Two other findings were fixed instead of allowed: Wagtail's date widgets wrote inline
# <script> calls (templates/wagtailadmin/widgets/ now start them from a static file), and
# avatars came from gravatar.com (switched off below, which also keeps e-mail hashes in).
HELDER_ADMIN_CSP_PREFIXES = ["/admin/"]
HELDER_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "style-src-elem": [SELF, UNSAFE_INLINE],
    }
}
# No avatars from gravatar.com: it would learn which editors use the admin (AVG).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Browser features Helder never uses are off for every page (Permissions-Policy).
# Kept: fullscreen for the sign-language videos, clipboard-write for the letter pages' copy
# buttons, both for our own origin only.
HELDER_PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "clipboard-write": ["self"],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Logs never carry citizen data; keep them to warnings and above from Django itself.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Demo users with a published password may only be made where this is true.
HELDER_DEMO_USERS_ALLOWED = False

# Letter service (helder.letters): requests per minute per API token or caseworker.
HELDER_LETTERS_RATE_LIMIT = 120

# Public site (helder.public): anonymous page cache and the feedback form's rate limit.
HELDER_PUBLIC_PAGE_CACHE = True
HELDER_PUBLIC_CACHE_MAX_AGE = 300  # seconds browsers and proxies may reuse a page
HELDER_PUBLIC_CACHE_TIMEOUT = 3600  # seconds a rendered page stays in Django's cache
HELDER_PUBLIC_FRAGMENTS = True  # cache page parts (header, notices, body) until a publish
HELDER_PUBLIC_FEEDBACK_LIMIT = 5  # answers per client …
HELDER_PUBLIC_FEEDBACK_WINDOW = 600  # … per 10 minutes
HELDER_BENCHMARK_VIEWS = False  # mounts /bench/baseline/ for benchmarks/public_site_bench.py


# Change notices by e-mail (helder.subscriptions).
HELDER_SUBSCRIPTIONS_CONFIRM_DAYS = 7  # an unconfirmed subscription is deleted after this
HELDER_SUBSCRIPTIONS_RATE_LIMIT = 5  # subscribe/unsubscribe requests per client …
HELDER_SUBSCRIPTIONS_RATE_WINDOW = 600  # … per 10 minutes
HELDER_SUBSCRIPTIONS_MAILS_PER_ADDRESS = 3  # mails a day the forms may start to one address
HELDER_SUBSCRIPTIONS_MAX_BOUNCES = 10  # hard bounces (5xx) in a row before a subscription goes
HELDER_SUBSCRIPTIONS_SITE_URL = ""  # the links in mails; empty means WAGTAILADMIN_BASE_URL
DEFAULT_FROM_EMAIL = "Gemeente Helderstad <wijzigingen@helderstad.nl>"
EMAIL_TIMEOUT = 30  # seconds; a hanging mail server fails the attempt, which is retried


# Translations (translations/): the languages to publish in, as language codes. Empty means
# every language in WAGTAIL_CONTENT_LANGUAGES; migrations create a Wagtail Locale for each.
HELDER_TRANSLATIONS_LOCALES: list[str] = []

# Read-aloud (translations/speech): espeak-ng speaks every published page in a background
# task; HELDER_SPEECH_RATE is espeak-ng's speed in words per minute.
HELDER_SPEECH_ON_PUBLISH = True
HELDER_SPEECH_RATE = 150

# "Wat is er veranderd" (helder.changes): pages a live change notice names show a banner
# from this many days before its ingangsdatum until this many days after it.
HELDER_CHANGE_BANNER_DAYS = 30

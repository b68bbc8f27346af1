"""Production settings: everything secret or site-specific comes from the environment.

deploy/helder.env.example lists every variable with an example; the README's
"Production layout" section says how the parts fit.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in env(name).split(",") if item.strip()]


DEBUG = False

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

# Every app server must see the same cache: page-cache invalidation, rate limits and the
# letter service's resolved letters and token decisions are only right when shared.
# helder.redis_cache keeps pages working (uncached) while Redis is down.
REDIS_URL = env("REDIS_URL")
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL must be set in the environment (the shared cache).")
CACHES = {"default": {"BACKEND": "helder.redis_cache.RedisCache", "LOCATION": REDIS_URL}}

# -- Background tasks: a persistent queue in PostgreSQL, run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# -- Files: static files with hashed names; media on S3-compatible storage or a shared folder.
STATIC_ROOT = env("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
MEDIA_ROOT = env("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
MEDIA_URL = env("MEDIA_URL", MEDIA_URL)  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
if bucket := env("HELDER_S3_BUCKET"):
    # django-storages reads the access keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
    # (or the machine's role); the endpoint makes any S3-compatible store work (MinIO …).
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": env("HELDER_S3_ENDPOINT_URL") or None,
            "region_name": env("HELDER_S3_REGION") or None,
            "custom_domain": env("HELDER_S3_CUSTOM_DOMAIN") or None,
            # Uploads are public media (images, speech, documents behind Wagtail's checks
            # are served through Django): no signed URLs that expire in a cached page.
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
elif media_storage := env("MEDIA_STORAGE_BACKEND"):
    STORAGES["default"] = {"BACKEND": media_storage}
# Documents go through Django, so Wagtail's privacy rules (private pages, collections)
# apply; the file itself comes from storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", WAGTAILADMIN_BASE_URL)  # noqa: F405

# -- HTTPS and security headers. TLS ends at the reverse proxy (deploy/nginx.conf), which
# sets X-Forwarded-Proto; nothing else may set it (the proxy overwrites it).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("HELDER_SSL_REDIRECT", True)
# Probes talk to the app servers directly over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$", r"^readyz/$"]
SECURE_HSTS_SECONDS = int(env("HELDER_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HELDER_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("HELDER_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview and wagtail-localize's editor frame themselves per view
# (xframe_options_sameorigin_override), so everything else may say DENY.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": True,
    }
}
HELDER_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **HELDER_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": True,
    }
}
# Media on another origin (object storage or a CDN) must be allowed to load.
_media_origin = urlsplit(MEDIA_URL)
if _media_origin.scheme and _media_origin.netloc:
    _origin = f"{_media_origin.scheme}://{_media_origin.netloc}"
    for _policy in (CONTENT_SECURITY_POLICY, HELDER_ADMIN_CONTENT_SECURITY_POLICY):
        for _directive in ("img-src", "media-src"):
            _policy["DIRECTIVES"][_directive] = [*_policy["DIRECTIVES"][_directive], _origin]

# How many reverse proxies stand in front of Helder. 0 (the default): the visitor's address
# is the connection's, and X-Forwarded-For is ignored, because anyone can send it. Raise it
# to the number of proxies that each append to X-Forwarded-For (README: Production layout).
HELDER_PUBLIC_TRUSTED_PROXY_COUNT = int(env("HELDER_PUBLIC_TRUSTED_PROXY_COUNT", "0"))

# -- Mail (change notices by e-mail): Django's SMTP backend, the server from the environment.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
HELDER_SUBSCRIPTIONS_SITE_URL = env("HELDER_SUBSCRIPTIONS_SITE_URL", WAGTAILADMIN_BASE_URL)

# -- Logs: to stderr (systemd's journal or the container log), never with citizen data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("HELDER_LOG_LEVEL", "WARNING")},
    "loggers": {"django_tasks": {"level": "INFO"}},
}

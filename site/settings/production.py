"""Production settings: everything secret or site-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

# Every worker must see the same cache: page-cache invalidation, rate limits and the
# letter service's resolved letters and token decisions are only right when shared.
REDIS_URL = os.environ.get("REDIS_URL", "")
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL must be set in the environment (the shared cache).")
CACHES = {"default": {"BACKEND": "helder.redis_cache.RedisCache", "LOCATION": REDIS_URL}}

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
MEDIA_URL = os.environ.get("MEDIA_URL", MEDIA_URL)  # noqa: F405
if media_storage := os.environ.get("MEDIA_STORAGE_BACKEND"):
    STORAGES = {**STORAGES, "default": {"BACKEND": media_storage}}  # noqa: F405

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", WAGTAILADMIN_BASE_URL)  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many reverse proxies stand in front of Helder; the feedback form's rate limit reads
# the visitor's address from X-Forwarded-For behind them (helder.public.ratelimit).
HELDER_PUBLIC_TRUSTED_PROXY_COUNT = int(os.environ.get("HELDER_PUBLIC_TRUSTED_PROXY_COUNT", "1"))
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
}

# A test aid that must never reach production (content_models/human_check.py).
HELDER_GATE_FORCED_VERDICT = None

"""Fast, isolated settings for the test suite (as in Wagtail's bakerydemo)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
HELDER_DEMO_USERS_ALLOWED = True
# Speech is tested where it is the subject (tests/translations/test_speech.py), not on
# every publish of every test.
HELDER_SPEECH_ON_PUBLISH = False
# The browser tests play generated speech from the live server.
HELDER_SERVE_MEDIA = True

"""A URLconf without language prefixes, set on API requests that end in 404.

Django's LocaleMiddleware turns every 404 into a redirect to /nl/… when the
project's URLconf uses i18n_patterns (the Wagtail catch-all matches anything).
An API client needs the 404 itself, so a 404 from the API points the middleware
at this URLconf instead (see api.py). It is not used to resolve requests.
"""

from django.urls import path

from .api import api

urlpatterns = [path("api/v1/", api.urls)]

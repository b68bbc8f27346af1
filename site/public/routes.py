"""Routes to public pages, kept by each worker until the next publish.

For every page it serves, Wagtail finds the site for the host name, the home page in the
visitor's language, and the page with its own type: four queries, which took most of the
time of a page that is not in the page cache. The answer only changes when something is
published, moved, renamed or made private, and each of those starts a new generation of
the pages memo (cache.py, signals.py). So a worker keeps the answer in that memo and hands
it to Wagtail's serve view, through the attributes Wagtail itself caches it in per request.

Only found pages are kept, and at most MAX_ROUTES of them, so made-up URLs cannot fill
a worker's memory. A kept route with its page object takes about 24 KB (measured on the
demo pages), so a full memo is about 50 MB per worker; a publish empties it.
"""

from copy import copy

from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from translations import locales

from .cache import generation_for
from .cache import pages as pages_memo
from .languages import dutch_only_url

MAX_ROUTES = 2000


def _route_key(request, path: str) -> tuple:
    # A route depends on the site (host and port), the language (which home page) and the path.
    return ("route", request._get_raw_host(), request.get_port(), get_language(), path)


def _locale_id(language: str) -> int | None:
    _generation, memo = pages_memo.current()
    key = ("locale-id", language)
    if key not in memo:
        memo[key] = (
            Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        )
    return memo[key]


class RouteMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        _generation, memo = generation_for(request)
        key = _route_key(request, path)
        kept = memo.get(key)
        if kept is not None:
            request._wagtail_site, request._wagtail_route_for_request = kept
            return self.not_in_this_language(request, path, kept[1])
        route = Page.route_for_request(request, path)
        if route is not None and len(memo) < MAX_ROUTES:
            memo[key] = (Site.find_for_request(request), route)
        return self.not_in_this_language(request, path, route)

    @staticmethod
    def not_in_this_language(request, path, route):
        """A page that has no version in the visitor's language goes to the notice that says
        so in their language (languages.py), never shown in Dutch under a foreign header.

        Two ways to get here: Wagtail falls back to the Dutch home page for a language
        without content of its own (/tr/), and a Dutch-only page under a translated
        parent is not found at all (/ar/bijstand/<Dutch-only page>/)."""
        language = get_language()
        source = locales.source_language()
        if not language or language == source:
            return None
        if route is not None:
            page = route[0]
            if page.locale_id == _locale_id(language):
                return None
        else:
            with translation.override(source):
                request_copy = copy(request)
                for attribute in ("_wagtail_route_for_request", "_wagtail_site"):
                    request_copy.__dict__.pop(attribute, None)
                route = Page.route_for_request(request_copy, path)
            if route is None:
                return None
            page = route[0]
        if not page.live:
            return None
        return redirect(dutch_only_url(page))

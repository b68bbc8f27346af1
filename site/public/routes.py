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

from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .cache import generation_for

MAX_ROUTES = 2000


def _route_key(request, path: str) -> tuple:
    # A route depends on the site (host and port), the language (which home page) and the path.
    return ("route", request._get_raw_host(), request.get_port(), get_language(), path)


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
            return None
        route = Page.route_for_request(request, path)
        if route is not None and len(memo) < MAX_ROUTES:
            memo[key] = (Site.find_for_request(request), route)
        return None

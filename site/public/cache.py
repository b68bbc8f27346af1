"""Whole-page cache for anonymous visitors, and the Cache-Control headers of public pages.

A request is served from the cache only when nothing about it is personal: a GET or HEAD,
no query string, no session cookie (so nobody is logged in) and a path under a language
prefix. A response is stored only when it is a plain 200 HTML page that set no cookie,
so a page with a CSRF token (which sets the csrftoken cookie) is never shared.

Invalidation starts a new generation of the `pages` memo, which is part of every key: a
publish can change the page, its parents' lists of children, the search results and the
sitemap, so all of them go at once. Old entries expire by themselves. The same memo keeps
each worker's routes to pages (see routes.py), so they go at the same moment.

Pages show normbedragen valid on the day they are read, so the key also holds the last day
on which an amount changed (amount_data.py): at the first request after such a midnight
every page is rendered afresh, and browsers are told not to keep a page past that midnight.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from helder.memo import GenerationMemo, is_shared

from . import amount_data

NOT_CACHED_PREFIXES = ("/admin/", "/api/", "/medewerkers/", "/documents/", "/static/", "/media/")


def _setting(name, default):
    return getattr(settings, name, default)


pages = GenerationMemo("public-pages")


def generation_for(request) -> tuple[str, dict]:
    """The pages memo's generation and values, read once per request: the page cache, each
    cached part of a page and the route all use them."""
    if not hasattr(request, "_helder_public_pages"):
        request._helder_public_pages = pages.current()
    return request._helder_public_pages


def version_for(request) -> str:
    """The generation and the amounts' epoch: what every cached page and page part depends on."""
    version = getattr(request, "_helder_public_version", None)
    if version is None:
        generation, memo = generation_for(request)
        epoch = amount_data.from_memo(memo).epoch(amount_data.today())
        version = request._helder_public_version = f"{generation}:{epoch}"
    return version


def max_age_for(request, max_age: int) -> int:
    """`max_age`, cut short so no browser or proxy keeps a page past the next change day."""
    data = amount_data.from_memo(generation_for(request)[1])
    next_change = data.next_change(amount_data.today())
    if next_change is None:
        return max_age
    return min(max_age, amount_data.seconds_until(next_change))


def invalidate_all():
    pages.forget_now_and_on_commit()


def _language_prefixed(path: str) -> bool:
    first = path.lstrip("/").split("/", 1)[0]
    return first in {code for code, _name in settings.LANGUAGES}


def is_public_path(path: str) -> bool:
    return _language_prefixed(path) and not path.startswith(NOT_CACHED_PREFIXES)


def _key(request) -> str:
    host = request.get_host()
    digest = hashlib.sha256(f"{request.scheme}://{host}{request.path}".encode()).hexdigest()
    return f"helder-public:page:{version_for(request)}:{digest}"


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and is_public_path(request.path)
    )


def _cacheable_response(request, response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        # A page that used this response's CSP nonce cannot be shared: the next visitor
        # gets another nonce in the header, and the stored one would not match.
        getattr(request, "_csp_nonce", None) is None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and "private" not in control
        and "no-store" not in control
        and "no-cache" not in control
    )


class AnonymousPageCacheMiddleware:
    """Sits right after SecurityMiddleware, so a hit skips sessions, auth and the page query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("HELDER_PUBLIC_PAGE_CACHE", True) or not is_public_path(request.path):
            return self.get_response(request)
        if not _cacheable_request(request):
            response = self.get_response(request)
            # Logged-in users, form results and search queries: never in a shared cache.
            if response.get("Content-Type", "").startswith("text/html"):
                patch_cache_control(response, private=True, no_cache=True)
            return response

        if not is_shared(version_for(request)):
            # The shared cache is down (helder.redis_cache): render, store nothing.
            response = self.get_response(request)
            response["X-Helder-Cache"] = "unavailable"
            return response

        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            # Stored earlier in the day: count down to the next change day from now.
            patch_cache_control(
                response, max_age=max_age_for(request, _setting("HELDER_PUBLIC_CACHE_MAX_AGE", 300))
            )
            response["X-Helder-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if _cacheable_response(request, response):
            max_age = max_age_for(request, _setting("HELDER_PUBLIC_CACHE_MAX_AGE", 300))
            patch_cache_control(response, public=True, max_age=max_age)
            patch_vary_headers(response, ["Accept-Language"])
            headers = [(name, value) for name, value in response.items()]
            cache.set(
                key, (response.content, headers), _setting("HELDER_PUBLIC_CACHE_TIMEOUT", 3600)
            )
            response["X-Helder-Cache"] = "miss"
        elif response.get("Content-Type", "").startswith("text/html"):
            patch_cache_control(response, private=True, no_cache=True)
        return response

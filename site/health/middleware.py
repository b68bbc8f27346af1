"""Calm answers when the shared cache is down and a rate limit cannot count.

Pages and the admin work without Redis (see helder.redis_cache); only a counter cannot,
and it raises CacheUnavailable so the limit refuses instead of letting everything through.
This turns that into a 503 with a Dutch message and Retry-After, never the 500 page.
"""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from helder.redis_cache import CacheUnavailable

RETRY_AFTER_SECONDS = "60"
MESSAGE = "Dit kan nu even niet. Probeer het over een paar minuten opnieuw."


def unavailable_json(message: str = MESSAGE) -> JsonResponse:
    response = JsonResponse({"detail": message, "code": "temporarily_unavailable"}, status=503)
    response["Retry-After"] = RETRY_AFTER_SECONDS
    return response


class CacheUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, CacheUnavailable):
            return None
        if "application/json" in request.headers.get("Accept", ""):
            return unavailable_json()
        response = TemplateResponse(request, "503.html", {"message": MESSAGE}, status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response

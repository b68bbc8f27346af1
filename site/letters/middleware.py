"""Too-large requests to the letter service get 413 (JSON for the API), not a 400 page.

Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE when it is first read; for form
posts that is the CSRF check, which turns it into a bare 400. This runs before it and
answers in the caller's terms. Nothing of the body is read or logged.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

API_PREFIX = "/api/v1/"
PAGES_PREFIX = "/medewerkers/"
MESSAGE = "Dit verzoek is te groot. Stuur minder of kortere waarden."


def _too_large(request) -> bool:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if limit is None:
        return False
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > limit


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith((API_PREFIX, PAGES_PREFIX)) and _too_large(request):
            if path.startswith(API_PREFIX):
                problem = {
                    "field": "body",
                    "variable": None,
                    "code": "too_large",
                    "message": MESSAGE,
                }
                return JsonResponse({"detail": [problem]}, status=413)
            from .views import page_context

            return render(
                request, "letters/too_large.html", page_context("Te veel gegevens"), status=413
            )
        return self.get_response(request)

"""A calm Dutch answer to a bad PO upload in wagtail-localize's translation editor.

wagtail-localize's upload view reads the file's X-WagtailLocalize-TranslationID header
without checking that it is there, so a PO file made elsewhere (or by hand) gave a 500, and
a form sent without a file did too. This middleware checks the upload before the view
runs: a missing file, a file that is not PO, or one without the header gets a Dutch
message and goes back to the editor. A good file goes on to the view untouched, which
still checks that the header names this translation.
"""

import contextlib
import os
import tempfile

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.utils import get_valid_next_url_from_request

UPLOAD_VIEW = "wagtail_localize:upload_pofile"
HEADER = "X-WagtailLocalize-TranslationID"

NO_FILE = "Kies eerst een PO-bestand. Daarna kunt u het uploaden."
NOT_PO = "Dit bestand is geen PO-bestand. Download het PO-bestand van deze vertaling, vul het in en upload het opnieuw."
NO_HEADER = (
    "Dit PO-bestand hoort niet bij een vertaling in Helder: de regel "
    f"‘{HEADER}’ ontbreekt. Download het PO-bestand van deze vertaling, "
    "vul het in en upload het opnieuw."
)


def problem_with(upload) -> str | None:
    """The Dutch message for an upload the view cannot take, or None when it is fine."""
    if upload is None:
        return NO_FILE
    content = upload.read()
    upload.seek(0)  # the view reads it again
    # As the view does: polib takes a file name (a string would be read as a path).
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(content)
    try:
        po = polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return NOT_PO
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
    if not po.metadata.get(HEADER):
        return NO_HEADER
    return None


class POUploadGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name != UPLOAD_VIEW:
            return None
        if not request.user.is_authenticated:
            return None  # the view sends the visitor to the login page
        message = problem_with(request.FILES.get("file"))
        if message is None:
            return None
        messages.error(request, message)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))

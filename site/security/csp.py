"""Content-Security-Policy (django-csp, with nonces) with one policy per part of the site.

The public site and the letter pages get CONTENT_SECURITY_POLICY: scripts and styles from
our own static files or with this response's nonce, never 'unsafe-inline'. Wagtail's
admin is not ours to rewrite; paths under HELDER_ADMIN_CSP_PREFIXES get
HELDER_ADMIN_CONTENT_SECURITY_POLICY instead, which allows exactly what the admin was
measured to need in Chromium (see that setting for the measurement).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ScopedCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # a view's own @csp_override wins
        prefixes = tuple(getattr(settings, "HELDER_ADMIN_CSP_PREFIXES", ()))
        if prefixes and request.path_info.startswith(prefixes):
            parts.config = settings.HELDER_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts

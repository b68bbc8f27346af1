"""Authentication for the letter API: Wagtail API tokens or a logged-in caseworker session.

Tokens are Wagtail's own `APIToken` (stored as an HMAC-SHA256 digest, plaintext shown
once, revocable under Settings → API tokens). On top of Wagtail's bearer auth:

* a revoked token gets 403 (Wagtail treats it as unknown, 401), so its owner knows why;
* the token's user must be a caseworker (group Medewerkers) or a superuser, else 403;
* requests are counted per token (or per session user) and limited (429).

The Authorization header is never logged: a token is a password.
"""

from __future__ import annotations

import copy

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from django.db.models import Exists, OuterRef
from django.utils import timezone
from helder.memo import GenerationMemo
from ninja.errors import AuthorizationError, HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf
from wagtail.models import APIToken

from .access import CASEWORKER_GROUP, is_caseworker
from .ratelimit import seconds_over_limit

NOT_A_CASEWORKER = "U mag de briefservice niet gebruiken. Vraag uw beheerder om toegang."
REVOKED = "Deze sleutel is ingetrokken. Vraag uw beheerder om een nieuwe sleutel."
CSRF_FAILED = "De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw."
TOO_MANY = "U stuurt te veel verzoeken. Wacht even en probeer het dan opnieuw."


class RateLimited(HttpError):
    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(429, TOO_MANY)


def _enforce_rate_limit(identity: str) -> None:
    wait = seconds_over_limit(identity)
    if wait:
        raise RateLimited(wait)


class CaseworkerTokenAuth(HttpBearer):
    """`Authorization: Bearer <token>` with a Wagtail API token of a caseworker."""

    def __call__(self, request):
        # Re-implemented so a malformed header is never logged (HttpBearer logs it in DEBUG).
        scheme, _, token = (request.headers.get(self.header) or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return self.authenticate(request, token.strip())

    def authenticate(self, request, token):
        # A bearer header decides alone: a failing token never falls back to the session.
        request.user = AnonymousUser()
        if not APIToken.validate_token_format(token):
            return None
        api_token = _find_token(APIToken.candidate_key_hashes(token))
        if api_token is None or not api_token.user.is_active:
            return None
        if api_token.revoked_at is not None:
            raise AuthorizationError(403, REVOKED)
        if not is_caseworker(api_token.user):
            raise AuthorizationError(403, NOT_A_CASEWORKER)
        request.user = copy.copy(api_token.user)  # the memo's copy is shared between requests
        _touch_last_used(api_token)
        _enforce_rate_limit(f"token:{api_token.pk}")
        return api_token


# Known tokens with their user and group membership, dropped whenever a token, user,
# group or membership changes (signals.py), so a revocation counts from the next request.
known_tokens = GenerationMemo("api-tokens")


def _find_token(key_hashes: list[str]) -> APIToken | None:
    for key_hash in key_hashes:
        if (api_token := known_tokens.get(key_hash)) is not None:
            return api_token
    api_token = (
        APIToken.objects.select_related("user")
        # Group membership in the same query.
        .annotate(
            in_caseworker_group=Exists(
                Group.objects.filter(name=CASEWORKER_GROUP, user=OuterRef("user_id"))
            )
        )
        .filter(key_hash__in=key_hashes)
        .first()
    )
    if api_token is not None:  # unknown tokens are not kept: anyone can send any number
        api_token.user._helder_is_caseworker = api_token.in_caseworker_group
        known_tokens.set(api_token.key_hash, api_token)
    return api_token


def _touch_last_used(api_token) -> None:
    # At most once a minute (Wagtail's own setting), so a busy token does not write per request.
    interval = getattr(settings, "WAGTAILAPI_TOKEN_LAST_USED_INTERVAL", 60)
    if interval is None:
        return
    now = timezone.now()
    last = api_token.last_used_at
    if last is None or (now - last).total_seconds() >= interval:
        # An update, not save(): a save would drop every worker's known tokens.
        APIToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        api_token.last_used_at = now


class CaseworkerSessionAuth(APIKeyCookie):
    """A caseworker logged in to the letter pages; unsafe methods need a CSRF token."""

    param_name = settings.SESSION_COOKIE_NAME

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated):
            return None  # checked first, so anonymous requests get 401, not a CSRF 403
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise AuthorizationError(403, CSRF_FAILED)
        return self.authenticate(request, request.COOKIES.get(self.param_name))

    def authenticate(self, request, key):
        if not is_caseworker(request.user):
            raise AuthorizationError(403, NOT_A_CASEWORKER)
        _enforce_rate_limit(f"user:{request.user.pk}")
        return request.user


def letter_service_auth():
    return [CaseworkerTokenAuth(), CaseworkerSessionAuth()]

"""The links in mails: "<subscription id>.<keyed hash of a random nonce>".

The nonce is stored, the link is not: a link only works with the site's SECRET_KEY. A
confirmation link stops working once used, because its nonce is cleared.
"""

import secrets

from django.utils.crypto import constant_time_compare, salted_hmac

CONFIRM = "helder.subscriptions.confirm"
UNSUBSCRIBE = "helder.subscriptions.unsubscribe"


def new_nonce() -> str:
    return secrets.token_urlsafe(24)


def make(purpose: str, pk: int, nonce: str) -> str:
    digest = salted_hmac(purpose, f"{pk}:{nonce}", algorithm="sha256").hexdigest()[:40]
    return f"{pk}.{digest}"


def split(token: str) -> int | None:
    """The subscription id in a token, or None for something that is not a token."""
    pk, _dot, digest = (token or "").partition(".")
    if not pk.isdigit() or len(pk) > 18 or len(digest) != 40:
        return None
    return int(pk)


def matches(purpose: str, token: str, pk: int, nonce: str) -> bool:
    return bool(nonce) and constant_time_compare(make(purpose, pk, nonce), token)

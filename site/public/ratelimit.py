"""A per-client counter for the anonymous feedback form.

The client is identified by a salted hash of its IP address. The hash only lives in the
cache key for the length of the window; the address itself is never stored or logged.

Behind a reverse proxy every request comes from the proxy's address, so one busy hour
would close the form for everybody. With HELDER_PUBLIC_TRUSTED_PROXY_COUNT set to the
number of proxies in front of Helder, the address comes from X-Forwarded-For instead.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """REMOTE_ADDR, or behind N trusted proxies the N-th address from the end of
    X-Forwarded-For: the one the outermost proxy saw. Entries before it come from the
    client and could be made up to dodge the limit."""
    proxies = getattr(settings, "HELDER_PUBLIC_TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    forwarded = [address.strip() for address in forwarded if address.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, scope: str) -> str:
    address = client_address(request)
    salt = f"{settings.SECRET_KEY}:{scope}".encode()
    digest = hmac.new(salt, address.encode(), hashlib.sha256).hexdigest()
    return f"helder-public:rate:{scope}:{digest}"


def hit(request, scope: str, limit: int, window: int) -> bool:
    """Count one request; False once the client has made more than `limit` in `window` s."""
    key = client_key(request, scope)
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit

"""A per-client counter for the anonymous feedback form.

The client is identified by a salted hash of its IP address. The hash only lives in the
cache key for the length of the window; the address itself is never stored or logged.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_key(request, scope: str) -> str:
    address = request.META.get("REMOTE_ADDR", "")
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

"""A fixed-window request counter per token (or session user), in the Django cache.

Use a shared cache (Redis) in production: the local-memory cache counts per process.
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def requests_per_minute() -> int:
    return int(getattr(settings, "HELDER_LETTERS_RATE_LIMIT", 120))


def seconds_over_limit(identity: str) -> int:
    """Count one request for `identity`; 0 if allowed, else seconds until the next window."""
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    key = f"helder.letters:rate:{identity}:{window}"
    try:
        count = cache.incr(key)
    except ValueError:  # the first request of this window (or the counter was evicted)
        # add() fails if a parallel request just started the counter: count on that one.
        count = 1 if cache.add(key, 1, timeout=WINDOW_SECONDS * 2) else cache.incr(key)
    if count <= requests_per_minute():
        return 0
    return max(int((window + 1) * WINDOW_SECONDS - now) + 1, 1)

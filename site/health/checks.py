"""What readiness means: this server can reach the database, the shared cache and storage.

Each check answers True or False and never raises; it says nothing about what went wrong,
because /readyz/ is public and an error text can carry host names or credentials. The
reason goes to the log instead (the exception's class only, for the same reason).
"""

import logging
import os

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections

logger = logging.getLogger("helder.health")

# A name no upload gets (Wagtail stores under images/, documents/, media/ …): only asked for.
STORAGE_PROBE_NAME = "helder-readyz-probe"


def database() -> bool:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: database unreachable (%s)", type(error).__name__)
        return False


def shared_cache() -> bool:
    # The Redis backend pings; a local-memory cache (development) is always there.
    is_available = getattr(cache, "is_available", None)
    if is_available is None:
        return True
    if is_available():
        return True
    logger.warning("Readiness: shared cache (Redis) unreachable")
    return False


def storage() -> bool:
    try:
        if isinstance(default_storage, FileSystemStorage):
            # A shared folder that is not mounted is a missing or read-only directory.
            location = default_storage.location
            ready = os.path.isdir(location) and os.access(location, os.W_OK)
        else:
            # Object storage: one HEAD request; a missing object is fine, no answer is not.
            default_storage.exists(STORAGE_PROBE_NAME)
            ready = True
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: media storage unreachable (%s)", type(error).__name__)
        ready = False
    if not ready:
        logger.warning("Readiness: media storage not usable")
    return ready


CHECKS = {"database": database, "cache": shared_cache, "storage": storage}

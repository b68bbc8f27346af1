"""/healthz/ (liveness: the process answers) and /readyz/ (readiness: it can serve).

Both answer JSON with a status per part and nothing else: no versions, host names or
error texts, since anyone can call them. Neither is cached, and neither needs a session.
Point load-balancer and orchestrator checks at /readyz/; /api/v1/ping (the letter
service's) only says the process is up, like /healthz/.
"""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .checks import CHECKS


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    results = {name: check() for name, check in CHECKS.items()}
    ready = all(results.values())
    return JsonResponse(
        {
            "status": "ok" if ready else "unavailable",
            "checks": {name: "ok" if ok else "unavailable" for name, ok in results.items()},
        },
        status=200 if ready else 503,
    )

"""Headers that Django's SecurityMiddleware does not set: Permissions-Policy."""

from django.conf import settings


def permissions_policy_header(features: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} -> 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{name}=({' '.join(allow)})" for name, allow in features.items())


class PermissionsPolicyMiddleware:
    """Turns off browser features Helder never uses, on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy_header(settings.HELDER_PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.value:
            response.headers.setdefault("Permissions-Policy", self.value)
        return response

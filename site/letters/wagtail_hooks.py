"""Admin wiring: Wagtail's API token screens (create, list, revoke) under Settings.

Wagtail only registers them when the `wagtail.api.v3` app is installed; the letter
service uses the tokens without that API, so it registers the same viewset itself.
"""

from django.apps import apps
from wagtail import hooks

if not apps.is_installed("wagtail.api.v3"):

    @hooks.register("register_admin_viewset")
    def register_api_token_viewset():
        from wagtail.users.views.api_tokens import APITokenViewSet

        return APITokenViewSet("wagtailusers_api_tokens", url_prefix="api-tokens")

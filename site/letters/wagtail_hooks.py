"""Admin wiring: API tokens (caseworkers only) and the Word template, under Settings.

Wagtail only registers its API token screens when the `wagtail.api.v3` app is installed;
the letter service uses the tokens without that API, so it registers them itself, with
a create form that offers only caseworkers (group Medewerkers).
"""

from wagtail import hooks


@hooks.register("register_admin_viewset")
def register_api_token_viewset():
    from .admin_views import CaseworkerAPITokenViewSet

    return CaseworkerAPITokenViewSet("wagtailusers_api_tokens", url_prefix="api-tokens")


@hooks.register("register_admin_viewset")
def register_word_template_viewset():
    from .admin_views import WordTemplateViewSet

    return WordTemplateViewSet("letters_word_templates", url_prefix="brieven-huisstijl")

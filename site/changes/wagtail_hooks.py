"""Tell the editor who published an amount that Helder drafted a change notice for it."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks

from content_models.amounts import Normbedrag

from . import drafts

TOKEN = "_helder_drafts_token"


def _is_amount(model_or_instance) -> bool:
    return model_or_instance is Normbedrag or isinstance(model_or_instance, Normbedrag)


@hooks.register("before_create_snippet")
@hooks.register("before_edit_snippet")
def collect_drafts(request, model_or_instance):
    if _is_amount(model_or_instance) and request.method == "POST":
        setattr(request, TOKEN, drafts.start_collecting())


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def tell_about_drafts(request, instance):
    token = getattr(request, TOKEN, None)
    if token is None:
        return
    delattr(request, TOKEN)
    for notice in drafts.stop_collecting(token):
        url = reverse("wagtailsnippets_content_models_changenotice:edit", args=[notice.pk])
        messages.info(
            request,
            format_html(
                "Er is een nieuw bedrag. Helder maakte daarom een concept voor "
                "'Wat is er veranderd': <a href=\"{}\">{}</a>. "
                "Maak het af en stuur het naar de Versimpeltoets.",
                url,
                notice.title,
            ),
        )

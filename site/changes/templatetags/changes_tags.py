from django import template
from django.utils import translation
from helder.changes.banner import banners_for

register = template.Library()


@register.simple_tag(takes_context=True)
def change_banners(context):
    """The "Dit is veranderd op …" banners of the page being shown (none for other views)."""
    return banners_for(context.get("page"), translation.get_language())

from django import template
from django.conf import settings
from django.template import Variable
from django.template.exceptions import TemplateSyntaxError
from django.utils import translation
from helder.public.cache import version_for
from helder.public.glossary import mark_glossary
from helder.public.languages import help_box, language_versions, untranslated_children
from wagtail.models import Page
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

register = template.Library()

FRAGMENT_KEY = "helder_public_fragment_key"


@register.filter(is_safe=True)
def glossary(html):
    """`{% filter glossary %}…{% endfilter %}`: mark first uses of glossary terms in a body."""
    return mark_glossary(html)


class PublicFragmentNode(WagtailCacheNode):
    """A fragment of a public Wagtail page, kept until anything on the site is published.

    The key holds the page, the language, the kind of view (the page itself, its easy-read
    or large-print form) and the page cache's version, which every publish, move or
    glossary change raises. Previews, and views whose `page` is not a Wagtail page (search,
    glossary, the caseworkers' pages), are never cached.
    """

    def render(self, context):
        page, request = context.get("page"), context.get("request")
        if (
            not isinstance(page, Page)
            or request is None
            or not getattr(settings, "HELDER_PUBLIC_FRAGMENTS", True)
        ):
            return self.nodelist.render(context)
        version = version_for(request)
        key = (page.pk, translation.get_language(), context.get("variant_kind"), version)
        with context.update({FRAGMENT_KEY: key}):
            return super().render(context)


@register.tag
def publicfragment(parser, token):
    """`{% publicfragment "name" %}…{% endpublicfragment %}`: see PublicFragmentNode."""
    nodelist = parser.parse(("endpublicfragment",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) != 2:
        raise TemplateSyntaxError("'publicfragment' needs one argument: the fragment's name.")
    timeout = str(getattr(settings, "HELDER_PUBLIC_CACHE_TIMEOUT", 3600))
    return PublicFragmentNode(
        nodelist,
        parser.compile_filter(timeout),
        tokens[1].strip("\"'"),
        [Variable(FRAGMENT_KEY)],
        None,
    )


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The language switcher's entries: only languages this page really exists in."""
    return language_versions(
        context.get("request"), context.get("page"), context.get("available_languages")
    )


@register.simple_tag(takes_context=True)
def dutch_only_children(context, page):
    """Children of a translated page that exist only in Dutch: listed, marked as Dutch."""
    return untranslated_children(page, translation.get_language())


@register.simple_tag
def help_texts():
    """The "Komt u er niet uit?" box in the visitor's language, links filled in."""
    return help_box(translation.get_language())

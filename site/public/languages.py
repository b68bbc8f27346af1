"""Which languages a public page exists in: the language switcher and the Dutch-only route.

A language is only offered where there is something to read in it. A page without a
translation is never shown under a foreign header: the visitor gets a short notice in
their own language (views/pages.py: dutch_only) with the way to the Dutch page, its
read-aloud and help with reading.
"""

from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from translations import locales
from translations.public_text import texts_for

from .cache import pages as pages_memo

HELP_PHONE = "0800 123 45 67"
HELP_PHONE_LINK = "tel:+318001234567"


def _real_pages():
    return Page.objects.live().public().filter(alias_of__isnull=True)


def content_languages() -> list[str]:
    """Languages with a live home page of their own, in the site's order (kept per
    generation of the pages memo: a publish can add or remove one)."""
    _generation, memo = pages_memo.current()
    key = "content-languages"
    if key not in memo:
        found = set(_real_pages().filter(depth=2).values_list("locale__language_code", flat=True))
        memo[key] = [code for code in locales.language_codes() if code in found]
    return memo[key]


def page_translations(page) -> dict[str, Page]:
    """{language: live real translation of `page`} (the page itself included)."""
    cached = getattr(page, "_helder_translations", None)
    if cached is None:
        rows = _real_pages().filter(translation_key=page.translation_key).select_related("locale")
        cached = page._helder_translations = {row.locale.language_code: row for row in rows}
    return cached


def _entry(code, url, current, same_page=True):
    return {
        "code": code,
        "name": locales.native_name(code),
        "url": url,
        "current": code == current,
        "dir": "rtl" if locales.is_rtl(code) else "ltr",
        "same_page": same_page,
    }


def language_versions(request, page=None, available=None) -> list[dict]:
    """One entry per language in which this page exists, in the site's order.

    `available` ({language: url}) is for views that know better (the Dutch-only notice);
    other views without a Wagtail page (search, glossary) exist in every language that
    has content, and keep their path and query."""
    current = get_language() or locales.source_language()
    if isinstance(page, Page):
        found = page_translations(page)
        urls = {code: found[code].get_url(request) for code in found}
    elif available is not None:
        urls = dict(available)
    elif request is not None:
        # Views without a page live under the language prefix: swap it, keep the rest.
        path, prefix = request.get_full_path(), f"/{current}/"
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            urls = {code: f"/{code}/{rest}" for code in content_languages()}
        else:
            urls = {code: translate_url(path, code) for code in content_languages()}
    else:
        urls = {}
    return [
        _entry(code, urls[code], current) for code in locales.language_codes() if urls.get(code)
    ]


def dutch_only_url(page) -> str:
    return reverse("public:dutch_only", kwargs={"page_id": page.pk})


def untranslated_children(page, language: str) -> list[tuple[Page, str]]:
    """Live children of `page`'s Dutch original without a version in `language`, each with
    the address of the notice that explains this in the visitor's language."""
    source_code = locales.source_language()
    if not isinstance(page, Page) or language == source_code:
        return []
    source_locale = Locale.objects.filter(language_code=source_code).first()
    source = page.get_translation_or_none(source_locale) if source_locale else None
    if source is None or source.pk == page.pk:
        return []
    translated = set(
        _real_pages()
        .filter(locale__language_code=language, depth=page.depth + 1, path__startswith=page.path)
        .values_list("translation_key", flat=True)
    )
    children = source.get_children().live().public().filter(alias_of__isnull=True).specific()
    return [
        (child, dutch_only_url(child))
        for child in children
        if child.translation_key not in translated
    ]


def phone_link() -> str:
    return format_html(
        '<a class="utrecht-link" href="{}"><bdi class="helder-ltr" dir="ltr">{}</bdi></a>',
        HELP_PHONE_LINK,
        HELP_PHONE,
    )


def help_box(language: str) -> dict:
    texts = texts_for(language)
    glossary = format_html(
        '<a class="utrecht-link" href="{}">{}</a>',
        reverse("public:glossary"),
        texts["help_glossary"],
    )
    return {
        "title": texts["help_title"],
        "body": format_html(texts["help_body"], phone=phone_link(), glossary=glossary),
    }

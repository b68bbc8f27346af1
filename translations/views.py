"""Public views of a page's accessible variants: easy-read, sign language, large print.

Each looks the page up among live pages in the URL's language, so /en/… never shows a
Dutch page, and any bad id is a 404, never an error.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .models import VARIANT_PAGE_TYPES, EasyReadVariant, SignLanguageVideo

# The name the public header shows; a site without a name of its own prints this one.
DEFAULT_SITE_NAME = "Gemeente Helderstad"


def _live_page(page_id):
    page = (
        Page.objects.live()
        .public()
        .filter(pk=page_id, locale__language_code=get_language(), alias_of__isnull=True)
        .first()
    )
    if page is None or not isinstance(page.specific, VARIANT_PAGE_TYPES):
        raise Http404
    return page.specific


def _live_variant(model, page):
    variant = model.objects.filter(page=page, live=True).first()
    if variant is None:
        raise Http404
    return variant


def easy_read(request, page_id):
    page = _live_page(page_id)
    variant = _live_variant(EasyReadVariant, page)
    return render(
        request,
        "translations/easy_read.html",
        {"page": page, "variant": variant, "variant_kind": "easy_read"},
    )


def sign_language(request, page_id):
    page = _live_page(page_id)
    video = _live_variant(SignLanguageVideo, page)
    return render(
        request,
        "translations/sign_language.html",
        {"page": page, "video": video, "variant_kind": "sign_language"},
    )


def large_print(request, page_id):
    page = _live_page(page_id)
    return render(
        request,
        "translations/large_print.html",
        # ?printen=1: the same spelled-out version in normal print size.
        {
            "page": page,
            "variant_kind": "large_print",
            "printing": "printen" in request.GET,
            "site_name": _site_name(request),
            "page_url": page.get_full_url(request),
        },
    )


def _site_name(request) -> str:
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or DEFAULT_SITE_NAME

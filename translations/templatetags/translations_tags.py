"""Data for the public includes: hreflang alternates, the language switcher, page notices.

The includes get the normal template context (`page`, `request`); pages without a Wagtail
`page` (search, glossary) still get a language switcher that keeps the path.
"""

import re
from html import unescape as html_unescape

from django import template
from django.db.models import CharField, Q, Value
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from translations import locales, tracking
from translations.contact_links import link_contacts
from translations.formatting import format_date_for
from translations.models import VARIANT_PAGE_TYPES, AudioVariant, EasyReadVariant, SignLanguageVideo
from translations.public_text import texts_for
from translations.speech.service import track_for

register = template.Library()


def _as_page(page):
    return page if isinstance(page, Page) else None


def _language_pages(page):
    """({code: live translation of `page`}, {code: home page}), in the configured languages.

    Only live, public, real (not alias) pages. One query, kept on the page object: the
    switcher and the hreflang alternates both need it while one request renders.
    """
    if page is None:
        return {}, {}
    cached = getattr(page, "_helder_language_pages", None)
    if cached is not None:
        return cached
    codes = set(locales.language_codes())
    found, homes = {}, {}
    rows = (
        Page.objects.live()
        .public()
        .filter(
            Q(depth=2) | Q(translation_key=page.translation_key),
            alias_of__isnull=True,
            locale__language_code__in=codes,
        )
        .select_related("locale")
        .order_by("path")
    )
    for other in rows:
        code = other.locale.language_code
        if other.depth == 2:
            homes.setdefault(code, other)
        if other.translation_key == page.translation_key:
            found[code] = other
    page._helder_language_pages = (found, homes)
    return found, homes


@register.simple_tag(takes_context=True)
def page_alternates(context, page=None):
    """[(hreflang, absolute url)] for every live translation, then x-default (Dutch)."""
    page = _as_page(page if page is not None else context.get("page"))
    request = context.get("request")
    if page is None or not page.live:
        return []
    found, _homes = _language_pages(page)
    links = [
        (code, found[code].get_full_url(request))
        for code in locales.language_codes()
        if code in found
    ]
    default = found.get(locales.source_language())
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per language: where this page is in that language, or its home page."""
    page = _as_page(page if page is not None else context.get("page"))
    request = context.get("request")
    current = translation.get_language() or locales.source_language()
    found, homes = _language_pages(page)
    links = []
    for code in locales.language_codes():
        if code in found:
            url = found[code].get_url(request)
        elif page is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = homes[code].url if code in homes else None
        if not url:
            continue  # nothing to read in that language yet: no dead link
        links.append(
            {
                "code": code,
                "name": locales.native_name(code),
                "url": url,
                "current": code == current,
                "dir": "rtl" if locales.is_rtl(code) else "ltr",
                "same_page": code in found,
            }
        )
    return links


def _variant_url(name, page):
    return reverse(f"translations:{name}", kwargs={"page_id": page.pk})


@register.simple_tag(takes_context=True)
def page_notices(context, page=None):
    """What to say at the top of `main`: outdated notice, other forms, read-aloud labels."""
    page = _as_page(page if page is not None else context.get("page"))
    language = translation.get_language() or locales.source_language()
    notices = {"texts": texts_for(language), "language": language, "page": page}
    if page is None:
        return notices
    page = page.specific
    dates = tracking.outdated_dates(page) if page.locale_id else None
    if dates:
        made_on, changed_on, source = dates
        notices["outdated"] = {
            "body": notices["texts"]["outdated_body"].format(
                made_on=format_date_for(language, made_on),
                changed_on=format_date_for(language, changed_on),
            ),
            "source_url": source.get_url(context.get("request")),
            "source_language": source.locale.language_code,
        }
    if isinstance(page, VARIANT_PAGE_TYPES):
        kinds = _live_variant_kinds(page)
        notices["forms"] = _forms(page, kinds, context.get("variant_kind"))
    return notices


@register.simple_tag(takes_context=True)
def listen_notices(context, page=None):
    """What the listen section shows: only its own lookups (the page's notices are apart)."""
    page = _as_page(page if page is not None else context.get("page"))
    language = translation.get_language() or locales.source_language()
    notices = {"texts": texts_for(language)}
    if page is None or context.get("variant_kind") == "sign_language":
        return notices
    page = page.specific
    if isinstance(page, VARIANT_PAGE_TYPES):
        notices["audio"] = (
            AudioVariant.objects.filter(page=page, live=True).select_related("media").first()
        )
        notices["speech"] = _speech(page, context, language, notices["texts"])
    return notices


def _speech(page, context, language, texts):
    """The generated read-aloud of what this view shows: a lookup, never generated here."""
    shown = context.get("variant") if context.get("variant_kind") == "easy_read" else page
    track = track_for(shown) if shown is not None else None
    if track is None:
        return {"track": None}
    minutes = max(1, round(track.duration / 60))
    length = (
        texts["speech_length_one"]
        if minutes == 1
        else texts["speech_length_many"].format(minutes=minutes)
    )
    return {"track": track, "length": length, "language": track.language}


def _live_variant_kinds(page) -> set[str]:
    """Which other forms of `page` are live: one query for the three kinds."""
    queries = [
        model.objects.filter(page=page, live=True)
        .annotate(kind=Value(kind, output_field=CharField()))
        .values_list("kind")
        for model, kind in (
            (EasyReadVariant, "easy_read"),
            (AudioVariant, "listen"),
            (SignLanguageVideo, "sign_language"),
        )
    ]
    return {kind for (kind,) in queries[0].union(*queries[1:])}


def _forms(page, kinds, current_kind):
    forms = []
    if "easy_read" in kinds:
        forms.append(("easy_read", _variant_url("easy_read", page)))
    if current_kind != "sign_language":
        forms.append(("listen", "#luisteren"))  # the generated read-aloud, or a recording
    if "sign_language" in kinds:
        forms.append(("sign_language", _variant_url("sign_language", page)))
    forms.append(("large_print", _variant_url("large_print", page)))
    forms.append(("print", _variant_url("large_print", page) + "?printen=1"))
    if current_kind:
        forms.insert(0, ("back_to_page", page.url))
    hide = {current_kind, "print"} if current_kind == "large_print" else {current_kind}
    return [(key, url) for key, url in forms if key not in hide]


@register.filter
def text(texts, key):
    return texts.get(key, "")


@register.simple_tag
def public_texts():
    return texts_for(translation.get_language())


LINK = re.compile(r'<a\s[^>]*?href="([^"#][^"]*)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)


@register.filter(needs_autoescape=False)
def spell_out_links(html):
    """Write each link's address after its text, for print and large print.

    Works on HTML our own templates rendered; the address is escaped again on output.
    """

    def spelled(match):
        href, label = html_unescape(match.group(1)), match.group(2)
        shown = href.split(":", 1)[1] if href.startswith(("mailto:", "tel:")) else href
        if shown in re.sub(r"<[^>]+>", "", html_unescape(label)):
            return match.group(0)
        return f'{match.group(0)} <span class="helder-href">({escape(shown)})</span>'

    return mark_safe(LINK.sub(spelled, str(html)))  # noqa: S308  (our rendered HTML)


@register.filter(is_safe=True)
def contact_links(html):
    """Phone numbers and e-mail addresses in our rendered text as tel: and mailto: links."""
    return mark_safe(link_contacts(html))  # noqa: S308  (our rendered HTML; text is not changed)

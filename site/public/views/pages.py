"""Public views that are not Wagtail pages: search, glossary, meldpunt and robots.txt."""

from itertools import groupby
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from helder.public.glossary import Term
from helder.public.languages import page_translations, phone_link
from helder.public.search import SearchOutcome, clean_query, search_pages
from wagtail.models import Page

from content_models.models import GlossaryTerm
from translations import locales
from translations.public_text import texts_for


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    outcome = search_pages(query, get_language()) if query else SearchOutcome()
    results = outcome.results
    texts = texts_for(get_language())
    shown_query = outcome.suggestion if outcome.results_for_suggestion else query
    if not results:
        heading = texts["no_results"]
    else:
        heading = texts["results_one" if outcome.total == 1 else "results_many"]
    context = {
        "query": query,
        "results": results,
        "searched": bool(query),
        "heading": heading.format(count=outcome.total, query=shown_query),
        "title": texts["search_results_title"].format(query=query),
        "did_you_mean": _did_you_mean(texts, outcome, query),
    }
    return render(request, "public/search.html", context)


def _did_you_mean(texts, outcome, query):
    """ "Bedoelde u bijstand?" with a link that searches for it; the sentence says so when
    the results shown are already those of the suggestion."""
    if not outcome.suggestion:
        return ""
    url = reverse("public:search") + "?" + urlencode({"q": outcome.suggestion})
    link = format_html('<a class="utrecht-link" href="{}">{}</a>', url, outcome.suggestion)
    if outcome.results_for_suggestion:
        return format_html(texts["shown_for_suggestion"], query=query, suggestion=link)
    return format_html(texts["did_you_mean"], suggestion=link)


@require_GET
def glossary(request):
    entries = list(GlossaryTerm.objects.filter(live=True, locale__language_code=get_language()))
    entries.sort(key=lambda entry: entry.term.casefold())

    def letter(entry):
        first = entry.term[:1].upper()
        return first if first.isalpha() else "#"

    groups = [
        (key, [(Term(e.term, e.explanation, ()).anchor, e) for e in items])
        for key, items in groupby(entries, key=letter)
    ]
    return render(request, "public/glossary.html", {"groups": groups})


@require_GET
def dutch_only(request, page_id):
    """A page that is not in the visitor's language: say so in their language, with the way
    to the Dutch page, its read-aloud and help with reading. Never the Dutch text itself
    under a foreign header."""
    language = get_language()
    page = get_object_or_404(
        Page.objects.live()
        .public()
        .filter(alias_of__isnull=True, depth__gt=1)
        .select_related("locale"),
        pk=page_id,
    )
    versions = page_translations(page)
    if language in versions:
        return redirect(versions[language].get_url(request))
    source = versions.get(locales.source_language())
    if source is None:
        raise Http404
    dutch_url = source.get_url(request)
    texts = texts_for(language)
    context = {
        "dutch_page": source,
        "dutch_url": dutch_url,
        "reading_help": format_html(texts["reading_help_body"], phone=phone_link()),
        # The switcher offers this notice in the visitor's language and the Dutch page.
        "available_languages": {locales.source_language(): dutch_url, language: request.path},
    }
    return render(request, "public/dutch_only.html", context)


@require_GET
def meldpunt(request):
    return render(request, "public/meldpunt.html")


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /medewerkers/",
        f"Sitemap: {sitemap}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def benchmark_baseline(request):
    """A minimal Django view: the benchmark's yardstick. Only mounted for benchmarks."""
    return HttpResponse("<!DOCTYPE html><title>ok</title><p>ok</p>")

"""Public views that are not Wagtail pages: search, glossary, meldpunt and robots.txt."""

from itertools import groupby

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from helder.public.glossary import Term
from helder.public.search import clean_query, search_pages

from content_models.models import GlossaryTerm
from translations.public_text import texts_for


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results, related = search_pages(query, get_language()) if query else ([], [])
    texts = texts_for(get_language())
    if not results:
        heading = texts["no_results"]
    else:
        heading = texts["results_one" if len(results) == 1 else "results_many"]
    context = {
        "query": query,
        "results": results,
        "related": related,
        "searched": bool(query),
        "heading": heading.format(count=len(results), query=query),
        "title": texts["search_results_title"].format(query=query),
    }
    return render(request, "public/search.html", context)


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

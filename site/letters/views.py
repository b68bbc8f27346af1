"""The caseworkers' letter pages: search, fill in, preview, download or copy.

Works without JavaScript: every action is a normal form post. Filled-in values
and letters are not stored; responses with them are marked no-store.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from .access import is_caseworker
from .approved import approved_source_letters, available_languages
from .forms import LANGUAGE_NAMES, LetterForm
from .levels import readability_level
from .present import letter_content
from .rendering import DOCX_CONTENT_TYPE, as_docx, merge, official_notice
from .versions import letter_family


def page_context(title: str) -> dict:
    """What base.html expects of a Wagtail page, so no template lookup fails.

    A failed lookup is logged at DEBUG with the whole template context, which on
    these pages holds the values a caseworker typed in.
    """
    return {"page": {"title": title, "seo_title": "", "search_description": "", "depth": 1}}


def caseworker_required(view):
    """Logged in (else to the login page) and a caseworker (else 403, with an explanation)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("letters:login"))
        if not is_caseworker(request.user):
            return render(
                request, "letters/no_access.html", page_context("Geen toegang"), status=403
            )
        return view(request, *args, **kwargs)

    return wrapper


@caseworker_required
def letter_list(request):
    query = (request.GET.get("q") or "").strip()[:200]
    letters = approved_source_letters()
    if query:
        needle = query.casefold()
        letters = [
            letter
            for letter in letters
            if needle
            in " ".join(
                [letter.code, letter.metadata["title"], letter.content["subject"]]
            ).casefold()
        ]
    languages = available_languages(letter.translation_key for letter in letters)
    rows = [
        {
            "letter": letter,
            "title": letter.metadata["title"],
            "purpose": letter.metadata["purpose"],
            "languages": [
                LANGUAGE_NAMES.get(code, code) for code in languages.get(letter.translation_key, [])
            ],
            "level": readability_level(letter),
        }
        for letter in letters
    ]
    context = {**page_context("Brieven"), "rows": rows, "query": query}
    return render(request, "letters/letter_list.html", context)


@caseworker_required
@require_http_methods(["GET", "POST"])
def letter_detail(request, code):
    family = letter_family(code)  # each one recorded: the version can be fetched later
    if not family:
        raise Http404("Deze brief bestaat niet, of is nog niet goedgekeurd.")
    letter = next(iter(family.values()))
    languages = list(family)
    form = LetterForm(
        request.POST or None, schema=letter.variables, languages=languages, prefix=None
    )
    context = {
        **page_context(letter.metadata["title"]),
        "letter": letter,
        "title": letter.metadata["title"],
        "purpose": letter.metadata["purpose"],
        "content": letter_content(letter.content),
        "form": form,
        "language_field": form["language"] if "language" in form.fields else None,
        "preview_html": None,
        "preview_text": "",
        "translation_html": None,
        "translation_text": "",
        "notice": None,
    }
    if request.method == "POST" and form.is_valid():
        translation = family[form.language] if form.language != letter.language else None
        merged = merge(letter, form.values)
        merged_translation = merge(translation, form.values) if translation else None
        if request.POST.get("action") == "docx":
            response = HttpResponse(
                as_docx(merged, merged_translation), content_type=DOCX_CONTENT_TYPE
            )
            response["Content-Disposition"] = (
                f'attachment; filename="{letter.code}-{form.language}.docx"'
            )
            response["X-Helder-Template-Revision"] = str(letter.revision_id)
            response["X-Helder-Template-Sha256"] = letter.sha256
            response["Cache-Control"] = "no-store"
            return response
        context.update(
            {
                # Built from the sanitised block structure in rendering.py; values escaped there.
                "preview_html": mark_safe(merged.as_html()),  # noqa: S308
                "preview_text": merged.as_text(),
                "translation_html": (
                    mark_safe(merged_translation.as_html())  # noqa: S308
                    if merged_translation
                    else None
                ),
                "translation_text": merged_translation.as_text() if merged_translation else "",
                "notice": official_notice(form.language) if merged_translation else None,
            }
        )
    response = render(request, "letters/letter_detail.html", context)
    if request.method == "POST":
        response["Cache-Control"] = "no-store"
    return response

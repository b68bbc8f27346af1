"""The caseworkers' letter pages: search, fill in, preview, download (Word, PDF) or copy.

A thin adapter over service.py. Works without JavaScript: every action is a normal form
post. Filled-in values and letters are not stored; responses with them are no-store.
"""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from . import service
from .access import caseworker_page
from .forms import LetterForm
from .pdf import PdfUnavailable
from .present import letter_content

ACTIONS = {"preview": "html", "docx": "docx", "pdf": "pdf"}


def page_context(title: str) -> dict:
    """What base.html expects of a Wagtail page, so no template lookup fails.

    A failed lookup is logged at DEBUG with the whole template context, which on
    these pages holds the values a caseworker typed in.
    """
    return {"page": {"title": title, "seo_title": "", "search_description": "", "depth": 1}}


caseworker_required = caseworker_page


@caseworker_required
def letter_list(request):
    query = (request.GET.get("q") or "").strip()[:200]
    letters, languages = service.search(query)
    rows = [service.summary_row(letter, languages) for letter in letters]
    context = {**page_context("Brieven"), "rows": rows, "query": query}
    return render(request, "letters/letter_list.html", context)


def request_too_large(request):
    context = page_context("Te veel gegevens")
    return render(request, "letters/too_large.html", context, status=413)


@caseworker_required
@require_http_methods(["GET", "POST"])
def letter_detail(request, code):
    try:
        selection = service.find(code)
    except service.LetterNotFound as error:
        # Without this, LocaleMiddleware answers a 404 with a redirect to /nl/… (api_urlconf.py).
        request.urlconf = "helder.letters.api_urlconf"
        raise Http404(error.message) from None
    letter = selection.letter
    try:
        data = request.POST if request.method == "POST" else None
        action = data.get("action", "preview") if data is not None else "preview"
    except RequestDataTooBig:
        return request_too_large(request)
    output = ACTIONS.get(action, "html")
    languages = [(code_, service.language_name(code_)) for code_ in selection.languages]
    form = LetterForm(
        data, schema=letter.variables, languages=languages, output=output, prefix=None
    )
    context = {
        **page_context(letter.metadata["title"]),
        "letter": letter,
        "title": letter.metadata["title"],
        "purpose": letter.metadata["purpose"],
        "content": letter_content(letter.content),
        "form": form,
        "language_field": form["language"] if "language" in form.fields else None,
        "preview": None,
        "pdf_problem": None,
    }
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                rendered = service.render(selection, form.checked, user=request.user)
            except PdfUnavailable:
                context["pdf_problem"] = PdfUnavailable.message
                status = 503
            else:
                if rendered.content is not None:
                    response = HttpResponse(rendered.content, content_type=rendered.content_type)
                    return service.apply_headers(response, rendered)
                context["preview"] = _preview(rendered, form.checked.fields, request.user)
        else:
            status = 422
    response = render(request, "letters/letter_detail.html", context, status=status)
    if request.method == "POST":
        response["Cache-Control"] = "no-store"
    return response


def _preview(rendered: service.Rendered, fields: dict, user) -> dict:
    """What the A4 preview shows: the page as the citizen gets it, and text to copy."""
    letter_date, _deadline = service.letter_dates(fields)
    merged, translated = rendered.merged, rendered.merged_translation
    signer = service.Signer.for_user(user)
    signer.name = fields.get("ondertekenaar_naam") or signer.name
    signer.function = fields.get("ondertekenaar_functie") or signer.function
    return {
        "sender": service.municipality(),
        "recipient": fields,
        "date": service.format_date_long(letter_date, merged.language),
        "labels": service.labels(merged.language),
        "signer": signer,
        # Built from the sanitised block structure in rendering.py; values escaped there.
        "html": mark_safe(merged.as_html()),  # noqa: S308
        "text": merged.as_text(),
        "translation_html": mark_safe(translated.as_html()) if translated else None,  # noqa: S308
        "translation_text": translated.as_text() if translated else "",
        "translation_labels": service.labels(translated.language) if translated else None,
        "notice": service.official_notice(translated.language) if translated else None,
    }

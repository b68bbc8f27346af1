"""The letter service API (/api/v1/): approved letters, rendering, versions and reusable blocks.

Only approved (live) revisions are ever read. Every letter response names its
version (revision id, sha256 of the canonical content, approval time); every
version it names is recorded first, so it can be fetched again by sha256.
Submitted values and rendered letters are never stored or logged.
"""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpResponse
from ninja import NinjaAPI, Path, Query, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.openapi.views import openapi_json

from . import present, reusable, service
from .access import caseworker_page
from .auth import RateLimited, letter_service_auth
from .letter_fields import LETTER_FIELDS
from .pdf import PdfUnavailable
from .render_input import FORMATS, BadRequest, read_render_request
from .schemas import (
    HistoricLetter,
    LetterDetail,
    LetterList,
    LetterStructure,
    Message,
    Ping,
    ProblemList,
    RenderRequest,
    RenderResponse,
    RightsDutiesList,
    RightsDutiesOut,
    StandardTextList,
    StandardTextOut,
)
from .service import CONTENT_TYPES
from .versions import find_version

DESCRIPTION = """
De briefservice voor consulenten: goedgekeurde briefsjablonen, invullen en versies.

* Inloggen met een API-sleutel: `Authorization: Bearer <sleutel>`. Alleen voor de groep
  Medewerkers. Een beheerder maakt of trekt sleutels in onder Instellingen → API tokens.
* Alleen goedgekeurde (gepubliceerde) teksten. Concepten zijn nooit te zien.
* Versie: `sha256` van de canonieke inhoud van de goedgekeurde tekst (JSON met
  gesorteerde sleutels: code, taal, onderwerp, variabelen, tekst en slotteksten).
  Met `/letters/{code}/versions/{sha256}` haalt u precies die versie later terug.
* Ingevulde waarden en brieven worden niet bewaard en niet gelogd.
* Normbedragen (soort `normbedrag`, `computed: true`) vult Helder zelf in: het bedrag dat
  geldt op de datum van de brief (of op de datum in `amount.date_variable`). Stuur er geen
  waarde voor mee: dan krijgt u 422 met code `computed`. Is er op die datum geen bedrag?
  Dan krijgt u 422 met code `no_amount`, met de naam van de variabele.
"""


def _docs_page_behind_login(view):
    # ninja applies docs_decorator to the schema view too; the schema stays public.
    if getattr(view, "func", None) is openapi_json:
        return view
    return caseworker_page(view)


api = NinjaAPI(
    title="Helder briefservice",
    version="1",
    description=DESCRIPTION,
    urls_namespace="letters_api",
    auth=letter_service_auth(),
    docs_url="/docs",
    # The documentation page is for caseworkers and developers with an account; the
    # schema itself stays public (letter tools read it to build their integration).
    docs_decorator=_docs_page_behind_login,
    openapi_url="/openapi.json",
)

ERRORS = {
    400: ProblemList,
    401: Message,
    403: Message,
    404: Message,
    413: ProblemList,
    422: ProblemList,
    429: Message,
    503: Message,
}
RENDER_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": RenderRequest.model_json_schema()}},
    },
    "responses": {
        "200": {
            "description": "The letter: JSON for text and html; a Word, PDF/A-2b or XML file.",
            "content": {
                content_type: {"schema": {"type": "string", "format": "binary"}}
                for content_type in CONTENT_TYPES.values()
            },
        }
    },
}
QUERY_MESSAGES = {
    "missing": "Dit veld ontbreekt.",
    "int_parsing": "Vul een heel getal in.",
    "greater_than_equal": "Dit getal is te klein.",
    "less_than_equal": "Dit getal is te groot.",
    "string_too_long": "Dit is te lang.",
}
TOO_BIG = "Dit verzoek is te groot. Stuur minder of kortere waarden."


# Errors -------------------------------------------------------------------------------


@api.exception_handler(NinjaValidationError)
def validation_error(request, exc):
    problems = []
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ())]
        problems.append(
            {
                "field": location[-1] if location else "request",
                "variable": None,
                "code": error.get("type", "invalid"),
                "message": QUERY_MESSAGES.get(error.get("type"), "Deze waarde klopt niet."),
            }
        )
    return api.create_response(request, {"detail": problems}, status=422)


@api.exception_handler(RateLimited)
def rate_limited(request, exc):
    response = api.create_response(request, {"detail": exc.message}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(HttpError)
def http_error(request, exc):
    if exc.status_code == 404:
        _keep_404(request)
    return api.create_response(request, {"detail": exc.message}, status=exc.status_code)


@api.exception_handler(Http404)
def not_found(request, exc):
    _keep_404(request)
    return api.create_response(request, {"detail": "Niet gevonden."}, status=404)


@api.exception_handler(service.LetterNotFound)
def letter_not_found(request, exc):
    _keep_404(request)
    return api.create_response(request, {"detail": exc.message}, status=404)


@api.exception_handler(BadRequest)
def bad_request(request, exc):
    return api.create_response(request, {"detail": exc.problems}, status=400)


@api.exception_handler(RequestDataTooBig)
def too_big(request, exc):
    problem = {"field": "body", "variable": None, "code": "too_large", "message": TOO_BIG}
    return api.create_response(request, {"detail": [problem]}, status=413)


@api.exception_handler(PdfUnavailable)
def pdf_unavailable(request, exc):
    response = api.create_response(request, {"detail": PdfUnavailable.message}, status=503)
    response["Retry-After"] = "30"
    return response


def _keep_404(request):
    # Read by LocaleMiddleware only, after the view: see api_urlconf.py.
    request.urlconf = "helder.letters.api_urlconf"


# Helpers ------------------------------------------------------------------------------


def _set_version_headers(response: HttpResponse, letter) -> None:
    for name, value in service.version_headers(letter, None).items():
        if name != "Cache-Control":
            response[name] = value


def _page(items: list, limit: int, offset: int) -> dict:
    return {"count": len(items), "limit": limit, "offset": offset}


# Endpoints ----------------------------------------------------------------------------


@api.get("/ping", response=Ping, auth=None, summary="Is the service up? (no data)")
def ping(request):
    return {"status": "ok"}


@api.get("/letters/", response={200: LetterList, **ERRORS}, summary="Approved letters")
def list_letters(
    request,
    response: HttpResponse,
    domain: str | None = Query(None, max_length=40),
    language: str | None = Query(None, max_length=10),
    q: str | None = Query(
        None, max_length=200, description="Search code, title, subject and purpose."
    ),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
):
    letters, languages = service.search(q or "", domain=domain, language=language)
    page = letters[offset : offset + limit]
    return {
        **_page(letters, limit, offset),
        "items": [
            present.letter_summary(letter, languages.get(letter.translation_key, []))
            for letter in page
        ],
    }


@api.get("/letters/{code}/", response={200: LetterDetail, **ERRORS}, summary="One letter")
def letter_detail(request, code: str, response: HttpResponse):
    selection = service.find(code)
    _set_version_headers(response, selection.letter)
    return present.letter_detail(selection.letter, selection.languages)


@api.get(
    "/letters/{code}/structure",
    response={200: LetterStructure, **ERRORS},
    summary="For letter tools: fields, text blocks and version of a letter",
)
def letter_structure(
    request,
    code: str,
    response: HttpResponse,
    version: str | None = Query(None, max_length=64, description="A pinned sha256."),
):
    selection = service.find(code, version)
    _set_version_headers(response, selection.letter)
    return present.letter_structure(selection, LETTER_FIELDS, FORMATS)


@api.post(
    "/letters/{code}/render",
    response={200: RenderResponse, **ERRORS},
    summary="Fill in and render a letter (text, html, docx, pdf or xml)",
    openapi_extra=RENDER_OPENAPI,
)
def render_letter(request, code: str, response: HttpResponse):
    selection = service.find(code)
    checked, problems = read_render_request(
        request.body, selection.letter.variables, selection.languages
    )
    if checked.version and not problems and checked.version != selection.letter.sha256:
        selection = service.find(code, checked.version)  # pinned: 404 if unknown
        checked, problems = read_render_request(
            request.body, selection.letter.variables, selection.languages
        )
    if problems:
        return Status(422, {"detail": problems})
    return _rendered(request, selection, checked, response)


def _rendered(request, selection, checked, response):
    rendered = service.render(selection, checked, user=request.user)
    if rendered.content is not None:
        response = HttpResponse(rendered.content, content_type=rendered.content_type)
        return service.apply_headers(response, rendered)
    service.apply_headers(response, rendered)
    return rendered.data


@api.get(
    "/letters/{code}/versions/{sha256}",
    response={200: HistoricLetter, **ERRORS},
    summary="An earlier approved version, by its sha256",
)
def letter_version(request, code: str, sha256: str, response: HttpResponse):
    selection = service.find(code, sha256)
    _set_version_headers(response, selection.letter)
    return present.historic_letter(find_version(code, selection.letter.sha256))


@api.post(
    "/letters/{code}/versions/{sha256}/render",
    response={200: RenderResponse, **ERRORS},
    summary="Render an earlier approved version again (for objections)",
    openapi_extra=RENDER_OPENAPI,
)
def render_letter_version(request, code: str, sha256: str, response: HttpResponse):
    selection = service.find(code, sha256)
    checked, problems = read_render_request(
        request.body, selection.letter.variables, selection.languages
    )
    if checked.version and checked.version != selection.letter.sha256:
        problems.append(
            {
                "field": "version",
                "variable": None,
                "code": "conflict",
                "message": "Deze versie is anders dan de versie in het adres. Laat 'version' weg.",
            }
        )
    if problems:
        return Status(422, {"detail": problems})
    return _rendered(request, selection, checked, response)


@api.get("/texts/", response={200: StandardTextList, **ERRORS}, summary="Approved standard texts")
def list_texts(
    request,
    language: str | None = Query(None, max_length=10),
    limit: int = Query(50, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
):
    texts = list(reusable.live_standard_texts(language))
    return {
        **_page(texts, limit, offset),
        "items": [reusable.standard_text_data(t) for t in texts[offset : offset + limit]],
    }


@api.get("/texts/{text_id}/", response={200: StandardTextOut, **ERRORS}, summary="One text")
def text_detail(request, text_id: int = Path(..., ge=1, le=2**62)):
    text = reusable.live_standard_texts().filter(pk=text_id).first()
    if text is None:
        raise HttpError(404, "Deze standaardtekst bestaat niet, of is nog niet goedgekeurd.")
    return reusable.standard_text_data(text)


@api.get(
    "/rights-duties/",
    response={200: RightsDutiesList, **ERRORS},
    summary="Rights and duties explanations",
)
def list_rights_duties(
    request,
    language: str | None = Query(None, max_length=10),
    limit: int = Query(50, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
):
    pages = list(reusable.live_rights_duties_pages(language))
    return {
        **_page(pages, limit, offset),
        "items": [reusable.rights_duties_data(p) for p in pages[offset : offset + limit]],
    }


@api.get(
    "/rights-duties/{page_id}/",
    response={200: RightsDutiesOut, **ERRORS},
    summary="One rights and duties explanation",
)
def rights_duties_detail(request, page_id: int = Path(..., ge=1, le=2**62)):
    page = reusable.live_rights_duties_pages().filter(pk=page_id).first()
    if page is None:
        raise HttpError(404, "Deze uitleg bestaat niet, of is niet gepubliceerd.")
    return reusable.rights_duties_data(page)

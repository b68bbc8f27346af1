"""The letter service API (/api/v1/): approved letters, rendering, versions and reusable blocks.

Only approved (live) revisions are ever read. Every letter response names its
version (revision id, sha256 of the canonical content, approval time); every
version it names is recorded first, so it can be fetched again by sha256.
Submitted values and rendered letters are never stored or logged.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from ninja import NinjaAPI, Path, Query, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from . import present, reusable
from .approved import (
    ApprovedLetter,
    approved_source_letters,
    available_languages,
)
from .auth import RateLimited, letter_service_auth
from .render_input import read_render_request
from .rendering import DOCX_CONTENT_TYPE, as_docx, merge, official_notice
from .schemas import (
    HistoricLetter,
    LetterDetail,
    LetterList,
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
from .versions import find_version, letter_family, record

DESCRIPTION = """
De briefservice voor consulenten: goedgekeurde briefsjablonen, invullen en versies.

* Inloggen met een API-sleutel: `Authorization: Bearer <sleutel>`. Alleen voor de groep
  Medewerkers. Een beheerder maakt of trekt sleutels in onder Instellingen → API tokens.
* Alleen goedgekeurde (gepubliceerde) teksten. Concepten zijn nooit te zien.
* Versie: `sha256` van de canonieke inhoud van de goedgekeurde tekst (JSON met
  gesorteerde sleutels: code, taal, onderwerp, variabelen, tekst en slotteksten).
  Met `/letters/{code}/versions/{sha256}` haalt u precies die versie later terug.
* Ingevulde waarden en brieven worden niet bewaard en niet gelogd.
"""

api = NinjaAPI(
    title="Helder briefservice",
    version="1",
    description=DESCRIPTION,
    urls_namespace="letters_api",
    auth=letter_service_auth(),
    docs_url="/docs",
    openapi_url="/openapi.json",
)

ERRORS = {401: Message, 403: Message, 404: Message, 422: ProblemList, 429: Message}
RENDER_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": RenderRequest.model_json_schema()}},
    },
    "responses": {
        "200": {
            "description": "The letter: JSON for text and html, a Word file for docx.",
            "content": {DOCX_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
}
NOT_FOUND = "Deze brief bestaat niet, of is nog niet goedgekeurd."
QUERY_MESSAGES = {
    "missing": "Dit veld ontbreekt.",
    "int_parsing": "Vul een heel getal in.",
    "greater_than_equal": "Dit getal is te klein.",
    "less_than_equal": "Dit getal is te groot.",
    "string_too_long": "Dit is te lang.",
}


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


def _keep_404(request):
    # Read by LocaleMiddleware only, after the view: see api_urlconf.py.
    request.urlconf = "helder.letters.api_urlconf"


# Helpers ------------------------------------------------------------------------------


def _family_or_404(code: str) -> dict[str, ApprovedLetter]:
    """The approved letter in each of its languages, Dutch (the binding one) first."""
    family = letter_family(code)
    if not family:
        raise HttpError(404, NOT_FOUND)
    return family


def _set_version_headers(response: HttpResponse, letter: ApprovedLetter, prefix="Template"):
    response[f"X-Helder-{prefix}-Revision"] = str(letter.revision_id)
    response[f"X-Helder-{prefix}-Sha256"] = letter.sha256
    response[f"X-Helder-{prefix}-Approved-At"] = letter.approved_at.isoformat()


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
    q: str | None = Query(None, max_length=200, description="Search code, title and subject."),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
):
    letters = approved_source_letters()
    languages = available_languages(letter.translation_key for letter in letters)
    if domain:
        letters = [letter for letter in letters if letter.metadata["domain"] == domain]
    if language:
        letters = [
            letter for letter in letters if language in languages.get(letter.translation_key, [])
        ]
    if q and q.strip():
        needle = q.strip().casefold()
        letters = [letter for letter in letters if needle in _searchable(letter)]
    page = letters[offset : offset + limit]
    for letter in page:
        record(letter)
    return {
        **_page(letters, limit, offset),
        "items": [
            present.letter_summary(letter, languages.get(letter.translation_key, []))
            for letter in page
        ],
    }


def _searchable(letter: ApprovedLetter) -> str:
    meta = letter.metadata
    parts = [letter.code, meta["title"], letter.content["subject"], meta["purpose"]]
    return " ".join(parts).casefold()


@api.get("/letters/{code}/", response={200: LetterDetail, **ERRORS}, summary="One letter")
def letter_detail(request, code: str, response: HttpResponse):
    family = _family_or_404(code)
    letter = next(iter(family.values()))
    _set_version_headers(response, letter)
    return present.letter_detail(letter, list(family))


@api.post(
    "/letters/{code}/render",
    response={200: RenderResponse, **ERRORS},
    summary="Fill in and render a letter",
    openapi_extra=RENDER_OPENAPI,
)
def render_letter(request, code: str, response: HttpResponse):
    family = _family_or_404(code)
    letter = next(iter(family.values()))
    checked, problems = read_render_request(request.body, letter.variables, list(family))
    if problems:
        return Status(422, {"detail": problems})
    translation = family[checked.language] if checked.language != letter.language else None
    return _rendered(letter, translation, checked, response)


def _rendered(letter, translation, checked, response):
    # Both letters were recorded when their family was resolved (versions.letter_family).
    merged = merge(letter, checked.values)
    merged_translation = merge(translation, checked.values) if translation else None

    if checked.format == "docx":
        result = HttpResponse(as_docx(merged, merged_translation), content_type=DOCX_CONTENT_TYPE)
        filename = f"{letter.code}-{checked.language}.docx"
        result["Content-Disposition"] = f'attachment; filename="{filename}"'
        response = result
    _set_version_headers(response, letter)
    if translation:
        _set_version_headers(response, translation, prefix="Translation")
    # A letter holds personal data: no shared or browser cache may keep it.
    response["Cache-Control"] = "no-store"
    if checked.format == "docx":
        return response

    def body(merged_letter, source):
        content = merged_letter.as_html() if checked.format == "html" else merged_letter.as_text()
        return {
            "language": merged_letter.language,
            "subject": merged_letter.subject,
            "content": content,
            "version": source.version(),
        }

    return {
        "code": letter.code,
        "format": checked.format,
        "language": checked.language,
        "version": letter.version(),
        "letter": body(merged, letter),
        "translation": body(merged_translation, translation) if translation else None,
        "notice": official_notice(translation.language) if translation else None,
    }


@api.get(
    "/letters/{code}/versions/{sha256}",
    response={200: HistoricLetter, **ERRORS},
    summary="An earlier approved version, by its sha256",
)
def letter_version(request, code: str, sha256: str, response: HttpResponse):
    version = _version_or_404(code, sha256)
    response["X-Helder-Template-Revision"] = str(version.revision_id)
    response["X-Helder-Template-Sha256"] = version.sha256
    return present.historic_letter(version)


def _version_or_404(code: str, sha256: str):
    version = find_version(code, sha256.lower()) if len(sha256) == 64 else None
    if version is None:
        raise HttpError(404, "Deze versie van de brief bestaat niet.")
    return version


@api.post(
    "/letters/{code}/versions/{sha256}/render",
    response={200: RenderResponse, **ERRORS},
    summary="Render an earlier approved version again (for objections)",
    openapi_extra=RENDER_OPENAPI,
)
def render_letter_version(request, code: str, sha256: str, response: HttpResponse):
    version = _version_or_404(code, sha256)
    letter = ApprovedLetter(
        template_pk=0,
        translation_key=str(version.translation_key),
        language=version.language,
        revision_id=version.revision_id,
        approved_at=version.approved_at,
        content=version.content,
        metadata=version.metadata,
    )
    checked, problems = read_render_request(request.body, letter.variables, [letter.language])
    if problems:
        return Status(422, {"detail": problems})
    return _rendered(letter, None, checked, response)


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

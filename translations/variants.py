"""The matrix of languages and accessible forms of one original, for the panel and report.

A row per language; a cell per form. A cell knows its status (ontbreekt / concept / live /
verouderd) and where to go: the existing variant's edit view, or the place to make it
(wagtail-localize's "translate" view, or the variant's create view with the page filled in).
"""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page

from . import locales, tracking
from .models import VARIANT_PAGE_TYPES, AudioVariant, EasyReadVariant, SignLanguageVideo

TRANSLATION, LARGE_PRINT = "translation", "large_print"
FORMS = [
    (TRANSLATION, "Tekst"),
    (EasyReadVariant.kind, "Makkelijk lezen"),
    (AudioVariant.kind, "Luisteren"),
    (SignLanguageVideo.kind, "Gebarentaal"),
    (LARGE_PRINT, "Grote letters / printen"),
]
FORM_LABELS = dict(FORMS)
VARIANT_MODEL_FOR = {
    model.kind: model for model in (EasyReadVariant, AudioVariant, SignLanguageVideo)
}
# Nederlandse Gebarentaal is the sign language of Dutch readers only.
SIGN_LANGUAGES = {"nl"}


@dataclass
class Cell:
    form: str
    status: str | None  # None: does not apply ("n.v.t.")
    url: str = ""
    action: str = ""  # "Maken", "Bewerken" or "Bekijken"
    obj: object = None

    @property
    def form_label(self):
        return FORM_LABELS[self.form]

    @property
    def status_label(self):
        return tracking.STATUS_LABELS.get(self.status, "n.v.t.")


@dataclass
class Row:
    language: str
    language_name: str
    is_source: bool
    obj: object = None
    cells: list[Cell] = field(default_factory=list)


def is_original(obj) -> bool:
    locale_id = getattr(obj, "locale_id", None)
    return bool(obj.pk and locale_id and locale_id == Locale.get_default().pk)


def _edit_url(obj, user) -> str:
    return AdminURLFinder(user).get_edit_url(obj) or ""


def translate_url(original) -> str:
    try:
        if isinstance(original, Page):
            return reverse("wagtail_localize:submit_page_translation", args=[original.pk])
        meta = original._meta
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, original.pk],
        )
    except NoReverseMatch:
        return ""


def variant_create_url(model, page) -> str:
    return reverse(model.snippet_viewset.get_url_name("add")) + f"?page={page.pk}"


def _translation_cell(original, translated, user, source_records) -> Cell:
    record = source_records.get(translated.pk) if translated is not None else None
    status = tracking.status_of(translated, source=original, record=record)
    if status == tracking.MISSING:
        return Cell(TRANSLATION, status, translate_url(original), "Maken")
    return Cell(TRANSLATION, status, _edit_url(translated, user), "Bewerken", translated)


def _variant_cells(page, language, variants, user) -> list[Cell]:
    cells = []
    for kind, model in VARIANT_MODEL_FOR.items():
        if kind == SignLanguageVideo.kind and language not in SIGN_LANGUAGES:
            cells.append(Cell(kind, None))
            continue
        if page is None:
            cells.append(Cell(kind, tracking.MISSING))  # translate the page first
            continue
        variant = variants.get((kind, page.pk))
        if variant is None:
            cells.append(Cell(kind, tracking.MISSING, variant_create_url(model, page), "Maken"))
        else:
            status = tracking.status_of(variant, source=page)
            cells.append(Cell(kind, status, _edit_url(variant, user), "Bewerken", variant))
    if page is not None and page.live and not page.alias_of_id:
        cells.append(Cell(LARGE_PRINT, tracking.LIVE, large_print_url(page), "Bekijken"))
    else:
        cells.append(Cell(LARGE_PRINT, tracking.MISSING))
    return cells


def large_print_url(page) -> str:
    with translation.override(page.locale.language_code):
        return reverse("translations:large_print", kwargs={"page_id": page.pk})


def _variants_for(pages) -> dict:
    ids = [page.pk for page in pages if page is not None]
    found = {}
    for kind, model in VARIANT_MODEL_FOR.items():
        for variant in model.objects.filter(page_id__in=ids).select_related("page"):
            found[(kind, variant.page_id)] = variant
    return found


def matrix(original, user=None) -> list[Row]:
    """Every language × form for one original in the default locale."""
    if isinstance(original, Page):
        original = original.specific
    by_language = {
        obj.locale.language_code: (obj.specific if isinstance(obj, Page) else obj)
        for obj in _all_translations(original)
    }
    with_variants = isinstance(original, VARIANT_PAGE_TYPES)
    variants = _variants_for(by_language.values()) if with_variants else {}
    records = {
        int(record.object_id): record
        for record in tracking.SourceRecord.objects.filter(
            content_type=tracking.content_type_of(original),
            source_object_id=str(original.pk),
        )
    }
    rows = []
    source_language = original.locale.language_code
    for code in locales.language_codes():
        translated = by_language.get(code)
        row = Row(code, locales.dutch_name(code), code == source_language, translated)
        if row.is_source:
            row.cells.append(
                Cell(
                    TRANSLATION,
                    tracking.status_of(original),
                    _edit_url(original, user),
                    "Bewerken",
                    original,
                )
            )
        else:
            row.cells.append(_translation_cell(original, translated, user, records))
        if with_variants:
            live_page = translated if tracking.status_of(translated) != tracking.MISSING else None
            row.cells += _variant_cells(live_page, code, variants, user)
        rows.append(row)
    return rows


def _all_translations(obj):
    model = Page if isinstance(obj, Page) else type(obj)
    return model.objects.filter(translation_key=obj.translation_key).select_related("locale")


def forms_for(original) -> list[tuple[str, str]]:
    return FORMS if isinstance(original, VARIANT_PAGE_TYPES) else FORMS[:1]

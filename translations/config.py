"""Which fields wagtail-localize translates and which it copies unchanged.

content_models may not know about translations, so the declarations live here and are
attached to the models in `TranslationsConfig.ready()` (wagtail-localize reads the
`translatable_fields` class attribute).

Letter variables: a variable's name and type are part of the letter's contract with the
letter service, so they may never differ between languages. wagtail-localize can only
synchronise or translate a whole field, so `variables` is synchronised as a whole: the
translation keeps names, types, examples *and* descriptions in Dutch. The descriptions
are help text for (Dutch-speaking) caseworkers, not text for citizens, so this costs
nothing. The parity check (parity.py) also refuses a translated letter whose variables
differ from the source.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

from content_models.models import (
    ChangeNotice,
    GlossaryTerm,
    InformationPage,
    LetterTemplate,
    Normbedrag,
    RightsDutiesPage,
    StandardText,
)

T, S = TranslatableField, SynchronizedField

PAGE_BASE = [
    T("title"),
    T("slug"),
    T("seo_title"),
    T("search_description"),
    S("show_in_menus"),
]

TRANSLATABLE_FIELDS = {
    InformationPage: [*PAGE_BASE, T("intro"), T("body")],
    RightsDutiesPage: [
        *PAGE_BASE,
        T("intro"),
        T("items"),
        # The law itself is Dutch; its name, article and link stay as they are.
        S("law"),
        S("article"),
        S("law_url"),
    ],
    LetterTemplate: [
        S("code"),
        S("domain"),
        S("case_type"),
        S("document_type"),
        S("variables"),
        T("title"),
        T("purpose"),
        T("subject"),
        T("body"),
        # The same closing texts in every language; a reader of the letter finds each
        # text's own translation through its translation_key.
        S("closing"),
    ],
    StandardText: [S("key"), S("kind"), T("title"), T("body")],
    GlossaryTerm: [T("term"), T("explanation"), T("synonyms")],
    # Amounts are read from the Dutch row only (amounts.live_amounts); a translation
    # translates the words around them.
    Normbedrag: [S("code"), S("scheme"), T("label"), T("explanation")],
    ChangeNotice: [
        S("topic"),
        S("effective_date"),
        S("pages"),
        S("amounts"),
        T("title"),
        T("summary"),
    ],
}


def install():
    for model, fields in TRANSLATABLE_FIELDS.items():
        model.translatable_fields = fields

"""This app's part of the publication gate (content_models/gate.py).

* Accessible variants are gated like pages: easy-read by the stricter "easy_read" policy
  (A2, short sentences); audio and sign-language descriptions by the page policy. What is
  scored is declared on each variant model (`citizen_text`).
* The structural parity check blocks a translation that lost sections, steps or items.
* The language check blocks text in a non-Dutch locale that is still Dutch: a copy that
  wagtail-localize made but nobody translated.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale, TranslatableMixin

from content_models import gate, readable_text, scoring
from readability import still_dutch

from .locales import dutch_name, source_language
from .models import AudioVariant, EasyReadVariant, SignLanguageVideo
from .parity import parity_problems


def _reading_text(obj) -> str:
    """The scored text without law quotes: the law stays Dutch in every language."""
    blocks = gate.gated_type(obj).blocks(obj)
    return "\n".join(
        strip_tags(block["text"]) for block in blocks if block["type"] != scoring.LAW_QUOTE
    )


def _source_text(obj) -> str | None:
    if not isinstance(obj, TranslatableMixin) or obj.pk is None and not obj.translation_key:
        return None
    try:
        source = obj.get_translation(Locale.get_default())
    except obj.__class__.DoesNotExist:
        return None
    if hasattr(source, "specific"):
        source = source.specific
    if source.pk == obj.pk:
        return None
    return _reading_text(source)


def language_problems(obj) -> list[tuple[str, str]]:
    language = gate.language_of(obj)
    if language == source_language():
        return []
    text = _reading_text(obj)
    verdict = still_dutch(text)
    if verdict is None and text.strip():
        # Too short to tell by its words: an exact copy of the Dutch original is untranslated.
        verdict = text == _source_text(obj)
    if not verdict:
        return []
    return [
        (
            "language.still_dutch",
            _("Deze tekst is nog Nederlands. Vertaal hem eerst in het %(language)s.")
            % {"language": dutch_name(language)},
        )
    ]


def install():
    if EasyReadVariant in gate.GATED_TYPES:
        return
    gate.register(EasyReadVariant, "easy_read", readable_text.declared)
    gate.register(AudioVariant, "information_page", readable_text.declared)
    gate.register(SignLanguageVideo, "information_page", readable_text.declared)
    gate.register_check(parity_problems)
    gate.register_check(language_problems)

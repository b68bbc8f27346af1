"""Which languages Helder publishes in, and how each language names itself.

The list comes from `HELDER_TRANSLATIONS_LOCALES` (language codes) and falls back to
`WAGTAIL_CONTENT_LANGUAGES`, so one setting is enough for most sites. Dutch (the default
locale) is the source language; all others are translations.
"""

from functools import lru_cache

from babel import Locale as BabelLocale
from django.conf import settings


def language_codes() -> list[str]:
    codes = getattr(settings, "HELDER_TRANSLATIONS_LOCALES", None)
    if codes:
        return list(codes)
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def source_language() -> str:
    return settings.LANGUAGE_CODE.split("-")[0]


@lru_cache(maxsize=32)
def _babel(code: str) -> BabelLocale:
    return BabelLocale.parse(code.replace("-", "_"))


@lru_cache(maxsize=32)
def native_name(code: str) -> str:
    """The language's name in its own language and script: "العربية", "Українська"."""
    name = _babel(code).get_display_name(code.replace("-", "_")) or code
    # CLDR writes some names in lower case ("polski"); in a list they start with a capital.
    return name[:1].upper() + name[1:]


def dutch_name(code: str) -> str:
    """The language's name in Dutch, for editors: "Arabisch"."""
    name = _babel(code).get_display_name("nl") or code
    return name[:1].upper() + name[1:]


def is_rtl(code: str) -> bool:
    return _babel(code).character_order == "right-to-left"

"""Site search: live pages of the current language, with glossary synonyms added to the query.

On PostgreSQL Wagtail's database backend uses full-text search with the configuration in
WAGTAILSEARCH_BACKENDS (Dutch stemming: "uitkeringen" finds "uitkering"). On SQLite it
matches whole words only.
"""

import re

from wagtail.models import Locale, Page
from wagtail.search.query import Or, Phrase, PlainText

from content_models.models import GlossaryTerm

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    # Drop control characters and collapse whitespace; long input is cut, not refused.
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_words(query: str) -> str:
    """Only the words: search backends read some punctuation as operators (FTS5 chokes on it)."""
    return " ".join(re.findall(r"\w+", query))


def _mentions(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", text.lower()) is not None


def related_words(query: str, language_code: str) -> list[str]:
    """Every other form of each glossary term that the query mentions."""
    words = []
    for entry in GlossaryTerm.objects.filter(live=True, locale__language_code=language_code):
        forms = [entry.term, *entry.synonym_list]
        if any(_mentions(query, form) for form in forms):
            words.extend(form for form in forms if not _mentions(query, form))
    return list(dict.fromkeys(words))


def build_query(query: str, extra: list[str]):
    parts = [PlainText(query, operator="and")]
    for word in filter(None, map(search_words, extra)):
        parts.append(Phrase(word) if " " in word else PlainText(word))
    return parts[0] if len(parts) == 1 else Or(parts)


def search_pages(query: str, language_code: str, limit: int = 50):
    query = clean_query(query)
    words = search_words(query)
    if not words:
        return [], []
    extra = related_words(query, language_code)
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return [], extra
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=1)
    results = pages.search(build_query(words, extra))[:limit]
    return [page.specific for page in results], extra

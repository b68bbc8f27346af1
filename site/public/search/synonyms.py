"""Other words for what a citizen types, from the versimpelteam's lists.

Two sources, both kept by editors: the jargon list (officialese phrase <-> plain words)
and the glossary (term <-> synonyms). A citizen who types the plain word also finds
pages that still use the official one, and the other way round. These words only widen
the search; the results page never shows them (they are internal vocabulary).
"""

from collections import defaultdict

from helder.memo import GenerationMemo

from content_models.models import GlossaryTerm, JargonEntry

from .words import content_words, stem

words_memo = GenerationMemo("public-search-words")

Phrase = tuple[str, ...]  # the stems of a word or phrase, in order


def phrase_stems(text: str, language: str) -> Phrase:
    return tuple(stem(word, language) for word in content_words(text, language))


def _groups(language: str) -> list[list[str]]:
    groups = [
        [entry.term, *entry.synonym_list]
        for entry in GlossaryTerm.objects.filter(live=True, locale__language_code=language)
    ]
    if language == "nl":  # the jargon list is Dutch
        groups += [[entry.phrase, *entry.alternative_list] for entry in JargonEntry.objects.all()]
    return groups


def build_synonyms(language: str) -> dict[Phrase, set[Phrase]]:
    synonyms: dict[Phrase, set[Phrase]] = defaultdict(set)
    for group in _groups(language):
        phrases = [p for p in (phrase_stems(text, language) for text in group) if p]
        for phrase in phrases:
            synonyms[phrase].update(other for other in phrases if other != phrase)
    return dict(synonyms)


def synonyms_for(language: str) -> dict[Phrase, set[Phrase]]:
    _generation, memo = words_memo.current()
    if language not in memo:
        memo[language] = build_synonyms(language)
    return memo[language]


def forget_synonyms(**_kwargs):
    words_memo.forget_now_and_on_commit()

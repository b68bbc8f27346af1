"""Site search that forgives: word forms, compounds, typos and plain-language synonyms.

One engine on every database, so SQLite (the default) and PostgreSQL give the same
answers: an in-memory index per language and worker (index.py), Snowball stemming
(words.py), rapidfuzz for typos (suggest.py) and the versimpelteam's word lists as
synonyms (synonyms.py). Queries are never stored: not in the database, not in a log, not in
a cache (search pages are never cached, see ../cache.py).
"""

from dataclasses import dataclass, field

from .index import LanguageIndex, index_for
from .suggest import nearest_word
from .synonyms import synonyms_for, words_memo
from .words import content_words, query_stems, tokens

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_COMPOUNDS = 40
COMPOUND_WEIGHT = 0.6
SYNONYM_WEIGHT = 0.8
CORRECTION_WEIGHT = 0.8
MIN_COMPOUND_PART = 4

__all__ = ["MAX_QUERY_LENGTH", "SearchOutcome", "clean_query", "search_pages"]


def clean_query(raw: str) -> str:
    # Drop control characters and collapse whitespace; long input is cut, not refused.
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass
class SearchOutcome:
    results: list = field(default_factory=list)
    # "Bedoelde u …?": the query with typos replaced by words the site uses.
    suggestion: str = ""
    # True when nothing matched the query as typed, so the results are for the suggestion.
    results_for_suggestion: bool = False
    total: int = 0  # all pages that match; `results` holds the best of them


def _compounds(term: str, index: LanguageIndex) -> list[str]:
    """Index stems that hold `term` as part of a compound: "uitkeer" in "bijstandsuitkeer".

    Only for the stem of the word as typed (see _forms). Kept in the index only for stems
    the pages use, so nothing of a query is kept."""
    if len(term) < MIN_COMPOUND_PART:
        return []
    kept = index.compounds.get(term)
    if kept is not None:
        return kept
    found = [
        other
        for other in index.postings
        if len(other) >= len(term) + 3 and (other.endswith(term) or other.startswith(term))
    ][:MAX_COMPOUNDS]
    if term in index.postings:
        index.compounds[term] = found
    return found


def _phrase_score(phrase, index: LanguageIndex) -> dict[int, float]:
    """A page has a phrase when it has all its stems; it scores by its weakest one."""
    scores = [index.term_score(term) for term in phrase]
    if not scores or not all(scores):
        return {}
    common = set.intersection(*(set(score) for score in scores))
    return {page_id: min(score[page_id] for score in scores) for page_id in common}


def _merge_max(into: dict[int, float], scores: dict[int, float], weight: float):
    for page_id, score in scores.items():
        weighted = score * weight
        if weighted > into.get(page_id, 0.0):
            into[page_id] = weighted


def _word_unit(
    word: str, stems: list[str], correction: str | None, index: LanguageIndex, synonyms
) -> dict[int, float]:
    """{page id: best score of the word, its forms, compounds, one-word synonyms, and the
    word the site uses that is nearest to a typo}."""
    unit: dict[int, float] = {}
    weighted = [(term, 1.0, compounds) for term, compounds in _forms(word, index, index.language)]
    if correction:
        weighted += [
            (term, CORRECTION_WEIGHT, compounds)
            for term, compounds in _forms(correction, index, index.language)
        ]
    for term, weight, compounds in weighted:
        _merge_max(unit, index.term_score(term), weight)
        for compound in _compounds(term, index) if compounds else ():
            _merge_max(unit, index.term_score(compound), weight * COMPOUND_WEIGHT)
    for alternative in synonyms.get((stems[0],), ()):
        _merge_max(unit, _phrase_score(alternative, index), SYNONYM_WEIGHT)
    return unit


def _word_scores(
    words: list[str], corrections: list[str | None], index: LanguageIndex, language: str
) -> list[dict]:
    """Per query word its unit (above); phrases of two or three words add their synonyms.

    A unit of a word the pages use is kept with the index for this version of the word
    lists (never a word the site does not use, so no personal data is kept)."""
    synonyms_generation, _values = words_memo.current()
    synonyms = synonyms_for(language)
    stems = [query_stems(word, language) for word in words]
    units: list[dict[int, float]] = []
    for position, word in enumerate(words):
        key = (synonyms_generation, word)
        unit = index.units.get(key) if corrections[position] is None else None
        if unit is None:
            unit = _word_unit(word, stems[position], corrections[position], index, synonyms)
            if corrections[position] is None and _is_known(word, index, language):
                index.units[key] = unit
        units.append(unit)
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            phrase = tuple(forms[0] for forms in stems[start : start + size])
            for alternative in synonyms.get(phrase, ()):
                scores = _phrase_score(alternative, index)
                for position in range(start, start + size):
                    units[position] = dict(units[position])  # never change a kept unit
                    _merge_max(units[position], scores, SYNONYM_WEIGHT)
    return units


def _rank(
    words: list[str], corrections: list[str | None], index: LanguageIndex, language: str
) -> list[int]:
    units = _word_scores(words, corrections, index, language)
    totals: dict[int, float] = {}
    matched: dict[int, int] = {}
    for unit in units:
        for page_id, score in unit.items():
            totals[page_id] = totals.get(page_id, 0.0) + score
            matched[page_id] = matched.get(page_id, 0) + 1
    # Pages with every word come first: the score shrinks with each word a page lacks.
    ranked = {
        page_id: total * (matched[page_id] / len(units)) ** 2 for page_id, total in totals.items()
    }
    return sorted(ranked, key=lambda page_id: -ranked[page_id])


def _query_words(query: str, language: str) -> list[str]:
    words = content_words(query, language) or tokens(query)
    return words[:MAX_WORDS]


def _forms(word: str, index: LanguageIndex, language: str) -> list[tuple[str, bool]]:
    """(stem, may match compounds) for a query word. Extra verb-form stems count only when
    the pages use them on their own, so a typo's fragment ("bijstan" from "bijstant") is
    never taken for the start of a compound."""
    own, *others = query_stems(word, language)
    return [(own, True)] + [(term, False) for term in others if term in index.postings]


def _is_known(word: str, index: LanguageIndex, language: str) -> bool:
    return any(
        term in index.postings or (compounds and _compounds(term, index))
        for term, compounds in _forms(word, index, language)
    )


@dataclass(frozen=True)
class Result:
    title: str
    intro: str
    url: str


def _results(page_ids: list[int], index: LanguageIndex) -> list[Result]:
    """From the index, which every publish renews: no query, no page bodies."""
    return [
        Result(index.titles[pk], index.intros.get(pk, ""), index.urls[pk])
        for pk in page_ids
        if index.urls.get(pk)
    ]


def search_pages(query: str, language: str, limit: int = 20) -> SearchOutcome:
    query = clean_query(query)
    words = _query_words(query, language)
    if not words:
        return SearchOutcome()
    index = index_for(language)
    corrections = [
        None if _is_known(word, index, language) else nearest_word(word, index) for word in words
    ]
    outcome = SearchOutcome()
    if any(corrections):
        outcome.suggestion = " ".join(
            correction or word for word, correction in zip(words, corrections, strict=True)
        )
        # Nothing for the words as typed: say the results are for the suggestion.
        outcome.results_for_suggestion = not _rank(words, [None] * len(words), index, language)
    page_ids = _rank(words, corrections, index, language)
    outcome.results = _results(page_ids[:limit], index)
    outcome.total = len(page_ids)
    return outcome

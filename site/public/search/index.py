"""The search index of one language: every live public page's words, kept per worker.

Built from the pages' own search fields (the ones Wagtail indexes) the first time a
language is searched after a publish, and kept in the pages memo, which every publish,
move or unpublish renews (see ../cache.py). It holds only page text, never a query.

Scoring is BM25 over weighted fields: a word in the title counts more than one in the
intro, and that more than one in the body.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from math import log

from helder.public.cache import pages as pages_memo
from wagtail.models import Page
from wagtail.search.index import SearchField

from .words import content_words, stem

FIELD_WEIGHTS = {"title": 4.0, "intro": 2.0, "search_description": 2.0}
BODY_WEIGHT = 1.0
K1 = 1.2
B = 0.5
# BM25 saturates: a page that says "boete" twenty times is not twenty times about it. A
# word in the title says most about what a page is about, so it adds on top.
TITLE_BOOST = 1.0


@dataclass
class LanguageIndex:
    language: str
    postings: dict[str, dict[int, float]] = field(default_factory=lambda: defaultdict(dict))
    in_title: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    lengths: dict[int, float] = field(default_factory=dict)
    words: Counter = field(default_factory=Counter)  # surface word -> pages it is on
    page_ids: list[int] = field(default_factory=list)
    stems: dict[str, str] = field(default_factory=dict)
    intros: dict[int, str] = field(default_factory=dict)  # shown under each result
    titles: dict[int, str] = field(default_factory=dict)
    urls: dict[int, str] = field(default_factory=dict)
    # Scores and compounds of the pages' own stems, worked out once (never a query's words).
    scores: dict[str, dict[int, float]] = field(default_factory=dict)
    compounds: dict[str, list[str]] = field(default_factory=dict)
    units: dict[tuple, dict[int, float]] = field(default_factory=dict)

    @property
    def average_length(self) -> float:
        return (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 1.0

    def idf(self, term: str) -> float:
        n, df = len(self.lengths), len(self.postings.get(term, ()))
        return log(1 + (n - df + 0.5) / (df + 0.5))

    def term_score(self, term: str) -> dict[int, float]:
        """BM25 contribution of one stem, per page that has it."""
        postings = self.postings.get(term)
        if not postings:
            return {}
        kept = self.scores.get(term)
        if kept is None:
            kept = self.scores[term] = self._bm25(term, postings)
        return kept

    def _bm25(self, term: str, postings: dict[int, float]) -> dict[int, float]:
        idf, average = self.idf(term), self.average_length
        titled = self.in_title.get(term, ())
        return {
            page_id: idf
            * (
                (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * self.lengths[page_id] / average))
                + (TITLE_BOOST if page_id in titled else 0.0)
            )
            for page_id, tf in postings.items()
        }

    def stem(self, word: str) -> str:
        """Stems of the pages' own words, kept with the index: stemming is the slow part of
        building it. Query words are stemmed without keeping them (words.stem)."""
        found = self.stems.get(word)
        if found is None:
            found = self.stems[word] = stem(word, self.language)
        return found

    def add(self, page_id: int, weighted_texts: list[tuple[str, float, str]]):
        counts: dict[str, float] = defaultdict(float)
        length = 0.0
        seen = set()
        for field_name, weight, text in weighted_texts:
            if field_name == "intro":
                self.intros.setdefault(page_id, text)
            for word in content_words(text, self.language):
                term = self.stem(word)
                counts[term] += weight
                length += 1
                seen.add(word)
                if field_name == "title":
                    self.in_title[term].add(page_id)
        for term, tf in counts.items():
            self.postings[term][page_id] = tf
        self.lengths[page_id] = max(length, 1.0)
        self.words.update(seen)
        self.page_ids.append(page_id)


def _flatten(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def page_texts(page) -> list[tuple[str, float, str]]:
    texts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, SearchField):
            continue
        weight = FIELD_WEIGHTS.get(search_field.field_name, BODY_WEIGHT)
        for text in _flatten(search_field.get_value(page)):
            texts.append((search_field.field_name, weight, text))
    return texts


def searchable_pages(language: str):
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, alias_of__isnull=True)
        .exclude(depth__lte=1)
    )


def build_index(language: str) -> LanguageIndex:
    index = LanguageIndex(language)
    for page in searchable_pages(language).specific(defer=False).iterator(chunk_size=500):
        index.add(page.pk, page_texts(page))
        index.titles[page.pk] = page.title
        index.urls[page.pk] = page.get_url()
    return index


def index_for(language: str) -> LanguageIndex:
    """This worker's index of `language`, built once per generation of the pages memo."""
    _generation, memo = pages_memo.current()
    key = ("search-index", language)
    index = memo.get(key)
    if index is None:
        index = memo[key] = build_index(language)
    return index

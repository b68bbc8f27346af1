"""Words as the search compares them: folded, without stopwords, stemmed per language.

Stemming uses the Snowball stemmers (the same algorithms as PostgreSQL's text search
configurations), so "uitkeringen" and "uitkering", "stopt" and "stoppen" meet.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")

# Snowball algorithm per site language; languages without one compare folded words.
STEMMERS = {"nl": "dutch", "en": "english", "ar": "arabic", "tr": "turkish"}

# Words that say nothing about what a page is about. Kept short on purpose: a word that is
# left out can never be found, so only the most common function words are here.
STOPWORDS = {
    "nl": frozenset(
        [
            "aan",
            "al",
            "als",
            "an",
            "bij",
            "dan",
            "dat",
            "de",
            "die",
            "dit",
            "doe",
            "doen",
            "door",
            "een",
            "en",
            "er",
            "ga",
            "gaat",
            "geen",
            "had",
            "heb",
            "hebben",
            "heeft",
            "het",
            "hier",
            "hij",
            "hoe",
            "ik",
            "in",
            "is",
            "je",
            "jij",
            "kan",
            "kunnen",
            "maar",
            "me",
            "met",
            "mij",
            "mijn",
            "moet",
            "na",
            "naar",
            "niet",
            "nog",
            "nu",
            "of",
            "om",
            "ook",
            "op",
            "over",
            "te",
            "tot",
            "u",
            "uw",
            "van",
            "veel",
            "voor",
            "wat",
            "wel",
            "wie",
            "wij",
            "wil",
            "worden",
            "wordt",
            "zal",
            "ze",
            "zich",
            "zij",
            "zijn",
            "zo",
            "zoals",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "about",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "can",
            "do",
            "does",
            "for",
            "from",
            "have",
            "how",
            "i",
            "if",
            "in",
            "is",
            "it",
            "me",
            "my",
            "of",
            "on",
            "or",
            "that",
            "the",
            "this",
            "to",
            "was",
            "what",
            "when",
            "which",
            "who",
            "will",
            "with",
            "you",
            "your",
        ]
    ),
}


def fold(text: str) -> str:
    """Lower case without accents: "Cliënt" and "client" are the same word to a searcher."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def plain_text(value: str) -> str:
    from html import unescape

    return unescape(TAG.sub(" ", value))


def tokens(text: str) -> list[str]:
    return WORD.findall(fold(plain_text(text)))


def content_words(text: str, language: str) -> list[str]:
    stop = STOPWORDS.get(language, frozenset())
    return [word for word in tokens(text) if word not in stop and not word.isdigit()]


@lru_cache(maxsize=8)
def _stemmer(language: str):
    name = STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


def stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def query_stems(word: str, language: str) -> list[str]:
    """The stems a query word may appear as: its own, and for Dutch verb forms on -t
    ("betaalt", "verhuist") also the stem without it ("betaal", "verhuis")."""
    stems = [stem(word, language)]
    if language == "nl" and len(word) > 4 and word.endswith("t"):
        stems.append(stem(word[:-1], language))
    return list(dict.fromkeys(stems))

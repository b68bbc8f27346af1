"""Word frequencies from the installed wordfreq package (Dutch "best" list).

wordfreq's code is Apache-2.0 and its data CC BY-SA 4.0; the data is read from the
installed package at run time and never copied into this repository.

Importing wordfreq itself costs seconds (it pulls in its tokenisers), so we read its
cBpack file directly: a gzipped msgpack list whose i-th bucket holds the words with
frequency 10^(-i/100), i.e. Zipf = 9 - i/100. Only the buckets down to ``MIN_ZIPF`` are
kept, as one dict word -> Zipf (about 100k entries); everything else is "rarer than that".
"""

from __future__ import annotations

import gzip
import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

MIN_ZIPF = 2.0
_LOCK = threading.Lock()
_TABLES: dict[str, dict[str, float] | None] = {}
_ENDINGS: dict[tuple[str, float], dict[str, tuple[int, ...]]] = {}


def _wordlist_path(lang: str) -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        for name in (f"large_{lang}.msgpack.gz", f"small_{lang}.msgpack.gz"):
            path = Path(location) / "data" / name
            if path.exists():
                return path
    return None


def _load(lang: str) -> dict[str, float] | None:
    path = _wordlist_path(lang)
    if path is None:
        return None
    import msgpack  # a wordfreq dependency

    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    header, buckets = data[0], data[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        return None
    keep = int(round((9 - MIN_ZIPF) * 100)) + 1
    table: dict[str, float] = {}
    for i, bucket in enumerate(buckets[:keep]):
        zipf = 9 - i / 100
        for word in bucket:
            table.setdefault(word, zipf)
    return table


def frequency_table(lang: str = "nl") -> dict[str, float] | None:
    """word -> Zipf frequency for the common words of ``lang`` (None if no data)."""
    if lang not in _TABLES:
        with _LOCK:
            if lang not in _TABLES:
                _TABLES[lang] = _load(lang)
    return _TABLES[lang]


def lengths_by_ending(lang: str, min_zipf: float) -> dict[str, tuple[int, ...]]:
    """The words of ``lang`` with a Zipf of ``min_zipf`` or more and three letters or more,
    by their last three letters -> their lengths, in rising order (built once per process).

    Which ends of a longer word can be such a word: a compound split tries only those,
    instead of looking every end up in the table."""
    key = (lang, min_zipf)
    if key not in _ENDINGS:
        grouped: dict[str, set[int]] = {}
        for word, value in (frequency_table(lang) or {}).items():
            if value >= min_zipf and len(word) >= 3:
                grouped.setdefault(word[-3:], set()).add(len(word))
        with _LOCK:
            _ENDINGS[key] = {end: tuple(sorted(n)) for end, n in grouped.items()}
    return _ENDINGS[key]


@lru_cache(maxsize=1 << 16)
def zipf(word: str, lang: str = "nl") -> float:
    """Zipf frequency of a lower-cased word; 0.0 when below ``MIN_ZIPF`` or unknown.

    A hyphenated compound scores as its rarest part ("wmo-voorziening" -> min of parts),
    unless the whole compound is itself in the list.
    """
    table = frequency_table(lang)
    if not table:
        return 0.0
    value = table.get(word)
    if value is not None:
        return value
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if parts:
            return min(table.get(p, 0.0) for p in parts)
    return 0.0

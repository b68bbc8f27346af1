"""Core data types shared by the text model, the signals and the report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import attrgetter, eq, is_not, ne, not_
from typing import ClassVar, NamedTuple

import numpy as np

BLOCK_TYPES = ("heading", "paragraph", "list_item", "table_cell", "law_quote")


@dataclass(frozen=True, slots=True)
class Block:
    """One typed block of input. ``text`` of a paragraph may be HTML."""

    type: str
    text: str


class Segment(NamedTuple):
    """A stretch of plain text that no sentence crosses (a line, a heading, a list item...).

    ``offset`` is where ``text`` starts in the coordinate system findings are reported in:
    the extracted plain text for text/HTML input, or the block's own text for block input.
    ``paragraph`` groups segments that belong to one paragraph (for the paragraph-length rule).
    """

    kind: str
    text: str
    block: int | None
    offset: int
    paragraph: int


class Word(NamedTuple):
    """A counted word. ``kind`` is "word", "num" (numbers, amounts, dates) or "var" ({{ x }})."""

    text: str
    norm: str
    start: int
    end: int
    kind: str
    clause: int


class Sentence:
    """One sentence of a segment: ``segment.text[start:end]``.

    ``texts`` are its counted words as written (a tuple): cheap and always there, so
    counting and "does this sentence hold one of these words" need no per-word objects.
    ``layout`` is where each of them starts and its clause number, and ``words`` the full
    :class:`Word` tuples (spans, kinds, clauses): given by the tokeniser or, when not
    given, built on first use from ``texts`` (``readability.tokenize``), so only sentences
    that may get a finding ever need them. A rule that only needs the words' forms,
    clauses and a few spans reads ``norms`` and ``layout``, which cost less than words.
    """

    __slots__ = ("segment", "start", "end", "texts", "_words", "_layout")

    # Build the layout and the words of one sentence. Set by readability.tokenize, which
    # creates every Sentence: this module stays free of an import of the tokeniser (no
    # import cycle).
    layout_builder: ClassVar[Callable[[Sentence], tuple[list[int], list[int]]] | None] = None
    word_builder: ClassVar[Callable[[Sentence], list[Word]] | None] = None

    def __init__(
        self,
        segment: Segment,
        start: int,
        end: int,
        words: list[Word] | None = None,
        texts: Sequence[str] | None = None,
    ) -> None:
        self.segment = segment
        self.start = start
        self.end = end
        self._words = words
        self._layout: tuple[list[int], list[int]] | None = None
        # A tuple of strings: the collector stops tracking it after one look, so thousands
        # of sentences do not make every later collection longer.
        self.texts = (
            tuple(texts) if texts is not None else tuple(w.text for w in words) if words else ()
        )

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            builder = Sentence.word_builder
            if builder is None:
                raise RuntimeError("sentences are made by readability.tokenize")
            self._words = builder(self)
        return self._words

    @property
    def layout(self) -> tuple[list[int], list[int]]:
        """(where each counted word starts in ``segment.text``, its clause number)."""
        if self._layout is None:
            words = self._words
            if words is not None:
                self._layout = [w.start for w in words], [w.clause for w in words]
            else:
                builder = Sentence.layout_builder
                if builder is None:
                    raise RuntimeError("sentences are made by readability.tokenize")
                self._layout = builder(self)
        return self._layout

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Start and end in ``segment.text`` of the words ``first`` to ``last``."""
        starts = self.layout[0]
        return starts[first], starts[last] + len(self.texts[last])

    @property
    def norms(self) -> list[str]:
        """The counted words lower-cased (``Word.norm``)."""
        return list(map(str.lower, self.texts))

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, start={self.start}, end={self.end})"


_TEXTS = attrgetter("texts")
_SEGMENT = attrgetter("segment")
_START = attrgetter("start")
_END = attrgetter("end")


def _word_count(sentence: Sentence) -> int:
    return len(sentence.texts)


class Sentences(Sequence):
    """The sentences of a text as columns, each :class:`Sentence` object made on first use.

    A text of 100k words has about ten thousand sentences, and most of the analysis reads
    whole columns: every sentence's token texts, segment, start and end. Objects are made
    only for the sentences a rule looks at (``sentences[i]``); iterating makes them all.
    Functions that take sentences also accept a plain list of them (``texts_of`` and the
    other column readers look at either).
    """

    __slots__ = ("segments", "starts", "ends", "texts", "_objects", "_lengths")

    def __init__(
        self,
        segments: list[Segment],
        starts: list[int],
        ends: list[int],
        texts: list[tuple[str, ...]],
    ) -> None:
        self.segments = segments
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self._objects: list[Sentence | None] = [None] * len(texts)
        self._lengths: list[int] | None = None

    @property
    def lengths(self) -> list[int]:
        """Each sentence's number of counted words (computed once: several rules ask)."""
        if self._lengths is None:
            self._lengths = list(map(len, self.texts))
        return self._lengths

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(map(self.__getitem__, range(*index.indices(len(self)))))
        made = self._objects[index]
        if made is None:
            made = self._objects[index] = Sentence(
                self.segments[index], self.starts[index], self.ends[index], None, self.texts[index]
            )
        return made

    def __iter__(self) -> Iterator[Sentence]:
        return map(self.__getitem__, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable-list semantics: unhashable

    def __repr__(self) -> str:
        return f"Sentences({list(self)!r})"


def _column(sentences: Sequence[Sentence], name: str, per_sentence: Callable) -> list:
    """A column of a :class:`Sentences` table, or the same read from a list of objects."""
    if isinstance(sentences, Sentences):
        return getattr(sentences, name)
    return list(map(per_sentence, sentences))


def texts_of(sentences: Sequence[Sentence]) -> list[tuple[str, ...]]:
    """Each sentence's token texts."""
    return _column(sentences, "texts", _TEXTS)


def lengths_of(sentences: Sequence[Sentence]) -> list[int]:
    """Each sentence's number of counted words."""
    return _column(sentences, "lengths", _word_count)


def segments_of(sentences: Sequence[Sentence]) -> list[Segment]:
    """Each sentence's segment."""
    return _column(sentences, "segments", _SEGMENT)


def starts_of(sentences: Sequence[Sentence]) -> list[int]:
    """Where each sentence starts in its segment's text."""
    return _column(sentences, "starts", _START)


def ends_of(sentences: Sequence[Sentence]) -> list[int]:
    """Where each sentence ends in its segment's text."""
    return _column(sentences, "ends", _END)


def indices_holding(
    sentences: Sequence[Sentence], texts: AbstractSet[str], vocab: Vocabulary | None = None
) -> Iterable[int]:
    """The indices of the sentences that hold at least one of ``texts`` (token texts), in
    order. A rule spends Python steps only on the sentences it may fire on: with the
    sentences' own vocabulary the test is a few array operations (``Vocabulary.holding``),
    otherwise it runs in C per sentence (``texts.isdisjoint``), lazily, and ``texts`` may
    shrink while the result is consumed. A rule that filters further on the sentences'
    texts (``texts_of``) makes objects only for the sentences it keeps."""
    if vocab is not None and vocab.source is sentences:
        return vocab.holding(texts)
    holds = map(not_, map(texts.isdisjoint, texts_of(sentences)))
    return compress(range(len(sentences)), holds)


def sentences_holding(
    sentences: Sequence[Sentence], texts: AbstractSet[str], vocab: Vocabulary | None = None
) -> Iterable[Sentence]:
    """The sentences at ``indices_holding``, in order."""
    return map(sentences.__getitem__, indices_holding(sentences, texts, vocab))


def paragraph_ranges(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(first, last) sentence index of each paragraph: a run of sentences with the same
    block and paragraph number."""
    if not sentences:
        return []
    segs = segments_of(sentences)
    # A paragraph can only begin where the segment changes (the sentences of one segment
    # share its object), so Python looks at segments, not at sentences.
    heads = [0]
    for i in compress(range(1, len(segs)), map(is_not, segs[1:], segs)):
        a, b = segs[i - 1], segs[i]
        if a.block != b.block or a.paragraph != b.paragraph:
            heads.append(i)
    return list(zip(heads, [h - 1 for h in heads[1:]] + [len(sentences) - 1], strict=True))


def per_sentence(
    ufunc: np.ufunc, table: np.ndarray, forms: np.ndarray, bounds: np.ndarray
) -> np.ndarray:
    """``ufunc`` (``np.add``, ``np.logical_or``) reduced over each sentence's tokens: the
    token with form index ``f`` has the value ``table[..., f]``; sentence ``i`` holds the
    tokens ``bounds[i]`` up to ``bounds[i + 1]`` of ``forms``. The last entry of ``table``
    is padding, and what a sentence without tokens gets. One gather and one segmented
    reduction, no Python step per sentence."""
    if len(bounds) == 1:
        return np.zeros(table.shape[:-1] + (0,), dtype=table.dtype)
    # One padding token keeps every start inside the gathered array.
    gathered = np.take(table, np.append(forms, table.shape[-1] - 1), axis=-1)
    out = ufunc.reduceat(gathered, bounds[:-1], axis=-1)
    # reduceat gives an empty stretch the value at its start instead.
    empty = bounds[1:] == bounds[:-1]
    if empty.any():
        out[..., empty] = table[..., -1:]
    return out


def is_word_text(text: str) -> bool:
    """True when a token text is a real word (kind "word"): numbers start with a digit,
    variables with "{", URLs with http(s):// or www. and e-mail addresses hold "@", none of
    which a word can (see readability.tokenize)."""
    c = text[0]
    return not (
        c.isdecimal() or c == "{" or "@" in text or "://" in text or text.startswith("www.")
    )


class _Numbering(dict):
    """Numbers its keys in the order they are first asked for: one look-up per token, and
    a Python step only per distinct key."""

    __slots__ = ()

    def __missing__(self, key: str) -> int:
        self[key] = number = len(self)
        return number


class Vocabulary:
    """The distinct token texts of some sentences, counted once.

    Per-word rules run once per distinct text instead of once per word, and a rule finds
    the sentences it must look at with ``texts.isdisjoint(sentence.texts)`` (a C-level scan)
    instead of a Python step per word.

    * ``counts``: token text -> number of occurrences (all kinds);
    * ``norm``: token text -> lower-cased form;
    * ``by_norm``: lower-cased form -> the token texts with that form (a tuple).
    """

    __slots__ = (
        "counts",
        "norm",
        "by_norm",
        "_forms",
        "source",
        "token_forms",
        "index",
        "_bounds",
        "_columns",
    )

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        # Each token's form as an index into ``counts`` (in order of first use), for the
        # per-sentence sums (readability.profile); ``source`` is the sentence list it
        # belongs to. The counts come from the indices, one C pass per step.
        self.source = sentences
        numbering = _Numbering()
        self.token_forms = forms = np.fromiter(
            map(numbering.__getitem__, chain.from_iterable(texts_of(sentences))),
            dtype=np.intp,
            count=sum(lengths_of(sentences)),
        )
        # A plain dict: a text from elsewhere is a KeyError, not a new number.
        self.index = index = dict(numbering)
        self.counts = counts = Counter(
            dict(zip(index, np.bincount(forms, minlength=len(index)).tolist(), strict=True))
        )
        self.norm = norm = dict(zip(counts, map(str.lower, counts), strict=True))
        # Tuples, not lists: the collector stops walking a tuple of strings after one look.
        # Most texts are their own form; only the others may share one.
        own = list(compress(norm, map(eq, norm, norm.values())))
        by_norm: dict[str, tuple[str, ...]] = dict(zip(own, zip(own), strict=True))
        if len(own) < len(norm):
            for text in compress(norm, map(ne, norm, norm.values())):
                form = norm[text]
                by_norm[form] = (*by_norm.get(form, ()), text)
        self.by_norm = by_norm
        self._forms: Counter | None = None
        self._bounds: np.ndarray | None = None
        self._columns: dict[Callable, object] = {}

    def columns(self, rule: Callable[[list[str]], object]) -> object:
        """``rule`` applied to all distinct texts (in the order of ``counts``), once per
        vocabulary: several signals share the same per-form columns."""
        if rule not in self._columns:
            self._columns[rule] = rule(list(self.counts))
        return self._columns[rule]

    def word_column(self, rule: Callable[[list[str]], list]) -> list:
        """``columns(rule)`` for the real words only, in the order of ``forms``."""
        column = self.columns(rule)
        if len(column) == len(self.forms):
            return column
        return list(compress(column, map(self.forms.__contains__, self.counts)))

    def bounds(self) -> np.ndarray:
        """Where each ``source`` sentence's tokens start in ``token_forms``, and a last
        entry where the last one ends."""
        if self._bounds is None:
            source = self.source
            lengths = np.asarray(lengths_of(source), dtype=np.intp)
            self._bounds = np.zeros(len(lengths) + 1, dtype=np.intp)
            np.cumsum(lengths, out=self._bounds[1:])
        return self._bounds

    def holding(self, texts: AbstractSet[str]) -> list[int]:
        """The indices of the ``source`` sentences that hold at least one of ``texts``, in
        order: the texts' forms are marked, every token looks up its form's mark, and one
        segmented "or" per sentence tells which hold one (no Python step per sentence)."""
        index = self.index
        marks = np.zeros(len(index) + 1, dtype=bool)  # the last one: padding, never marked
        marks[[index[t] for t in texts if t in index]] = True
        hit = per_sentence(np.logical_or, marks, self.token_forms, self.bounds())
        return np.flatnonzero(hit).tolist()

    @property
    def forms(self) -> Counter:
        """Real words (no numbers, variables, URLs, e-mail addresses) by written form."""
        if self._forms is None:
            counts = self.counts
            forms = Counter(counts)
            # Only texts with a non-letter can be something else than a word.
            for text in compress(counts, map(not_, map(str.isalpha, counts))):
                if not is_word_text(text):
                    del forms[text]
            self._forms = forms
        return self._forms

    def texts_of(self, norms: Iterable[str]) -> frozenset[str]:
        """The token texts whose lower-cased form is one of ``norms``."""
        by_norm = self.by_norm
        return frozenset(t for n in norms if n in by_norm for t in by_norm[n])

    def count_of(self, norms: Iterable[str]) -> int:
        """How many tokens have one of ``norms`` as their lower-cased form."""
        return sum(self.counts[t] for t in self.texts_of(norms))


@dataclass(slots=True)
class Doc:
    """The tokenised, scorable part of the input."""

    segments: list[Segment]
    sentences: Sentences
    excluded_blocks: list[int]
    # Block index (None for text/HTML input) -> the text that finding offsets point into.
    texts: dict[int | None, str] = field(default_factory=dict)

    @property
    def word_count(self) -> int:
        return sum(lengths_of(self.sentences))

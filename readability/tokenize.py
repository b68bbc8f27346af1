"""Split plain text into sentences of counted words.

One precompiled regex walks the whole text once. Sentence ends are ``.``, ``!``, ``?`` and ``…``,
except the dot of a known abbreviation (bijv., art., o.a.), and dots inside numbers,
amounts and dates (``€ 1.234,56``, ``01.02.2024``). ``{{ variables }}`` are one word.
Hyphenated compounds (``Wmo-voorziening``) are one word. Commas, semicolons, colons,
brackets and dashes end a clause (used by the passive and jargon rules).

Two implementations of that one rule, kept equal by tests (tests/readability/test_tokenize.py):

* ``_scan`` is the reference: one Python step per token, building :class:`Word` tuples with
  spans, kinds and clause numbers.
* ``split_text`` handles all segments of a text at once with one ``re.split`` into plain
  strings (runs of words are one regex match, cut apart by ``str.split``). Python only
  looks at segments, sentence ends and abbreviation dots, never at single words. It
  gives the sentences as columns (``model.Sentences``: segment, start, end, token texts);
  a sentence's word starts and clauses (``sentence_layout``) and its ``words``
  (``sentence_words``) are built on demand from its texts, without tokenising again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain, compress, filterfalse, repeat
from operator import add, eq, itemgetter, lt, mul, ne, sub

from readability.model import Segment, Sentence, Sentences, Word, is_word_text

# Cheap alternatives first: words are most tokens. Trailing hyphens ("deelauto- en") are
# trimmed in Python; dotted abbreviations ("o.a.", "d.w.z.") are words with inner dots.
_URL = r"(?:https?://|www\.)\S*[^\s.,;:!?)\]]"
_WORD_HEAD = r"[^\W\d_][\w'’-]*"
_WORD = _WORD_HEAD + r"(?:\.[^\W\d_]{1,4}(?=\.))*"
_END = r"[.!?…]+"
_BRK = r"[,;:()\[\]–—]"
_NUM = r"\d+(?:[.,:/-]\d+)*(?:,-{1,2})?%?"
# A template variable or tag holds at most 200 characters: bounded, a long run of "{" costs
# linear time (each "{{" would otherwise read to the end of its line).
_VAR = r"\{\{.{0,200}?\}\}|\{%.{0,200}?%\}"
# An address's local part is at most 64 characters (RFC 5321): bounded, the regex tries an
# address in a long run of "_", "-" or "+" in time linear in the run (unbounded: quadratic).
_EMAIL = r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
_PATTERN = (
    f"(?P<url>{_URL})|(?P<word>{_WORD})|(?P<end>{_END})|(?P<brk>{_BRK})"
    f"|(?P<num>{_NUM})|(?P<var>{_VAR})"
)
_TOKEN_RE = re.compile(_PATTERN)
_BRK_RE = re.compile(_BRK)
# Only used for segments containing "@": e-mail addresses are one word.
_TOKEN_EMAIL_RE = re.compile(f"(?P<email>{_EMAIL})|" + _PATTERN)
# The fast path: the same tokens as strings. Clause breaks are left in the gaps: no other
# alternative starts with one of their characters, so dropping them changes no other token.
# A run of words with single spaces between them is one match (the words are cut apart with
# ``str.split``): after a word and one space, the reference tokeniser would match the next
# word there as well, unless an e-mail address or URL starts there (it tries those first),
# so a run stops before anything that may start one. Possessive repeats (``*+``) never give
# characters back; nothing after them could need that (each continuation may match empty),
# so they only spare the regex its bookkeeping.
_RUN_HEAD = r"[^\W\d_][\w'’-]*+"
_RUN_WORD = _RUN_HEAD + r"(?:\.[^\W\d_]{1,4}(?=\.))*+"
# Most texts hold no dotted abbreviation ("o.a."): there the word's dotted tail can never
# match, and leaving it out makes the regex cheaper.
_DOTTED_RE = re.compile(r"\.[^\W\d_]{1,4}\.")
# A word after a space may start a URL, or an e-mail address when the characters of one
# lead from it to an "@". The word itself is made of such characters (unless it holds an
# apostrophe, and then no address starts at it), so looking past its end is enough:
# cheaper than reading every word twice.
_MAY_START_URL = r"https?://|www\."
_MAY_CONTINUE_TO_EMAIL = r"@|[.+][\w.+-]*+@"


def _run_regex(dotted: bool, email: bool, url: bool) -> re.Pattern:
    """The fast path's regex for a text with or without dotted abbreviations, e-mail
    addresses and URLs: each alternative costs every word a look, so only what the text
    may hold is in it. A run stops before a word that may start an address (stopping
    early only cuts a run in two)."""
    word = _RUN_WORD if dotted else _RUN_HEAD
    word_after_space = word
    if url:
        word_after_space = f"(?!{_MAY_START_URL}){word_after_space}"
    if email:
        word_after_space = f"{word_after_space}(?!{_MAY_CONTINUE_TO_EMAIL})"
    firsts = (f"{_EMAIL}|" if email else "") + (f"{_URL}|" if url else "")
    return re.compile(f"({firsts}{word}(?: {word_after_space})*+|{_END}|{_NUM}|{_VAR})")


_RUN_RES = {
    (dotted, email, url): _run_regex(dotted, email, url)
    for dotted in (False, True)
    for email in (False, True)
    for url in (False, True)
}
_END_CHARS = frozenset(".!?…")
_new = tuple.__new__  # Word(...) without the Python-level __new__ of a NamedTuple
_FIRST = itemgetter(0)
# A hyphen that can end a word ("deelauto- en"): where trailing hyphens are trimmed. Every
# character of a word after its first letter is a word character, an apostrophe or a
# hyphen, so one must come before it (list markers and dashes, "- " and " - ", do not).
# (The hyphen comes first in the pattern: the regex then jumps from hyphen to hyphen.)
_TRAILING_HYPHEN_RE = re.compile(r"-(?![\w'’-])(?<=[\w'’-]-)")
# Line breaks other than "\n" (``str.splitlines`` splits on them too). A ``{{ variable }}``
# may span one of them but not a "\n", so the tokeniser reads them as "\n" (one character
# for one: offsets stay), and no token crosses a line break.
_ODD_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _newlines_only(text: str) -> str:
    # ``in`` and ``replace`` run in C at memory speed (``translate`` looks up every
    # character); most texts hold none of these.
    for odd in _ODD_BREAKS:
        if odd in text:
            text = text.replace(odd, "\n")
    return text


# Abbreviations whose single dot does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "bijv",
        "bv",
        "art",
        "nr",
        "nrs",
        "ca",
        "enz",
        "etc",
        "evt",
        "incl",
        "excl",
        "max",
        "min",
        "jl",
        "jr",
        "mr",
        "mw",
        "mevr",
        "dhr",
        "drs",
        "dr",
        "ir",
        "ing",
        "prof",
        "st",
        "str",
        "tel",
        "zgn",
        "resp",
        "vgl",
        "blz",
        "pag",
        "afd",
        "gem",
        "ong",
        "vnl",
        "vlg",
        "sr",
        "ref",
        "id",
        "red",
        "wo",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
# Abbreviations that may also close a sentence when a capital follows.
_MAY_END = frozenset({"enz", "etc", "e.d", "e.a"})
_UPPER_NEXT_RE = re.compile(r"\s+[\"'“‘(]?[A-ZÀ-Ý]")


def _scan(segment: Segment, pos: int = 0) -> Iterator[tuple[int, int, list[Word]]]:
    """The reference tokeniser: (start, end, words) per sentence, from ``pos`` (a token
    start)."""
    text = segment.text
    words: list[Word] = []
    start = -1
    clause = 0
    last_end = 0
    append = words.append
    regex = _TOKEN_EMAIL_RE if "@" in text else _TOKEN_RE
    for m in regex.finditer(text, pos):
        kind = m.lastgroup
        if kind == "word":
            a, b = m.span()
            tok = text[a:b]
            if tok[-1] == "-":
                tok = tok.rstrip("-")
                b = a + len(tok)
            if start < 0:
                start = a
            append(_new(Word, (tok, tok.lower(), a, b, "word", clause)))
            last_end = b
        elif kind == "end":
            a, b = m.span()
            if b - a == 1 and text[a] == "." and words and a == last_end:
                w = words[-1]
                prev = w.norm
                if (
                    w.kind == "word"
                    and (prev in ABBREVIATIONS or "." in prev)
                    and (prev not in _MAY_END or not _UPPER_NEXT_RE.match(text, b))
                ):
                    # Fold the dot into the abbreviation; the sentence goes on.
                    words[-1] = w._replace(text=w.text + ".", norm=prev + ".", end=b)
                    last_end = b
                    continue
            if words:
                yield start, b, words
                words, start, clause = [], -1, 0
                append = words.append
        elif kind == "brk":
            if words:
                clause += 1
        else:  # numbers, amounts, dates, {{ variables }}, urls, e-mail addresses
            a, b = m.span()
            if start < 0:
                start = a
            tok = text[a:b]
            append(_new(Word, (tok, tok.lower(), a, b, "var" if kind == "var" else "num", clause)))
            last_end = b
    if words:
        yield start, last_end, words


def sentence_layout(sentence: Sentence) -> tuple[list[int], list[int]]:
    """Where each word of one sentence starts, and its clause number (as ``_scan`` finds
    them from the sentence's start), from its token texts, which the fast path already
    found.

    Spans: the sentence starts at its first token, and no token's text can occur earlier in
    the gap before it (where it occurred, the tokeniser would have matched a token), so
    each token is the first occurrence of its text after the one before it. Most sentences
    are their tokens joined by single spaces, checked in one comparison: then the spans are
    sums of lengths. A clause ends at each break character in a gap (those inside "1,5" or
    ``{{ a, b }}`` belong to a token); a gap of one space, the most common, holds none.
    """
    texts = sentence.texts
    if not texts:
        return [], []
    text = sentence.segment.text
    start = sentence.start
    lens = list(map(len, texts))
    if text.startswith(" ".join(texts), start):
        starts = list(accumulate(map(add, lens, repeat(1)), initial=start))
        starts.pop()
        return starts, [0] * len(texts)
    starts: list[int] = []
    clauses: list[int] = []
    find = text.find
    pos = start
    clause = 0
    for t, n in zip(texts, lens, strict=True):
        found = find(t, pos)
        if found - pos > 1 or (found > pos and text[pos] != " "):
            clause += len(_BRK_RE.findall(text, pos, found))  # the gap's breaks
        starts.append(found)
        clauses.append(clause)
        pos = found + n
    return starts, clauses


def sentence_words(sentence: Sentence) -> list[Word]:
    """The words of one sentence (same as ``_scan`` from its start): its token texts with
    their ``layout`` and kind (``token_kind``)."""
    texts = sentence.texts
    if not texts:
        return []
    starts, clauses = sentence.layout
    kinds = repeat("word")  # most sentences: all tokens start with a letter, none is a link
    if not "".join(map(_FIRST, texts)).isalpha() or _may_hold_link(sentence.text):
        kinds = map(token_kind, texts)
    rows = zip(
        texts,
        map(str.lower, texts),
        starts,
        map(add, starts, map(len, texts)),
        kinds,  # may be an endless repeat
        clauses,
        strict=False,
    )
    return list(map(_new, repeat(Word), rows))


def _may_hold_link(text: str) -> bool:
    return "@" in text or "://" in text or "www." in text


def token_kind(text: str) -> str:
    """The kind ``_scan`` gives a token: "word" for a real word (``is_word_text``), "var"
    for a ``{{ variable }}`` and "num" for the rest (numbers, amounts, dates, URLs and
    e-mail addresses)."""
    if is_word_text(text):
        return "word"
    return "var" if text[0] == "{" else "num"


def _fold(texts: list[str], folds: list[int], first: int) -> None:
    """Fold abbreviation dots (token indices ``folds``) into the word before each."""
    for f in reversed(folds):
        texts[f - first - 1] += "."
        del texts[f - first]


def _folds(parts: Sequence[str], runs: Sequence[str], toks: Sequence[str], first, ends) -> list:
    """The end parts among ``ends`` that are the dot of an abbreviation (same rule as
    ``_scan``): a "." right after a word that is a known abbreviation or holds a dot. Their
    sentence goes on. ("enz."/"etc." before a capital ends it after all: ``_keeps_going``.)

    The cheap tests run over all end parts in one comprehension each, the word test once
    per distinct word before a dot; only the few candidates get a closer look.
    """
    # (A dot as the text's first part follows no word.)
    dots = [p for p in ends if runs[p] == "." and p]
    if not dots:
        return []
    prevs = [toks[first[p] - 1] for p in dots]
    abbreviation_like = {t for t in set(prevs) if t.lower() in ABBREVIATIONS or "." in t}
    maybe = map(abbreviation_like.__contains__, prevs)
    out = []
    for p in compress(dots, maybe):
        prev = toks[first[p] - 1]
        if (
            not parts[2 * p]
            and prev[-1] != "-"
            and is_word_text(prev)
            and ("." in prev or len(prev) <= _LONGEST_ABBREVIATION)
        ):
            out.append(p)
    return out


def split_text(
    text: str, segments: Sequence[Segment], bases: Sequence[int] | None = None
) -> Sentences:
    """The sentences of ``segments``, all stretches of ``text``, in order; a segment never
    shares a sentence with another. ``bases`` are where each segment starts in ``text``
    (by default its ``offset``; the blocks of a page each have their own offsets).

    One regex split tokenises the whole text: no token can cross a line break, so every
    segment's tokens are the same as when it is tokenised alone.
    """
    if not segments:
        return Sentences([], [], [], [])
    if bases is None:
        bases = [seg.offset for seg in segments]
    return _split(_newlines_only(text), segments, bases)


def _split(text: str, segments: Sequence[Segment], bases: Sequence[int]) -> Sentences:
    """``split_text`` with each segment's start in ``text`` given (``bases``)."""
    email = "@" in text
    regex = _RUN_RES[_DOTTED_RE.search(text) is not None, email, "://" in text or "www." in text]
    parts = regex.split(text)
    if len(parts) == 1:
        return Sentences([], [], [], [])
    tok = _Tokens(text, parts, segments, bases, email)
    # Gone before the sentences' tuples are made: the first collection they set off would
    # walk this list of every token run and gap.
    del parts
    return tok.sentences(segments, bases)


_TEXT = itemgetter(1)  # Segment.text


class _Tokens:
    """The tokens of one text and where its sentences end.

    The regex splits the text into gaps and parts: ``parts[2p + 1]`` is part ``p``, which
    starts at ``offs[2p]`` and ends at ``offs[2p + 1]``. A part is one token, or a run of
    words with single spaces between them ("betaalt de huur"): matching a run at once
    costs the regex far less than matching its words one by one, and ``str.split`` cuts
    all runs into words in one call. ``first[p]`` is the index in ``toks`` of part ``p``'s
    first token. Sentences start and end at part boundaries (an end token is a part of its
    own), so the work below is per part or per sentence, never per word.

    ``cuts`` are the end parts that close a sentence (all but abbreviation dots, ``folds``).
    """

    __slots__ = ("toks", "words", "trimmed", "offs", "starts", "first", "cuts", "folds")

    def __init__(self, text: str, parts: list[str], segments, bases, email: bool) -> None:
        runs = parts[1::2]
        self.offs = offs = tuple(accumulate(map(len, parts)))
        self.starts = offs[0::2]
        spaced = runs
        variables: list[int] = []
        if "{" in text:
            # A {{ variable }} is one token though it holds spaces: split a stand-in.
            variables = list(compress(range(len(runs)), map(eq, map(_FIRST, runs), repeat("{"))))
            if variables:
                spaced = list(runs)
                for p in variables:
                    spaced[p] = "{"
        self.first = first = tuple(
            map(
                add,
                range(len(runs) + 1),
                accumulate(map(str.count, spaced, repeat(" ")), initial=0),
            )
        )
        toks = " ".join(spaced).split(" ")
        for p in variables:
            toks[first[p]] = runs[p]
        self.toks = toks = tuple(toks)
        ends = list(compress(range(len(runs)), map(_END_CHARS.__contains__, map(_FIRST, runs))))
        if email:
            ends = [p for p in ends if "@" not in runs[p]]  # ".info@x.nl" is no end
        folds = _folds(parts, runs, toks, first, ends)
        if folds:
            # "enz."/"etc." before a capital ends the sentence after all (within its segment).
            folds = [p for p in folds if _keeps_going(text, toks, first, offs, p, segments, bases)]
            fold_set = set(folds)
            ends = list(filterfalse(fold_set.__contains__, ends))
        self.folds = folds
        self.cuts = ends
        # ``words`` are ``toks`` with trailing hyphens trimmed off the words ``trimmed``.
        self.words = toks
        self.trimmed = trimmed = _trailing_hyphens(text, runs, toks, first, self.starts)
        if trimmed:
            words = list(toks)
            for k in trimmed:
                words[k] = toks[k].rstrip("-")
            self.words = tuple(words)

    def sentences(self, segs: Sequence[Segment], bases: Sequence[int]) -> Sentences:
        """The sentences of ``segs`` (in text order, none of them holding a URL or e-mail
        address): each segment's parts cut after every end token; an end token with no
        words before it in its sentence is skipped.

        Sentence ``i`` holds the parts ``heads[i]``..``tails[i] - 1``. Per segment the heads
        are its first part and the part after each cut, the tails each cut and its end; as
        segments do not overlap, sorting all heads and all tails pairs them up without a
        Python step per segment.
        """
        starts, offs, words, toks, first = self.starts, self.offs, self.words, self.toks, self.first
        firsts = list(map(bisect_left, repeat(starts), bases))
        lasts = list(map(bisect_left, repeat(starts), map(add, bases, map(len, map(_TEXT, segs)))))
        cuts = self.cuts
        cuts = cuts[bisect_left(cuts, firsts[0]) : bisect_left(cuts, lasts[-1])]
        if any(map(ne, firsts[1:], lasts)):
            # Tokens between segments (the "1." of a numbered list line) cut nothing.
            cuts = [
                c
                for c, k in zip(cuts, map(bisect_right, repeat(firsts), cuts), strict=True)
                if c < lasts[k - 1]
            ]
        heads = sorted([*firsts, *map(add, cuts, repeat(1))])
        tails = sorted([*cuts, *lasts])
        keep = list(map(lt, heads, tails))
        if not all(keep):
            heads = list(compress(heads, keep))
            tails = list(compress(tails, keep))
        if not heads:
            return Sentences([], [], [], [])
        # The segment of each sentence: per segment, how many heads lie in its parts.
        bounds = list(map(bisect_left, repeat(heads), firsts))
        counts = map(sub, [*bounds[1:], len(heads)], bounds)
        seg_of = list(chain.from_iterable(map(repeat, range(len(segs)), counts)))
        tok_heads = list(map(first.__getitem__, heads))
        tok_tails = list(map(first.__getitem__, tails))
        texts = list(map(words.__getitem__, map(slice, tok_heads, tok_tails)))
        # A sentence cut by an end token ends after it; the last one of a segment ends
        # with its last word (shorter by the hyphens trimmed off that word).
        ends = [
            offs[2 * t - 1] if t == lasts[k] else offs[2 * t + 1]
            for t, k in zip(tails, seg_of, strict=True)
        ]
        for w in self.trimmed:
            # Sentences are disjoint and hold a token each: ``tok_tails`` strictly rises.
            i = bisect_left(tok_tails, w + 1)
            if i < len(tails) and tok_tails[i] == w + 1 and tails[i] == lasts[seg_of[i]]:
                ends[i] -= len(toks[w]) - len(words[w])
        if self.folds:
            self._fold_into(texts, heads, tails, tok_heads, tok_tails)
        base_of = list(map(bases.__getitem__, seg_of))
        return Sentences(
            list(map(segs.__getitem__, seg_of)),
            list(map(sub, map(offs.__getitem__, map(mul, heads, repeat(2))), base_of)),
            list(map(sub, ends, base_of)),
            texts,
        )

    def _fold_into(self, texts: list, heads, tails, tok_heads, tok_tails) -> None:
        """Fold each abbreviation dot into the word before it, in its sentence's texts."""
        by_sentence: dict[int, list[int]] = {}
        for f in self.folds:
            i = bisect_right(heads, f) - 1
            if i >= 0 and f < tails[i]:
                by_sentence.setdefault(i, []).append(self.first[f])
        # Trimming commutes with folding: a folded word never ends with a hyphen.
        for i, inside in by_sentence.items():
            texts[i] = _unfolded(self.words, tok_heads[i], tok_tails[i], inside)


def _keeps_going(text, toks, first, offs, p, segments, bases) -> bool:
    """False when the dot (part ``p``) after "enz."/"etc." ends the sentence after all: a
    capital follows within the dot's segment."""
    if toks[first[p] - 1].lower() not in _MAY_END:
        return True
    k = bisect_right(bases, offs[2 * p]) - 1
    stop = bases[k] + len(segments[k].text) if k >= 0 else len(text)
    return not _UPPER_NEXT_RE.match(text, offs[2 * p + 1], stop)


def _unfolded(words: Sequence[str], a: int, b: int, inside: list[int]) -> tuple[str, ...]:
    """The texts of tokens ``a``..``b - 1`` with the abbreviation dots ``inside`` folded
    into their words."""
    raw = list(words[a:b])
    _fold(raw, inside, a)
    return tuple(raw)


def _trailing_hyphens(
    text: str, runs: Sequence[str], toks: Sequence[str], first, starts
) -> list[int]:
    """The indices in ``toks`` of the words that end with a hyphen ("deelauto- en"), whose
    hyphens are trimmed (not those of amounts such as "12,-").

    Found from the text, not per token: the regex finds every hyphen that can end a token
    (a word's last hyphen is never followed by a word character). One in a run of words
    belongs to the word it ends; the words of a run are cut by single spaces.
    """
    out: list[int] = []
    if "-" not in text:
        return out
    for m in _TRAILING_HYPHEN_RE.finditer(text):
        q = m.start()
        p = bisect_right(starts, q) - 1
        if p < 0 or p >= len(runs):
            continue
        run = runs[p]
        local = q - starts[p]
        if local >= len(run) or not is_word_text(run):
            continue  # in a gap, a {{ variable }}, an amount, a URL or an e-mail address
        if local + 1 == len(run) or run[local + 1] == " ":
            out.append(first[p] + run.count(" ", 0, local))
    return out


def split_sentences(segment: Segment) -> Sentences:
    """Return the sentences of one segment (``split_text`` of its own text)."""
    return _split(segment.text, [segment], [0])


Sentence.layout_builder = sentence_layout
Sentence.word_builder = sentence_words

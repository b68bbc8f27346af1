"""The facade: text model -> signals -> CEFR estimate -> policy -> report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache, partial

from readability import cefr
from readability import verdict as verdicts
from readability.estimate import estimate_levels
from readability.model import Block, Doc, Sentence, Vocabulary, lengths_of, paragraph_ranges
from readability.policy import Policy
from readability.report import Finding, LazyList, Report
from readability.sentence_levels import sentence_report
from readability.signals.abbreviations import unexplained_abbreviations
from readability.signals.formulas import flesch_douma, leesindex_brouwer, lix
from readability.signals.jargon import find_jargon, matcher_for, merge_entries
from readability.signals.long_words import lix_long_share, long_word_share
from readability.signals.nominalisations import nominalisation_density, nominalisation_findings
from readability.signals.paragraphs import long_paragraph_findings
from readability.signals.passive import passive_findings
from readability.signals.rare_words import rare_forms, rare_word_findings, rare_word_share
from readability.signals.reader_address import reader_address
from readability.signals.sentence_length import long_sentence_findings, sentence_length_stats
from readability.signals.syllables import syllables_per_word
from readability.signals.word_frequency import explained_terms
from readability.syllables import syllable_counts
from readability.textmodel import build_doc

NOTE_NOTHING = "nothing to judge"
NOTE_LAW = "law quotes excluded"
NOTE_SHORT = "short text: no style warnings; level judged with a wider margin"
NOTE_SHORT_OTHER = "short text: level shown, not judged (no calibrated model for this language)"
NOTE_NO_LEVEL = "level cannot be estimated for this language"
NOTE_STRUCTURE = "structural rules only (sentence and paragraph length)"

_SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


def _norm_lang(lang: str | None) -> str:
    return (lang or "nl").strip().lower().replace("_", "-").split("-")[0] or "nl"


def _round(value: float) -> float:
    return round(value, 4)


def _full_lower(doc: Doc) -> str:
    return "\n".join(seg.text for seg in doc.segments).lower()


def dutch_signals(
    sentences: list[Sentence],
    n_words: int,
    forms: Counter,
    policy: Policy,
    jargon_hits: int,
    passive_count: int,
    rare: list[str],
    syllables: list[int],
) -> dict[str, float]:
    """All numeric signals for Dutch text. ``forms`` counts the real words by written form,
    so the per-word signals run once per distinct word, not once per word; ``rare`` are
    the rare ones (``rare_forms``) and ``syllables`` their syllable counts."""
    lengths = lengths_of(sentences)
    stats = sentence_length_stats(lengths, policy.warn_sentence_words)
    wps = stats["mean"]
    n = n_words
    spw = syllables_per_word(forms, n, syllables)
    return {
        "words_per_sentence": wps,
        "share_long_sentences": stats["share_over"],
        "longest_sentence": stats["longest"],
        "syllables_per_word": spw,
        "flesch_douma": flesch_douma(wps, spw),
        "leesindex_brouwer": leesindex_brouwer(wps, spw),
        "lix": lix(wps, lix_long_share(forms, n)),
        "long_word_share": long_word_share(forms, n, syllables),
        "rare_word_share": rare_word_share(forms, n, rare=rare),
        "passive_share": passive_count / len(sentences) if sentences else 0.0,
        "nominalisation_density": nominalisation_density(forms, n),
        "jargon_density": jargon_hits / n if n else 0.0,
    }


@lru_cache(maxsize=1)
def _cmudict_installed() -> bool:
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
    except (ImportError, LookupError):
        return False
    return True


@lru_cache(maxsize=1)
def _english_hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def _english_flesch(doc: Doc) -> float:
    """English Flesch Reading Ease = 206.835 - 1.015 * words/sentence - 84.6 * syll/word.

    With NLTK's cmudict installed this is textstat's own score. textstat would otherwise
    try to download cmudict at run time (no network in production), so without it we
    apply the same formula to our own counts with pyphen's en_US syllables, which is what
    textstat falls back to for words missing from cmudict.
    """
    if _cmudict_installed():
        # The backend takes the language as an argument, so we never touch textstat's
        # global set_lang() state.
        from textstat.backend import metrics

        text = "\n".join(s.text for s in doc.sentences)
        return float(metrics.flesch_reading_ease(text, "en_US"))
    words = [w for s in doc.sentences for w in s.words]
    if not words:
        return 0.0
    dic = _english_hyphenator()
    syllables = sum(len(dic.positions(w.norm)) + 1 if w.kind == "word" else 1 for w in words)
    return 206.835 - 1.015 * len(words) / len(doc.sentences) - 84.6 * syllables / len(words)


def analyze(
    text_or_blocks: str | Iterable[Block | Mapping],
    lang: str = "nl",
    policy: Policy | None = None,
    jargon: Iterable[Mapping] | None = None,
    glossary: Iterable[str] | None = None,
) -> Report:
    """Analyse text, HTML or a list of blocks and judge it against ``policy``.

    ``jargon``: extra word-list entries (see ``readability.signals.jargon``);
    ``glossary``: terms the page's glossary explains (never counted as hard words).
    """
    policy = policy or Policy()
    lang = _norm_lang(lang)
    if text_or_blocks is None:
        text_or_blocks = ""
    doc = build_doc(text_or_blocks, lang)
    sentences = doc.sentences
    n_words = doc.word_count
    notes: list[str] = []
    if doc.excluded_blocks:
        notes.append(NOTE_LAW)
    if not n_words:
        notes.insert(0, NOTE_NOTHING)
        return Report(
            None,
            None,
            0.0,
            True,
            lang,
            0,
            0,
            {},
            [],
            ["Er is geen tekst om te beoordelen."],
            notes,
            doc.excluded_blocks,
        )

    short = n_words < policy.short_text_words
    findings: list[Finding] = long_sentence_findings(
        sentences,
        policy.warn_sentence_words,
        policy.max_sentence_words,
        policy.extreme_sentence_words,
    )
    ranges = paragraph_ranges(sentences)
    findings += long_paragraph_findings(sentences, doc.texts, policy.max_paragraph_words, ranges)

    score: float | None = None
    passive_count = 0
    levels = None
    if lang == "nl":
        vocab = Vocabulary(sentences)
        entries = merge_entries(jargon)
        jargon_findings = find_jargon(sentences, matcher_for(entries), vocab)
        passive_count, passive_list = passive_findings(sentences, vocab)
        findings += jargon_findings + passive_list
        forms = vocab.forms
        rare = rare_forms(forms, policy.rare_zipf)
        signals = dutch_signals(
            sentences,
            n_words,
            forms,
            policy,
            len(jargon_findings),
            passive_count,
            rare,
            vocab.word_column(syllable_counts),
        )
        explained = explained_terms(sentences, vocab, glossary)
        levels = estimate_levels(
            sentences, vocab, jargon_findings + passive_list, policy, explained, ranges
        )
        signals.update(levels.signals)
        score = levels.score
        if not short:
            findings += unexplained_abbreviations(sentences, partial(_full_lower, doc), vocab)
            address, address_findings = reader_address(sentences, vocab)
            signals["reader_address"] = address
            findings += address_findings
            findings += nominalisation_findings(sentences, vocab=vocab)
            findings += rare_word_findings(sentences, forms, rare=rare)
    else:
        lengths = lengths_of(sentences)
        stats = sentence_length_stats(lengths, policy.warn_sentence_words)
        signals = {
            "words_per_sentence": stats["mean"],
            "share_long_sentences": stats["share_over"],
            "longest_sentence": stats["longest"],
        }
        if lang == "en":
            words = [w for s in sentences for w in s.words]
            signals["long_word_share"] = (
                sum(1 for w in words if w.kind == "word" and len(w.norm) >= 13) / n_words
            )
            signals["flesch_reading_ease"] = _english_flesch(doc)
            score = cefr.flesch_to_score(signals["flesch_reading_ease"])
        else:
            notes.append(NOTE_NO_LEVEL)
            notes.append(NOTE_STRUCTURE)
    level: str | None = None
    conf = 0.0
    band = None
    if score is not None:
        level = cefr.score_to_level(score)
        conf = cefr.confidence(score, n_words)
        # Dutch short texts are judged with a wider band (no exemption). The English Flesch
        # mapping is not validated and a Flesch score of a few words is noise, so short
        # English texts get a level but no level verdict (structure rules only).
        if lang == "nl" or not short:
            band = verdicts.band(policy.max_level, n_words)
        else:
            notes.append(NOTE_SHORT_OTHER)
        score = round(score, 2)
    if short:
        notes.append(NOTE_SHORT)
        # Style warnings need more text to mean something; the level is still judged.
        findings = [f for f in findings if f.rule.startswith(("sentence.", "jargon", "passive"))]

    verdict, reasons, extra = verdicts.judge(
        policy, level, score, band, findings, passive_count, len(sentences), levels, sentences
    )
    findings += extra
    findings.sort(
        key=lambda f: (-1 if f.block is None else f.block, f.start, _SEVERITY_ORDER[f.severity])
    )
    sentence_levels = (
        LazyList(len(sentences), partial(sentence_report, sentences, levels, policy))
        if levels is not None
        else []
    )
    return Report(
        level=level,
        score=score,
        confidence=conf,
        passes=verdict == "pass",
        lang=lang,
        word_count=n_words,
        sentence_count=len(sentences),
        signals={k: _round(v) if isinstance(v, float) else v for k, v in signals.items()},
        findings=findings,
        reasons=reasons,
        notes=notes,
        excluded_blocks=list(doc.excluded_blocks),
        verdict=verdict,
        band=band,
        sentences=sentence_levels,
        paragraphs=(
            LazyList(len(levels.paragraphs), partial(levels.paragraph_dicts, sentences))
            if levels is not None
            else []
        ),
    )

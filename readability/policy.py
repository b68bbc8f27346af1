"""The editorial policy: what the text must meet, and which findings block.

The verdict (pass / block / human check) and the blocking rules are described in
``readability.verdict``. Texts under ``short_text_words`` words get no style warnings
(abbreviations, address, rare words), but their level is judged like any other text,
with the wider uncertainty band that few sentences give.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from readability.cefr import LEVELS


@dataclass(frozen=True, slots=True)
class Policy:
    max_level: str = "B1"
    max_sentence_words: int = 25
    warn_sentence_words: int = 20
    # One sentence over this many words blocks on its own; see CALIBRATION.md (longest
    # sentence of any Amsterdam expert-simplified document: 36 words).
    extreme_sentence_words: int = 40
    # More than this share of sentences over ``max_sentence_words`` blocks (Amsterdam
    # simplified documents: at most 9%), when at least ``min_long_sentences`` of them.
    max_long_sentence_share: float = 0.10
    min_long_sentences: int = 2
    # A paragraph of at least this many words is judged on its own (dilution), and so is
    # any run of consecutive sentences of at least ``min_passage_words`` (CALIBRATION.md).
    min_paragraph_words: int = 30
    min_passage_words: int = 50
    max_paragraph_words: int = 100
    max_passive_share: float = 0.15
    min_passive_sentences: int = 2
    short_text_words: int = 50
    rare_zipf: float = 3.0
    content_type: str | None = None

    def __post_init__(self) -> None:
        if self.max_level.upper() not in LEVELS:
            raise ValueError(f"max_level must be one of {', '.join(LEVELS)}")
        object.__setattr__(self, "max_level", self.max_level.upper())

    @classmethod
    def for_content_type(cls, content_type: str, **overrides) -> Policy:
        """Named presets; keyword overrides win. Unknown names raise ValueError."""
        try:
            preset = PRESETS[content_type]
        except KeyError:
            raise ValueError(
                f"unknown content type {content_type!r}; choose from {', '.join(PRESETS)}"
            ) from None
        return replace(preset, **overrides) if overrides else preset


PRESETS: dict[str, Policy] = {
    # Web pages for citizens: B1, the government standard.
    "information_page": Policy(max_level="B1", content_type="information_page"),
    # Rights and duties: B1; law quotes are excluded from scoring anyway.
    "rights_duties": Policy(max_level="B1", content_type="rights_duties"),
    # Letters (decisions): B1, slightly longer paragraphs are normal in a letter.
    "letter": Policy(max_level="B1", max_paragraph_words=120, content_type="letter"),
    # Reusable standard text blocks: short and strict.
    "standard_text": Policy(max_level="B1", content_type="standard_text"),
    # Easy read (makkelijk lezen): A2, short sentences, hardly any passive.
    "easy_read": Policy(
        max_level="A2",
        max_sentence_words=15,
        warn_sentence_words=12,
        extreme_sentence_words=25,
        max_paragraph_words=60,
        max_passive_share=0.05,
        min_passive_sentences=1,
        content_type="easy_read",
    ),
    # Translations: same target; for languages without a model only structure is judged.
    "translation": Policy(max_level="B1", content_type="translation"),
}

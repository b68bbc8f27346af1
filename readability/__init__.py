"""Helder's Dutch B1 readability engine (pure Python, no Django).

from readability import analyze, Policy
report = analyze(text_or_blocks, lang="nl", policy=Policy(max_level="B1"), jargon=None,
                 glossary=None)

This package's __init__ is the only import path other packages use (content_models
imports nothing from the submodules).
"""

from readability.cefr import LEVELS
from readability.engine import analyze
from readability.language import still_dutch
from readability.model import Block
from readability.normalize import normalize_text
from readability.policy import PRESETS, Policy
from readability.report import VERDICTS, Finding, Report, SentenceLevel, Suggestion

__all__ = [
    "LEVELS",
    "PRESETS",
    "VERDICTS",
    "Block",
    "Finding",
    "Policy",
    "Report",
    "SentenceLevel",
    "Suggestion",
    "analyze",
    "normalize_text",
    "still_dutch",
]

"""Helder's Dutch B1 readability engine (pure Python, no Django).

from readability import analyze, Policy
report = analyze(text_or_blocks, lang="nl", policy=Policy(max_level="B1"), jargon=None)
"""

from readability.engine import analyze
from readability.model import Block
from readability.policy import PRESETS, Policy
from readability.report import Finding, Report

__all__ = ["PRESETS", "Block", "Finding", "Policy", "Report", "analyze"]

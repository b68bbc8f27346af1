"""Which Word template letters are written into, compiled once per process and version."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from helder.memo import GenerationMemo

from content_models import gate
from readability import Policy, analyze

from .docx_letter import (
    CompiledTemplate,
    TemplateProblem,
    compile_template,
    fixed_text,
    missing_tags,
)

DEFAULT_TEMPLATE = Path(settings.BASE_DIR) / "fixtures" / "letters" / "brief-a4.docx"

# The current template's sha256, dropped when a template row changes (signals.py).
current = GenerationMemo("letters-word-template")
_compiled: dict[str, CompiledTemplate] = {}


def default_template_path() -> Path:
    return Path(getattr(settings, "HELDER_LETTERS_DEFAULT_TEMPLATE", DEFAULT_TEMPLATE))


def check_template(data: bytes) -> CompiledTemplate:
    """The compiled template, or TemplateProblem with a Dutch message saying what is wrong."""
    if not data.startswith(b"PK"):
        raise TemplateProblem(
            "Dit is geen Word-bestand (.docx). Sla het op als .docx en probeer het opnieuw."
        )
    compiled = compile_template(data, hashlib.sha256(data).hexdigest())
    missing = missing_tags(compiled)
    if missing:
        raise TemplateProblem(
            "In het sjabloon ontbreken deze codes: "
            + ", ".join("{{ " + name + " }}" for name in missing)
            + ". Zonder deze codes mist er iets in de brief."
        )
    if problem := fixed_text_problem(data):
        raise TemplateProblem(problem)
    return compiled


def fixed_text_problem(data: bytes) -> str | None:
    """Every letter prints the template's own words, so they are read like a letter's text:
    B1, the versimpelteam's word list included. None when they pass (or there are none)."""
    try:
        texts = fixed_text(data)
    except TemplateProblem as problem:
        return str(problem)
    if not texts:
        return None
    report = analyze(
        [{"type": "paragraph", "text": text} for text in texts],
        lang="nl",
        policy=Policy.for_content_type("letter"),
        jargon=gate.jargon_list(),
    )
    if report.verdict == "pass":
        return None
    return " ".join(
        [
            "De vaste tekst in het sjabloon is te moeilijk voor een brief op B1-niveau.",
            *report.reasons,
            "Maak die tekst eenvoudiger en probeer het opnieuw.",
        ]
    )


def current_template() -> CompiledTemplate:
    from .models import WordTemplate

    sha = current.get("sha256")
    if sha is None or sha not in _compiled:
        row = WordTemplate.objects.filter(is_current=True).only("sha256").first()
        if row is None:
            data = default_template_path().read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if sha not in _compiled:
                _compiled[sha] = compile_template(data, sha)
        else:
            sha = row.sha256
            if sha not in _compiled:
                data = bytes(WordTemplate.objects.values_list("file", flat=True).get(pk=row.pk))
                _compiled[sha] = compile_template(data, sha)
        current.set("sha256", sha)
    return _compiled[sha]
